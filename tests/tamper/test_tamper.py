"""Tampering with a copy of the demo database the way a person with direct database access would, and
``audit verify`` naming what changed (with the anchors printed on the signed papers where the log itself is cut or
rewritten). Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.db import Database
from app.models.audit import entry_hash
from app.services.demo import load_demo
from app.services.reports import export_order, export_protocol


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, "tester")
    return db


def _sql(db: Database, *statements: str) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def _allow_log_edits(db: Database) -> None:
    """What someone rewriting the log does first: remove the append-only triggers."""
    if db.is_sqlite:
        _sql(db, "DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete")
    else:
        _sql(db, "DROP TRIGGER audit_entry_no_update ON audit_entry",
             "DROP TRIGGER audit_entry_no_truncate ON audit_entry")


def _verify(db: Database, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["audit", "verify", "--db", db.url, *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _line_of_demo_case(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT d.id FROM decision_line d JOIN \"case\" c ON c.id = d.case_id "
            "WHERE c.reg_no = 'RD-DEMO-001' AND d.decision IS NOT NULL ORDER BY d.id LIMIT 1")).scalar_one())


def test_untouched_demo_verifies(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _verify(demo, capsys)
    assert code == 0 and "rows match their recorded hashes" in out, out


def test_changed_decision_is_named(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    line = _line_of_demo_case(demo)
    _sql(demo, f"UPDATE decision_line SET decision = 'not_recognised' WHERE id = {line}")
    code, out = _verify(demo, capsys)
    assert code == 1 and f"decision line {line} of case RD-DEMO-001 changed outside the application" in out, out


def test_changed_credits_are_named(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    line = _line_of_demo_case(demo)
    _sql(demo, f"UPDATE decision_line SET credits_recognised = credits_recognised + 1 WHERE id = {line}")
    code, out = _verify(demo, capsys)
    assert code == 1 and f"decision line {line} of case RD-DEMO-001 changed outside the application" in out, out


def test_deleted_decision_line_is_named(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    line = _line_of_demo_case(demo)
    _sql(demo, f"DELETE FROM decision_line WHERE id = {line}")
    code, out = _verify(demo, capsys)
    assert code == 1 and f"decision line {line} of case RD-DEMO-001 was deleted outside the application" in out, out


def test_renumbered_signed_protocol_is_named(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _sql(demo, "UPDATE protocol SET number = '7/2026' WHERE status = 'signed'")
    code, out = _verify(demo, capsys)
    assert code == 1 and "protocol 1 of case RD-DEMO-001 changed outside the application" in out, out


def test_tail_cut_is_caught_by_the_protocol_anchor(demo: Database, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    paper = export_protocol(demo, "RD-DEMO-001", tmp_path / "protocol.pdf")
    code, out = _verify(demo, capsys, "--anchor", str(paper))
    assert code == 0 and "1 anchors found" in out, out
    with demo.engine.connect() as conn:
        anchor_id = int(conn.execute(text(  # the entry RD-DEMO-001's signed protocol names
            "SELECT max(a.id) FROM audit_entry a JOIN protocol p ON p.id = a.entity_id JOIN \"case\" c "
            "ON c.id = p.case_id WHERE a.action = 'protocol.sign' AND a.entity = 'protocol' "
            "AND c.reg_no = 'RD-DEMO-001'")).scalar_one())
    _allow_log_edits(demo)
    _sql(demo, f"DELETE FROM audit_entry WHERE id >= {anchor_id}")  # the chain that is left is still valid
    code, out = _verify(demo, capsys, "--anchor", str(paper))
    assert code == 1 and f"a signed paper names entry {anchor_id}" in out and "removed from the end" in out, out


def test_recomputed_chain_is_caught_by_the_order_anchor(demo: Database, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    paper = export_order(demo, "RD-DEMO-001", tmp_path / "order.pdf")
    _allow_log_edits(demo)
    # Rewrite the actor of the first entry and recompute every hash after it, so the chain itself verifies.
    with demo.engine.begin() as conn:
        rows = conn.execute(text("SELECT id, at, actor, action, entity, entity_id, payload FROM audit_entry "
                                 "ORDER BY id")).all()
        prev = "0" * 64
        for n, (entry_id, at, actor, action, entity, entity_id, payload) in enumerate(rows):
            if isinstance(at, str):
                from datetime import datetime

                at = datetime.fromisoformat(at)
            if isinstance(payload, str):
                import json

                payload = json.loads(payload)
            actor = "someone else" if n == 0 else actor
            digest = entry_hash(prev, at, actor, action, entity, entity_id, payload)
            conn.execute(text("UPDATE audit_entry SET actor = :actor, prev_hash = :prev, hash = :hash WHERE id = :id"),
                         {"actor": actor, "prev": prev, "hash": digest, "id": entry_id})
            prev = digest
    code, out = _verify(demo, capsys)
    assert code == 0, out  # without an anchor a recomputed chain looks intact: that is what the anchors are for
    code, out = _verify(demo, capsys, "--anchor", str(paper))
    assert code == 1 and "the log was rewritten" in out, out


def test_typed_anchor_and_bad_anchor(demo: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with demo.engine.connect() as conn:
        entry_id, digest = conn.execute(text(
            "SELECT id, hash FROM audit_entry WHERE action = 'order.issue' ORDER BY id LIMIT 1")).one()
    code, out = _verify(demo, capsys, "--anchor", f"{entry_id}:{digest}")
    assert code == 0, out
    code, out = _verify(demo, capsys, "--anchor", f"{entry_id}:{'0' * 64}")
    assert code == 1 and "rewritten" in out
    code, out = _verify(demo, capsys, "--anchor", "nonsense")
    assert code == 2 and out.count("\n") == 1 and "--anchor nonsense" in out
    draft = tmp_path / "draft.pdf"
    export_protocol(demo, "RD-DEMO-002", draft)
    code, out = _verify(demo, capsys, "--anchor", str(draft))
    assert code == 2 and "carries no audit log anchor" in out
