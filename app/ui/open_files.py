"""Files opened with the application (``gui --open FILE``, the Windows "Open with Recognition Desk" entry).

The dialog shows what the importers make of each file (format, authenticity verdict, title, awarding body, missing
mandatory elements) and offers to add the files to a case that still accepts evidence.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.ui.evidence_view import element_label
from app.ui.labels import verification_label

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

def inspect_files(files: list[Path], progress: Any = None) -> list[Any]:
    from app.services.evidence import preview_files

    return preview_files(files, progress)


class OpenFilesDialog(QDialog):
    def __init__(self, window: MainWindow, files: list[Path]) -> None:
        super().__init__(window)
        self.window_ = window
        self.files = files
        self.setWindowTitle(self.tr("Opened files"))
        self.resize(900, 360)
        self.table = QTableWidget(len(files), 6)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Format"), self.tr("Authenticity"),
                                              self.tr("Title"), self.tr("Awarding body"),
                                              self.tr("Missing elements")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, path in enumerate(files):
            self.table.setItem(row, 0, QTableWidgetItem(path.name))
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("Checking…")))
        self.cases = QComboBox()
        for case in window.cases_model.rows:
            if case.accepts_evidence:
                self.cases.addItem(f"{case.reg_no} — {case.applicant}", case.id)
        self.add_button = QPushButton(self.tr("Add to the case"))
        self.add_button.setEnabled(self.cases.count() > 0)
        self.add_button.clicked.connect(self.add_to_case)
        form = QFormLayout()
        form.addRow(self.tr("Case:"), self.cases)
        if self.cases.count() == 0:
            form.addRow(QLabel(self.tr("No case accepts evidence now: register a case first (File ▸ New case).")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(buttons)
        window.ctx.runner.start(lambda task: inspect_files(files, task), title=self.tr("Checking the opened files"),
                                on_success=self.show_records, on_failure=window.show_error)

    def show_records(self, records: list[Any]) -> None:
        for row, record in enumerate(records):
            verdict = self.tr("Could not be read") if record.error else verification_label(record.verification.status)
            values = [record.format or "", verdict, str(record.value("title") or record.error or ""),
                      str(record.value("awarding_body") or ""),
                      ", ".join(element_label(name) for name in record.missing_mandatory)]
            for column, value in enumerate(values, start=1):
                item = QTableWidgetItem(value)
                item.setToolTip(record.verification.message or record.error or "")
                self.table.setItem(row, column, item)

    def add_to_case(self) -> None:
        case_id = self.cases.currentData()
        if case_id is None:
            return
        evidence = self.window_.evidence
        files, case_view = list(self.files), self.window_.case_view

        def import_when_open(opened_id: int) -> None:  # the import goes to the case shown in the window
            if opened_id == case_id:
                case_view.case_changed.disconnect(import_when_open)
                evidence.import_paths(files)

        case_view.case_changed.connect(import_when_open)
        self.window_.select_case(int(case_id))
        if case_view.case is None or case_view.case.id != case_id:
            self.window_.open_case(int(case_id))
        else:
            import_when_open(int(case_id))
        self.accept()


def open_when_ready(window: MainWindow, files: list[str]) -> None:
    """Show the dialog for ``files`` once the cases list has loaded (so the case chooser is complete) and the
    window's features are installed (the evidence import is one of them)."""
    paths = [Path(f) for f in files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        window.show_error(QCoreApplication.translate("OpenFilesDialog", "Cannot open {0}: no such file.").format(
            ", ".join(missing)))
        paths = [p for p in paths if p.is_file()]
    if not paths:
        return

    shown: list[bool] = []  # the dialog is shown once

    def show(_task: object = None) -> None:
        if window.cases_loaded_once and window.features_ready and not shown:
            shown.append(True)
            OpenFilesDialog(window, paths).open()

    if window.cases_loaded_once and window.features_ready:
        show()
    else:
        window.ctx.runner.task_finished.connect(show)
        window.features_installed.connect(show)
