"""The officer's Cancel stops a case's matching while each credential is still being scored against the programme,
before any component is matched, and nothing is written."""

from __future__ import annotations

import pytest

from app.db import Database
from app.domain.progress import CancelledError
from app.services import decisions, workflow
from tests.cases.conftest import component_id


class _CancelAfter:
    """Progress that asks to stop after ``checks`` looks at it (the officer presses Cancel meanwhile)."""

    def __init__(self, checks: int) -> None:
        self.checks = checks
        self.reported: list[str] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reported.append(message)

    @property
    def cancelled(self) -> bool:
        self.checks -= 1
        return self.checks < 0


def test_cancel_while_the_credentials_are_scored(demo_db: Database, sql_case: int) -> None:
    workflow.transition(demo_db, "officer", sql_case, "documents_checked",
                        workflow.workflow_state(demo_db, sql_case).row_version)
    decisions.request_components(demo_db, "officer", sql_case, [component_id(demo_db, "ОК5")])
    workflow.transition(demo_db, "officer", sql_case, "under_assessment",
                        workflow.workflow_state(demo_db, sql_case).row_version)
    progress = _CancelAfter(checks=1)  # the first credential is scored, the second look says stop
    with pytest.raises(CancelledError):
        decisions.run_matching(demo_db, "officer", sql_case, progress=progress)
    assert progress.reported == []  # no component was reached
    assert all(line.coverage_pct is None for line in decisions.case_lines(demo_db, sql_case))  # nothing written
    # and the matching runs to its end when it is not cancelled
    decisions.run_matching(demo_db, "officer", sql_case)
    assert all(line.coverage_pct is not None for line in decisions.case_lines(demo_db, sql_case))
