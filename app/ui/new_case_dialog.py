"""Register a new case: the applicant, the programme and the dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.cases import ApplicantData, Choice, NewCase, register_case
from app.ui.context import AppContext


def _current_academic_year(today: date) -> str:
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}/{start + 1}"


class NewCaseDialog(QDialog):
    def __init__(self, ctx: AppContext, programmes: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.setWindowTitle(self.tr("New recognition case"))
        self.setMinimumWidth(520)
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("Surname, given name, patronymic"))
        self.student_id = QLineEdit()
        self.faculty = QLineEdit()
        self.group = QLineEdit()
        self.programme = QComboBox()
        for choice in programmes:
            self.programme.addItem(choice.label, choice.id)
        if not programmes:
            self.programme.addItem(self.tr("(no programmes yet: import the catalogue first)"), None)
        today = date.today()
        self.academic_year = QLineEdit(_current_academic_year(today))
        self.semester = QSpinBox()
        self.semester.setRange(1, 12)
        self.filed_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.filed_on.setCalendarPopup(True)
        due = today + timedelta(days=30)
        self.deadline = QDateEdit(QDate(due.year, due.month, due.day))
        self.deadline.setCalendarPopup(True)
        self.claimed = QPlainTextEdit()
        self.claimed.setPlaceholderText(self.tr("Learning outcomes the applicant declares, one per line"))
        form = QFormLayout()
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Student ID:"), self.student_id)
        form.addRow(self.tr("Faculty:"), self.faculty)
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("Programme:"), self.programme)
        form.addRow(self.tr("Academic year:"), self.academic_year)
        form.addRow(self.tr("Semester:"), self.semester)
        form.addRow(self.tr("Filed on:"), self.filed_on)
        form.addRow(self.tr("Decision due:"), self.deadline)
        form.addRow(self.tr("Declaration:"), self.claimed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        data = NewCase(
            applicant=ApplicantData(full_name=self.full_name.text().strip(), student_id=self.student_id.text().strip(),
                                    faculty=self.faculty.text().strip(), group_name=self.group.text().strip()),
            programme_id=self.programme.currentData(),
            academic_year=self.academic_year.text().strip(),
            semester=self.semester.value(),
            filed_on=self.filed_on.date().toPython(),  # type: ignore[arg-type]
            deadline=self.deadline.date().toPython(),  # type: ignore[arg-type]
            claimed_outcomes=self.claimed.toPlainText().strip(),
        )
        try:
            self.case_id = register_case(self.ctx.db, self.ctx.actor, data)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()
