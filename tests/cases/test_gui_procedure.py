"""The procedure in the GUI, end to end: a demo case goes through every state, with undo/redo, and two
application windows on one database get a clear conflict message without losing anybody's work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select, update

from app.db import Database
from app.models import AuditEntry, Case, CaseStatusChange, EvidenceItem, Notification
from app.services import decisions
from app.services.decisions import LineRow
from app.ui.case_workflow import CaseBundle, CaseWorkflow, ComponentsTab, Interaction
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.cases.conftest import PANDAS_OUTCOMES, SQL_COURSE_OUTCOMES, add_evidence

TIMEOUT = 15_000


class Script(Interaction):
    """Answers the dialogs and questions in order, and records what the user was told."""

    def __init__(self) -> None:
        self.dialogs: list[Callable[[Any], bool]] = []
        self.texts: list[str | None] = []
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def run(self, dialog: QDialog) -> bool:
        assert self.dialogs, f"unexpected dialog {type(dialog).__name__}"
        return self.dialogs.pop(0)(dialog)

    def ask_text(self, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        assert self.texts, f"unexpected question {title!r}"
        return self.texts.pop(0)

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        return True

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        self.warnings.append(text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.infos.append(text)


def _window(qtbot: Any, db: Database, officer: str = "officer") -> tuple[MainWindow, CaseWorkflow, Script]:
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="rd-settings-")
    settings = Settings(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))
    settings.officer_name = officer
    window = MainWindow(AppContext(settings=settings, runner=TaskRunner(), db=db))
    qtbot.addWidget(window)
    window.show()
    workflow: CaseWorkflow = window.case_workflow
    script = Script()
    workflow.interaction = script
    return window, workflow, script


def _settle(qtbot: Any, window: MainWindow, workflow: CaseWorkflow, check: Callable[[], bool] = lambda: True) -> None:
    qtbot.waitUntil(lambda: workflow.idle and not window.ctx.runner.running and workflow.bundle is not None
                    and check(), timeout=TIMEOUT)


def _bundle(workflow: CaseWorkflow) -> CaseBundle:
    assert workflow.bundle is not None
    return workflow.bundle


def _current(tab: ComponentsTab) -> LineRow:
    line = tab.current_line()
    assert line is not None
    return line


def _status(workflow: CaseWorkflow) -> str:
    return workflow.bundle.state.status if workflow.bundle else ""


def _press(qtbot: Any, window: MainWindow, workflow: CaseWorkflow, to_status: str, expect: str | None = None) -> None:
    action = workflow.action_for(to_status)
    assert action is not None and action.isEnabled(), (to_status, action and action.toolTip())
    action.trigger()
    _settle(qtbot, window, workflow, lambda: _status(workflow) == (expect or to_status))


def _demo_case(db: Database) -> int:
    """A registered demo case; give it credentials when the demo has none with learning outcomes."""
    with db.read() as session:
        case_id = session.execute(select(Case.id).where(Case.status == "registered").order_by(Case.id)).scalar()
        assert case_id is not None
        has_outcomes = any(item.learning_outcomes for item in session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == case_id)).scalars())
    if not has_outcomes:
        add_evidence(db, case_id, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES,
                     hours=150, ects=5, grade="85%")
        add_evidence(db, case_id, "Data Analysis with pandas", "Prometheus", PANDAS_OUTCOMES, hours=60, grade="92%")
    return int(case_id)


def _open(qtbot: Any, window: MainWindow, workflow: CaseWorkflow, case_id: int) -> None:
    window.open_case(case_id)
    _settle(qtbot, window, workflow, lambda: workflow.bundle is not None and workflow.bundle.case_id == case_id)


def _select(workflow: CaseWorkflow, code: str) -> None:
    workflow.components_tab.select_component(code)
    line = workflow.components_tab.current_line()
    assert line is not None and line.component_code == code


def _ask_for_full(workflow: CaseWorkflow, code: str, reasons: str = "") -> None:
    """In the decision form: component ``code`` recognised in full, graded 90, with ``reasons``, and Save."""
    _select(workflow, code)
    editor = workflow.components_tab.editor
    editor.decision.setCurrentIndex(editor.decision.findData("full"))
    editor.grade_100.setValue(90)
    if reasons:
        editor.reasons.setPlainText(reasons)
    editor.save_button.click()


def test_a_demo_case_runs_through_every_state_in_the_gui(qtbot: Any, demo_db: Database) -> None:
    db = demo_db
    case_id = _demo_case(db)
    window, wf, script = _window(qtbot, db)
    _open(qtbot, window, wf, case_id)
    tab = wf.components_tab
    assert window.case_view.indexOf(tab) >= 0 and wf.bar.isVisible()
    # Controls follow the workflow service's capabilities; a refused one says why, in the interface language.
    ct = wf.commission_tab
    assert not ct.generate_button.isEnabled() and "drawing up the protocol" in ct.generate_button.toolTip()
    assert not ct.order_button.isEnabled() and "issuing the order" in ct.order_button.toolTip()
    assert tab.add_button.isEnabled() and "registered" not in tab.add_button.toolTip()
    assert wf.option_label(wf.options()[0]) == "Documents checked"

    _press(qtbot, window, wf, "documents_checked")
    start = wf.action_for("under_assessment")
    assert start is not None and not start.isEnabled() and "no programme components" in start.toolTip()

    def pick(dialog: Any) -> bool:
        dialog.check("ОК5")
        dialog.check("ВК2")
        return True

    script.dialogs.append(pick)
    tab.add_button.click()
    _settle(qtbot, window, wf, lambda: len(_bundle(wf).lines) == 2)

    def interview(dialog: Any) -> bool:
        dialog.assessors.setText("Лисенко М. А.")
        dialog.score.setValue(18)
        dialog.max_score.setValue(20)
        return True

    script.dialogs.append(interview)
    wf.assessments_tab.add_button.click()
    _settle(qtbot, window, wf, lambda: len(_bundle(wf).assessments) == 1)
    score = wf.assessments_tab.table.item(0, 4)
    assert score is not None and score.text() == "18 / 20"

    _press(qtbot, window, wf, "under_assessment")
    tab.match_button.click()
    _settle(qtbot, window, wf, lambda: all(line.mappings and line.proposal for line in _bundle(wf).lines))
    # The officer matches ВК2 only against the credential that concerns it.
    _select(wf, "ВК2")
    script.dialogs.append(lambda dialog: (dialog.check_only("Data Analysis"), True)[1])
    tab.match_with_button.click()
    analysis = [e.id for e in decisions.case_evidence(db, case_id) if e.title.startswith("Data Analysis")]
    _settle(qtbot, window, wf, lambda: _current(tab).evidence_ids == analysis)

    # The officer overrides one pair; undo and redo go through the services.
    _select(wf, "ОК5")
    tab.set_judgement(2, "covered")
    _settle(qtbot, window, wf, lambda: _current(tab).mappings[2].judgement == "covered")
    wf.undo_action.trigger()
    _settle(qtbot, window, wf, lambda: _current(tab).mappings[2].judgement is None)
    wf.redo_action.trigger()
    _settle(qtbot, window, wf, lambda: _current(tab).mappings[2].judgement == "covered")
    assert _current(tab).coverage_pct == 100.0

    # ОК5: every pair confirmed; start from the proposal, convert the original grade and save.
    def judged(row: int) -> Callable[[], bool]:
        return lambda: _current(tab).mappings[row].judgement == "covered"

    for row, mapping in enumerate(_current(tab).mappings):
        if mapping.judgement != "covered":
            tab.set_judgement(row, "covered")
            _settle(qtbot, window, wf, judged(row))
    tab.editor.proposal_button.click()
    values = tab.editor.values()
    assert (values.decision, values.credits_recognised) == ("full", 5.0)
    tab.editor.original_grade.setText("87/100")
    tab.editor.convert_button.click()
    assert (tab.editor.grade_ects.currentText(), dialog_value(tab.editor.grade_100)) == ("B", 87.0)
    tab.editor.save_button.click()
    _settle(qtbot, window, wf, lambda: next(x for x in _bundle(wf).lines if x.component_code == "ОК5").decision
            == "full")

    # ВК2: a partial recognition with the grade converted from the original.
    _select(wf, "ВК2")
    editor = tab.editor
    editor.decision.setCurrentIndex(editor.decision.findData("partial"))
    editor.credits.setValue(2)
    editor.partial_scope.setText("Модуль 1: pandas (10 з 20 балів); модуль 2 — скласти")
    editor.max_points.setValue(20)
    editor.original_grade.setText("92%")
    editor.convert_button.click()
    assert (editor.grade_ects.currentText(), dialog_value(editor.points)) == ("A", 18.4)
    assert editor.grade_national.text() == "зараховано"  # ВК2 ends with a pass/fail test
    editor.reasons.setPlainText("Розвідувальний аналіз даних не охоплено.")
    editor.save_button.click()
    _settle(qtbot, window, wf, lambda: next(x for x in _bundle(wf).lines if x.component_code == "ВК2").decision
            == "partial")

    _press(qtbot, window, wf, "decided")
    assert wf.decision_tab.table.rowCount() == 2

    ct = wf.commission_tab
    script.dialogs.append(lambda dialog: True)  # the protocol: everybody present, unanimous
    ct.generate_button.click()
    _settle(qtbot, window, wf, lambda: _bundle(wf).protocols.draft is not None)
    assert "ОК5" in ct.protocol_text.toPlainText()
    _press(qtbot, window, wf, "protocol_signed")

    def appeal(dialog: Any) -> bool:
        dialog.grounds.setPlainText("ВК2 слід визнати повністю")
        dialog.panel.setPlainText("Проректор Коваль О. О.\nДекан Іваненко І. І.")
        return True

    script.dialogs.append(appeal)
    _press(qtbot, window, wf, "under_appeal")

    def rejected(dialog: Any) -> bool:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("rejected"))
        dialog.comment.setPlainText("Нових обставин не наведено")
        return True

    script.dialogs.append(rejected)
    _press(qtbot, window, wf, "decided", expect="protocol_signed")

    def order(dialog: Any) -> bool:
        dialog.number.setText("215-с")
        dialog.issued_by.setText("Декан ФІТ")  # the signatory's name forgotten
        return True

    def order_again(dialog: Any) -> bool:  # the same dialog comes back with what was typed
        assert (dialog.number.text(), dialog.issued_by.text()) == ("215-с", "Декан ФІТ")
        dialog.signatory.setText("Олійник Василь Миколайович")
        return True

    script.dialogs += [order, order_again]
    _press(qtbot, window, wf, "order_issued")
    assert len(script.warnings) == 1 and "full name of the person who signs it" in script.warnings.pop()
    assert [(o.issued_by, o.signatory) for o in _bundle(wf).protocols.orders] == [
        ("Декан ФІТ", "Олійник Василь Миколайович")]
    closing = wf.action_for("closed")
    assert closing is not None and not closing.isEnabled()  # the applicant may still appeal: not notified yet
    script.dialogs.append(lambda dialog: True)  # notified today, in person
    ct.notify_button.click()
    _settle(qtbot, window, wf, lambda: bool(_bundle(wf).protocols.notifications))
    closing = wf.action_for("closed")
    assert closing is not None and not closing.isEnabled()  # the appeal window runs for ten days
    with db.write() as session:  # as if the applicant had been notified eleven days ago
        session.execute(update(Notification).values(notified_on=date.today() - timedelta(days=11)))
    _open(qtbot, window, wf, case_id)
    _press(qtbot, window, wf, "closed")
    assert wf.action_for("closed") is None and not script.warnings, script.warnings

    with db.read() as session:
        history = session.execute(select(CaseStatusChange.to_status).where(CaseStatusChange.case_id == case_id)
                                  .order_by(CaseStatusChange.id)).scalars().all()
    assert history == ["registered", "documents_checked", "under_assessment", "decided", "protocol_signed",
                       "under_appeal", "protocol_signed", "order_issued", "closed"]
    qtbot.waitUntil(lambda: window.case_view.history_table.rowCount() == len(history), timeout=TIMEOUT)
    window.ctx.runner.wait()


def dialog_value(spin: Any) -> float | None:
    from app.ui.workflow_dialogs import spin_value

    return spin_value(spin)


def _prepare_assessment(db: Database, case_id: int) -> None:
    from app.services import decisions, workflow
    from tests.cases.conftest import component_id

    workflow.transition(db, "officer", case_id, "documents_checked", workflow.workflow_state(db, case_id).row_version)
    decisions.request_components(db, "officer", case_id, [component_id(db, "ОК5")])
    workflow.transition(db, "officer", case_id, "under_assessment", workflow.workflow_state(db, case_id).row_version)
    decisions.run_matching(db, "officer", case_id)


def test_two_windows_on_one_database_conflict_clearly_and_lose_nothing(qtbot: Any, demo_db: Database) -> None:
    case_id = _demo_case(demo_db)
    _prepare_assessment(demo_db, case_id)
    other_db = Database(demo_db.url)  # a second application instance on the same file
    mine, wf_a, script_a = _window(qtbot, demo_db, "Officer A")
    theirs, wf_b, script_b = _window(qtbot, other_db, "Officer B")
    _open(qtbot, mine, wf_a, case_id)
    _open(qtbot, theirs, wf_b, case_id)
    _select(wf_a, "ОК5")
    _select(wf_b, "ОК5")

    # A saves first.
    editor_a = wf_a.components_tab.editor
    editor_a.decision.setCurrentIndex(editor_a.decision.findData("full"))
    editor_a.grade_100.setValue(85)
    editor_a.reasons.setPlainText("Співбесіда підтвердила всі результати навчання компонента")
    editor_a.save_button.click()
    _settle(qtbot, mine, wf_a, lambda: _bundle(wf_a).lines[0].decision == "full")

    # B, who opened the case before, saves a different decision: refused with a clear message.
    editor_b = wf_b.components_tab.editor
    editor_b.decision.setCurrentIndex(editor_b.decision.findData("none"))
    editor_b.reasons.setPlainText("Немає підтвердження автентичності")
    editor_b.save_button.click()
    assert len(script_b.warnings) == 1 and "changed by someone else" in script_b.warnings[0]
    _settle(qtbot, theirs, wf_b, lambda: _bundle(wf_b).lines[0].decision == "full")  # B now sees A's decision
    # A's decision is intact, and B's typed values are still in B's editor.
    from app.services import decisions

    assert decisions.case_lines(demo_db, case_id)[0].decision == "full"
    assert editor_b.dirty and editor_b.values().decision == "none"
    assert editor_b.values().reasons == "Немає підтвердження автентичності"
    # B decides to save on top of A's version: it goes through, and the audit log keeps both.
    editor_b.save_button.click()
    _settle(qtbot, theirs, wf_b, lambda: _bundle(wf_b).lines[0].decision == "none")
    with demo_db.read() as session:
        entries = session.execute(select(AuditEntry.actor, AuditEntry.payload)
                                  .where(AuditEntry.action == "decision_line.decide")).all()
    assert [(actor, payload["after"]["decision"]) for actor, payload in entries] == [("Officer A", "full"),
                                                                                     ("Officer B", "none")]
    assert entries[1][1]["before"]["decision"] == "full"
    assert not script_a.warnings
    mine.ctx.runner.wait()
    theirs.ctx.runner.wait()
    other_db.dispose()


@pytest.mark.parametrize("edit", ["judgement", "assessment"])
def test_other_edits_conflict_too(qtbot: Any, demo_db: Database, edit: str) -> None:
    from app.services import decisions

    case_id = _demo_case(demo_db)
    _prepare_assessment(demo_db, case_id)
    window, wf, script = _window(qtbot, demo_db)
    if edit == "assessment":
        row = decisions.add_assessment(demo_db, "x", case_id, decisions.AssessmentData("test", score=5, max_score=10))
    _open(qtbot, window, wf, case_id)
    _select(wf, "ОК5")
    if edit == "judgement":
        line = decisions.case_lines(demo_db, case_id)[0]
        decisions.judge_pair(demo_db, "someone else", line.mappings[0].id, "not", "", line.row_version)
        wf.components_tab.set_judgement(0, "covered")
        _settle(qtbot, window, wf)
        assert decisions.case_lines(demo_db, case_id)[0].mappings[0].judgement == "not"
    else:
        decisions.update_assessment(demo_db, "someone else", row, decisions.AssessmentData("test", score=6,
                                                                                           max_score=10))
        script.dialogs.append(lambda dialog: (dialog.score.setValue(9), True)[1])
        wf.assessments_tab.table.selectRow(0)
        wf.assessments_tab.edit_button.click()
        _settle(qtbot, window, wf)
        assert decisions.list_assessments(demo_db, case_id)[0].score == 6
    assert script.warnings and "changed by someone else" in script.warnings[0]
    window.ctx.runner.wait()


def test_an_undo_refused_by_a_conflict_is_dropped_from_the_stack(qtbot: Any, demo_db: Database) -> None:
    from app.services import decisions

    case_id = _demo_case(demo_db)
    _prepare_assessment(demo_db, case_id)
    window, wf, script = _window(qtbot, demo_db)
    _open(qtbot, window, wf, case_id)
    _select(wf, "ОК5")
    wf.components_tab.set_judgement(1, "partly")
    _settle(qtbot, window, wf, lambda: _current(wf.components_tab).mappings[1].judgement == "partly")
    assert wf.undo_stack.count() == 1 and wf.undo_action.isEnabled()
    line = decisions.case_lines(demo_db, case_id)[0]  # someone else judges the same line meanwhile
    decisions.judge_pair(demo_db, "someone else", line.mappings[0].id, "not", "no", line.row_version)
    wf.undo_action.trigger()
    _settle(qtbot, window, wf, lambda: wf.undo_stack.count() == 0)
    assert script.warnings and "changed by someone else" in script.warnings[0]
    saved = decisions.case_lines(demo_db, case_id)[0].mappings
    assert (saved[0].judgement, saved[1].judgement) == ("not", "partly")  # both edits are still there
    window.ctx.runner.wait()
