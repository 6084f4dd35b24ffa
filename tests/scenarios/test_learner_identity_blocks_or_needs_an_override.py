"""Rule: a credential made out to another person is a reason in the proposal; per the profile it only warns,
needs the commission's override with a reason (printed in the protocol), or refuses recognition on it."""

from __future__ import annotations

import pytest

from app.db import Database
from app.reports.papers import reasons_text
from app.services import decisions, reports
from app.services.decisions import DecisionInput
from app.translation import load_translator
from tests.scenarios.conftest import codes, move, set_evidence, set_rules, to_assessment

SQL = "Relational Databases and SQL"
MISMATCH = {"status": "mismatch", "method": "name", "detail": "'Petrenko Olena' vs 'Іваненко Петро'"}


def _line(db: Database, case_id: int, rule: str) -> decisions.LineRow:
    set_rules(db, case_id, identity_rule=rule)
    set_evidence(db, case_id, SQL, learner_match=MISMATCH)
    return next(x for x in to_assessment(db, case_id) if x.component_code == "ОК5")


def test_block_refuses_recognition_on_the_credential(demo_db: Database, sql_case: int) -> None:
    line = _line(demo_db, sql_case, "block")
    assert codes(line)["learner_identity_mismatch"] == "blocking" and line.proposal == "reject"
    with pytest.raises(decisions.RuleRefusal, match="another person"):
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("full"),
                                rule_overrides={"learner_identity_mismatch": "We trust it"})


def test_override_needs_a_reason_that_the_protocol_prints(demo_db: Database, sql_case: int) -> None:
    line = _line(demo_db, sql_case, "override")
    assert codes(line)["learner_identity_mismatch"] == "blocking" and line.proposal == "reject"
    with pytest.raises(decisions.OverrideNeeded) as info:
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("full"))
    assert info.value.rules == ["learner_identity_mismatch"]
    assert decisions.get_line(demo_db, line.id).decision is None
    saved = decisions.save_decision(
        demo_db, "officer", line.id, line.row_version, DecisionInput("full"),
        rule_overrides={"learner_identity_mismatch": "Name changed on marriage; certificate of marriage seen"})
    stored = decisions.get_line(demo_db, saved.line_id)
    assert stored.rule_overrides[0]["rule"] == "learner_identity_mismatch"
    assert stored.rule_overrides[0]["by"] == "officer"
    move(demo_db, sql_case, "decided")  # the guard accepts the recorded override
    paper_line = next(x for x in reports.protocol_data(demo_db, "RD-TEST-001").lines if x.component_code == "ОК5")
    text = reasons_text(paper_line, "en", load_translator("en"))
    assert "made out to another person" in text and "certificate of marriage seen" in text
    uk = reasons_text(paper_line, "uk", load_translator("uk"))
    assert "certificate of marriage seen" in uk and "made out to another person" not in uk


def test_warn_shows_the_mismatch_without_blocking(demo_db: Database, sql_case: int) -> None:
    line = _line(demo_db, sql_case, "warn")
    assert codes(line)["learner_identity_mismatch"] == "warning" and line.proposal == "recognise"
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("full"))


def test_an_unchecked_learner_is_named(demo_db: Database, sql_case: int) -> None:
    set_evidence(demo_db, sql_case, SQL, learner_match={"status": "unknown"})
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert codes(line)["learner_identity_unconfirmed"] == "warning"


def test_old_profile_versions_keep_their_behaviour() -> None:
    """Versions stored before the rule existed get "warn" from the migration; new profiles the strict value."""
    from app.domain.policy_rules import LEGACY_VALUES, PolicyRules

    assert LEGACY_VALUES["identity_rule"] == "warn" and PolicyRules().identity_rule == "block"
