"""The procedure's time limits come from the case's policy profile version: a new version with other limits
changes the deadlines of the cases on that version only; a case registered without a decision date gets the
filing date plus the decision time limit (in the service and in the New case dialog)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.db import Database
from app.errors import UserError
from app.matching.policy import PolicyRules
from app.models import AuditEntry, Case, CaseStatusChange, PolicyProfile
from app.models.base import utcnow
from app.services import policy as svc
from app.services import protocols, workflow
from app.services.cases import ApplicantData, NewCase, policy_choices, register_case
from app.services.protocols import AppealInput
from app.services.workflow import TransitionRefused
from app.ui.context import AppContext
from app.ui.new_case_dialog import NewCaseDialog
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.policy.helpers import DEMO_PROFILE


def _new_version(db: Database, **changes: Any) -> int:
    latest = svc.find_version(db, DEMO_PROFILE)
    saved = svc.save_new_version(db, "secretary", DEMO_PROFILE, dataclasses.replace(latest.rules, **changes),
                                 "council", None, latest.version)
    return saved.id


def _register(db: Database, reg_no: str, policy_id: int | None, **fields: object) -> int:
    with db.read() as session:
        first = session.execute(select(Case).where(Case.reg_no == "RD-DEMO-001")).scalar_one()
        programme_id, commission_id = first.programme_id, first.commission_id
    return register_case(db, "officer", NewCase(
        applicant=ApplicantData(full_name=f"Заявник {reg_no}"), programme_id=programme_id,
        policy_profile_id=policy_id, commission_id=commission_id, reg_no=reg_no, **fields))  # type: ignore[arg-type]


def _decided_days_ago(db: Database, case_id: int, days: int) -> date:
    """Put the case in “decided” as if the decision had been taken ``days`` ago; returns that date."""
    with db.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.status = "decided"
        change = CaseStatusChange(from_status="under_assessment", to_status="decided", actor="officer",
                                  at=utcnow() - timedelta(days=days))
        case.history.append(change)
        session.flush()
        return change.at.date()


def _count_appeals_from_the_protocol(db: Database, profile_id: int) -> None:
    """The version counts the appeal window from the signed protocol (or the decision), as versions stored before
    the notification rule did."""
    with db.write() as session:
        profile = session.get(PolicyProfile, profile_id)
        assert profile is not None
        profile.rules = {**dict(profile.rules or {}), "appeal_window_from": "protocol"}


def _row_version(db: Database, case_id: int) -> int:
    return workflow.workflow_state(db, case_id).row_version


def test_a_new_appeal_window_changes_the_cases_on_that_version_only(demo_db: Database) -> None:
    db = demo_db
    v1 = svc.find_version(db, DEMO_PROFILE).id
    _count_appeals_from_the_protocol(db, v1)
    v2 = _new_version(db, appeal_days=20, appeal_decision_days=14)
    old_case, new_case = _register(db, "RD-T-001", v1), _register(db, "RD-T-002", v2)
    decided_old, decided_new = _decided_days_ago(db, old_case, 15), _decided_days_ago(db, new_case, 15)

    deadlines = {d.name: d.due for d in workflow.case_deadlines(db, old_case)}
    assert deadlines["appeal_window"] == decided_old + timedelta(days=10)
    assert protocols.case_protocols(db, old_case).appeal_deadline == decided_old + timedelta(days=10)
    deadlines = {d.name: d.due for d in workflow.case_deadlines(db, new_case)}
    assert deadlines["appeal_window"] == decided_new + timedelta(days=20)
    assert protocols.case_protocols(db, new_case).appeal_deadline == decided_new + timedelta(days=20)

    # An appeal 15 days after the decision: late under version 1, in time under version 2.
    panel = "Проректор Коваль О. О."
    with pytest.raises(TransitionRefused, match="5 day\\(s\\) after the deadline"):
        protocols.file_appeal(db, "officer", old_case, AppealInput(decided_old + timedelta(days=15), "x", panel),
                              _row_version(db, old_case))
    appeal = protocols.file_appeal(db, "officer", new_case, AppealInput(decided_new + timedelta(days=15), "x",
                                                                        panel), _row_version(db, new_case)).appeal
    assert appeal.within_deadline and appeal.deadline == decided_new + timedelta(days=20)
    due = {d.name: d.due for d in workflow.case_deadlines(db, new_case)}["appeal_decision"]
    assert due == appeal.filed_on + timedelta(days=14)  # the version's appeal decision limit, not the default 30

    # The version-1 cases (the demo's among them) keep their rules.
    assert svc.find_version(db, DEMO_PROFILE, 1).rules.appeal_days == 10


def test_order_deadline_follows_the_version(demo_db: Database) -> None:
    db = demo_db
    v2 = _new_version(db, order_days=3)
    case_id = _register(db, "RD-T-003", v2)
    with db.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.status = "protocol_signed"
        case.history.append(CaseStatusChange(from_status="decided", to_status="protocol_signed", actor="chair"))
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        signed = workflow.last_entered(case, "protocol_signed")
    assert signed is not None
    due = {d.name: d.due for d in workflow.case_deadlines(db, case_id)}["order"]
    assert due == signed + timedelta(days=3)


def _deadline(db: Database, case_id: int) -> date | None:
    with db.read() as session:
        return session.execute(select(Case.deadline).where(Case.id == case_id)).scalar_one()


def test_registration_without_a_deadline_takes_the_profiles_decision_time_limit(demo_db: Database) -> None:
    db = demo_db
    filed = date(2026, 3, 2)
    v1 = svc.find_version(db, DEMO_PROFILE).id
    assert _deadline(db, _register(db, "RD-T-010", v1, filed_on=filed)) == date(2026, 4, 1)  # + 30 days
    v2 = _new_version(db, decision_days=45)
    assert _deadline(db, _register(db, "RD-T-011", v2, filed_on=filed)) == filed + timedelta(days=45)
    # Without a profile the case gets the version saved last, and its limit.
    case_id = _register(db, "RD-T-012", None, filed_on=filed)
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.policy_profile_id == v2 and case.deadline == filed + timedelta(days=45)
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "case.register")
                                .order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        assert entry.payload["deadline"] == (filed + timedelta(days=45)).isoformat()
    # An explicit deadline is kept as it is.
    explicit = _register(db, "RD-T-013", v2, filed_on=filed, deadline=date(2026, 3, 20))
    assert _deadline(db, explicit) == date(2026, 3, 20)
    with pytest.raises(UserError, match="#9999 does not exist"):
        _register(db, "RD-T-014", 9999)


def test_registration_without_any_profile_uses_the_default_limit(db: Database) -> None:
    case_id = register_case(db, "officer", NewCase(applicant=ApplicantData(full_name="Шевченко Тарас"),
                                                   filed_on=date(2026, 9, 1)))
    assert _deadline(db, case_id) == date(2026, 9, 1) + timedelta(days=PolicyRules().decision_days)


def test_a_typo_in_the_stored_rules_is_reported_not_ignored(demo_db: Database) -> None:
    db = demo_db
    v1 = svc.find_version(db, DEMO_PROFILE)
    with db.write() as session:
        session.execute(update(PolicyProfile).where(PolicyProfile.id == v1.id)
                        .values(rules={**v1.rules.to_dict(), "apeal_days": 20}))
    case_id = _register(db, "RD-T-020", v1.id, deadline=date(2026, 5, 1))
    # Its own decision date needs no rules; the appeal window does, and cannot be computed from broken ones.
    assert [d.due for d in workflow.case_deadlines(db, case_id)] == [date(2026, 5, 1)]
    _decided_days_ago(db, case_id, 1)
    with pytest.raises(UserError, match="apeal_days"):
        workflow.case_deadlines(db, case_id)
    with pytest.raises(UserError, match="apeal_days"):
        _register(db, "RD-T-021", v1.id)  # no deadline given: it would come from the broken rules
    assert [c.decision_days for c in policy_choices(db)] == [None]


def test_new_case_dialog_takes_the_deadline_from_the_chosen_profile(qtbot: QtBot, demo_db: Database) -> None:
    db = demo_db
    v2 = _new_version(db, decision_days=45)
    svc.create_profile(db, "admin", "KhNU", PolicyRules(decision_days=20))  # saved last: the default
    ctx = AppContext(settings=Settings(), runner=TaskRunner(), db=db)
    dialog = NewCaseDialog(ctx, [])
    qtbot.addWidget(dialog)
    today = date.today()
    assert [dialog.policy.itemText(i) for i in range(dialog.policy.count())] == ["KhNU, v1", f"{DEMO_PROFILE}, v2"]
    assert dialog.deadline.date().toPython() == today + timedelta(days=20)
    assert "20 day" in dialog.deadline.toolTip()

    dialog.policy.setCurrentIndex(1)
    assert dialog.deadline.date().toPython() == today + timedelta(days=45)
    filed = today - timedelta(days=3)
    dialog.filed_on.setDate(QDate(filed.year, filed.month, filed.day))
    assert dialog.deadline.date().toPython() == filed + timedelta(days=45)

    by_hand = filed + timedelta(days=50)  # set by hand: the profile no longer moves it
    dialog.deadline.setDate(QDate(by_hand.year, by_hand.month, by_hand.day))
    dialog.policy.setCurrentIndex(0)
    assert dialog.deadline.date().toPython() == filed + timedelta(days=50)
    dialog.policy.setCurrentIndex(1)
    dialog.full_name.setText("Коваленко Олена")
    dialog.accept()
    assert dialog.case_id is not None
    with db.read() as session:
        case = session.get(Case, dialog.case_id)
        assert case is not None
        assert (case.policy_profile_id, case.filed_on, case.deadline) == (v2, filed, filed + timedelta(days=50))


def test_new_case_dialog_without_profiles(qtbot: QtBot, db: Database) -> None:
    dialog = NewCaseDialog(AppContext(settings=Settings(), runner=TaskRunner(), db=db), [])
    qtbot.addWidget(dialog)
    assert dialog.policy.count() == 1 and dialog.policy.currentData() is None
    assert dialog.deadline.date().toPython() == date.today() + timedelta(days=PolicyRules().decision_days)
