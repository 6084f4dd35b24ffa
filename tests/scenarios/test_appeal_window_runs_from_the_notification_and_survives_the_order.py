"""Rule: the applicant's appeal window runs from the day the profile names (the notification of the decision for
new profiles, the signed protocol for versions stored before the setting, or the order) and stays open after the
order is issued; a rejected appeal filed after the order returns the case to “order issued”; the papers say from
when the window runs; the appeal dialogs keep what the officer typed when the service refuses it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.db import Database
from app.errors import UserError
from app.matching.policy import PolicyRules
from app.models import AuditEntry, CaseStatusChange, Notification, Protocol
from app.reports.papers import notice_paper, protocol_paper
from app.services import decisions, protocols, reports, workflow
from app.services import policy as policy_service
from app.services.decisions import DecisionInput
from app.services.protocols import AppealInput, NotificationInput, OrderInput, ProtocolInput
from tests.scenarios.conftest import move, set_rules, to_assessment, version

PANEL = "Коваль Олександр Олегович\nБондар Наталія Сергіївна"


def _signed(db: Database, case_id: int) -> None:
    """Decided (full recognition of ОК5) and the protocol signed."""
    for line in to_assessment(db, case_id):
        decisions.save_decision(db, "officer", line.id, line.row_version,
                                DecisionInput("full", grade_100=90, grade_ects="A", grade_national="5 (відмінно)"))
    move(db, case_id, "decided")
    protocols.sign_protocol(db, "chair", protocols.generate_protocol(db, "secretary", case_id, ProtocolInput()))


def _order(db: Database, case_id: int, on: date | None = None) -> None:
    protocols.issue_order(db, "dean", case_id, OrderInput("301-с", on or date.today(), "Декан",
                                                          signatory="Олійник Василь Миколайович"), version(db, case_id))


def _notify(db: Database, case_id: int, on: date, note: str = "") -> None:
    protocols.record_notification(db, "officer", case_id, NotificationInput(on, "in_person", note),
                                  version(db, case_id))


def _backdate_decision(db: Database, case_id: int, days: int) -> None:
    """As if the case had been decided and its protocol signed ``days`` ago."""
    with db.write() as session:
        for change in session.execute(select(CaseStatusChange).where(CaseStatusChange.case_id == case_id)).scalars():
            change.at -= timedelta(days=days)
        for protocol in session.execute(select(Protocol).where(Protocol.case_id == case_id)).scalars():
            protocol.signed_at = protocol.signed_at - timedelta(days=days) if protocol.signed_at else None
            protocol.meeting_date = protocol.meeting_date - timedelta(days=days) if protocol.meeting_date else None


def test_new_profiles_count_from_the_notification_and_old_versions_from_the_protocol() -> None:
    assert PolicyRules().appeal_window_from == "notification"
    assert PolicyRules.from_dict({}).appeal_window_from == "protocol"  # stored before the setting
    with pytest.raises(ValueError, match="appeal window"):
        PolicyRules(appeal_window_from="decision")  # type: ignore[arg-type]


def test_no_window_until_the_applicant_is_notified(demo_db: Database, sql_case: int) -> None:
    _signed(demo_db, sql_case)
    view = protocols.case_protocols(demo_db, sql_case)
    assert view.appeal_deadline is None and "notified" in view.appeal_window_waiting
    assert "appeal_window" not in {d.name for d in workflow.case_deadlines(demo_db, sql_case)}
    _notify(demo_db, sql_case, date.today())
    view = protocols.case_protocols(demo_db, sql_case)
    assert view.appeal_deadline == date.today() + timedelta(days=10) and not view.appeal_window_waiting
    assert [n.in_force for n in view.notifications] == [True]
    with demo_db.read() as session:
        payload = session.execute(select(AuditEntry.payload).where(AuditEntry.action == "case.notify")).scalar_one()
    assert payload["appeal_deadline"] == (date.today() + timedelta(days=10)).isoformat()


def test_the_window_runs_from_the_notification_not_from_the_protocol(demo_db: Database, sql_case: int) -> None:
    _signed(demo_db, sql_case)
    _backdate_decision(demo_db, sql_case, 30)  # decided and signed a month ago (history), notified a week ago
    _notify(demo_db, sql_case, date.today() - timedelta(days=7))
    _order(demo_db, sql_case)
    filed = protocols.file_appeal(demo_db, "officer", sql_case, AppealInput(date.today(), "Не згоден", PANEL),
                                  version(demo_db, sql_case)).appeal
    assert filed.within_deadline and filed.deadline == date.today() + timedelta(days=3)


def test_an_appeal_after_the_order_is_accepted_and_a_rejection_returns_to_the_order(demo_db: Database,
                                                                                   sql_case: int) -> None:
    _signed(demo_db, sql_case)
    _notify(demo_db, sql_case, date.today())
    _order(demo_db, sql_case)
    assert workflow.workflow_state(demo_db, sql_case).status == "order_issued"
    assert workflow.workflow_state(demo_db, sql_case).can.file_appeal.allowed
    appeal = protocols.file_appeal(demo_db, "officer", sql_case, AppealInput(date.today(), "ОК5 — інша оцінка",
                                                                             PANEL), version(demo_db, sql_case))
    assert workflow.workflow_state(demo_db, sql_case).status == "under_appeal"
    protocols.resolve_appeal(demo_db, "panel", appeal.appeal.id, "rejected", date.today(), "Підстав немає",
                             version(demo_db, sql_case))
    assert workflow.workflow_state(demo_db, sql_case).status == "order_issued"


def test_a_late_appeal_after_the_order_needs_a_reason(demo_db: Database, sql_case: int) -> None:
    _signed(demo_db, sql_case)
    _backdate_decision(demo_db, sql_case, 30)
    _notify(demo_db, sql_case, date.today() - timedelta(days=20))
    _order(demo_db, sql_case, date.today() - timedelta(days=15))
    with pytest.raises(UserError, match="10 day\\(s\\) after the deadline"):
        protocols.file_appeal(demo_db, "officer", sql_case, AppealInput(date.today(), "Не згоден", PANEL),
                              version(demo_db, sql_case))


def test_the_order_rule_counts_from_the_date_of_the_order(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, appeal_window_from="order")
    _signed(demo_db, sql_case)
    _backdate_decision(demo_db, sql_case, 5)
    assert protocols.case_protocols(demo_db, sql_case).appeal_window_waiting
    _order(demo_db, sql_case, date.today() - timedelta(days=2))
    assert protocols.case_protocols(demo_db, sql_case).appeal_deadline == date.today() + timedelta(days=8)


def test_a_notification_is_checked_and_a_second_one_needs_a_note(demo_db: Database, sql_case: int) -> None:
    with pytest.raises(UserError, match="only when the case is"):
        _notify(demo_db, sql_case, date.today())  # nothing decided yet
    _signed(demo_db, sql_case)
    with pytest.raises(UserError, match="future"):
        _notify(demo_db, sql_case, date.today() + timedelta(days=1))
    with pytest.raises(UserError, match="before the decision"):
        _notify(demo_db, sql_case, date.today() - timedelta(days=1))
    _notify(demo_db, sql_case, date.today())
    with pytest.raises(UserError, match="already recorded"):
        _notify(demo_db, sql_case, date.today())
    _notify(demo_db, sql_case, date.today(), "Виправлено спосіб: вручено особисто")
    with demo_db.read() as session:
        assert len(session.execute(select(Notification)).scalars().all()) == 2


def test_a_revised_decision_needs_a_new_notification(demo_db: Database, sql_case: int) -> None:
    _signed(demo_db, sql_case)
    _notify(demo_db, sql_case, date.today())
    appeal = protocols.file_appeal(demo_db, "officer", sql_case, AppealInput(date.today(), "Не згоден", PANEL),
                                   version(demo_db, sql_case)).appeal
    protocols.resolve_appeal(demo_db, "panel", appeal.id, "granted", date.today(), "Переглянути",
                             version(demo_db, sql_case))
    view = protocols.case_protocols(demo_db, sql_case)
    assert view.appeal_deadline is None and not any(n.in_force for n in view.notifications)


def test_the_papers_say_from_when_the_window_runs(demo_db: Database, sql_case: int) -> None:
    _signed(demo_db, sql_case)
    data = reports.protocol_data(demo_db, "RD-TEST-001")
    protocol = _text(protocol_paper(data, "uk"))
    assert "з дня ознайомлення здобувача освіти з рішенням" in protocol
    _notify(demo_db, sql_case, date.today())
    data = reports.protocol_data(demo_db, "RD-TEST-001")
    assert "включно" not in _text(protocol_paper(data, "uk"))  # the signed text does not change later
    assert "включно" in _text(notice_paper(data, "uk"))
    assert "from the day the applicant is notified of the decision" in _text(notice_paper(data, "en"))


def test_policy_show_exposes_the_appeal_window_rule(demo_db: Database, db_url: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    policy_service.create_profile(demo_db, "secretary", "Нові правила")
    assert main(["policy", "show", "Нові правила", "--json", "--db", db_url]) == 0
    assert json.loads(capsys.readouterr().out)["rules"]["appeal_window_from"] == "notification"


def _text(paper: Any) -> str:
    return " ".join(str(block) for block in paper.blocks).replace("\xa0", " ")


def test_the_case_is_not_closed_while_the_applicant_may_still_appeal(demo_db: Database, sql_case: int) -> None:
    _signed(demo_db, sql_case)
    _order(demo_db, sql_case)
    state = workflow.workflow_state(demo_db, sql_case)
    closing = state.move_to("closed")
    assert closing is not None and not closing.allowed and "notified" in closing.reason
    _notify(demo_db, sql_case, date.today())
    with pytest.raises(UserError, match="appeals are accepted until"):
        move(demo_db, sql_case, "closed")
    with demo_db.write() as session:  # notified eleven days ago: the ten days have passed
        for n in session.execute(select(Notification)).scalars():
            n.notified_on = date.today() - timedelta(days=11)
    move(demo_db, sql_case, "closed")
    assert workflow.workflow_state(demo_db, sql_case).status == "closed"
