"""What the workflow service says is allowed is what the services then accept, and a refusal gives the same reason.

The interface enables its controls from ``WorkflowState.can`` only; if the capabilities and the services disagreed,
a button would be enabled for an action that fails, or disabled for one that would work.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.domain.status import CaseStatus
from app.errors import UserError
from app.models import Case
from app.services import decisions, evidence, protocols, workflow
from tests.cases.conftest import component_id


def _case_ids(db: Database) -> list[int]:
    with db.read() as session:
        return list(session.execute(select(Case.id).order_by(Case.id)).scalars())


def test_refusals_match_the_services(full_demo_db: Database, tmp_path: Path) -> None:
    db = full_demo_db
    seen: set[str] = set()
    refused = 0
    for case_id in _case_ids(db):
        state = workflow.workflow_state(db, case_id)
        seen.add(state.status)
        can = state.can
        if not can.edit_components.allowed:
            refused += 1
            with pytest.raises(UserError) as exc:
                decisions.request_components(db, "tester", case_id, [component_id(db, "ОК5")])
            assert str(exc.value) == can.edit_components.reason
        if not can.run_matching.allowed:
            refused += 1
            with pytest.raises(UserError) as exc:
                decisions.run_matching(db, "tester", case_id)
            assert str(exc.value) == can.run_matching.reason
        if not can.change_commission.allowed:
            refused += 1
            with pytest.raises(UserError) as exc:
                protocols.assign_commission(db, "tester", case_id, None, state.row_version)
            assert str(exc.value) == can.change_commission.reason
        if not can.add_evidence.allowed:
            refused += 1
            sample = tmp_path / "badge.json"
            sample.write_text("{}", encoding="utf-8")
            with pytest.raises(UserError):
                evidence.import_files(db, "tester", case_id, [sample])
        # Nothing refused above changed the case.
        assert workflow.workflow_state(db, case_id).row_version == state.row_version
    assert len(seen) >= 3 and refused >= 3, (seen, refused)


def test_a_registered_case_allows_its_edits_and_refuses_the_later_acts(sql_case: int, demo_db: Database) -> None:
    state = workflow.workflow_state(demo_db, sql_case)
    assert state.status == CaseStatus.REGISTERED
    can = state.can
    for permission in (can.add_evidence, can.edit_components, can.run_matching, can.change_commission):
        assert permission.allowed and permission.reason == ""
    for permission in (can.edit_decisions, can.draw_up_protocol, can.sign_protocol, can.issue_order,
                       can.file_appeal, can.resolve_appeal, can.edit_assessments):
        assert not permission.allowed
        assert "RD-TEST-001" in permission.reason and "registered" in permission.reason
    # The forward move is allowed: the case has a programme and readable evidence.
    move = state.move_to(CaseStatus.DOCUMENTS_CHECKED)
    assert move is not None and move.allowed
    assert state.move_to(CaseStatus.ORDER_ISSUED) is None
