"""The Reports menu: case report, register of decisions, statistics workbook, and the papers of a case — the
protocol, its extract, the order, the applicant's notice (Ukrainian or English) and the decision record (JSON).

Each export runs on the task runner (progress and Cancel in the status bar) and, when it is done, offers to open
the file. Column headers follow the interface language.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import date_display_format, resolve_language

if TYPE_CHECKING:
    from app.services.reports import RegisterFilter
    from app.ui.main_window import MainWindow
    from app.ui.workers import Task


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def academic_year_start(today: date) -> date:
    """1 September of the academic year that contains ``today``."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


class PeriodDialog(QDialog):
    """Choose a period (optional) and, for the register, a programme and a faculty."""

    def __init__(self, parent: QWidget | None, title: str, programmes: list[tuple[str, str]] | None = None,
                 faculties: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        today = date.today()
        self.limit = QCheckBox(self.tr("Only decisions in this period"))
        self.limit.setChecked(True)
        self.date_from = QDateEdit(_qdate(academic_year_start(today)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format())
        self.limit.toggled.connect(self.date_from.setEnabled)
        self.limit.toggled.connect(self.date_to.setEnabled)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        form = QFormLayout()
        form.addRow(self.limit)
        form.addRow(self.tr("Period:"), period)
        self.programme: QComboBox | None = None
        self.faculty: QComboBox | None = None
        if programmes is not None:
            self.programme = QComboBox()
            self.programme.addItem(self.tr("All programmes"), "")
            for code, name in programmes:
                self.programme.addItem(f"{code} — {name}", code)
            form.addRow(self.tr("Programme:"), self.programme)
        if faculties is not None:
            self.faculty = QComboBox()
            self.faculty.addItem(self.tr("All faculties"), "")
            for name in faculties:
                self.faculty.addItem(name, name)
            form.addRow(self.tr("Faculty:"), self.faculty)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00000")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def period(self) -> tuple[date | None, date | None]:
        if not self.limit.isChecked():
            return None, None
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def register_filter(self) -> RegisterFilter:
        start, end = self.period()
        programme = str(self.programme.currentData() or "") if self.programme else ""
        faculty = str(self.faculty.currentData() or "") if self.faculty else ""
        from app.services.reports import RegisterFilter

        return RegisterFilter(start, end, programme or None, faculty or None)

    def accept(self) -> None:
        start, end = self.period()
        if start and end and start > end:
            self.error.setText(self.tr("The start of the period is after its end."))
            return
        super().accept()


class ReportsController(QObject):
    """Adds the report actions to the window's Reports menu and runs them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menu_reports
        self.action_case = self._add(menu, self.tr("&Case report (Excel)…"), self.export_case)
        self.action_protocol = self._add(menu, self.tr("&Protocol of the commission (PDF)…"), self.export_protocol)
        self.action_extract = self._add(menu, self.tr("&Extract from the protocol (PDF)…"),
                                        lambda: self.export_paper("extract", "uk"))
        self.action_order = self._add(menu, self.tr("&Order (PDF)…"), lambda: self.export_paper("order", "uk"))
        self.action_notice = self._add(menu, self.tr("&Notice for the applicant (PDF)…"),
                                       lambda: self.export_paper("notice", "uk"))
        self.action_notice_en = self._add(menu, self.tr("Notice for the applicant in &English (PDF)…"),
                                          lambda: self.export_paper("notice", "en"))
        self.action_decision = self._add(menu, self.tr("&Decision record (JSON)…"),
                                         lambda: self.export_paper("decision", "uk"))
        menu.addSeparator()
        self.action_register = self._add(menu, self.tr("&Register of decisions (Excel)…"), self.export_register)
        self.action_stats = self._add(menu, self.tr("&Statistics workbook (Excel)…"), self.export_statistics)
        for action in self.case_actions:
            action.setEnabled(window.case_view.case is not None)
        window.case_view.case_changed.connect(self._on_case_changed)

    def _add(self, menu: Any, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    @property
    def case_actions(self) -> tuple[QAction, ...]:
        """The actions that need an open case."""
        return (self.action_case, self.action_protocol, self.action_extract, self.action_order, self.action_notice,
                self.action_notice_en, self.action_decision)

    def _on_case_changed(self, _case_id: int) -> None:
        enabled = self.window.case_view.case is not None
        for action in self.case_actions:
            action.setEnabled(enabled)

    @property
    def language(self) -> str:
        return resolve_language(self.window.ctx.settings.language)

    # --- questions to the user (separate methods so that tests can answer them) -----------------------------
    def ask_save_path(self, title: str, default_name: str, file_filter: str) -> str | None:
        folder = self.window.ctx.settings.last_folder or str(Path.home())
        path, _selected = QFileDialog.getSaveFileName(self.window, title, os.path.join(folder, default_name),
                                                      file_filter)
        if not path:
            return None
        suffix = ".pdf" if "*.pdf" in file_filter else ".json" if "*.json" in file_filter else ".xlsx"
        if not path.lower().endswith(suffix):
            path += suffix
        self.window.ctx.settings.last_folder = str(Path(path).parent)
        return path

    def ask_register_filter(self) -> RegisterFilter | None:
        from app.services.reports import filter_choices

        programmes, faculties = filter_choices(self.window.ctx.db)
        dialog = PeriodDialog(self.window, self.tr("Register of decisions"), programmes, faculties)
        return dialog.register_filter() if dialog.exec() else None

    def ask_period(self) -> tuple[date | None, date | None] | None:
        dialog = PeriodDialog(self.window, self.tr("Statistics"))
        return dialog.period() if dialog.exec() else None

    def offer_open(self, path: str, message: str) -> None:
        answer = QMessageBox.question(self.window, self.tr("Report ready"),
                                      message + "\n\n" + self.tr("Open it now?"))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # --- actions --------------------------------------------------------------------------------------------
    def _run(self, fn: Callable[[Task], Any], title: str, path: str, message: Callable[[Any], str]) -> Task:
        return self.window.ctx.runner.start(
            fn, title=title, on_success=lambda result: self.offer_open(path, message(result)),
            on_failure=self.window.show_error,
        )

    def export_case(self) -> Task | None:
        case = self.window.case_view.case
        if case is None:
            return None
        path = self.ask_save_path(self.tr("Save case report"), f"{case.reg_no}.xlsx",
                                  self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        from app.services.reports import export_case_report

        db, lang, reg_no = self.window.ctx.db, self.language, case.reg_no
        return self._run(lambda task: export_case_report(db, reg_no, path, lang, progress=task),
                         self.tr("Case report {0}").format(reg_no), path,
                         lambda _r: self.tr("The case report was saved to {0}.").format(path))

    def export_protocol(self) -> Task | None:
        case = self.window.case_view.case
        if case is None:
            return None
        path = self.ask_save_path(self.tr("Save protocol"), f"protocol-{case.reg_no}.pdf",
                                  self.tr("PDF document (*.pdf)"))
        if not path:
            return None
        from app.services.reports import export_protocol

        db, reg_no = self.window.ctx.db, case.reg_no
        return self._run(lambda task: export_protocol(db, reg_no, path, progress=task),
                         self.tr("Protocol for {0}").format(reg_no), path,
                         lambda _r: self.tr("The protocol was saved to {0}.").format(path))

    def export_paper(self, kind: str, lang: str = "uk") -> Task | None:
        """One of the papers of a signed protocol: ``extract``, ``order``, ``notice`` (in ``lang``) or the
        ``decision`` record. A case without a signed protocol gets one line saying so."""
        case = self.window.case_view.case
        if case is None:
            return None
        from app.services import reports

        db, reg_no = self.window.ctx.db, case.reg_no
        suffix = "" if lang == "uk" else f"-{lang}"
        pdf = self.tr("PDF document (*.pdf)")
        # kind → (what it is, the file name offered, the file filter, the export, the message when done)
        papers: dict[str, tuple[str, str, str, Callable[[str], Any], str]] = {
            "extract": (self.tr("Extract from the protocol"), f"extract-{reg_no}{suffix}.pdf", pdf,
                        lambda path: reports.export_extract(db, reg_no, path, lang),
                        self.tr("The extract from the protocol was saved to {0}.")),
            "order": (self.tr("Order"), f"order-{reg_no}.pdf", pdf,
                      lambda path: reports.export_order(db, reg_no, path),
                      self.tr("The order was saved to {0}.")),
            "notice": (self.tr("Notice for the applicant"), f"notice-{reg_no}{suffix}.pdf", pdf,
                       lambda path: reports.export_notice(db, reg_no, path, lang),
                       self.tr("The notice for the applicant was saved to {0}.")),
            "decision": (self.tr("Decision record"), f"decision-{reg_no}.json", self.tr("Decision record (*.json)"),
                         lambda path: reports.export_decision(db, reg_no, path),
                         self.tr("The decision record was saved to {0}.")),
        }
        what, default_name, file_filter, export, done = papers[kind]
        path = self.ask_save_path(self.tr("Save: {0}").format(what), default_name, file_filter)
        if not path:
            return None
        return self._run(lambda _task: export(path), f"{what} — {reg_no}", path, lambda _r: done.format(path))

    def export_register(self) -> Task | None:
        flt = self.ask_register_filter()
        if flt is None:
            return None
        stamp = date.today().strftime("%Y-%m-%d")
        path = self.ask_save_path(self.tr("Save register of decisions"), f"register-{stamp}.xlsx",
                                  self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        from app.services.reports import export_register

        db, lang = self.window.ctx.db, self.language
        return self._run(lambda task: export_register(db, path, flt, lang, progress=task),
                         self.tr("Register of decisions"), path,
                         lambda count: self.tr("The register ({0} decision lines) was saved to {1}.").format(
                             count, path))

    def export_statistics(self, period: tuple[date | None, date | None] | None = None) -> Task | None:
        """The statistics workbook for ``period`` (asked for when not given)."""
        period = period or self.ask_period()
        if period is None:
            return None
        stamp = date.today().strftime("%Y-%m-%d")
        path = self.ask_save_path(self.tr("Save statistics"), f"statistics-{stamp}.xlsx",
                                  self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        from app.services.reports import export_statistics

        db, lang = self.window.ctx.db, self.language
        start, end = period
        return self._run(lambda task: export_statistics(db, path, lang, start, end, progress=task),
                         self.tr("Statistics"), path,
                         lambda _stats: self.tr("The statistics were saved to {0}.").format(path))

