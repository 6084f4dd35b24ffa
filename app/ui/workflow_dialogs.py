"""Dialogs of the recognition procedure: components to request, commission members, protocol, order, appeal and
assessment records. Each dialog only collects values; the caller passes them to a service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.decisions import ASSESSMENT_FORMS, AssessmentData, ComponentChoice, EvidenceChoice, split_codes
from app.services.protocols import (
    APPEAL_OUTCOMES,
    NOTIFICATION_METHODS,
    AppealInput,
    CommissionData,
    CommissionRow,
    MemberData,
    NotificationInput,
    OrderInput,
    ProtocolInput,
)
from app.ui.i18n import date_display_format, format_date, format_number
from app.ui.labels import component_type_label

NO_VALUE = -1.0  # spin boxes show "—" at this value


def to_qdate(value: date | None) -> QDate:
    value = value or date.today()
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_display_format())
    return edit


def optional_spin(maximum: float, decimals: int = 2) -> QDoubleSpinBox:
    """A number that may be absent: the lowest value shows as "—" and means None."""
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(NO_VALUE, maximum)
    spin.setSpecialValueText("—")
    spin.setValue(NO_VALUE)
    return spin


def spin_value(spin: QDoubleSpinBox) -> float | None:
    return None if spin.value() <= NO_VALUE + 1e-9 else round(spin.value(), spin.decimals())


def set_spin(spin: QDoubleSpinBox, value: float | None) -> None:
    spin.setValue(NO_VALUE if value is None else value)


def assessment_form_label(form: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "document_review": translate("WorkflowDialogs", "Document review"),
        "interview": translate("WorkflowDialogs", "Interview"),
        "test": translate("WorkflowDialogs", "Test"),
        "declarative": translate("WorkflowDialogs", "Declarative method (self-assessment)"),
        "observation": translate("WorkflowDialogs", "Observation / monitoring"),
        "simulation": translate("WorkflowDialogs", "Simulation / evidence from work"),
        "practical_task": translate("WorkflowDialogs", "Practical task"),
        "portfolio": translate("WorkflowDialogs", "Portfolio"),
        "other": translate("WorkflowDialogs", "Other"),
    }.get(form, form)


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {"chair": translate("WorkflowDialogs", "Chair"), "secretary": translate("WorkflowDialogs", "Secretary"),
            "member": translate("WorkflowDialogs", "Member")}.get(role, role)


def notification_method_label(method: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {"in_person": translate("WorkflowDialogs", "in person, against signature"),
            "email": translate("WorkflowDialogs", "by e-mail"),
            "post": translate("WorkflowDialogs", "by post"),
            "electronic_cabinet": translate("WorkflowDialogs", "in the electronic cabinet"),
            "other": translate("WorkflowDialogs", "otherwise (see the note)")}.get(method, method)


def appeal_outcome_label(outcome: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {"rejected": translate("WorkflowDialogs", "Rejected: the decision stands"),
            "granted": translate("WorkflowDialogs", "Granted: the decisions are revised"),
            "partly_granted": translate("WorkflowDialogs", "Partly granted: some decisions are revised"),
            "": translate("WorkflowDialogs", "Pending")}.get(outcome, outcome)


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        # Fields take the dialog's width (a drop-down's longest choice in either language is read whole).
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)


class ComponentsDialog(_Dialog):
    """Tick the programme components the applicant asks to have recognised."""

    def __init__(self, choices: list[ComponentChoice], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Requested components"), parent)
        self.setMinimumSize(640, 420)
        self.choices = [c for c in choices if not c.requested]
        self.table = QTableWidget(len(self.choices), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Component"), self.tr("Type"),
                                              self.tr("ECTS"), self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, choice in enumerate(self.choices):
            code = QTableWidgetItem(choice.code)
            code.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            code.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, code)
            for column, text in enumerate((choice.title, component_type_label(choice.type),
                                           format_number(choice.ects), choice.note), start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        note = QLabel(self.tr("Components the policy profile does not recognise can still be requested; the "
                              "proposal will say why they are rejected."))
        note.setWordWrap(True)
        self.layout_.addWidget(self.table)
        self.layout_.addWidget(note)
        self.finish()

    def check(self, code: str, checked: bool = True) -> None:
        for row, choice in enumerate(self.choices):
            item = self.table.item(row, 0)
            if choice.code == code and item is not None:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def selected_ids(self) -> list[int]:
        return [choice.id for row, choice in enumerate(self.choices) if _checked(self.table.item(row, 0))]


class EvidenceChoiceDialog(_Dialog):
    """Choose the credentials one component is matched against (the officer knows which ones concern it)."""

    def __init__(self, component: str, items: list[EvidenceChoice], chosen: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Match {0} with").format(component), parent)
        self.setMinimumSize(560, 300)
        self.items = [item for item in items if item.outcomes]
        self.table = QTableWidget(len(self.items), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Credential"), self.tr("Awarding body"), self.tr("Outcomes")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(self.items):
            title = QTableWidgetItem(item.title)
            title.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            title.setCheckState(Qt.CheckState.Checked if not chosen or item.id in chosen
                                else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, title)
            for column, text in enumerate((item.awarding_body, format_number(item.outcomes)), start=1):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, cell)
        note = QLabel(self.tr("The matching then finds the smallest set of the ticked credentials that covers the "
                              "component best. Credentials without learning outcomes are not listed."))
        note.setWordWrap(True)
        self.layout_.addWidget(self.table)
        self.layout_.addWidget(note)
        self.finish()

    def check_only(self, title_start: str) -> None:
        for row, item in enumerate(self.items):
            cell = self.table.item(row, 0)
            if cell is not None:
                cell.setCheckState(Qt.CheckState.Checked if item.title.startswith(title_start)
                                   else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[int]:
        return [item.id for row, item in enumerate(self.items) if _checked(self.table.item(row, 0))]


class CommissionDialog(_Dialog):
    def __init__(self, current: CommissionRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Commission"), parent)
        self.setMinimumWidth(480)
        self.name = QLineEdit(current.name if current else "")
        self.faculty = QLineEdit(current.faculty if current else "")
        self.order_no = QLineEdit(current.founding_order_no if current else "")
        self.order_date = date_edit(current.founding_order_date if current else None)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Faculty:"), self.faculty)
        self.form.addRow(self.tr("Founding order no.:"), self.order_no)
        self.form.addRow(self.tr("Order date:"), self.order_date)
        self.finish()

    def data(self) -> CommissionData:
        return CommissionData(self.name.text(), self.faculty.text(), self.order_no.text(),
                              from_qdate(self.order_date.date()))


class MemberDialog(_Dialog):
    def __init__(self, current: MemberData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Commission member"), parent)
        self.setMinimumWidth(600)
        self.full_name = QLineEdit(current.full_name if current else "")
        self.role = QComboBox()
        for role in ("member", "chair", "secretary"):
            self.role.addItem(role_label(role), role)
        if current:
            self.role.setCurrentIndex(max(0, self.role.findData(current.role)))
        self.job_title = QLineEdit(current.job_title if current else "")
        self.conflict = QCheckBox(self.tr("Declared a conflict of interest (does not vote or sign)"))
        self.conflict.setChecked(bool(current and current.conflict_of_interest))
        self.conflict_note = QLineEdit(current.conflict_note if current else "")
        self.declared_on = date_edit(current.coi_declared_on if current else None)
        self.form.addRow(self.tr("Full name:"), self.full_name)
        self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow(self.tr("Position:"), self.job_title)
        self.form.addRow("", self.conflict)
        self.form.addRow(self.tr("Conflict of interest:"), self.conflict_note)
        self.form.addRow(self.tr("Declaration signed on:"), self.declared_on)
        self.finish()

    def data(self) -> MemberData:
        return MemberData(self.full_name.text(), str(self.role.currentData()), self.job_title.text(),
                          self.conflict.isChecked(), self.conflict_note.text(), from_qdate(self.declared_on.date()))


class ProtocolDialog(_Dialog):
    """Meeting date, who is present, case-specific conflicts, votes, and the reason for a new version."""

    def __init__(self, commission: CommissionRow, needs_reason: bool, number: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Protocol of the commission"), parent)
        self.setMinimumSize(820, 480)
        self.commission = commission
        self.number = QLineEdit(number)
        self.number.setPlaceholderText(self.tr("next number of the year"))
        self.meeting_date = date_edit()
        self.form.addRow(self.tr("Number:"), self.number)
        self.form.addRow(self.tr("Meeting date:"), self.meeting_date)
        self.members = QTableWidget(len(commission.members), 4)
        self.members.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Role"), self.tr("Present"),
                                                self.tr("Conflict in this case (describe)")])
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, member in enumerate(commission.members):
            name = QTableWidgetItem(member.full_name + (self.tr(" (conflict declared)")
                                                        if member.conflict_of_interest else ""))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.members.setItem(row, 0, name)
            role = QTableWidgetItem(role_label(member.role))
            role.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.members.setItem(row, 1, role)
            present = QTableWidgetItem()
            present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            present.setCheckState(Qt.CheckState.Checked)
            self.members.setItem(row, 2, present)
            self.members.setItem(row, 3, QTableWidgetItem(""))
        self.members.resizeColumnsToContents()
        self.form.addRow(self.tr("Members:"), self.members)
        self.auto_votes = QCheckBox(self.tr("Unanimous: every voting member present votes for"))
        self.auto_votes.setChecked(True)
        self.votes_for = QSpinBox()
        self.votes_against = QSpinBox()
        self.votes_abstained = QSpinBox()
        for spin in (self.votes_for, self.votes_against, self.votes_abstained):
            spin.setRange(0, 99)
            spin.setEnabled(False)
        self.auto_votes.toggled.connect(self._auto_votes)
        self.form.addRow("", self.auto_votes)
        self.form.addRow(self.tr("Votes for:"), self.votes_for)
        self.form.addRow(self.tr("Against:"), self.votes_against)
        self.form.addRow(self.tr("Abstained:"), self.votes_abstained)
        self.reason = QLineEdit()
        if needs_reason:
            self.reason.setPlaceholderText(self.tr("why the signed protocol is replaced"))
            self.form.addRow(self.tr("Reason for the new version:"), self.reason)
        self.finish()

    def _auto_votes(self, on: bool) -> None:
        for spin in (self.votes_for, self.votes_against, self.votes_abstained):
            spin.setEnabled(not on)

    def set_present(self, member_id: int, present: bool) -> None:
        for row, member in enumerate(self.commission.members):
            item = self.members.item(row, 2)
            if member.id == member_id and item is not None:
                item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)

    def data(self) -> ProtocolInput:
        present: list[int] = []
        recused: dict[int, str] = {}
        for row, member in enumerate(self.commission.members):
            if _checked(self.members.item(row, 2)):
                present.append(member.id)
            note_item = self.members.item(row, 3)
            note = note_item.text().strip() if note_item else ""
            if note:
                recused[member.id] = note
        auto = self.auto_votes.isChecked()
        return ProtocolInput(
            number=self.number.text().strip(), meeting_date=from_qdate(self.meeting_date.date()),
            present_member_ids=present, recused=recused,
            votes_for=None if auto else self.votes_for.value(),
            votes_against=0 if auto else self.votes_against.value(),
            votes_abstained=0 if auto else self.votes_abstained.value(),
            change_reason=self.reason.text().strip(),
        )


class OrderDialog(_Dialog):
    """The order's number, date, who signs it (position and full name: the paper's signature gives both) and,
    optionally, its own text. ``signatory``: the position and name of the last order issued, offered again."""

    def __init__(self, signatory: tuple[str, str] = ("", ""), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Order"), parent)
        self.setMinimumWidth(520)
        self.number = QLineEdit()
        self.order_date = date_edit()
        self.issued_by = QLineEdit(signatory[0])
        self.issued_by.setPlaceholderText(self.tr("dean or rector"))
        self.signatory = QLineEdit(signatory[1])
        self.signatory.setPlaceholderText(self.tr("surname, given name, patronymic"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Leave empty to draw up the text from the signed protocol"))
        self.form.addRow(self.tr("Order no.:"), self.number)
        self.form.addRow(self.tr("Date:"), self.order_date)
        self.form.addRow(self.tr("Signed by (position):"), self.issued_by)
        self.form.addRow(self.tr("Signatory's full name:"), self.signatory)
        self.form.addRow(self.tr("Text:"), self.text)
        self.finish()

    def data(self) -> OrderInput:
        return OrderInput(self.number.text(), from_qdate(self.order_date.date()), self.issued_by.text(),
                          self.text.toPlainText(), self.signatory.text())


class NotificationDialog(_Dialog):
    """The day and the way the applicant was told of the decision (the appeal window may run from it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Applicant notified of the decision"), parent)
        self.setMinimumWidth(520)
        self.notified_on = date_edit()
        self.method = QComboBox()
        for method in NOTIFICATION_METHODS:
            self.method.addItem(notification_method_label(method), method)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. the extract handed over; for a correction: what and why"))
        self.form.addRow(self.tr("Notified on:"), self.notified_on)
        self.form.addRow(self.tr("How:"), self.method)
        self.form.addRow(self.tr("Note:"), self.note)
        self.finish()

    def data(self) -> NotificationInput:
        return NotificationInput(from_qdate(self.notified_on.date()), str(self.method.currentData()),
                                 self.note.text())


class AppealDialog(_Dialog):
    def __init__(self, deadline: date | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appeal"), parent)
        self.setMinimumWidth(520)
        self.filed_on = date_edit()
        self.grounds = QPlainTextEdit()
        self.panel = QPlainTextEdit()
        self.panel.setPlaceholderText(self.tr("The appeal panel: one person per line"))
        self.late_reason = QLineEdit()
        self.late_reason.setPlaceholderText(self.tr("only for an appeal filed after the deadline"))
        if deadline:
            self.form.addRow(self.tr("Deadline:"), QLabel(format_date(deadline)))
        self.form.addRow(self.tr("Filed on:"), self.filed_on)
        self.form.addRow(self.tr("Grounds:"), self.grounds)
        self.form.addRow(self.tr("Panel:"), self.panel)
        self.form.addRow(self.tr("Reason to accept late:"), self.late_reason)
        self.finish()

    def data(self) -> AppealInput:
        return AppealInput(from_qdate(self.filed_on.date()), self.grounds.toPlainText(), self.panel.toPlainText(),
                           self.late_reason.text())


class ResolveAppealDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outcome of the appeal"), parent)
        self.setMinimumWidth(640)
        self.outcome = QComboBox()
        for outcome in APPEAL_OUTCOMES:
            self.outcome.addItem(appeal_outcome_label(outcome), outcome)
        self.decided_on = date_edit()
        self.comment = QPlainTextEdit()
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        self.form.addRow(self.tr("Decided on:"), self.decided_on)
        self.form.addRow(self.tr("Panel's reasoning:"), self.comment)
        self.finish()

    def values(self) -> tuple[str, date, str]:
        return str(self.outcome.currentData()), from_qdate(self.decided_on.date()), self.comment.toPlainText()


class AssessmentDialog(_Dialog):
    def __init__(self, current: AssessmentData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assessment"), parent)
        self.setMinimumWidth(480)
        self.form_box = QComboBox()
        for form in ASSESSMENT_FORMS:
            self.form_box.addItem(assessment_form_label(form), form)
        self.held_on = date_edit(current.held_on if current else None)
        self.assessors = QLineEdit(current.assessors if current else "")
        self.score = optional_spin(1000)
        self.max_score = optional_spin(1000)
        self.note = QPlainTextEdit(current.note if current else "")
        self.components = QLineEdit(", ".join(current.components) if current else "")
        self.components.setPlaceholderText(self.tr("codes, e.g. ОК5, ВК2; empty: the application as a whole"))
        if current:
            self.form_box.setCurrentIndex(max(0, self.form_box.findData(current.form)))
            set_spin(self.score, current.score)
            set_spin(self.max_score, current.max_score)
        else:
            self.form_box.setCurrentIndex(max(0, self.form_box.findData("interview")))
        self.form.addRow(self.tr("Form:"), self.form_box)
        self.form.addRow(self.tr("Components assessed:"), self.components)
        self.form.addRow(self.tr("Held on:"), self.held_on)
        self.form.addRow(self.tr("Assessors:"), self.assessors)
        self.form.addRow(self.tr("Score:"), self.score)
        self.form.addRow(self.tr("Out of:"), self.max_score)
        self.form.addRow(self.tr("Note:"), self.note)
        self.finish()

    def data(self) -> AssessmentData:
        return AssessmentData(str(self.form_box.currentData()), from_qdate(self.held_on.date()),
                              self.assessors.text(), spin_value(self.score), spin_value(self.max_score),
                              self.note.toPlainText(), split_codes(self.components.text()))
