"""Rule: the register of decisions flags a step done after the case's own time limit: a line decided after the
case's decision deadline shows how many days late it was (and, counted the same way, an undecided line of an open
case how many days the limit has passed); a line decided in time shows nothing."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.db import Database
from app.models import Case
from app.reports.data import RegisterFilter
from app.services import decisions, workflow
from app.services.cases import ApplicantData, NewCase, register_case
from app.services.reports import days_late, iter_register
from tests.cases.conftest import SQL_COURSE_OUTCOMES, add_evidence, component_id


def _case(db: Database, reg_no: str, deadline: date) -> int:
    with db.read() as session:
        first = session.execute(select(Case).order_by(Case.id).limit(1)).scalar_one()
        programme_id, policy_id = first.programme_id, first.policy_profile_id
    case_id = register_case(db, "officer", NewCase(
        applicant=ApplicantData(full_name=f"Здобувач {reg_no}", student_id=reg_no), programme_id=programme_id,
        policy_profile_id=policy_id, filed_on=deadline - timedelta(days=30), deadline=deadline, reg_no=reg_no))
    add_evidence(db, case_id, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES,
                 hours=150, ects=5, grade="85%")
    workflow.transition(db, "officer", case_id, "documents_checked", None)
    decisions.request_components(db, "officer", case_id, [component_id(db, "ОК5")])
    workflow.transition(db, "officer", case_id, "under_assessment", None)
    return case_id


def test_a_late_decision_is_flagged_and_a_timely_one_is_not(demo_db: Database) -> None:
    today = date.today()
    late = _case(demo_db, "RD-LATE-1", today - timedelta(days=10))
    timely = _case(demo_db, "RD-TIME-1", today + timedelta(days=5))
    for case_id in (late, timely):
        [line] = decisions.case_lines(demo_db, case_id)
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, decisions.DecisionInput(
            "full", grade_100=85, grade_ects="B", grade_national="добре"))
    rows = {r.reg_no: r for r in iter_register(demo_db, RegisterFilter())}
    assert rows["RD-LATE-1"].deadline == today - timedelta(days=10) and rows["RD-LATE-1"].days_late == 10
    assert rows["RD-TIME-1"].days_late is None


def test_a_finished_case_without_a_decision_is_not_counted_as_running_late() -> None:
    today = date(2026, 12, 1)
    assert days_late(date(2026, 11, 1), None, "closed", today) is None
    assert days_late(date(2026, 11, 1), None, "under_assessment", today) == 30
    assert days_late(None, date(2026, 12, 1), "decided", today) is None
