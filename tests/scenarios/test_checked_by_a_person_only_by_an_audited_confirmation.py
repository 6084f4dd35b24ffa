"""Rule: "checked by a person" comes only from a named person's audited confirmation of what they checked, never
from the import; a profile that requires it binds the proposal and the moves to assessment and decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.models import AuditEntry, EvidenceItem
from app.services import decisions, evidence, evidence_checks
from app.services.workflow import TransitionRefused
from tests.scenarios.conftest import codes, component_id, move, set_rules

BADGE = Path(__file__).resolve().parents[1] / "fixtures" / "credentials" / "ob2" / "basic-assertion.json"


def test_the_import_does_not_mark_a_file_as_checked(demo_db: Database, sql_case: int) -> None:
    summary = evidence.import_files(demo_db, "officer", sql_case, [BADGE])
    with demo_db.read() as session:
        item = session.get(EvidenceItem, summary.item_ids[0])
        assert item is not None and item.verified_by == "" and item.verified_at is None


def test_a_required_check_binds_until_a_person_confirms_it(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, required_verification="checked")
    move(demo_db, sql_case, "documents_checked")
    decisions.request_components(demo_db, "officer", sql_case, [component_id(demo_db, "ОК5")])
    with pytest.raises(TransitionRefused, match="record a person's check of the original"):
        move(demo_db, sql_case, "under_assessment")
    with demo_db.read() as session:
        items = [(i.id, i.title) for i in session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == sql_case)).scalars()]
    sql = next(i for i, title in items if title.startswith("Relational"))
    # A confirmation names a person and what they checked; anything else is refused and saves nothing.
    with pytest.raises(UserError, match="named person"):
        evidence_checks.confirm_check(demo_db, " ", sql, ["original_seen"])
    with pytest.raises(UserError, match="Say what was checked"):
        evidence_checks.confirm_check(demo_db, "Коваль О.", sql, [])
    with pytest.raises(UserError, match="Unknown check"):
        evidence_checks.confirm_check(demo_db, "Коваль О.", sql, ["looked at it"])
    for item_id, _title in items:
        evidence_checks.confirm_check(demo_db, "Коваль О.", item_id, ["original_seen", "issuer_contacted"],
                                      "Original diploma shown at the dean's office")
    with demo_db.read() as session:
        stored = session.get(EvidenceItem, sql)
        assert stored is not None and stored.verified_by == "Коваль О."
        check = evidence_checks.manual_check_of(stored.verification)
        assert check is not None and check.checks == ("original_seen", "issuer_contacted")
        entries = session.execute(select(AuditEntry).where(AuditEntry.action == "evidence.confirm_check")).scalars()
        assert [e.payload["checks"] for e in entries][0] == ["original_seen", "issuer_contacted"]
    move(demo_db, sql_case, "under_assessment")
    decisions.run_matching(demo_db, "officer", sql_case)
    line = decisions.case_lines(demo_db, sql_case)[0]
    assert "verification_insufficient" not in codes(line) and line.proposal == "recognise"


def test_the_proposal_names_a_missing_check(demo_db: Database, sql_case: int) -> None:
    move(demo_db, sql_case, "documents_checked")
    decisions.request_components(demo_db, "officer", sql_case, [component_id(demo_db, "ОК5")])
    move(demo_db, sql_case, "under_assessment")
    set_rules(demo_db, sql_case, required_verification="signature")  # a stricter version, after the move
    decisions.run_matching(demo_db, "officer", sql_case)
    line = decisions.case_lines(demo_db, sql_case)[0]
    assert codes(line).get("verification_insufficient") == "blocking" and line.proposal == "reject"


def test_the_move_to_decided_needs_the_level_for_the_evidence_of_a_recognition(demo_db: Database,
                                                                                sql_case: int) -> None:
    from app.services.decisions import DecisionInput

    move(demo_db, sql_case, "documents_checked")
    decisions.request_components(demo_db, "officer", sql_case, [component_id(demo_db, "ОК5")])
    move(demo_db, sql_case, "under_assessment")
    decisions.run_matching(demo_db, "officer", sql_case)
    line = decisions.case_lines(demo_db, sql_case)[0]
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("full"))
    set_rules(demo_db, sql_case, required_verification="checked")  # a stricter version applies to the case
    with pytest.raises(TransitionRefused, match="ОК5 is recognised although"):
        move(demo_db, sql_case, "decided")
    with pytest.raises(decisions.RuleRefusal, match="below the required"):
        decisions.save_decision(demo_db, "officer", line.id, decisions.get_line(demo_db, line.id).row_version,
                                DecisionInput("full"))
