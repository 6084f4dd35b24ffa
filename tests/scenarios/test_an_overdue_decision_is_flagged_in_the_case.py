"""Rule: the case's overview flags its decision against the case's own limit: "N days overdue" while the case
is open past it, "decided N days after its limit" once decided late; nothing in time (service-computed)."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import decisions, workflow
from app.services.cases import get_case_detail
from app.ui.case_view import CaseView
from app.ui.i18n import format_date
from tests.scenarios.test_a_decision_after_the_case_limit_is_flagged_in_the_register import _case


def _decide(db: Database, case_id: int) -> None:
    [line] = decisions.case_lines(db, case_id)
    decisions.save_decision(db, "officer", line.id, line.row_version, decisions.DecisionInput(
        "full", grade_100=85, grade_ects="B", grade_national="добре"))
    workflow.transition(db, "officer", case_id, "decided", None)


def _deadline_text(qtbot: QtBot, db: Database, case_id: int) -> str:
    view = CaseView()
    qtbot.addWidget(view)
    view.show_case(get_case_detail(db, case_id))
    return view.overview.fields["deadline"].text()


def test_the_case_view_flags_an_overdue_and_a_late_decision(qtbot: QtBot, demo_db: Database) -> None:
    today = date.today()
    open_late = _case(demo_db, "RD-OPEN-1", today - timedelta(days=7))
    decided_late = _case(demo_db, "RD-LATE-2", today - timedelta(days=4))
    timely = _case(demo_db, "RD-TIME-2", today + timedelta(days=5))
    _decide(demo_db, decided_late)
    _decide(demo_db, timely)

    detail = get_case_detail(demo_db, open_late)
    assert detail.decision_late is not None and detail.decision_late.days == 7
    assert detail.decision_late.decided_on is None
    text = _deadline_text(qtbot, demo_db, open_late)
    assert f"Decision due {format_date(today - timedelta(days=7))} — 7 day" in text and "overdue" in text

    late = get_case_detail(demo_db, decided_late).decision_late
    assert late is not None and late.days == 4 and late.decided_on == today
    text = _deadline_text(qtbot, demo_db, decided_late)
    assert "decided 4 day" in text and "after its limit" in text

    assert get_case_detail(demo_db, timely).decision_late is None
    text = _deadline_text(qtbot, demo_db, timely)
    assert text == format_date(today + timedelta(days=5)) and "overdue" not in text
