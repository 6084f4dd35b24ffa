from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QWizard
from pytestqt.qtbot import QtBot

from app.db import Database
from app.importers.catalogue.excel_writer import write_programme_workbook
from app.services import catalogue
from app.ui.catalogue_view import CatalogueDialog, ImportWizard, ProgrammeEditor, open_catalogue
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.catalogue.helpers import FIXTURES, good_sheets, small_programme, workbook_from_rows


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    ctx = AppContext(settings=Settings(), runner=TaskRunner(), db=db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def test_menu_is_installed(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    texts = [a.text().replace("&", "") for a in window.menu_catalogue.actions() if a.text()]
    assert "Programmes…" in texts and "Import programme…" in texts and "Save blank template…" in texts


def test_browse_edit_matrix_and_save(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, demo_db)
    dialog = open_catalogue(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=5000)
    editor = dialog.editor
    assert editor.components.rowCount() == 14 and editor.outcomes.rowCount() == 10
    assert editor.matrix.rowCount() == 14 and editor.matrix.columnCount() == 10
    assert not dialog.save_button.isEnabled()
    # ОК1 (row 0) serves ПР02 (column 1) only; tick ПР04 (column 3) and untick ПР02.
    assert _cell(editor.matrix, 0, 1).checkState() == Qt.CheckState.Checked
    editor.set_link(0, 3, True)
    editor.set_link(0, 1, False)
    editor.f_title.setText("Комп'ютерні науки — оновлено")
    editor.f_title.textEdited.emit(editor.f_title.text())
    editor.components.setCurrentCell(4, 0)
    editor.component_outcomes.setPlainText(editor.component_outcomes.toPlainText() + "\nПисати тригери.")
    assert _cell(editor.components, 4, editor.C_OUTCOMES).text() == "4"
    assert dialog.save_button.isEnabled()
    window.grab().save(str(tmp_path / "main.png"))
    dialog.grab().save(str(tmp_path / "catalogue.png"))
    dialog.save()
    qtbot.waitUntil(lambda: not editor.is_dirty() and dialog.loaded is not None, timeout=5000)
    window.ctx.runner.wait()
    programme_id = catalogue.find_programme(demo_db, "122-BS-CS")
    data = catalogue.load_programme(demo_db, programme_id).data
    assert data.title == "Комп'ютерні науки — оновлено"
    assert data.outcomes_of("ОК1") == ["ПР04"]
    assert data.components[4].outcomes[-1] == "Писати тригери."
    window.ctx.runner.wait()


def test_editor_reports_bad_input_before_saving(qtbot: QtBot) -> None:
    editor = ProgrammeEditor()
    qtbot.addWidget(editor)
    editor.set_programme(small_programme())
    _cell(editor.components, 0, editor.C_ECTS).setText("чотири")
    _cell(editor.components, 1, editor.C_CODE).setText("ОК1")
    messages = [p.message for p in editor.check() if p.is_error]
    assert any("is not a number" in m for m in messages)
    assert any("duplicate component code" in m for m in messages)
    delegate = editor.components.itemDelegateForColumn(editor.C_TYPE)
    index = editor.components.model().index(0, editor.C_TYPE)
    combo = delegate.createEditor(editor.components, QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("practice"))
    delegate.setModelData(combo, editor.components.model(), index)
    assert editor.programme().components[0].type == "practice"
    assert _cell(editor.components, 0, editor.C_TYPE).text() == "Practice"
    editor.add_outcome()
    assert editor.matrix.columnCount() == 4
    editor.remove_component()
    assert editor.matrix.rowCount() == 2


def test_import_wizard_saves_a_valid_workbook(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, db)
    path = write_programme_workbook(small_programme(), tmp_path / "phil.xlsx")
    wizard = ImportWizard(window)
    qtbot.addWidget(wizard)
    saved: list[object] = []
    wizard.saved.connect(saved.append)
    wizard.show()
    wizard.choose.path.setText(str(path))
    assert wizard.choose.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.review.data is not None, timeout=5000)
    assert wizard.review.isComplete() and wizard.review.editor.isVisible()
    assert "found 3 components, 3 programme outcomes and 4 matrix links" in wizard.review.status.text()
    wizard.next()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    assert "Saved programme 035-BS-PHIL (2025/2026)" in wizard.save_page.status.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert [r.code for r in catalogue.list_programmes(db)] == ["035-BS-PHIL"]
    window.ctx.runner.wait()


def test_import_wizard_shows_the_validation_report(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, db)
    sheets = good_sheets()
    sheets["Components"][1][2] = "невідомий"
    sheets["Matrix"].append(["ОК5", "x"])
    path = tmp_path / "bad.xlsx"
    workbook_from_rows(sheets).save(path)
    wizard = ImportWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.review.data is not None, timeout=5000)
    review = wizard.review
    assert not review.isComplete() and not review.editor.isVisible()
    assert review.problems.rowCount() == 2
    assert _cell(review.problems, 0, 1).text() == "sheet Components, row 2, column C (type)"
    assert "2 problem(s) must be fixed" in review.status.text()
    review.grab().save(str(tmp_path / "report.png"))
    assert catalogue.list_programmes(db) == []
    window.ctx.runner.wait()


