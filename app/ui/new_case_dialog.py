"""Register a new case: the applicant, the programme, the policy profile and the dates.

The decision deadline starts as the filing date plus the decision time limit of the chosen policy profile and
follows both until the officer sets it by hand.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
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
from app.services.cases import ApplicantData, Choice, NewCase, PolicyChoice, policy_choices, register_case
from app.ui.context import AppContext
from app.ui.i18n import date_display_format, translate_message


def _current_academic_year(today: date) -> str:
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}/{start + 1}"


class NewCaseDialog(QDialog):
    def __init__(self, ctx: AppContext, programmes: list[Choice], parent: QWidget | None = None, *,
                 profiles: list[PolicyChoice] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self._deadline_set_by_hand = False
        self._setting_deadline = False
        self.setWindowTitle(self.tr("New recognition case"))
        self.setMinimumWidth(520)
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("Surname, given name, patronymic"))
        self.student_id = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.org (compared with badges issued to an e-mail)"))
        self.faculty = QLineEdit()
        self.group = QLineEdit()
        self.programme = QComboBox()
        for choice in programmes:
            self.programme.addItem(choice.label, choice.id)
        if not programmes:
            self.programme.addItem(self.tr("(no programmes yet: import the catalogue first)"), None)
        self.policy = QComboBox()
        for profile in policy_choices(ctx.db) if profiles is None else profiles:
            self.policy.addItem(translate_message(profile.label), profile)
            self.policy.setItemData(self.policy.count() - 1, translate_message(profile.label),
                                    Qt.ItemDataRole.ToolTipRole)
        if self.policy.count() == 0:
            self.policy.addItem(self.tr("(no policy profile yet: the standard rules apply)"), None)
        for combo in (self.programme, self.policy):  # the whole name of a programme or profile, up to a limit
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(min(combo.sizeHint().width(), 760))
        today = date.today()
        self.academic_year = QLineEdit(_current_academic_year(today))
        self.semester = QSpinBox()
        self.semester.setRange(1, 12)
        self.filed_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.filed_on.setCalendarPopup(True)
        self.filed_on.setDisplayFormat(date_display_format())
        self.deadline = QDateEdit(QDate(today.year, today.month, today.day))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(date_display_format())
        self._update_deadline()
        self.policy.currentIndexChanged.connect(self._update_deadline)
        self.filed_on.dateChanged.connect(self._update_deadline)
        self.deadline.dateChanged.connect(self._deadline_edited)
        self.claimed = QPlainTextEdit()
        self.claimed.setPlaceholderText(self.tr("Learning outcomes the applicant declares, one per line"))
        form = QFormLayout()
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Student ID:"), self.student_id)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Faculty:"), self.faculty)
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("Programme:"), self.programme)
        form.addRow(self.tr("Policy profile:"), self.policy)
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

    # --- the deadline ---------------------------------------------------------------------------------------------
    def decision_days(self) -> int | None:
        """The decision time limit of the chosen policy profile (None when its rules cannot be read)."""
        choice = self.policy.currentData()
        if isinstance(choice, PolicyChoice):
            return choice.decision_days
        from app.domain.policy_rules import PolicyRules

        return PolicyRules().decision_days

    def _update_deadline(self, *_args: object) -> None:
        """Filing date + the chosen profile's decision time limit, unless the officer set the deadline by hand."""
        days = self.decision_days()
        if days is None:
            self.deadline.setToolTip(self.tr("The rules of this policy profile cannot be read: set the date by "
                                             "hand."))
            return
        self.deadline.setToolTip(self.tr("Filing date + %n day(s), the decision time limit of the policy profile",
                                         "", days))
        if self._deadline_set_by_hand:
            return
        due = self.filed_on.date().addDays(days)
        self._setting_deadline = True
        try:
            self.deadline.setDate(due)
        finally:
            self._setting_deadline = False

    def _deadline_edited(self, *_args: object) -> None:
        if not self._setting_deadline:
            self._deadline_set_by_hand = True

    def accept(self) -> None:
        choice = self.policy.currentData()
        data = NewCase(
            applicant=ApplicantData(full_name=self.full_name.text().strip(), student_id=self.student_id.text().strip(),
                                    faculty=self.faculty.text().strip(), group_name=self.group.text().strip(),
                                    email=self.email.text().strip()),
            programme_id=self.programme.currentData(),
            policy_profile_id=choice.id if isinstance(choice, PolicyChoice) else None,
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
