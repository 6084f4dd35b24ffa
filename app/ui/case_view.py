"""The case detail area: an overview of the selected case, its evidence and its status history.

It shows what ``app.services.cases.get_case_detail`` returns; loading happens on the task runner so that a slow
database never freezes the list.
"""

from __future__ import annotations

import html
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from app.ui.i18n import format_date, format_datetime, translate_message
from app.ui.labels import status_label, verification_label
from app.ui.tables import fill_rows

if TYPE_CHECKING:
    from app.services.cases import CaseDetail


def _date(value: object) -> str:
    return format_date(value) if isinstance(value, date) else ""


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("reg_no", self.tr("Registration no.")), ("status", self.tr("Status")),
            ("applicant", self.tr("Applicant")), ("latin", self.tr("Name in Latin script")),
            ("student_id", self.tr("Student ID")), ("email", self.tr("E-mail")),
            ("group", self.tr("Faculty / group")),
            ("programme", self.tr("Programme")), ("policy", self.tr("Policy profile")),
            ("commission", self.tr("Commission")), ("filed", self.tr("Filed on")),
            ("deadline", self.tr("Decision due")), ("year", self.tr("Academic year / semester")),
            ("evidence", self.tr("Evidence")), ("claimed", self.tr("Declared learning outcomes")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Only the free text wraps: wrapped labels in a form layout reserve too much height.
            value.setWordWrap(key == "claimed")
            self.fields[key] = value
            self.form.addRow(label + ":", value)

    def show_case(self, case: CaseDetail) -> None:
        f = self.fields
        f["reg_no"].setText(f"<b>{case.reg_no}</b>")
        f["status"].setText(status_label(case.status))
        f["applicant"].setText(case.applicant_name)
        f["latin"].setText(case.applicant_latin)
        f["student_id"].setText(case.student_id)
        f["email"].setText(case.email)
        f["group"].setText(" / ".join(x for x in (case.faculty, case.group_name, case.study_form) if x))
        f["programme"].setText(case.programme or self.tr("(not chosen)"))
        f["policy"].setText(translate_message(case.policy))
        f["commission"].setText(case.commission)
        f["filed"].setText(_date(case.filed_on))
        f["deadline"].setText(self._deadline_text(case))
        f["year"].setText(f"{case.academic_year} / {case.semester or ''}")
        f["claimed"].setText(case.claimed_outcomes)
        verdicts = Counter(e.verification_status for e in case.evidence)
        summary = self.tr("%n file(s)", "", len(case.evidence))
        if verdicts:
            summary += ": " + ", ".join(f"{n} — {verification_label(status)}" for status, n in verdicts.most_common())
        f["evidence"].setText(summary)

    def _deadline_text(self, case: CaseDetail) -> str:
        """The limit, flagged when the decision came (or is) past it (the service says how far)."""
        late = case.decision_late
        if late is None:
            return _date(case.deadline)
        if late.decided_on is None:
            flag = self.tr("Decision due %1 — %n day(s) overdue", "", late.days).replace("%1", _date(late.due))
        else:
            flag = self.tr("Decision due %1 — decided %n day(s) after its limit", "", late.days).replace(
                "%1", _date(late.due))
        return f'<span style="color:#b00020"><b>⚠ {html.escape(flag)}</b></span>'


class CaseView(QTabWidget):
    """Tabs for one case. Other parts of the application add their own tabs through ``add_case_tab``."""

    case_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseDetail | None = None
        self.overview = OverviewTab()
        self.history_table = _table([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Who"),
                                     self.tr("Comment")])
        self.addTab(self.overview, self.tr("Overview"))
        self.addTab(self.history_table, self.tr("History"))
        self.placeholder = QLabel(self.tr("Select a case in the list, or create one with File ▸ New case."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setEnabled(False)

    def add_case_tab(self, widget: QWidget, title: str) -> None:
        self.insertTab(self.count() - 1, widget, title)

    def show_case(self, case: CaseDetail) -> None:
        self.case = case
        self.setEnabled(True)
        self.overview.show_case(case)
        fill_rows(self.history_table, [
            [format_datetime(h.at), status_label(h.from_status or ""), status_label(h.to_status),
             h.actor, translate_message(h.comment)]
            for h in case.history
        ])
        self.case_changed.emit(case.id)

    def clear_case(self) -> None:
        self.case = None
        self.setEnabled(False)
