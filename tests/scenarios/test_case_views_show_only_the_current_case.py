"""Rule: every case-bound view shows only the case selected in the list. Switching A → B → A → a case with
nothing (the list's row 0) leaves no text of another case in any tab: overview, history, components and the
decision form, decisions, protocol preview, orders and appeals, assessments, evidence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from app.db import Database
from app.domain.status import CaseStatus
from app.services import decisions, protocols, workflow
from app.services.cases import ApplicantData, NewCase, get_case_detail, register_case
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.cases.conftest import case_id_of

TIMEOUT = 20_000
MARK_B = "Причина-B: рішення лише другої справи"


def _decide_and_sign(db: Database, case_id: int) -> str:
    """Take the case (under assessment) to a signed protocol, with reasons only this case has."""
    for line in decisions.case_lines(db, case_id):
        decisions.save_decision(db, "officer", line.id, line.row_version, decisions.DecisionInput(
            decision="partial", credits_recognised=1.0, partial_scope="модуль 1", grade_100=91.0, grade_ects="A",
            grade_national="відмінно", reasons=MARK_B))
    state = workflow.workflow_state(db, case_id)
    workflow.transition(db, "officer", case_id, CaseStatus.DECIDED, state.row_version)
    draft = protocols.generate_protocol(db, "officer", case_id, protocols.ProtocolInput(meeting_date=date.today()))
    return protocols.sign_protocol(db, "officer", draft).number


def _texts(root: QWidget, skip: tuple[QWidget, ...]) -> str:
    """Every text the case view shows (the precedents list names other cases on purpose, so it is left out)."""
    parts: list[str] = []
    for widget in root.findChildren(QWidget):
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox) and widget.isEditable():
            parts.append(widget.currentText())
        elif isinstance(widget, QTableWidget):
            for r in range(widget.rowCount()):
                for c in range(widget.columnCount()):
                    item = widget.item(r, c)
                    if item is not None:
                        parts.append(item.text())
        elif isinstance(widget, QListWidget):
            parts.extend(widget.item(i).text() for i in range(widget.count()))
    return "\n".join(parts)


@pytest.fixture
def full_demo_db(db: Database) -> Database:
    from app.services.demo import load_demo

    load_demo(db, "tester")
    return db


@pytest.fixture
def window(qtbot: Any, full_demo_db: Database) -> MainWindow:
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="rd-settings-")
    settings = Settings(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))
    settings.officer_name = "officer"
    win = MainWindow(AppContext(settings=settings, runner=TaskRunner(), db=full_demo_db))
    qtbot.addWidget(win)
    win.show()
    return win


def test_switching_cases_leaves_no_text_of_another_case_in_any_tab(qtbot: Any, window: MainWindow,
                                                                    full_demo_db: Database) -> None:
    db = full_demo_db
    a, b = case_id_of(db, "RD-DEMO-001"), case_id_of(db, "RD-DEMO-002")
    number_b = _decide_and_sign(db, b)
    empty = register_case(db, "officer", NewCase(
        applicant=ApplicantData(full_name="Порожній Кейс Тестович", student_id="KN-EMPTY-1"),
        reg_no="RD-TEST-EMPTY"))
    details = {case_id: get_case_detail(db, case_id) for case_id in (a, b, empty)}
    lines = {case_id: decisions.case_lines(db, case_id) for case_id in (a, b, empty)}
    number_a = protocols.case_protocols(db, a).protocols[0].number
    assert number_a != number_b

    def own_and_foreign(case_id: int) -> tuple[list[str], list[str]]:
        own = [details[case_id].applicant_name, details[case_id].reg_no]
        foreign: list[str] = []
        for other, detail in details.items():
            if other == case_id:
                continue
            foreign += [detail.applicant_name, detail.reg_no]
            foreign += [line.reasons for line in lines[other] if line.reasons]
            foreign += [e.original_name for e in detail.evidence]
        foreign.append(f"№ {number_b}" if case_id != b else f"№ {number_a}")
        return own, foreign

    qtbot.waitUntil(lambda: window.features_ready and window.cases_loaded_once, timeout=TIMEOUT)
    window.refresh_cases()
    qtbot.waitUntil(lambda: window.cases_model.row_of_case(empty) is not None, timeout=TIMEOUT)
    # The case without anything is row 0 of the list (sorted by registration number, descending).
    assert window.cases_model.row_of_case(empty) == 0
    wf = window.case_workflow
    commission = wf.commission_tab
    for case_id in (a, b, a, empty, b, empty, a):
        window.select_case(case_id)
        qtbot.waitUntil(lambda c=case_id: window.case_view.case is not None and window.case_view.case.id == c
                        and wf.bundle is not None and wf.bundle.case_id == c and wf.idle
                        and not window.ctx.runner.running, timeout=TIMEOUT)
        shown = _texts(window.case_view, (wf.components_tab.precedents_label,))
        own, foreign = own_and_foreign(case_id)
        for text in own:
            assert text in shown, (details[case_id].reg_no, text)
        for text in foreign:
            assert text not in shown, (details[case_id].reg_no, text)
        preview = commission.protocol_text.toPlainText()
        if case_id == empty:
            assert not wf.components_tab.editor.reasons.toPlainText()
            assert wf.components_tab.editor.grade_ects.currentText() == ""
            assert "№" not in preview
        else:
            assert f"№ {number_a if case_id == a else number_b}" in preview
            assert details[case_id].applicant_name in preview
