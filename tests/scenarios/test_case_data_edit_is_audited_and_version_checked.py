"""Rule: the registered data of a case and of its applicant can be corrected, each change in the audit log with
its value before and after; an edit made on a stale copy of the case is refused with a clear message and saves
nothing; the applicant's e-mail is kept (badges issued to a hashed e-mail are compared with it)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import ConflictError, UserError
from app.models import Applicant, AuditEntry, Case
from app.services.cases import ApplicantData, NewCase, get_case_detail, register_case, update_case
from tests.cases.conftest import case_id_of


def _case(db: Database, email: str = "") -> int:
    return register_case(db, "officer", NewCase(
        applicant=ApplicantData(full_name="Гнатюк Ольга Петрівна", student_id="KN-EDIT-1", email=email),
        filed_on=date(2026, 11, 2), reg_no="RD-EDIT-001"))


def test_an_edit_changes_the_case_and_the_applicant_and_is_audited(db: Database) -> None:
    case_id = _case(db)
    seen = get_case_detail(db, case_id)
    version = update_case(db, "officer", case_id, seen.row_version, deadline=date(2026, 12, 20),
                          claimed_outcomes="SQL queries", applicant={"full_name": "Гнатюк Ольга Павлівна",
                                                                     "email": " olga@example.org "})
    after = get_case_detail(db, case_id)
    assert version == after.row_version > seen.row_version
    assert after.deadline == date(2026, 12, 20) and after.claimed_outcomes == "SQL queries"
    assert after.applicant_name == "Гнатюк Ольга Павлівна" and after.email == "olga@example.org"
    assert after.applicant_latin == "Hnatiuk Olha Pavlivna"
    with db.read() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "case.update")
                                .order_by(AuditEntry.id.desc())).scalars().first()
        assert entry is not None
        payload = entry.payload
    assert payload["before"]["deadline"] != "2026-12-20" and payload["after"]["deadline"] == "2026-12-20"
    assert payload["applicant_before"]["full_name"] == "Гнатюк Ольга Петрівна"
    assert payload["applicant_after"]["email"] == "olga@example.org"


def test_a_change_of_the_applicant_alone_moves_the_case_version_on(db: Database) -> None:
    case_id = _case(db)
    seen = get_case_detail(db, case_id).row_version
    update_case(db, "colleague", case_id, seen, applicant={"email": "o.hnatiuk@example.org"})
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_case(db, "officer", case_id, seen, applicant={"email": "olga@example.org"})
    assert get_case_detail(db, case_id).email == "o.hnatiuk@example.org"


def test_a_stale_edit_is_refused_and_saves_nothing(db: Database) -> None:
    case_id = _case(db)
    seen = get_case_detail(db, case_id).row_version
    update_case(db, "colleague", case_id, seen, deadline=date(2026, 12, 1))
    with pytest.raises(ConflictError, match="RD-EDIT-001 was changed by someone else"):
        update_case(db, "officer", case_id, seen, deadline=date(2026, 12, 31), applicant={"faculty": "ФІТ"})
    after = get_case_detail(db, case_id)
    assert after.deadline == date(2026, 12, 1) and after.faculty == ""


@pytest.mark.parametrize("email", ["olga", "olga@", "olga@example", "ol ga@example.org"])
def test_an_email_that_is_not_one_is_refused_in_one_line(db: Database, email: str) -> None:
    case_id = _case(db)
    with pytest.raises(UserError, match="is not an e-mail address") as refused:
        update_case(db, "officer", case_id, None, applicant={"email": email})
    assert "\n" not in str(refused.value)
    with pytest.raises(UserError, match="is not an e-mail address"):
        register_case(db, "officer", NewCase(applicant=ApplicantData(full_name="Інша Особа", email=email)))


def test_the_email_given_at_registration_is_kept(db: Database) -> None:
    case_id = _case(db, email="olga@example.org")
    assert get_case_detail(db, case_id).email == "olga@example.org"


def test_a_student_id_of_another_applicant_is_refused(db: Database) -> None:
    case_id = _case(db)
    register_case(db, "officer", NewCase(applicant=ApplicantData(full_name="Інша Особа", student_id="KN-OTHER")))
    with pytest.raises(UserError, match="KN-OTHER already belongs to another applicant"):
        update_case(db, "officer", case_id, None, applicant={"student_id": "KN-OTHER"})
    with db.read() as session:
        assert session.execute(select(Applicant.student_id).join(Case, Case.applicant_id == Applicant.id)
                               .where(Case.id == case_id)).scalar() == "KN-EDIT-1"


def test_the_programme_is_fixed_once_assessed_and_a_finished_case_keeps_only_its_contact_open(
        full_demo_db: Database) -> None:
    db = full_demo_db
    under_assessment, finished = case_id_of(db, "RD-DEMO-002"), case_id_of(db, "RD-DEMO-001")
    with pytest.raises(UserError, match="only before the assessment starts"):
        update_case(db, "officer", under_assessment, None, programme_id=None)
    with pytest.raises(UserError, match="only the applicant's e-mail"):
        update_case(db, "officer", finished, None, deadline=date.today() + timedelta(days=3))
    update_case(db, "officer", finished, None, applicant={"email": "taras@example.org"})
    assert get_case_detail(db, finished).email == "taras@example.org"


def test_the_dialog_saves_the_changes_and_keeps_the_typed_values_on_a_conflict(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from app.ui.context import AppContext
    from app.ui.edit_case_dialog import EditCaseDialog
    from app.ui.settings import Settings
    from app.ui.workers import TaskRunner

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    folder = tempfile.mkdtemp(prefix="rd-settings-")
    settings = Settings(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))
    settings.officer_name = "officer"
    ctx = AppContext(settings=settings, runner=TaskRunner(), db=db)
    case_id = _case(db)
    dialog = EditCaseDialog(ctx, get_case_detail(db, case_id), [])
    qtbot.addWidget(dialog)
    dialog.email.setText("olga@example.org")
    dialog.accept()
    assert not warnings and dialog.new_version is not None
    assert get_case_detail(db, case_id).email == "olga@example.org"

    stale = EditCaseDialog(ctx, get_case_detail(db, case_id), [])
    qtbot.addWidget(stale)
    update_case(db, "colleague", case_id, None, note="theirs")
    stale.group.setText("КН-25-1")
    stale.accept()
    assert warnings and "changed by someone else" in warnings[0]
    assert stale.new_version is None and stale.group.text() == "КН-25-1"
    assert get_case_detail(db, case_id).group_name == ""


@pytest.fixture
def full_demo_db(db: Database) -> Database:
    from app.services.demo import load_demo

    load_demo(db, "tester")
    return db