def test_import_wizard_reviews_a_pdf(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, db)
    wizard = ImportWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path.setText(str(FIXTURES / "opp-121-bachelor.pdf"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.review.data is not None, timeout=10000)
    review = wizard.review
    assert review.isComplete() and review.editor.isVisible()
    assert review.editor.components.rowCount() == 18 and review.editor.f_code.text() == "121-BS-IPZ"
    review.editor.f_code.setText("121-BS-SE")
    review.editor.f_code.textEdited.emit("121-BS-SE")
    wizard.resize(1100, 760)
    wizard.grab().save(str(tmp_path / "review.png"))
    saved: list[object] = []
    wizard.saved.connect(saved.append)
    wizard.next()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    rows = catalogue.list_programmes(db)
    assert [(r.code, r.components, r.outcomes) for r in rows] == [("121-BS-SE", 18, 12)]
    window.ctx.runner.wait()


def test_failed_read_is_shown(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, db)
    wizard = ImportWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path.setText(str(FIXTURES / "opp-scanned.pdf"))
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.review.failed), timeout=5000)
    assert "no text layer" in wizard.review.status.text() and not wizard.review.isComplete()
    window.ctx.runner.wait()


def test_catalogue_dialog_copy_and_delete_buttons(qtbot: QtBot, db: Database) -> None:
    catalogue.save_programme(db, "officer", small_programme())
    window = _window(qtbot, db)
    dialog = CatalogueDialog(window)
    qtbot.addWidget(dialog)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=5000)
    assert dialog.list.rowCount() == 1 and dialog.export_button.isEnabled() and dialog.delete_button.isEnabled()
    window.ctx.runner.wait()


def test_wizard_existing_version_then_replace(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    catalogue.save_programme(db, "officer", small_programme())
    window = _window(qtbot, db)
    changed = small_programme()
    changed.title = "Філологія, нова редакція"
    path = write_programme_workbook(changed, tmp_path / "phil.xlsx")
    wizard = ImportWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.review.data is not None, timeout=5000)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.save_page.busy, timeout=5000)
    assert "Nothing was saved" in wizard.save_page.status.text()
    assert "already in the catalogue" in wizard.save_page.status.text()
    assert not wizard.save_page.isComplete()
    wizard.back()
    wizard.back()
    wizard.choose.replace.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.review.data is not None, timeout=5000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.save_page.result is not None, timeout=5000)
    assert wizard.save_page.status.text().startswith("Replaced programme 035-BS-PHIL")
    assert [r.title for r in catalogue.list_programmes(db)] == ["Філологія, нова редакція"]
    window.ctx.runner.wait()
