"""Rule: evidence that should not be on a case can leave it: freely before the assessment lock (audited), after it
only with a reason, which reopens the assessment; an unreadable file can be replaced by a readable one or by the
elements typed in from the paper original, marked "entered by hand by <who> from the original". Evidence a
signed protocol relies on stays on the record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import paths
from app.db import Database
from app.errors import UserError
from app.models import AuditEntry, DecisionLine, EvidenceItem
from app.services import decisions, workflow
from app.services.evidence import ManualEntry, enter_by_hand, get_evidence, remove_evidence, replace_evidence
from app.services.workflow import TransitionRefused
from tests.cases.conftest import PANDAS_OUTCOMES, SQL_COURSE_OUTCOMES, add_evidence, case_id_of, component_id

PAPER = ManualEntry(original_seen="паперовий оригінал, пред'явлений здобувачем", elements={
    "learner_name": "Мельник Юрій Іванович", "title": "Основи кібербезпеки", "issuer_country": "Україна",
    "awarding_body": "Навчальний центр «Захист»", "issued_on": "2025-04-18",
    "learning_outcomes": "Аналізувати загрози інформаційній безпеці.\nНалаштовувати захист мережі.",
    "workload_hours": "30", "workload_ects": "1", "assessment_type": "тест", "participation_form": "онлайн",
    "quality_assurance": "внутрішнє забезпечення якості центру", "grade": "92/100"})


def _items(db: Database, case_id: int) -> list[EvidenceItem]:
    with db.read() as session:
        items = list(session.execute(select(EvidenceItem).where(EvidenceItem.case_id == case_id)
                                     .order_by(EvidenceItem.id)).scalars())
        session.expunge_all()  # plain values to compare after the session ends
        return items


def _actions(db: Database) -> list[str]:
    with db.read() as session:
        # The application's own actions (the row hashes written beside them are the tamper evidence's concern).
        return [action for action in session.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars()
                if not action.startswith("row.")]


def _scan(db: Database, case_id: int) -> EvidenceItem:
    return next(e for e in _items(db, case_id) if e.verification_status == "failed")


def test_an_unreadable_scan_is_replaced_by_the_elements_entered_from_the_paper_original(full_demo_db: Database
                                                                                        ) -> None:
    db = full_demo_db
    case_id = case_id_of(db, "RD-DEMO-003")
    demo_scan = next((e for e in _items(db, case_id) if e.verification_status == "failed"), None)
    if demo_scan is None:  # the demo itself shows the way out: hand the scan in again to walk it
        from app.services.evidence import import_files

        import_files(db, "officer", case_id, [paths.resource("demo", "evidence", "case3-scanned-certificate.pdf")])
    scan = _scan(db, case_id)
    state = workflow.workflow_state(db, case_id)
    assert not state.move_to("documents_checked").allowed  # type: ignore[union-attr]
    change = enter_by_hand(db, "Савчук О. М.", case_id, PAPER, replaces=scan.id)
    assert change.item_id is not None and not change.reopened
    assert scan.id not in [e.id for e in _items(db, case_id)]
    typed = get_evidence(db, change.item_id)
    assert typed.elements["title"]["value"] == "Основи кібербезпеки"
    assert all(el["source"].startswith("entered by hand by Савчук О. М. from the original") for el in
               typed.elements.values())
    # (no level typed: a level is mandatory only where applicable)
    assert typed.elements["workload_hours"]["value"] == 30 and typed.missing_mandatory == []
    assert typed.learner_match["status"] == "match"
    assert "Entered by hand by Савчук О. М." in typed.verification["message"]
    assert workflow.workflow_state(db, case_id).move_to("documents_checked").allowed  # type: ignore[union-attr]
    actions = _actions(db)
    assert actions[-2:] == ["evidence.manual_entry", "evidence.replace"]


def test_entering_by_hand_refuses_bad_values_in_one_line_and_saves_nothing(full_demo_db: Database) -> None:
    db = full_demo_db
    case_id = case_id_of(db, "RD-DEMO-005")
    before = len(_actions(db))
    for elements, problem in (({"title": "X", "issued_on": "18.04.2025"}, "write it as YYYY-MM-DD"),
                              ({"title": "X", "workload_hours": "thirty"}, "is not a number"),
                              ({"title": "X", "eqf_level": "9"}, "from 1 to 8"),
                              ({"issued_on": "2025-04-18"}, "title of the credential is required")):
        with pytest.raises(UserError, match=problem) as refused:
            enter_by_hand(db, "officer", case_id, ManualEntry("оригінал", elements))
        assert "\n" not in str(refused.value)
    with pytest.raises(UserError, match="what the elements were entered from"):
        enter_by_hand(db, "officer", case_id, ManualEntry("  ", {"title": "X"}))
    assert _items(db, case_id) == [] and len(_actions(db)) == before


def test_a_wrong_file_is_removed_before_the_lock_without_a_reason_and_audited(demo_db: Database,
                                                                              two_files: int) -> None:
    wrong = _items(demo_db, two_files)[1]
    change = remove_evidence(demo_db, "officer", wrong.id)
    assert change.item_id is None and not change.reopened
    assert [e.id for e in _items(demo_db, two_files)] == [_items(demo_db, two_files)[0].id]
    with demo_db.read() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "evidence.remove")).scalar_one()
        assert entry.payload["sha256"] == wrong.sha256 and entry.payload["title"] == wrong.title


def test_a_file_is_replaced_by_a_readable_one_in_one_step(full_demo_db: Database) -> None:
    db = full_demo_db
    case_id = case_id_of(db, "RD-DEMO-005")
    from app.services.evidence import import_files

    import_files(db, "officer", case_id, [paths.resource("demo", "evidence", "case3-scanned-certificate.pdf")])
    scan = _scan(db, case_id)
    readable: Path = paths.resource("demo", "evidence", "case1-sql-certificate.pdf")
    change = replace_evidence(db, "officer", scan.id, readable)
    items = _items(db, case_id)
    assert [e.id for e in items] == [change.item_id] and items[0].original_name == readable.name
    assert items[0].verification_status != "failed"
    with pytest.raises(UserError, match="already on case"):
        replace_evidence(db, "officer", items[0].id, readable)


def test_after_the_lock_a_removal_needs_a_reason_and_reopens_the_assessment(demo_db: Database,
                                                                            two_files: int) -> None:
    db = demo_db
    workflow.transition(db, "officer", two_files, "documents_checked", None)
    decisions.request_components(db, "officer", two_files, [component_id(db, "ОК5")])
    workflow.transition(db, "officer", two_files, "under_assessment", None)
    decisions.run_matching(db, "officer", two_files)
    for line in decisions.case_lines(db, two_files):
        decisions.save_decision(db, "officer", line.id, line.row_version, decisions.DecisionInput(
            "full", grade_100=85, grade_ects="B", grade_national="4 (добре)"))
    workflow.transition(db, "officer", two_files, "decided", None)
    sql_item = next(e for e in _items(db, two_files) if e.title.startswith("Relational"))
    assert sql_item.locked
    with pytest.raises(UserError, match="say why"):
        remove_evidence(db, "officer", sql_item.id)
    with pytest.raises(UserError, match="evidence can be added only"):
        enter_by_hand(db, "officer", two_files, PAPER)
    change = remove_evidence(db, "officer", sql_item.id, "сертифікат іншої особи")
    assert change.reopened and change.components_to_redo == ["ОК5"]
    state = workflow.workflow_state(db, two_files)
    assert state.status == "under_assessment"
    with db.read() as session:
        stored = session.execute(select(DecisionLine).where(DecisionLine.case_id == two_files,
                                                            DecisionLine.is_current.is_(True))).scalar_one()
        assert stored.decision is None and stored.proposal == "" and not stored.mappings
        history = workflow.get_case(session, two_files).history[-1]
        assert history.to_status == "under_assessment" and "сертифікат іншої особи" in history.comment
    with pytest.raises(TransitionRefused, match="no decision yet for ОК5"):
        workflow.transition(db, "officer", two_files, "decided", None)


def test_evidence_of_a_finished_case_or_a_signed_protocol_stays(full_demo_db: Database) -> None:
    db = full_demo_db
    finished = case_id_of(db, "RD-DEMO-001")
    item = _items(db, finished)[0]
    with pytest.raises(UserError, match="can be removed or replaced until the decision"):
        remove_evidence(db, "officer", item.id, "помилка")
    assert item.id in [e.id for e in _items(db, finished)]


@pytest.fixture
def full_demo_db(db: Database) -> Database:
    from app.services.demo import load_demo

    load_demo(db, "tester")
    return db


@pytest.fixture
def two_files(demo_db: Database) -> int:
    """A registered demo-programme case with two credentials (an SQL course and a pandas course)."""
    from app.models import Case
    from app.services.cases import ApplicantData, NewCase, register_case

    with demo_db.read() as session:
        first = session.execute(select(Case).order_by(Case.id).limit(1)).scalar_one()
        programme_id, policy_id, commission_id = first.programme_id, first.policy_profile_id, first.commission_id
    case_id = register_case(demo_db, "officer", NewCase(
        applicant=ApplicantData(full_name="Іваненко Петро Олексійович", student_id="KN-TEST-002"),
        programme_id=programme_id, policy_profile_id=policy_id, commission_id=commission_id, semester=3,
        reg_no="RD-TEST-002"))
    add_evidence(demo_db, case_id, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES,
                 hours=150, ects=5, grade="85%")
    add_evidence(demo_db, case_id, "Data Analysis with pandas", "Prometheus", PANDAS_OUTCOMES, hours=60, grade="92%")
    return case_id


def test_in_the_evidence_tab_a_refused_entry_keeps_the_typed_values_and_the_scan_is_replaced(
        qtbot: Any, full_demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog

    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.manual_entry_dialog import ManualEntryDialog
    from app.ui.settings import Settings
    from app.ui.workers import TaskRunner

    db = full_demo_db
    case_id = case_id_of(db, "RD-DEMO-003")
    if not any(e.verification_status == "failed" for e in _items(db, case_id)):
        from app.services.evidence import import_files

        import_files(db, "officer", case_id, [paths.resource("demo", "evidence", "case3-scanned-certificate.pdf")])
    folder = tempfile.mkdtemp(prefix="rd-settings-")
    settings = Settings(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))
    settings.officer_name = "Савчук О. М."
    window = MainWindow(AppContext(settings=settings, runner=TaskRunner(), db=db))
    qtbot.addWidget(window)
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    qtbot.waitUntil(lambda: window.features_ready, timeout=20_000)
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_view.case is not None and window.case_view.case.id == case_id
                    and not window.ctx.runner.running, timeout=20_000)
    tab = window.evidence.tab
    row = next(i for i in range(tab.items.count()) if "scanned" in tab.items.item(i).text())
    tab.items.setCurrentRow(row)
    assert tab.detail is not None and tab.detail.import_error
    seen: list[str] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ManualEntryDialog)
        if not seen:  # first: a date the service refuses
            dialog.original_seen.setText("паперовий оригінал")
            for name, value in PAPER.elements.items():
                field = dialog.fields[name]
                field.setPlainText(value) if name == "learning_outcomes" else field.setText(value)  # type: ignore[union-attr]
            dialog.fields["issued_on"].setText("18.04.2025")  # type: ignore[union-attr]
        else:  # the dialog comes back with what was typed; correct the date
            assert dialog.fields["title"].text() == "Основи кібербезпеки"  # type: ignore[union-attr]
            dialog.fields["issued_on"].setText("2025-04-18")  # type: ignore[union-attr]
        seen.append("shown")
        return True

    monkeypatch.setattr(tab, "run_dialog", answer)
    tab.manual_button.click()
    assert len(seen) == 2 and errors and "YYYY-MM-DD" in errors[0]
    qtbot.waitUntil(lambda: window.case_view.case is not None and not window.ctx.runner.running
                    and all("scanned" not in tab.items.item(i).text() for i in range(tab.items.count())),
                    timeout=20_000)
    titles = [e.title for e in _items(db, case_id)]
    assert "Основи кібербезпеки" in titles
    assert workflow.workflow_state(db, case_id).move_to("documents_checked").allowed  # type: ignore[union-attr]
