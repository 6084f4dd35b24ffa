"""Rule: the grade of a recognised component says the same on its three scales by the profile's grade table (the
100-point score's band is the ECTS letter, the letter's national grade is the national one), and it is a pass. The
proposal converts by the table and the paper prints the national grade from it; the guard now refuses a grade the
table contradicts (92 points entered as C, or as "3" on the national scale) or a failing one, naming the component
and what the table says, with nothing saved. The way out: the conversion the form offers, or the three scales as the
table has them. Another institution's table decides another way."""

from __future__ import annotations

import re

import pytest

from app.db import Database
from app.domain.policy_rules import GradeBand
from app.errors import UserError
from app.reports.papers import protocol_paper
from app.reports.pdf_document import Table
from app.services import decisions, protocols, reports
from app.services.decisions import DecisionInput
from app.services.protocols import ProtocolInput
from tests.scenarios.conftest import move, set_rules, to_assessment

REASONS = "підтверджено співбесідою"


def _line(db: Database, case_id: int) -> decisions.LineRow:
    (line,) = to_assessment(db, case_id, ("ОК5",))
    return line


def _full(points: float | None, letter: str = "", national: str = "") -> DecisionInput:
    return DecisionInput("full", grade_100=points, grade_ects=letter, grade_national=national, reasons=REASONS)


@pytest.mark.parametrize(("grade", "says"), [
    (_full(92, "C"), "92 points is A on the profile's grade table, not C"),
    (_full(45, "FX"), "45 points is below the pass mark of 60"),
    (_full(None, "FX"), "The ECTS grade FX is a failing grade"),
    (_full(None, "Z"), "The ECTS grade Z is not in the profile's grade table"),
    (_full(92, "A", "3 (задовільно)"), "The national grade 3 (задовільно) does not fit the ECTS grade A: it is 5"),
    (_full(None, "", "не зараховано"), "The national grade не зараховано is a failing grade"),
])
def test_a_grade_the_table_contradicts_is_refused_and_nothing_saved(
        demo_db: Database, sql_case: int, grade: DecisionInput, says: str) -> None:
    line = _line(demo_db, sql_case)
    with pytest.raises(UserError, match="^" + re.escape(f"ОК5 Бази даних: {says}")):
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, grade)
    after = decisions.get_line(demo_db, line.id)
    assert after.decision is None and after.row_version == line.row_version


def test_the_conversion_the_form_offers_passes_and_reaches_the_protocol(demo_db: Database, sql_case: int) -> None:
    line = _line(demo_db, sql_case)
    converted = decisions.convert_grade(demo_db, sql_case, "92/100")
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput(
        "full", grade_100=converted.grade_100, grade_ects=converted.grade_ects,
        grade_national=converted.grade_national, reasons=REASONS))
    move(demo_db, sql_case, "decided")
    protocols.sign_protocol(demo_db, "chair", protocols.generate_protocol(demo_db, "s", sql_case, ProtocolInput()))
    rows = " ".join(row for block in protocol_paper(reports.protocol_data(demo_db, "RD-TEST-001"), "uk").blocks
                    if isinstance(block, Table) for row in block.rows)
    assert "92 / A / 5 (відмінно)" in rows


def test_another_institutions_table_decides_another_way(demo_db: Database, sql_case: int) -> None:
    # The demo table: C is 75-81, so 80 points is C. Another institution's: B 80-89.
    line = _line(demo_db, sql_case)
    with pytest.raises(UserError, match="80 points is C on the profile's grade table, not B"):
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, _full(80, "B"))
    other = [GradeBand("A", 90, 100, 5, "відмінно", "excellent"), GradeBand("B", 80, 89.99, 4, "добре", "good"),
             GradeBand("C", 70, 79.99, 4, "добре", "good"), GradeBand("D", 65, 69.99, 3, "задовільно", "satisfactory"),
             GradeBand("E", 60, 64.99, 3, "задовільно", "satisfactory"),
             GradeBand("FX", 35, 59.99, 2, "незадовільно", "fail", passed=False),
             GradeBand("F", 0, 34.99, 2, "незадовільно", "fail", passed=False)]
    set_rules(demo_db, sql_case, grade_table=[band.__dict__ for band in other])
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, _full(80, "B", "4 (добре)"))
    assert decisions.get_line(demo_db, line.id).grade_ects == "B"
