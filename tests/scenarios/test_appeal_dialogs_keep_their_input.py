"""Way out: an appeal dialog that the service refuses (no reasoning, a date in the future) comes back with what the
officer typed; the notification is recorded from the “Commission & protocol” tab and opens the appeal window."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.models import Case
from app.services import protocols, workflow
from tests.cases.test_gui_procedure import _open, _settle, _window


def _case(db: Database, reg_no: str) -> int:
    with db.read() as session:
        return int(session.execute(select(Case.id).where(Case.reg_no == reg_no)).scalar_one())


def test_the_appeal_outcome_dialog_keeps_its_input_after_a_refusal(qtbot: Any, full_demo_db: Database) -> None:
    db = full_demo_db
    case_id = _case(db, "RD-DEMO-008")  # the demo's appeal filed after the order
    window, wf, script = _window(qtbot, db)
    _open(qtbot, window, wf, case_id)
    seen: list[tuple[str, str]] = []

    def without_reasoning(dialog: Any) -> bool:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("rejected"))
        dialog.comment.setPlainText("   ")
        return True

    def again(dialog: Any) -> bool:
        seen.append((str(dialog.outcome.currentData()), dialog.comment.toPlainText()))
        dialog.comment.setPlainText("Нових обставин не наведено.")
        return True

    script.dialogs += [without_reasoning, again]
    wf.commission_tab.resolve_appeal_button.click()
    _settle(qtbot, window, wf, lambda: workflow.workflow_state(db, case_id).status == "order_issued")
    assert seen == [("rejected", "   ")]  # the same dialog came back with the choice made
    assert len(script.warnings) == 1 and "reasoning" in script.warnings[0]
    window.ctx.runner.wait()


def test_the_notification_is_recorded_in_the_window_and_a_refusal_keeps_the_input(qtbot: Any,
                                                                                  full_demo_db: Database) -> None:
    db = full_demo_db
    case_id = _case(db, "RD-DEMO-001")  # order issued, notified in person
    window, wf, script = _window(qtbot, db)
    _open(qtbot, window, wf, case_id)
    tab = wf.commission_tab
    assert tab.notify_button.isEnabled() and "notified on" in tab.appeal_label.text()
    seen: list[str] = []

    def tomorrow(dialog: Any) -> bool:
        dialog.notified_on.setDate(dialog.notified_on.date().addDays(1))
        dialog.note.setText("Вручено витяг особисто")
        return True

    def corrected(dialog: Any) -> bool:
        seen.append(dialog.note.text())
        dialog.notified_on.setDate(dialog.notified_on.date().addDays(-1))
        return True

    script.dialogs += [tomorrow, corrected]
    tab.notify_button.click()
    _settle(qtbot, window, wf, lambda: len(protocols.case_protocols(db, case_id).notifications) == 2)
    assert seen == ["Вручено витяг особисто"] and "future" in script.warnings[0]
    view = protocols.case_protocols(db, case_id)
    assert view.appeal_deadline == date.today() + timedelta(days=10)
    qtbot.waitUntil(lambda: tab.appeal_label.text().count("notified on") == 2, timeout=15_000)
    window.ctx.runner.wait()
