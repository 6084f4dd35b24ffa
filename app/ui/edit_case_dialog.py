"""Edit the registered data of a case and of its applicant (``app.services.cases.update_case``).

The dialog starts from the case as it was opened and sends only what the officer changed, with the case's row
version: when someone else saved the case in between, the service refuses, the dialog says so and stays open with
the typed values, so nothing is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, UserError
from app.services.cases import CaseDetail, Choice, update_case
from app.ui.context import AppContext
from app.ui.i18n import error_text


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class EditCaseDialog(QDialog):
    def __init__(self, ctx: AppContext, case: CaseDetail, programmes: list[Choice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.new_version: int | None = None
        self.setWindowTitle(self.tr("Edit case {0}").format(case.reg_no))
        self.setMinimumWidth(520)
        self.full_name = QLineEdit(case.applicant_name)
        self.student_id = QLineEdit(case.student_id)
        self.email = QLineEdit(case.email)
        self.email.setPlaceholderText(self.tr("name@example.org (compared with badges issued to an e-mail)"))
        self.faculty = QLineEdit(case.faculty)
        self.group = QLineEdit(case.group_name)
        self.programme = QComboBox()
        self.programme.addItem(self.tr("(not chosen)"), None)
        for choice in programmes:
            self.programme.addItem(choice.label, choice.id)
        self.programme.setCurrentIndex(max(0, self.programme.findData(case.programme_id)))
        self.academic_year = QLineEdit(case.academic_year)
        self.semester = QSpinBox()
        self.semester.setRange(0, 12)
        self.semester.setSpecialValueText(self.tr("(none)"))
        self.semester.setValue(case.semester or 0)
        self.filed_on = QDateEdit(_qdate(case.filed_on))
        self.filed_on.setCalendarPopup(True)
        self.deadline = QDateEdit(_qdate(case.deadline or case.filed_on))
        self.deadline.setCalendarPopup(True)
        self.claimed = QPlainTextEdit(case.claimed_outcomes)
        self.claimed.setPlaceholderText(self.tr("Learning outcomes the applicant declares, one per line"))
        self.note = QLineEdit(case.note)
        form = QFormLayout()
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Student ID:"), self.student_id)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Faculty:"), self.faculty)
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("Programme:"), self.programme)
        form.addRow(self.tr("Academic year:"), self.academic_year)
        form.addRow(self.tr("Semester:"), self.semester)
        form.addRow(self.tr("Filed on:"), self.filed_on)
        form.addRow(self.tr("Decision due:"), self.deadline)
        form.addRow(self.tr("Declaration:"), self.claimed)
        form.addRow(self.tr("Note:"), self.note)
        hint = QLabel(self.tr("The applicant's data is shared by all their cases. Every change is kept in the audit "
                              "log."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def changes(self) -> tuple[dict[str, object], dict[str, object]]:
        """(case fields, applicant fields) that differ from the case as it was opened."""
        c = self.case
        applicant = {"full_name": self.full_name.text().strip(), "student_id": self.student_id.text().strip(),
                     "email": self.email.text().strip(), "faculty": self.faculty.text().strip(),
                     "group_name": self.group.text().strip()}
        before = {"full_name": c.applicant_name, "student_id": c.student_id, "email": c.email,
                  "faculty": c.faculty, "group_name": c.group_name}
        case: dict[str, object] = {
            "programme_id": self.programme.currentData(), "academic_year": self.academic_year.text().strip(),
            "semester": self.semester.value() or None, "filed_on": self.filed_on.date().toPython(),
            "deadline": self.deadline.date().toPython(), "claimed_outcomes": self.claimed.toPlainText().strip(),
            "note": self.note.text().strip(),
        }
        case_before = {"programme_id": c.programme_id, "academic_year": c.academic_year, "semester": c.semester,
                       "filed_on": c.filed_on, "deadline": c.deadline or c.filed_on,
                       "claimed_outcomes": c.claimed_outcomes, "note": c.note}
        return ({k: v for k, v in case.items() if v != case_before[k]},
                {k: v for k, v in applicant.items() if v != before[k]})

    def accept(self) -> None:
        case_changes, applicant_changes = self.changes()
        if not case_changes and not applicant_changes:
            super().accept()
            return
        try:
            self.new_version = update_case(self.ctx.db, self.ctx.actor, self.case.id, self.case.row_version,
                                           applicant=applicant_changes, **case_changes)
        except ConflictError as exc:
            QMessageBox.warning(self, self.tr("Changed by someone else"), error_text(exc) + "\n\n" + self.tr(
                "Your values are still in the form: close it, reopen the case and enter them again."))
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        super().accept()
