"""Rule: what the profile says about a component and its credentials, whatever the outcomes, binds the commission's
decision as it binds the proposal: a component type the profile does not recognise, a credential below the
programme's cycle under the level rule "block", recognition in full under the hard workload rule on too few hours,
more credits than the proportional workload rule gives. Each is refused with the rule named and nothing saved. The
way out: the decision the rules allow (not recognised, or partial within the credits), or other evidence."""

from __future__ import annotations

import pytest

from app.db import Database
from app.errors import UserError
from app.reports.papers import protocol_paper
from app.reports.pdf_document import Table
from app.services import decisions, protocols, reports
from app.services.decisions import DecisionInput, RuleRefusal
from app.services.protocols import ProtocolInput
from tests.scenarios.conftest import move, set_evidence, set_rules, to_assessment

SQL = "Relational Databases and SQL"
REASONS = "підтверджено співбесідою"


def _ok5(db: Database, case_id: int) -> decisions.LineRow:
    return next(x for x in to_assessment(db, case_id, ("ОК5",)) if x.component_code == "ОК5")


def _full() -> DecisionInput:
    return DecisionInput("full", grade_100=85, grade_ects="B", grade_national="4 (добре)", reasons=REASONS)


def _partial(credits: float) -> DecisionInput:
    return DecisionInput("partial", credits_recognised=credits, partial_scope="модуль 1", grade_100=85,
                         grade_ects="B", grade_national="4 (добре)", reasons=REASONS)


def _protocol_rows(db: Database, case_id: int) -> str:
    move(db, case_id, "decided")
    protocols.sign_protocol(db, "chair", protocols.generate_protocol(db, "s", case_id, ProtocolInput()))
    paper = protocol_paper(reports.protocol_data(db, "RD-TEST-001"), "uk")
    return " ".join(row for block in paper.blocks if isinstance(block, Table) for row in block.rows)


def _refused(db: Database, line: decisions.LineRow, data: DecisionInput, error: type[Exception], says: str) -> None:
    with pytest.raises(error, match=says):
        decisions.save_decision(db, "officer", line.id, line.row_version, data)
    after = decisions.get_line(db, line.id)
    assert after.decision is None and after.row_version == line.row_version


def test_a_component_type_the_profile_does_not_recognise(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, eligible_component_types=["elective"])
    line = _ok5(demo_db, sql_case)
    assert line.proposal == "reject"
    for data in (_full(), _partial(2.0)):
        _refused(demo_db, line, data, RuleRefusal, r"ОК5 Бази даних: the rules do not allow recognition: component "
                 r"type 'mandatory' is not eligible")
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("none", reasons="тип"))
    assert decisions.get_line(demo_db, line.id).decision == "none"


def test_a_credential_below_the_cycle_under_the_block_rule(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, level_rule="block")
    set_evidence(demo_db, sql_case, SQL, eqf_level="EQF 4")
    line = _ok5(demo_db, sql_case)
    assert line.proposal == "reject"
    _refused(demo_db, line, _full(), RuleRefusal, "the rules do not allow recognition: .*level 4")
    # Under the warning rule the same credential may be recognised.
    set_rules(demo_db, sql_case, level_rule="warn")
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, _full())


def test_the_hard_workload_rule_allows_partial_but_not_full(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="hard")
    set_evidence(demo_db, sql_case, SQL, workload_hours=60, workload_ects=2)
    line = _ok5(demo_db, sql_case)
    assert line.proposal != "recognise"
    _refused(demo_db, line, _full(), UserError, "workload rule allows no recognition in full .*60 .*150")
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, _partial(2.0))
    assert decisions.get_line(demo_db, line.id).decision == "partial"
    # the paper says why no more was recognised
    assert "обсяг 60 год проти 150 год — недостатньо" in _protocol_rows(demo_db, sql_case)


def test_the_proportional_workload_rule_caps_the_credits(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="proportional")
    set_evidence(demo_db, sql_case, SQL, workload_hours=60, workload_ects=2)
    line = _ok5(demo_db, sql_case)
    for data in (_full(), _partial(3.0)):
        _refused(demo_db, line, data, UserError, "gives at most 2 credits on this evidence")
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, _partial(2.0))
    assert decisions.get_line(demo_db, line.id).credits_recognised == 2.0
    assert "кредити пропорційно обсягу: 2 з 5 (60 год з 150 год)" in _protocol_rows(demo_db, sql_case)


def test_more_evidence_is_a_way_out(demo_db: Database, sql_case: int) -> None:
    # The hours of the credentials the decision rests on count together: with enough of them, full passes.
    set_rules(demo_db, sql_case, workload_rule="hard")
    set_evidence(demo_db, sql_case, SQL, workload_hours=60, workload_ects=2)
    line = _ok5(demo_db, sql_case)
    set_evidence(demo_db, sql_case, SQL, workload_hours=150, workload_ects=5)
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, _full())
    assert decisions.get_line(demo_db, line.id).decision == "full"
