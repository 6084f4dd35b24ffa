"""The audit trail of a decided case is tamper-evident: editing or removing a row is found and named."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.db import Database
from app.models import AuditEntry
from app.services import decisions, workflow
from app.services.decisions import DecisionInput
from tests.cases.conftest import component_id


def _decide(db: Database, case_id: int) -> int:
    """Run the case to a decision; returns the id of the audit entry that recorded the decision."""
    workflow.transition(db, "officer", case_id, "documents_checked", workflow.workflow_state(db, case_id).row_version)
    decisions.request_components(db, "officer", case_id, [component_id(db, "ОК5")])
    workflow.transition(db, "officer", case_id, "under_assessment", workflow.workflow_state(db, case_id).row_version)
    decisions.run_matching(db, "officer", case_id)
    line = decisions.case_lines(db, case_id)[0]
    decisions.save_decision(db, "officer", line.id, line.row_version, DecisionInput("full", grade_100=85))
    workflow.transition(db, "officer", case_id, "decided", workflow.workflow_state(db, case_id).row_version)
    with db.read() as session:
        entry = session.execute(select(AuditEntry.id).where(AuditEntry.action == "decision_line.decide")).scalar()
        assert entry is not None
        return int(entry)


def _tamper(db: Database, sql: str) -> None:
    """What someone with direct access to the file could do after dropping the protective triggers."""
    assert db.path is not None
    raw = sqlite3.connect(db.path)
    raw.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    raw.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    raw.execute(sql)
    raw.commit()
    raw.close()


def test_intact_chain_verifies(demo_db: Database, sql_case: int, capsys: pytest.CaptureFixture[str]) -> None:
    _decide(demo_db, sql_case)
    assert main(["audit", "verify", "--db", demo_db.url]) == 0
    assert "intact" in capsys.readouterr().out


def test_an_edited_decision_entry_is_named(demo_db: Database, sql_case: int, capsys: Any) -> None:
    entry = _decide(demo_db, sql_case)
    _tamper(demo_db, f"UPDATE audit_entry SET payload = replace(payload, '\"full\"', '\"none\"') WHERE id = {entry}")
    assert main(["audit", "verify", "--db", demo_db.url]) == 1
    out = capsys.readouterr().out
    assert f"BROKEN at entry {entry}" in out and "changed after it was written" in out


def test_a_removed_entry_is_found(demo_db: Database, sql_case: int, capsys: Any) -> None:
    entry = _decide(demo_db, sql_case)
    _tamper(demo_db, f"DELETE FROM audit_entry WHERE id = {entry}")
    assert main(["audit", "verify", "--db", demo_db.url]) == 1
    assert f"BROKEN at entry {entry + 1}" in capsys.readouterr().out


def test_the_database_refuses_to_edit_the_log(demo_db: Database, sql_case: int) -> None:
    from sqlalchemy import text

    entry = _decide(demo_db, sql_case)
    with pytest.raises(Exception, match="cannot be changed"), demo_db.write() as session:
        session.execute(text(f"UPDATE audit_entry SET actor = 'mallory' WHERE id = {entry}"))
