"""The policy profiles dialog: edit a threshold and the grade table, save, a new version appears and the old one
is unchanged and read-only; problems are flagged before saving; a conflicting save is refused."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db import Database
from app.matching.policy import PolicyRules
from app.services import policy as svc
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.policy_view import GradeTable, PolicyDialog, PolicyEditor, describe_changes, open_policy_profiles
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.policy.helpers import DEMO_PROFILE, demo_rules, stored_rows


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    ctx = AppContext(settings=Settings(), runner=TaskRunner(), db=db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def _open(qtbot: QtBot, window: MainWindow, version: int = 1) -> PolicyDialog:
    dialog = open_policy_profiles(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.version == version, timeout=5000)
    window.ctx.runner.wait()
    return dialog


def _text(dialog: PolicyDialog, row: int, column: int) -> str:
    item = dialog.history.item(row, column)
    return item.text() if item is not None else ""


def _wait_checked(qtbot: QtBot, editor: PolicyEditor) -> None:
    with qtbot.waitSignal(editor.checked, timeout=2000):
        pass


def test_menu_is_installed(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    texts = [a.text().replace("&", "") for a in window.menu_catalogue.actions() if a.text()]
    assert "Policy profiles…" in texts


def test_edit_threshold_and_grade_table_then_save_a_new_version(qtbot: QtBot, demo_db: Database,
                                                                tmp_path: Path) -> None:
    window = _window(qtbot, demo_db)
    dialog = _open(qtbot, window)
    editor = dialog.editor
    before = stored_rows(demo_db)
    assert dialog.history.rowCount() == 1
    assert not dialog.save_button.isEnabled() and not editor.is_read_only()
    assert editor.hours_per_ects.value() == 30 and editor.grade_table.rowCount() == 7

    editor.full_coverage.setValue(80)  # full recognition from 80 % coverage
    editor.hours_per_ects.setValue(25)
    editor.type_checks["practice"].setChecked(True)
    editor.grade_table.set_cell(1, GradeTable.C_MIN, "80")  # B 80–89.99
    editor.grade_table.set_cell(2, GradeTable.C_MAX, "79,99")  # C 74–79.99 (a decimal comma is fine)
    _wait_checked(qtbot, editor)
    assert editor.last_problems == []
    dialog.note.setText("Academic council, minutes 7")
    assert dialog.save_button.isEnabled() and dialog.save_button.text() == "Save as version 2"
    dialog.grab().save(str(tmp_path / "edited.png"))

    dialog.save()
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.version == 2, timeout=5000)
    window.ctx.runner.wait()
    assert dialog.history.rowCount() == 2
    assert _text(dialog, 0, 0) == "v2 (latest)" and _text(dialog, 0, 5).startswith("Academic council")
    assert not dialog.is_dirty() and not dialog.save_button.isEnabled()
    assert "Hours per ECTS credit: 30 h → 25 h" in dialog.info.text()
    assert "B 82–89.99 → B 80–89.99" in dialog.info.text()

    after = stored_rows(demo_db)
    assert after[: len(before)] == before  # version 1 is unchanged
    v2 = svc.find_version(demo_db, DEMO_PROFILE)
    assert v2.version == 2 and v2.created_by == window.ctx.actor
    assert v2.rules.full_coverage == 0.8 and v2.rules.hours_per_ects == 25
    assert v2.rules.eligible_component_types == ("mandatory", "elective", "practice")
    assert (v2.rules.grade_table[1].min_points, v2.rules.grade_table[2].max_points) == (80, 79.99)
    assert svc.find_version(demo_db, DEMO_PROFILE, 1).rules == demo_rules()

    # The old version opens read-only, with its own values.
    dialog.history.selectRow(1)
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.version == 1, timeout=5000)
    window.ctx.runner.wait()
    assert editor.is_read_only() and editor.hours_per_ects.isReadOnly()
    assert editor.hours_per_ects.value() == 30 and editor.grade_table.text(1, GradeTable.C_MIN) == "82"
    assert not editor.type_checks["practice"].isEnabled()
    assert not dialog.save_button.isEnabled() and dialog.banner_box.isVisibleTo(dialog)
    assert "Used by 5 case(s)" in dialog.info.text()
    dialog.grab().save(str(tmp_path / "old.png"))

    # Going back to version 1's rules makes version 3; versions 1 and 2 stay.
    dialog.edit_old_button.click()
    assert not editor.is_read_only() and dialog.save_button.isEnabled()
    assert dialog.save_button.text() == "Save as version 3"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.version == 3, timeout=5000)
    window.ctx.runner.wait()
    assert svc.find_version(demo_db, DEMO_PROFILE).rules == demo_rules()
    assert svc.find_version(demo_db, DEMO_PROFILE, 2).rules.hours_per_ects == 25
    assert dialog.history.rowCount() == 3


def test_grade_table_problems_are_flagged_before_saving(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, demo_db)
    dialog = _open(qtbot, window)
    editor = dialog.editor
    editor.tabs.setCurrentIndex(2)
    editor.grade_table.set_cell(2, GradeTable.C_MAX, "78")  # C 74–78, B from 82: a hole
    _wait_checked(qtbot, editor)
    assert [p.message for p in editor.last_problems] == ["no grade for 79–81 points (between C and B)"]
    assert editor.grade_table.marked_rows() == [1, 2]
    assert "no grade for 79–81 points" in editor.summary.text()
    assert editor.tabs.tabText(2) == "Grades ⚠"
    assert not dialog.save_button.isEnabled()
    dialog.grab().save(str(tmp_path / "gap.png"))

    editor.grade_table.set_cell(2, GradeTable.C_MAX, "85")  # now C overlaps B
    editor.grade_table.set_cell(3, GradeTable.C_MIN, "six")
    _wait_checked(qtbot, editor)
    assert [p.message for p in editor.last_problems] == ["row 4: “six” (from) is not a number"]
    editor.grade_table.set_cell(3, GradeTable.C_MIN, "64")
    _wait_checked(qtbot, editor)
    assert [p.message for p in editor.last_problems] == ["grades C and B overlap"]
    assert editor.grade_table.marked_rows() == [1, 2]

    editor.grade_table.set_cell(2, GradeTable.C_MAX, "81.99")
    editor.partial_coverage.setValue(100)
    editor.full_coverage.setValue(90)
    _wait_checked(qtbot, editor)
    assert {p.field for p in editor.last_problems} == {"full_coverage", "partial_coverage"}
    assert "solid" in editor.partial_coverage.styleSheet() and editor.hours_per_ects.styleSheet() == ""
    rows = stored_rows(demo_db)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    dialog.save()
    window.ctx.runner.wait()
    assert warned and "partial coverage" in warned[0]
    assert stored_rows(demo_db) == rows

    editor.partial_coverage.setValue(0)
    editor.standard_button.click()
    _wait_checked(qtbot, editor)
    assert editor.last_problems == [] and editor.grade_table.marked_rows() == []


def test_a_save_after_someone_else_saved_is_refused(qtbot: QtBot, demo_db: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, demo_db)
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    dialog = _open(qtbot, window)
    v1 = svc.find_version(demo_db, DEMO_PROFILE)
    svc.save_new_version(demo_db, "colleague", DEMO_PROFILE, dataclasses.replace(v1.rules, cap_percent=10.0),
                         "", None, 1)
    dialog.editor.hours_per_ects.setValue(25)
    _wait_checked(qtbot, dialog.editor)
    rows = stored_rows(demo_db)
    dialog.save()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    window.ctx.runner.wait()
    assert "changed by someone else" in errors[0] and "colleague" in errors[0]
    assert stored_rows(demo_db) == rows
    assert dialog.is_dirty() and dialog.editor.hours_per_ects.value() == 25  # the edit is not lost


def test_new_and_copied_profiles(qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, demo_db)
    dialog = _open(qtbot, window)
    names = iter([("KhNU", True), ("KhNU copy", True)])
    monkeypatch.setattr("app.ui.policy_view.QInputDialog.getText", lambda *_a, **_k: next(names))
    dialog.new_profile()
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.name == "KhNU", timeout=5000)
    window.ctx.runner.wait()
    assert dialog.list.rowCount() == 2 and dialog.loaded is not None and dialog.loaded.rules == PolicyRules()
    dialog.copy_profile()
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.name == "KhNU copy", timeout=5000)
    window.ctx.runner.wait()
    assert dialog.list.rowCount() == 3 and "Copy of KhNU v1" in dialog.info.text()


def test_empty_database_shows_how_to_start(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    dialog = open_policy_profiles(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not window.ctx.runner.running, timeout=5000)
    assert dialog.title.text() == "No policy profile yet" and not dialog.editor.isEnabled()
    assert not dialog.save_button.isEnabled() and not dialog.copy_button.isEnabled()


def test_describe_changes_in_words() -> None:
    old, new = PolicyRules().to_dict(), PolicyRules(workload_rule="hard", max_evidence_age_years=10).to_dict()
    lines = describe_changes(svc.diff_rules(old, new))
    assert lines == ["Maximum age of evidence: no limit → 10 years",
                     "Workload rule: Warning only → Hard rule: no full recognition with too little workload"]


def test_the_share_of_outcomes_partly_evidenced_is_edited_as_a_whole_percentage(qtbot: QtBot) -> None:
    editor = PolicyEditor()
    qtbot.addWidget(editor)
    editor.set_rules(PolicyRules(partly_evidence_percent=75))
    assert editor.values()["partly_evidence_percent"] == 75 and editor.partly_evidence_percent.isEnabled()
    editor.partly_evidence_percent.setValue(66)
    assert PolicyRules.from_dict(editor.values()).partly_evidence_percent == 66
    editor.partly_evidence_partial.setChecked(False)  # the share means nothing with the rule off
    assert not editor.partly_evidence_percent.isEnabled()
    editor.set_rules(PolicyRules.from_dict({}))  # a version stored before the share existed: every outcome
    assert editor.values()["partly_evidence_percent"] == 100 and not editor.partly_evidence_percent.isEnabled()
    every = PolicyRules(partly_evidence_percent=100).to_dict()
    lines = describe_changes(svc.diff_rules(PolicyRules().to_dict(), every))
    assert lines == ["Share of outcomes partly evidenced for a partial recognition: 66 % → 100 %"]


def test_the_margin_for_outcomes_nearly_partly_evidenced_is_edited_with_the_rule(qtbot: QtBot) -> None:
    editor = PolicyEditor()
    qtbot.addWidget(editor)
    editor.set_rules(PolicyRules())
    assert editor.values()["nearly_partly_margin"] == 0.01 and editor.nearly_partly_margin.isEnabled()
    editor.nearly_partly_margin.setValue(0.02)
    assert PolicyRules.from_dict(editor.values()).nearly_partly_margin == 0.02
    editor.partly_evidence_partial.setChecked(False)  # the margin rides on the rule for partly evidenced outcomes
    assert not editor.nearly_partly_margin.isEnabled()
    editor.set_rules(PolicyRules.from_dict({}))  # a version stored before the margin existed: off
    assert editor.values()["nearly_partly_margin"] == 0.0
    off = PolicyRules(nearly_partly_margin=0.0).to_dict()
    lines = describe_changes(svc.diff_rules(PolicyRules().to_dict(), off))
    assert lines == ["Margin under “partly” for the other outcomes: 0.01 → off"]
