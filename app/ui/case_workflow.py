"""The recognition procedure in the case view: components and matching, decisions, commission and protocol,
assessments, and a workflow bar with the moves the case can make now (and why the others are not possible).

Everything is read and written through ``app.services`` (workflow, decisions, protocols). Loading a case and
running the matching happen on the task runner; single-record edits are short transactions run directly, and
each edit goes onto an undo stack (Edit ▸ Undo / Redo in the Case menu). When another user saved the same record
first, the service raises ``ConflictError``: the message says so, nothing of theirs is overwritten, and the values
typed in the decision editor stay there to be saved again on top of the reloaded record.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.explanation import auto_status, explanation_shown
from app.errors import ConflictError, UserError
from app.services import decisions, protocols, workflow
from app.services.decisions import AssessmentRow, CapCheck, DecisionInput, LineRow, MappingRow, Precedent
from app.services.protocols import CaseProtocols, CommissionRow, MemberRow, ProtocolRow
from app.services.recognition_rules import reason_messages
from app.services.workflow import CaseCapabilities, Permission, TransitionOption, WorkflowState
from app.ui import workflow_dialogs as dialogs
from app.ui.i18n import (
    current_language,
    error_text,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    qt_translate,
    translate_message,
)
from app.ui.labels import component_type_label, decision_label, layer_label, proposal_label, status_label
from app.ui.permissions import enable_by
from app.ui.tables import fit_titles, read_only_table

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
T = TypeVar("T")

RED, ORANGE, GREEN, GREY = "#b00020", "#a15c00", "#1b6e20", "#666666"


# --- asking and telling the user (tests replace this) -------------------------------------------------------


class Interaction:
    """How the workflow asks and tells the user. Tests substitute a scripted one."""

    def run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_text(self, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
        return value.strip() if ok and value.strip() else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


# --- what one case shows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseBundle:
    case_id: int
    state: WorkflowState
    lines: list[LineRow]
    protocols: CaseProtocols
    assessments: list[AssessmentRow]
    commissions: list[CommissionRow]
    cap: CapCheck


def load_bundle(db: Any, case_id: int) -> CaseBundle:
    """Everything the procedure tabs show for one case (runs on a worker thread)."""
    return CaseBundle(
        case_id=case_id,
        state=workflow.workflow_state(db, case_id),
        lines=decisions.case_lines(db, case_id),
        protocols=protocols.case_protocols(db, case_id),
        assessments=decisions.list_assessments(db, case_id),
        commissions=protocols.list_commissions(db),
        cap=decisions.case_cap(db, case_id),
    )


# --- small widget helpers -----------------------------------------------------------------------------------


def _item(text: Any, tooltip: str = "", color: str | None = None, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    if color:
        item.setForeground(QBrush(QColor(color)))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _html(text: str) -> str:
    """``text`` for a rich-text label: ``&``, ``<`` and ``>`` escaped; quotes are left as they are, so that an
    apostrophe never turns into a visible ``&#x27;`` where a text ends up shown as plain text."""
    return html.escape(text, quote=False)


def _rich_label(wrap: bool = True) -> QLabel:
    """A label showing HTML (texts put into it are escaped with ``_html``)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(wrap)
    return label


def _selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].row() if rows else None


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value)


def _severity_color(severity: str) -> str | None:
    return {"blocking": RED, "warning": ORANGE}.get(severity)


def judgement_label(judgement: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {None: translate("CaseWorkflow", "— (engine)"), "covered": translate("CaseWorkflow", "Covered"),
            "partly": translate("CaseWorkflow", "Partly"),
            "not": translate("CaseWorkflow", "Not covered")}.get(judgement, judgement or "")


# --- undo / redo --------------------------------------------------------------------------------------------


class ServiceCommand(QUndoCommand):
    """An edit already made through a service; undo and redo call the service again.

    The first ``redo`` (when the command is pushed) does nothing: the edit was made before, so a refused edit
    never lands on the stack. When undo or redo is refused (someone else changed the record), the user is told and
    the command is dropped from the stack.
    """

    def __init__(self, controller: CaseWorkflow, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self.controller = controller
        self._do, self._undo = do, undo
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, fn: Callable[[], Any]) -> None:
        if self.controller.perform(fn) is None:
            self.setObsolete(True)
        self.controller.reload()


# --- the components & matching tab --------------------------------------------------------------------------


class DecisionEditor(QGroupBox):
    """The decision of one line: full / partial / not, credits, partial scope, grade on three scales, reasons."""

    save_requested = Signal()
    proposal_requested = Signal()
    convert_requested = Signal()
    values_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Decision"))
        self.line: LineRow | None = None
        self.dirty = False
        self._filling = False
        form = QFormLayout(self)
        self.decision = QComboBox()
        self.decision.addItem(decision_label(None), None)
        for code in ("full", "partial", "none"):
            self.decision.addItem(decision_label(code), code)
        self.credits = dialogs.optional_spin(60)
        self.remaining = QLabel()
        self.partial_scope = QLineEdit()
        self.partial_scope.setPlaceholderText(self.tr("which module or points are recognised; the rest to complete"))
        self.points = dialogs.optional_spin(1000)
        self.max_points = dialogs.optional_spin(1000)
        self.original_grade = QLineEdit()
        self.original_grade.setPlaceholderText(self.tr("as on the credential: 85%, 18/20, A, passed"))
        self.original_scale = QLineEdit()
        self.convert_button = QPushButton(self.tr("Convert"))
        self.convert_button.setToolTip(self.tr("Convert the original grade with the policy profile's table"))
        self.grade_100 = dialogs.optional_spin(100, 1)
        self.grade_ects = QComboBox()
        self.grade_ects.setEditable(True)
        self.grade_ects.addItems(["", "A", "B", "C", "D", "E", "FX", "F"])
        self.grade_national = QLineEdit()
        self.conversion_method = QLineEdit()
        self._stored_as: dict[QLineEdit, tuple[str, str]] = {}  # a field's shown text and the value stored for it
        self.reasons = QPlainTextEdit()
        self.reasons.setFixedHeight(70)
        self.cap_label = _rich_label()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.proposal_button = QPushButton(self.tr("Start from the proposal"))
        self.save_button = QPushButton(self.tr("Save decision"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        grade_row = QHBoxLayout()
        grade_row.addWidget(self.original_grade, 2)
        grade_row.addWidget(self.original_scale, 1)
        grade_row.addWidget(self.convert_button)
        self.original_scale.setPlaceholderText(self.tr("scale"))
        scales = QHBoxLayout()
        scales.addWidget(self.grade_100)
        scales.addWidget(QLabel(self.tr("ECTS:")))
        scales.addWidget(self.grade_ects)
        scales.addStretch(1)
        points = QHBoxLayout()
        points.addWidget(self.points)
        points.addWidget(QLabel(self.tr("of")))
        points.addWidget(self.max_points)
        credits = QHBoxLayout()
        credits.addWidget(self.credits)
        credits.addWidget(self.remaining, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.proposal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow(self.tr("Credits recognised:"), credits)
        form.addRow(self.tr("Partial: recognised part:"), self.partial_scope)
        form.addRow(self.tr("Points:"), points)
        form.addRow(self.tr("Original grade:"), grade_row)
        form.addRow(self.tr("Grade, 100-point:"), scales)
        form.addRow(self.tr("Grade, national scale:"), self.grade_national)
        form.addRow(self.tr("Conversion method:"), self.conversion_method)
        form.addRow(self.tr("Reasons:"), self.reasons)
        form.addRow(self.tr("Cap:"), self.cap_label)
        form.addRow(self.state_label)
        form.addRow(buttons)
        self.save_button.clicked.connect(self.save_requested)
        self.proposal_button.clicked.connect(self.proposal_requested)
        self.convert_button.clicked.connect(self.convert_requested)
        self.revert_button.clicked.connect(lambda: self.show_line(self.line, force=True))
        for signal in (self.decision.currentIndexChanged, self.credits.valueChanged, self.partial_scope.textChanged,
                       self.points.valueChanged, self.max_points.valueChanged, self.original_grade.textChanged,
                       self.original_scale.textChanged, self.grade_100.valueChanged,
                       self.grade_ects.currentTextChanged, self.grade_national.textChanged,
                       self.conversion_method.textChanged, self.reasons.textChanged):
            signal.connect(self._changed)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self.setEnabled(False)

    def _changed(self, *_args: Any) -> None:
        if self._filling:
            return
        self.dirty = True
        self._update_remaining()
        self.values_changed.emit()

    def _decision_changed(self, _index: int) -> None:
        if self._filling or self.line is None:
            return
        choice = self.decision.currentData()
        if choice == "full":
            self.credits.setValue(self.line.component_ects)
        elif choice == "none":
            self.credits.setValue(0)
        self.partial_scope.setEnabled(choice == "partial")

    def _update_remaining(self) -> None:
        if self.line is None:
            self.remaining.setText("")
            return
        credits = dialogs.spin_value(self.credits) or 0.0
        self.remaining.setText(self.tr("of {0} ECTS; remaining {1}").format(
            format_number(self.line.component_ects), format_number(max(0.0, self.line.component_ects - credits))))

    def show_line(self, line: LineRow | None, force: bool = False, editable: bool = True) -> None:
        """Show the stored values of ``line``; unsaved values stay unless ``force`` or another line is shown."""
        same = line is not None and self.line is not None and line.component_code == self.line.component_code
        self.line = line
        self.setEnabled(line is not None and editable)
        if line is None:
            # Nothing of another case or line may stay in the (disabled) form.
            self.fill(DecisionInput(decision=None))
            self.dirty = False
            self.state_label.setText("")
            self.cap_label.setText("")
            return
        if self.dirty and same and not force:
            self._update_remaining()
            return
        self._filling = True
        try:
            self.decision.setCurrentIndex(max(0, self.decision.findData(line.decision)))
            dialogs.set_spin(self.credits, line.credits_recognised)
            self.partial_scope.setText(line.partial_scope)
            self.partial_scope.setEnabled(line.decision == "partial")
            dialogs.set_spin(self.points, line.points)
            dialogs.set_spin(self.max_points, line.max_points)
            self.original_grade.setText(line.original_grade)
            self._show_stored(line.original_scale, line.conversion_method)
            dialogs.set_spin(self.grade_100, line.grade_100)
            self.grade_ects.setCurrentText(line.grade_ects)
            self.grade_national.setText(line.grade_national)
            self.reasons.setPlainText(line.reasons)
        finally:
            self._filling = False
        self.dirty = False
        self._update_remaining()
        frozen = self.tr("Signed in a protocol: saving a change creates version {0} with a reason.").format(
            line.line_version + 1) if line.frozen else ""
        decided = self.tr("Decided by {0}, {1}.").format(line.decided_by, format_datetime(line.decided_at)) \
            if line.decided_by else ""
        self.state_label.setText(" ".join(x for x in (decided, frozen) if x))

    def fill(self, data: DecisionInput) -> None:
        """Put values into the editor (from the proposal or a grade conversion); they are not saved yet."""
        self._filling = True
        try:
            self.decision.setCurrentIndex(max(0, self.decision.findData(data.decision)))
            dialogs.set_spin(self.credits, data.credits_recognised)
            self.partial_scope.setText(data.partial_scope)
            self.partial_scope.setEnabled(data.decision == "partial")
            dialogs.set_spin(self.points, data.points)
            dialogs.set_spin(self.max_points, data.max_points)
            self.original_grade.setText(data.original_grade)
            self._show_stored(data.original_scale, data.conversion_method)
            dialogs.set_spin(self.grade_100, data.grade_100)
            self.grade_ects.setCurrentText(data.grade_ects)
            self.grade_national.setText(data.grade_national)
            self.reasons.setPlainText(data.reasons)
        finally:
            self._filling = False
        self.dirty = True
        self._update_remaining()
        self.values_changed.emit()

    def values(self) -> DecisionInput:
        return DecisionInput(
            decision=self.decision.currentData(), credits_recognised=dialogs.spin_value(self.credits),
            partial_scope=self.partial_scope.text(), points=dialogs.spin_value(self.points),
            max_points=dialogs.spin_value(self.max_points), grade_100=dialogs.spin_value(self.grade_100),
            grade_national=self.grade_national.text(), grade_ects=self.grade_ects.currentText(),
            original_grade=self.original_grade.text(), original_scale=self._stored(self.original_scale),
            conversion_method=self._stored(self.conversion_method), reasons=self.reasons.toPlainText(),
        )

    def _show_stored(self, scale: str, method: str) -> None:
        """The grade's scale and conversion method as the converter stores them, shown in the reader's language; an
        unchanged field is saved as it was stored (``_stored``), one the officer edited as typed."""
        self._stored_as = {}
        for edit, stored, shown in ((self.original_scale, scale, decisions.scale_shown(scale, qt_translate)),
                                    (self.conversion_method, method, decisions.method_shown(method, qt_translate))):
            edit.setText(shown)
            self._stored_as[edit] = (shown, stored)

    def _stored(self, edit: QLineEdit) -> str:
        shown, stored = self._stored_as.get(edit, (None, ""))
        return stored if edit.text() == shown else edit.text()

    def show_cap(self, check: CapCheck | None) -> None:
        if check is None:
            self.cap_label.setText("")
            return
        text = self.tr("{0} of {1} credits would be used ({2}% of {3}).").format(
            format_number(check.used_after), format_number(check.cap_credits), format_number(check.percent),
            self.tr("the academic year") if check.base == "academic_year" else self.tr("the programme"))
        if check.exceeded:
            warning = _html(self.tr("Passes the cap: saving needs an override with a reason."))
            text = f"<b style='color:{RED}'>{warning}</b> {_html(text)}"
        self.cap_label.setText(text)


class ComponentsTab(QWidget):
    """Requested components, the matching side by side, the officer's judgements, the proposal and the decision."""

    SPLITTER = "components"  # the settings' name of the division between the lines, the pairs and the proposal

    def __init__(self, controller: CaseWorkflow) -> None:
        super().__init__()
        self.controller = controller
        self.lines: list[LineRow] = []
        self._filling = False
        self.add_button = QPushButton(self.tr("Add components…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.match_button = QPushButton(self.tr("Run matching"))
        self.match_button.setToolTip(self.tr("Compare the evidence's outcomes with each requested component"))
        self.match_with_button = QPushButton(self.tr("Match with…"))
        self.match_with_button.setToolTip(self.tr("Match the selected component against the credentials you choose"))
        top = QHBoxLayout()
        for button in (self.add_button, self.withdraw_button, self.match_button, self.match_with_button):
            top.addWidget(button)
        top.addStretch(1)
        self.lines_table = read_only_table([self.tr("Code"), self.tr("Component"), self.tr("ECTS"), self.tr("Type"),
                                   self.tr("Coverage"), self.tr("Proposal"), self.tr("Decision"), self.tr("Version")],
                                  stretch=1)
        # Side by side: the component's outcome on the left, the best incoming outcome on the right, then how
        # well and why (score, layer, credential, shared terms), the officer's judgement and comment.
        self.pairs_table = read_only_table([self.tr("Component outcome"), self.tr("Best incoming outcome"),
                                   self.tr("Match"), self.tr("Judgement"), self.tr("Comment")])
        self.pairs_table.setWordWrap(True)
        header = self.pairs_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 170), (3, 110), (4, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        fit_titles(self.pairs_table)
        self.pairs_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.proposal_label = _rich_label()
        self.proposal_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.precedents_label = QLabel()
        self.precedents_label.setWordWrap(True)
        self.precedents_label.setTextFormat(Qt.TextFormat.RichText)
        self.precedents_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.editor = DecisionEditor()
        proposal_box = QGroupBox(self.tr("Proposal of the policy profile"))
        QVBoxLayout(proposal_box).addWidget(self.proposal_label)
        precedent_box = QGroupBox(self.tr("Precedents: the same credential decided before"))
        QVBoxLayout(precedent_box).addWidget(self.precedents_label)
        info = QHBoxLayout()
        info.addWidget(proposal_box, 3)
        info.addWidget(precedent_box, 2)
        bottom_content = QWidget()
        bottom_layout = QVBoxLayout(bottom_content)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(info)
        bottom_layout.addWidget(self.editor)
        bottom = QScrollArea()
        bottom.setWidgetResizable(True)
        bottom.setWidget(bottom_content)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.lines_table)
        splitter.addWidget(self.pairs_table)
        splitter.addWidget(bottom)
        splitter.setSizes([120, 260, 420])
        # The division the officer last chose is kept (many requested components want a taller list)
        settings = controller.ctx.settings
        state = settings.splitter_state(self.SPLITTER)
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(lambda *_: settings.set_splitter_state(self.SPLITTER, splitter.saveState()))
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.add_button.clicked.connect(controller.add_components)
        self.withdraw_button.clicked.connect(self._withdraw)
        self.match_button.clicked.connect(lambda: controller.run_matching())
        self.match_with_button.clicked.connect(lambda: controller.match_with(self.current_line()))
        self.lines_table.itemSelectionChanged.connect(self._line_selected)
        self.pairs_table.itemChanged.connect(self._comment_edited)
        self.editor.save_requested.connect(lambda: controller.save_decision(self.current_line()))
        self.editor.proposal_requested.connect(self._apply_proposal)
        self.editor.convert_requested.connect(self._convert)
        self._cap_timer = QTimer(self, singleShot=True, interval=250)
        self._cap_timer.timeout.connect(self._preview_cap)
        self.editor.values_changed.connect(self._cap_timer.start)

    # --- showing
    def show_bundle(self, bundle: CaseBundle) -> None:
        current = self.current_line()
        code = current.component_code if current else None
        self.lines = bundle.lines
        can = bundle.state.can
        self._filling = True
        try:
            table = self.lines_table
            table.setRowCount(len(self.lines))
            for row, line in enumerate(self.lines):
                coverage = format_percent(line.coverage_pct / 100) if line.coverage_pct is not None else ""
                proposal_color = {"recognise": GREEN, "reject": RED, "partial": ORANGE}.get(line.proposal)
                values = [
                    _item(line.component_code, data=line.id), _item(line.component_title),
                    _item(format_number(line.component_ects)), _item(component_type_label(line.component_type)),
                    _item(coverage), _item(proposal_label(line.proposal) if line.proposal else "",
                                           color=proposal_color),
                    _item(decision_label(line.decision) if line.decision else self.tr("—"),
                          color=GREY if not line.decision else None),
                    _item(self.tr("v{0}, signed").format(line.line_version) if line.frozen
                          else self.tr("v{0}").format(line.line_version),
                          tooltip=self.tr("Signed in a protocol: a change makes a new version") if line.frozen
                          else ""),
                ]
                for column, item in enumerate(values):
                    table.setItem(row, column, item)
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        finally:
            self._filling = False
        enable_by(self.add_button, can.edit_components)
        enable_by(self.withdraw_button, can.edit_components)
        enable_by(self.match_button, can.run_matching, also=bool(self.lines))
        enable_by(self.match_with_button, can.run_matching, also=bool(self.lines))
        target = next((r for r, line in enumerate(self.lines) if line.component_code == code),
                      0 if self.lines else None)
        self._filling = True
        try:
            if target is not None:
                self.lines_table.selectRow(target)
        finally:
            self._filling = False
        self._show_line(self.current_line())

    def current_line(self) -> LineRow | None:
        row = _selected_row(self.lines_table)
        return self.lines[row] if row is not None and row < len(self.lines) else None

    def select_component(self, code: str) -> None:
        for row, line in enumerate(self.lines):
            if line.component_code == code:
                self.lines_table.selectRow(row)

    def _line_selected(self) -> None:
        if not self._filling:
            self._show_line(self.current_line())

    def _show_line(self, line: LineRow | None) -> None:
        can = self.controller.can
        editable = can is not None and can.edit_decisions.allowed
        self._fill_pairs(line, editable)
        self.editor.show_line(line, editable=editable)
        self._show_proposal(line)
        self.precedents_label.setText("")
        if line is not None:
            self.controller.load_precedents(line.id, self._show_precedents)
            self._preview_cap()

    def _fill_pairs(self, line: LineRow | None, editable: bool) -> None:
        self._filling = True
        try:
            table = self.pairs_table
            mappings = line.mappings if line else []
            table.setRowCount(len(mappings))
            for row, m in enumerate(mappings):
                status_color = None
                if m.score is not None and line is not None:
                    # (held where a rule of the matching holds the pair: "at most partly", "not covered")
                    status = auto_status(m.score, line.outcome_threshold, m.explanation)
                    status_color = GREEN if status == "covered" else ORANGE if status == "partly" else RED
                table.setItem(row, 0, _item(m.component_outcome, tooltip=m.component_outcome, data=m.id))
                table.setItem(row, 1, _item(m.credential_outcome or self.tr("(nothing comparable)"),
                                            tooltip=m.credential_outcome, color=None if m.credential_outcome
                                            else GREY))
                score = "" if m.score is None else format_number(m.score, 2)
                explanation = explanation_shown(m.explanation, translate_message)
                match = "\n".join(x for x in (f"{score} · {layer_label(m.layer)}" if score else "",
                                               m.evidence_title, explanation) if x)
                table.setItem(row, 2, _item(match, tooltip=match, color=status_color))
                combo = QComboBox()
                for judgement in (None, "covered", "partly", "not"):
                    combo.addItem(judgement_label(judgement), judgement)
                combo.setCurrentIndex(max(0, combo.findData(m.judgement)))
                combo.setEnabled(editable)
                combo.currentIndexChanged.connect(
                    lambda _i, r=row, c=combo: self._judgement_chosen(r, c.currentData()))
                table.setCellWidget(row, 3, combo)
                comment = QTableWidgetItem(m.comment)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                comment.setFlags(flags)
                comment.setToolTip(self.tr("Double-click to write a comment on this pair"))
                table.setItem(row, 4, comment)
            table.resizeRowsToContents()
            combos = [table.cellWidget(row, 3) for row in range(table.rowCount())]
            if combos:
                table.horizontalHeader().resizeSection(3, max(110, *(c.sizeHint().width() for c in combos if c)))
        finally:
            self._filling = False

    def _show_proposal(self, line: LineRow | None) -> None:
        if line is None:
            self.proposal_label.setText(self.tr("Add the components the applicant asks to have recognised."))
            return
        if not line.proposal:
            self.proposal_label.setText(self.tr("Run the matching to see the proposal."))
            return
        texts = [translate_message(m) for m in reason_messages(line.proposal_reasons)]
        items = []
        for text, reason in zip(texts, line.proposal_reasons, strict=True):
            color = _severity_color(str(reason.get("severity", "info")))
            body = _html(text)
            items.append(f"<li><span style='color:{color}'>{body}</span></li>" if color else f"<li>{body}</li>")
        coverage = format_percent(line.coverage_pct / 100) if line.coverage_pct is not None else "—"
        title = _html(proposal_label(line.proposal))
        detail = _html(self.tr("coverage {0}").format(coverage))
        held = self.assessments_of(line)
        assessed = ("<p>" + _html(self.tr("Assessed by the commission: {0}").format("; ".join(held))) + "</p>"
                    if held else "")
        self.proposal_label.setText(f"<b>{title}</b> — {detail}<ul style='margin-left:-20px'>{''.join(items)}</ul>"
                                    + assessed)

    def assessments_of(self, line: LineRow) -> list[str]:
        """The interviews and tests the commission held on this component, with their results."""
        bundle = self.controller.bundle
        if bundle is None or bundle.case_id != line.case_id:
            return []
        return [assessment_summary(a) for a in bundle.assessments if line.component_code in a.components]

    def _show_precedents(self, line_id: int, found: list[Precedent]) -> None:
        line = self.current_line()
        if line is None or line.id != line_id:
            return
        if not found:
            self.precedents_label.setText(self.tr("None: this credential was not decided before for {0}.").format(
                _html(line.component_code)))
            return
        rows = []
        for p in found:
            grade = " ".join(x for x in (_num(p.grade_100), p.grade_ects) if x)
            e = _html
            when = format_date(p.decided_at) if p.decided_at else ""
            rows.append(f"<li><b>{e(p.reg_no)}</b> {e(when)}: {e(decision_label(p.decision))}, "
                        f"{e(_num(p.credits_recognised))} ECTS{e(', ' + grade if grade else '')}"
                        f"<br><small>{e(p.credential_title)} — {e(p.reasons[:200])}</small></li>")
        self.precedents_label.setText("<ul style='margin-left:-20px'>" + "".join(rows) + "</ul>")

    # --- editing
    def _judgement_chosen(self, row: int, judgement: str | None) -> None:
        if self._filling:
            return
        line = self.current_line()
        if line is None or row >= len(line.mappings):
            return
        mapping = line.mappings[row]
        comment_item = self.pairs_table.item(row, 4)
        comment = comment_item.text() if comment_item else mapping.comment
        self.controller.judge(line, mapping, judgement, comment)

    def _comment_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 4:
            return
        line = self.current_line()
        if line is None or item.row() >= len(line.mappings):
            return
        mapping = line.mappings[item.row()]
        if item.text().strip() != mapping.comment:
            self.controller.judge(line, mapping, mapping.judgement, item.text())

    def set_judgement(self, row: int, judgement: str | None) -> None:
        """Choose a judgement in the table, as a user would."""
        combo = self.pairs_table.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(judgement))

    def _withdraw(self) -> None:
        line = self.current_line()
        if line is not None:
            self.controller.withdraw_component(line)

    def _apply_proposal(self) -> None:
        line = self.current_line()
        if line is None:
            return
        suggestion = self.controller.perform(lambda: decisions.suggested_decision(
            self.controller.db, line.id, current_language()))
        if suggestion is None:
            self.controller.interaction.inform(self, self.tr("Proposal"), self.tr("Run the matching first."))
            return
        if self.editor.max_points.value() > 0 and suggestion.max_points is None:
            suggestion.max_points = dialogs.spin_value(self.editor.max_points)
        self.editor.fill(suggestion)

    def _convert(self) -> None:
        line = self.current_line()
        if line is None:
            return
        original = self.editor.original_grade.text().strip()
        if not original:
            self.controller.interaction.inform(self, self.tr("Grade"), self.tr("Enter the original grade first."))
            return
        result = self.controller.perform(lambda: decisions.convert_grade(
            self.controller.db, line.case_id, original, line.component_control,
            dialogs.spin_value(self.editor.max_points)))
        if result is None:
            return
        values = self.editor.values()
        values.grade_100, values.grade_ects, values.grade_national = (result.grade_100, result.grade_ects,
                                                                      result.grade_national)
        values.original_scale = values.original_scale or result.original_scale
        values.conversion_method = result.method
        if result.points is not None:
            values.points = result.points
        self.editor.fill(values)

    def _preview_cap(self) -> None:
        line = self.current_line()
        if line is None:
            self.editor.show_cap(None)
            return
        credits = dialogs.spin_value(self.editor.credits) or 0.0

        def show(check: CapCheck, line_id: int = line.id) -> None:
            try:
                shown = self.current_line()
            except RuntimeError:  # the window was closed before the preview came back
                return
            if shown is not None and shown.id == line_id:  # not a line selected before (or of another case)
                self.editor.show_cap(check)

        self.controller.preview_cap(line.id, credits, show)


# --- the decision tab (all lines of the case, cap, versions) ------------------------------------------------


class DecisionTab(QWidget):
    def __init__(self, controller: CaseWorkflow) -> None:
        super().__init__()
        self.controller = controller
        self.lines: list[LineRow] = []
        self.cap_label = _rich_label()
        self.table = read_only_table([self.tr("Code"), self.tr("Component"), self.tr("ECTS"), self.tr("Decision"),
                             self.tr("Credits"), self.tr("Remaining"), self.tr("Grade (100 / ECTS / national)"),
                             self.tr("Original grade"), self.tr("Reasons"), self.tr("Version"), self.tr("Protocol")])
        self.history = read_only_table([self.tr("Version"), self.tr("Current"), self.tr("Decision"), self.tr("Credits"),
                               self.tr("Grade"), self.tr("Reasons"), self.tr("Change reason"), self.tr("Decided")])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        box = QGroupBox(self.tr("Versions of the selected decision (signed versions stay readable)"))
        QVBoxLayout(box).addWidget(self.history)
        splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cap_label)
        layout.addWidget(splitter)
        self.table.itemSelectionChanged.connect(self._selected)

    def show_bundle(self, bundle: CaseBundle) -> None:
        self.lines = bundle.lines
        protocols_by_id = {p.id: p for p in bundle.protocols.protocols}
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            grade = " / ".join(x for x in (_num(line.grade_100), line.grade_ects, line.grade_national) if x)
            original = decisions.original_grade_text(line.original_grade, line.original_scale, qt_translate)
            protocol = protocols_by_id.get(line.protocol_id) if line.protocol_id else None
            values = [line.component_code, line.component_title, format_number(line.component_ects),
                      decision_label(line.decision), _num(line.credits_recognised), _num(line.credits_remaining),
                      grade, original, line.reasons.replace("\n", " "),
                      self.tr("v{0}").format(line.line_version),
                      protocol.number if protocol else ""]
            for column, value in enumerate(values):
                self.table.setItem(row, column, _item(value, tooltip=line.reasons if column == 8 else ""))
        self.table.resizeColumnsToContents()
        cap = bundle.cap
        total = sum(line.credits_recognised or 0.0 for line in self.lines)
        text = self.tr("This case recognises {0} ECTS. The student's recognised credits: {1} of {2} allowed "
                       "({3}% of {4}).").format(
            format_number(total), format_number(cap.used_after), format_number(cap.cap_credits),
            format_number(cap.percent),
            self.tr("the academic year") if cap.base == "academic_year" else self.tr("the programme"))
        color = RED if cap.used_after > cap.cap_credits + 1e-9 else None
        self.cap_label.setText(f"<span style='color:{color}'>{_html(text)}</span>" if color
                               else _html(text))
        self.history.setRowCount(0)

    def _selected(self) -> None:
        row = _selected_row(self.table)
        if row is None or row >= len(self.lines):
            return
        self.controller.load_history(self.lines[row].id, self.show_history)

    def show_history(self, versions: list[LineRow]) -> None:
        row = _selected_row(self.table)
        shown = {self.lines[row].id} if row is not None and row < len(self.lines) else set()
        if not shown.intersection(v.id for v in versions):
            return  # the versions of a line that is no longer selected (or of the case shown before)
        self.history.setRowCount(len(versions))
        for row, v in enumerate(versions):
            grade = " / ".join(x for x in (_num(v.grade_100), v.grade_ects, v.grade_national) if x)
            values = [self.tr("v{0}").format(v.line_version),
                      self.tr("yes") if v.is_current else self.tr("no (superseded)"),
                      decision_label(v.decision), _num(v.credits_recognised), grade, v.reasons, v.change_reason,
                      f"{v.decided_by} {format_datetime(v.decided_at)}".strip()]
            for column, value in enumerate(values):
                self.history.setItem(row, column, _item(value, color=None if v.is_current else GREY))
        self.history.resizeColumnsToContents()


# --- the commission & protocol tab --------------------------------------------------------------------------


class CommissionTab(QWidget):
    def __init__(self, controller: CaseWorkflow) -> None:
        super().__init__()
        self.controller = controller
        self.view: CaseProtocols | None = None
        self.commissions: list[CommissionRow] = []
        self._filling = False
        # Commission
        self.commission_box = QComboBox()
        self.order_label = QLabel()
        self.new_commission_button = QPushButton(self.tr("New commission…"))
        self.edit_commission_button = QPushButton(self.tr("Edit commission…"))
        self.members = read_only_table([self.tr("Role"), self.tr("Full name"), self.tr("Position"),
                               self.tr("Conflict of interest"), self.tr("Declared")])
        self.add_member_button = QPushButton(self.tr("Add member…"))
        self.edit_member_button = QPushButton(self.tr("Edit member…"))
        self.remove_member_button = QPushButton(self.tr("Remove member"))
        commission_group = QGroupBox(self.tr("Commission"))
        cg = QVBoxLayout(commission_group)
        row = QHBoxLayout()
        row.addWidget(self.commission_box, 1)
        row.addWidget(self.edit_commission_button)
        row.addWidget(self.new_commission_button)
        cg.addLayout(row)
        cg.addWidget(self.order_label)
        cg.addWidget(self.members)
        member_buttons = QHBoxLayout()
        for button in (self.add_member_button, self.edit_member_button, self.remove_member_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        cg.addLayout(member_buttons)
        # Protocols
        self.protocols = read_only_table([self.tr("Number"), self.tr("Version"), self.tr("Meeting"), self.tr("Status"),
                                 self.tr("For / against / abstained"), self.tr("Signed"), self.tr("Change reason")])
        self.generate_button = QPushButton(self.tr("Draw up protocol…"))
        self.sign_button = QPushButton(self.tr("Sign protocol"))
        self.discard_button = QPushButton(self.tr("Discard draft"))
        self.protocol_text = QTextBrowser()
        protocol_group = QGroupBox(self.tr("Protocol"))
        pg = QVBoxLayout(protocol_group)
        pg.addWidget(self.protocols)
        pb = QHBoxLayout()
        for button in (self.generate_button, self.sign_button, self.discard_button):
            pb.addWidget(button)
        pb.addStretch(1)
        pg.addLayout(pb)
        pg.addWidget(self.protocol_text)
        # Order and appeals
        self.orders = read_only_table([self.tr("Order no."), self.tr("Date"), self.tr("Signed by"), self.tr("Text")])
        self.order_button = QPushButton(self.tr("Issue order…"))
        self.appeals = read_only_table([self.tr("Filed"), self.tr("Deadline"), self.tr("In time"), self.tr("Grounds"),
                               self.tr("Panel"), self.tr("Outcome"), self.tr("Decided")])
        self.appeal_label = QLabel()
        self.appeal_label.setWordWrap(True)
        self.notify_button = QPushButton(self.tr("Record notification…"))
        self.notify_button.setToolTip(self.tr("The day the applicant was told of the decision: the appeal window "
                                              "may run from it, as the policy profile says."))
        self.file_appeal_button = QPushButton(self.tr("File appeal…"))
        self.resolve_appeal_button = QPushButton(self.tr("Record appeal outcome…"))
        after_group = QGroupBox(self.tr("Order and appeals"))
        ag = QVBoxLayout(after_group)
        ag.addWidget(self.orders)
        ob = QHBoxLayout()
        ob.addWidget(self.order_button)
        ob.addStretch(1)
        ag.addLayout(ob)
        ag.addWidget(self.appeal_label)
        ag.addWidget(self.appeals)
        ab = QHBoxLayout()
        ab.addWidget(self.notify_button)
        ab.addWidget(self.file_appeal_button)
        ab.addWidget(self.resolve_appeal_button)
        ab.addStretch(1)
        ag.addLayout(ab)
        content = QWidget()
        layout = QVBoxLayout(content)
        for group in (commission_group, protocol_group, after_group):
            layout.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.members.setMinimumHeight(165)
        self.protocols.setMinimumHeight(90)
        self.protocol_text.setMinimumHeight(260)
        self.orders.setMinimumHeight(70)
        self.appeals.setMinimumHeight(70)
        self.commission_box.currentIndexChanged.connect(self._commission_chosen)
        self.new_commission_button.clicked.connect(controller.new_commission)
        self.edit_commission_button.clicked.connect(controller.edit_commission)
        self.add_member_button.clicked.connect(controller.add_member)
        self.edit_member_button.clicked.connect(lambda: self._member_action(controller.edit_member))
        self.remove_member_button.clicked.connect(lambda: self._member_action(controller.remove_member))
        self.generate_button.clicked.connect(controller.draw_up_protocol)
        self.sign_button.clicked.connect(controller.sign_protocol)
        self.discard_button.clicked.connect(controller.discard_draft)
        self.order_button.clicked.connect(controller.issue_order)
        self.notify_button.clicked.connect(controller.record_notification)
        self.file_appeal_button.clicked.connect(controller.file_appeal)
        self.resolve_appeal_button.clicked.connect(controller.resolve_appeal)
        self.protocols.itemSelectionChanged.connect(self._protocol_selected)

    def show_bundle(self, bundle: CaseBundle) -> None:
        view = bundle.protocols
        self.view = view
        self.commissions = bundle.commissions
        can = bundle.state.can
        self._filling = True
        try:
            self.commission_box.clear()
            self.commission_box.addItem(self.tr("(no commission)"), None)
            for c in self.commissions:
                self.commission_box.addItem(c.name, c.id)
            current = view.commission.id if view.commission else None
            self.commission_box.setCurrentIndex(max(0, self.commission_box.findData(current)))
        finally:
            self._filling = False
        enable_by(self.commission_box, can.change_commission)
        commission = view.commission
        self.order_label.setText(self.tr("Created by order No. {0} of {1}").format(
            commission.founding_order_no, format_date(commission.founding_order_date)) if commission else "")
        members = commission.members if commission else ()
        self.members.setRowCount(len(members))
        for row, m in enumerate(members):
            values = [dialogs.role_label(m.role), m.full_name, m.job_title,
                      (self.tr("Yes: {0}").format(m.conflict_note) if m.conflict_of_interest else self.tr("No")),
                      format_date(m.coi_declared_on)]
            for column, value in enumerate(values):
                self.members.setItem(row, column, _item(value, color=RED if column == 3 and m.conflict_of_interest
                                                        else None))
        self.members.resizeColumnsToContents()
        for button in (self.add_member_button, self.edit_member_button, self.remove_member_button,
                       self.edit_commission_button):
            button.setEnabled(commission is not None)
        self.protocols.setRowCount(len(view.protocols))
        for row, p in enumerate(view.protocols):
            values = [p.number, self.tr("v{0}").format(p.version), format_date(p.meeting_date),
                      self.tr("signed") if p.status == "signed" else self.tr("draft"),
                      f"{p.votes_for} / {p.votes_against} / {p.votes_abstained}",
                      f"{p.signed_by} {format_datetime(p.signed_at)}".strip(), p.change_reason]
            for column, value in enumerate(values):
                self.protocols.setItem(row, column, _item(value, data=p.id if column == 0 else None,
                                                          color=GREEN if p.status == "signed" and column == 3
                                                          else None))
        self.protocols.resizeColumnsToContents()
        enable_by(self.generate_button, can.draw_up_protocol)
        enable_by(self.sign_button, can.sign_protocol)
        self.discard_button.setEnabled(view.draft is not None)
        if view.protocols:
            # Selecting row 0 sends no signal when row 0 was already selected (on the case shown before): the
            # preview is filled here, from this case's protocol.
            self.protocols.selectRow(0)
            self.protocol_text.setHtml(protocol_html(view.protocols[0]))
        else:
            self.protocol_text.setHtml(_html(no_protocol_hint(can.draw_up_protocol)))
        self.orders.setRowCount(len(view.orders))
        for row, o in enumerate(view.orders):
            signed_by = ", ".join(x for x in (o.issued_by, o.signatory) if x)
            for column, value in enumerate((o.number, format_date(o.order_date), signed_by, o.text)):
                self.orders.setItem(row, column, _item(value, tooltip=o.text if column == 3 else ""))
        for column in range(3):  # number, date, who issued it: read whole; the order's text is in the tooltip
            self.orders.resizeColumnToContents(column)
        enable_by(self.order_button, can.issue_order)
        self.appeals.setRowCount(len(view.appeals))
        for row, a in enumerate(view.appeals):
            values = [format_date(a.filed_on), format_date(a.deadline), self.tr("yes") if a.within_deadline
                      else self.tr("late"), a.grounds, a.panel.replace("\n", "; "),
                      dialogs.appeal_outcome_label(a.outcome), format_date(a.decided_on)]
            for column, value in enumerate(values):
                self.appeals.setItem(row, column, _item(value, color=RED if column == 2 and not a.within_deadline
                                                        else None, tooltip=value if column in (3, 4) else ""))
        for column in (0, 1, 2, 5, 6):  # dates and verdicts read whole; grounds and panel in their tooltips
            self.appeals.resizeColumnToContents(column)
        self.appeal_label.setText(self.appeal_text(view))
        enable_by(self.notify_button, can.record_notification)
        enable_by(self.file_appeal_button, can.file_appeal)
        enable_by(self.resolve_appeal_button, can.resolve_appeal)

    def appeal_text(self, view: CaseProtocols) -> str:
        """The applicant's notifications of the decision and the appeal window, in a few lines."""
        lines = []
        for n in view.notifications:
            text = self.tr("Applicant notified on {0} ({1}).").format(format_date(n.notified_on),
                                                                      dialogs.notification_method_label(n.method))
            if n.note:
                text += " " + n.note
            if not n.in_force:
                text = self.tr("Earlier: {0}").format(text)
            lines.append(_html(text))
        if view.appeal_deadline:
            lines.append("<b>" + _html(self.tr("Appeals accepted until {0}.").format(
                format_date(view.appeal_deadline))) + "</b>")
        elif view.appeal_window_waiting:
            lines.append(f"<span style='color:{RED}'>{_html(translate_message(view.appeal_window_waiting))}</span>")
        return "<br/>".join(lines)

    def _commission_chosen(self, _index: int) -> None:
        if self._filling or self.view is None:
            return
        chosen = self.commission_box.currentData()
        current = self.view.commission.id if self.view.commission else None
        if chosen != current:
            self.controller.assign_commission(chosen)

    def selected_member(self) -> MemberRow | None:
        commission = self.view.commission if self.view else None
        row = _selected_row(self.members)
        return commission.members[row] if commission and row is not None and row < len(commission.members) \
            else None

    def _member_action(self, action: Callable[[MemberRow], None]) -> None:
        member = self.selected_member()
        if member is not None:
            action(member)

    def selected_protocol(self) -> ProtocolRow | None:
        row = _selected_row(self.protocols)
        if self.view is None or row is None or row >= len(self.view.protocols):
            return None
        return self.view.protocols[row]

    def _protocol_selected(self) -> None:
        protocol = self.selected_protocol()
        if protocol is not None:
            self.protocol_text.setHtml(protocol_html(protocol))


def no_protocol_hint(permission: Permission | None) -> str:
    """What to do about a missing protocol: draw it up now, or what stands in the way (the service's reason),
    rather than a general rule that may not fit the case."""
    if permission is not None and permission.allowed:
        return QCoreApplication.translate("CommissionTab", "No protocol yet: draw it up with “Draw up protocol…”.")
    if permission is not None and permission.reason:
        return QCoreApplication.translate("CommissionTab", "No protocol yet: {0}").format(
            translate_message(permission.reason))
    return QCoreApplication.translate("CommissionTab", "No protocol yet: it is drawn up once the case is decided.")


def protocol_html(p: ProtocolRow) -> str:
    """The protocol as it was drawn up (or signed), from its snapshot."""
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("ProtocolText", text)

    s = p.snapshot
    case = s.get("case", {})
    commission = s.get("commission", {})
    e = _html
    parts = [f"<h3>{e(t('Protocol'))} № {e(p.number)}"
             + (f" ({e(t('version'))} {p.version})" if p.version > 1 else "") + "</h3>"]
    parts.append(f"<p>{e(t('Meeting of'))} {e(format_date(p.meeting_date))}. {e(commission.get('name', ''))}, "
                 f"{e(t('created by order'))} № {e(str(commission.get('founding_order_no') or ''))}.</p>")
    if p.status != "signed":
        parts.append(f"<p style='color:{ORANGE}'><b>{e(t('Draft: not signed yet.'))}</b></p>")
    if s.get("supersedes"):
        parts.append(f"<p>{e(t('Replaces protocol'))} № {e(str(s['supersedes'].get('number')))}: "
                     f"{e(p.change_reason)}</p>")
    parts.append(f"<p><b>{e(t('Applicant'))}:</b> {e(case.get('applicant', ''))} ({e(case.get('student_id', ''))}),"
                 f" {e(case.get('programme', ''))}; {e(t('case'))} {e(case.get('reg_no', ''))}.</p>")
    present = [m for m in s.get("members", []) if m.get("present")]
    parts.append(f"<p><b>{e(t('Present'))}:</b> " + "; ".join(
        e(m["name"]) + (f" — {e(t('does not vote (conflict of interest)'))}" if m.get("conflict") else "")
        for m in present) + "</p>")
    rows = []
    for line in s.get("lines", []):
        parts_of_grade = (line.get("grade_100"), line.get("grade_ects"), line.get("grade_national"))
        grade = " / ".join(_num(x) if isinstance(x, int | float) else str(x)  # 87, 87,5: the language's numbers
                           for x in parts_of_grade if x not in (None, ""))
        rows.append("<tr>" + "".join(f"<td>{e(str(v))}</td>" for v in (
            f"{line['component_code']} {line['component_title']}", decision_label(line.get("decision")),
            _num(line.get("credits_recognised")), grade, line.get("reasons", ""))) + "</tr>")
    parts.append("<table border='1' cellspacing='0' cellpadding='3'><tr>" + "".join(
        f"<th>{e(h)}</th>" for h in (t("Component"), t("Decision"), t("ECTS"), t("Grade"), t("Reasons")))
        + "</tr>" + "".join(rows) + "</table>")
    parts.append(f"<p>{e(t('Total recognised'))}: {e(_num(s.get('total_credits')))} {e(t('ECTS'))}.</p>")
    parts.append(f"<p>{e(t('Votes'))}: {e(t('for'))} {p.votes_for}, {e(t('against'))} {p.votes_against}, "
                 f"{e(t('abstained'))} {p.votes_abstained}.</p>")
    parts.append("<p>" + "<br>".join(f"{e(dialogs.role_label(x.get('role', '')))}: {e(x.get('name', ''))} ______"
                                     for x in p.signatories) + "</p>")
    if p.status == "signed":
        parts.append(f"<p style='color:{GREEN}'>{e(t('Signed'))} {e(format_datetime(p.signed_at))} "
                     f"({e(p.signed_by)}).</p>")
    return "".join(parts)


# --- the assessments tab ------------------------------------------------------------------------------------


def assessment_summary(a: AssessmentRow) -> str:
    """"Interview, 17 / 20 (02.12.2026)": what a decision line shows of an assessment held on its component."""
    text = dialogs.assessment_form_label(a.form)
    if a.score is not None:
        text += ", " + format_number(a.score) + (f" / {format_number(a.max_score)}" if a.max_score else "")
    if a.held_on:
        text += f" ({format_date(a.held_on)})"
    return text


class AssessmentsTab(QWidget):
    def __init__(self, controller: CaseWorkflow) -> None:
        super().__init__()
        self.controller = controller
        self.rows: list[AssessmentRow] = []
        self.table = read_only_table([self.tr("Form"), self.tr("Components"), self.tr("Held on"), self.tr("Assessors"),
                             self.tr("Score"), self.tr("Note")])
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.hint = QLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(controller.add_assessment)
        self.edit_button.clicked.connect(lambda: self._with_selected(controller.edit_assessment))
        self.remove_button.clicked.connect(lambda: self._with_selected(controller.remove_assessment))
        self.table.doubleClicked.connect(lambda _index: self._with_selected(controller.edit_assessment))

    def show_bundle(self, bundle: CaseBundle) -> None:
        self.rows = bundle.assessments
        self.table.setRowCount(len(self.rows))
        for row, a in enumerate(self.rows):
            score = ""
            if a.score is not None:
                score = format_number(a.score) + (f" / {format_number(a.max_score)}" if a.max_score else "")
            components = ", ".join(a.components) or self.tr("all")
            for column, value in enumerate((dialogs.assessment_form_label(a.form), components,
                                            format_date(a.held_on), a.assessors, score, a.note)):
                self.table.setItem(row, column, _item(value))
        self.table.resizeColumnsToContents()
        permission = bundle.state.can.edit_assessments
        editable = permission.allowed
        for button in (self.add_button, self.edit_button, self.remove_button):
            enable_by(button, permission)
        self.hint.setText("" if editable else self.tr("Assessments are recorded from the document check until the "
                                                      "decision (and during an appeal)."))

    def _with_selected(self, action: Callable[[AssessmentRow], None]) -> None:
        row = _selected_row(self.table)
        if row is not None and row < len(self.rows):
            action(self.rows[row])


# --- the controller -----------------------------------------------------------------------------------------


class CaseWorkflow(QObject):
    """Owns the procedure tabs, the workflow bar, the Case menu entries and the undo stack of one main window."""

    bundle_applied = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.interaction = Interaction()
        self.undo_stack = QUndoStack(self)
        self.bundle: CaseBundle | None = None
        self.case_id: int | None = None
        self._generation = 0
        self._pending = 0
        self.versions: dict[int, int] = {}  # line id → row version after our own last write
        self.forward: dict[int, int] = {}  # superseded line id → the id of its newer version
        self.components_tab = ComponentsTab(self)
        self.decision_tab = DecisionTab(self)
        self.commission_tab = CommissionTab(self)
        self.assessments_tab = AssessmentsTab(self)
        view = window.case_view
        view.add_case_tab(self.components_tab, self.tr("Components and matching"))
        view.add_case_tab(self.decision_tab, self.tr("Decision"))
        view.add_case_tab(self.commission_tab, self.tr("Commission and protocol"))
        view.add_case_tab(self.assessments_tab, self.tr("Assessments"))
        self._build_bar()
        self._build_menu()
        view.case_changed.connect(self.on_case_changed)

    # --- basics
    @property
    def db(self) -> Any:
        return self.ctx.db

    @property
    def actor(self) -> str:
        return self.ctx.actor

    @property
    def can(self) -> CaseCapabilities | None:
        """What the services allow for the shown case now (None while no case is shown)."""
        return self.bundle.state.can if self.bundle else None

    @property
    def idle(self) -> bool:
        """No load of the case is under way (tests wait for this)."""
        return self._pending == 0

    def perform(self, fn: Callable[[], T]) -> T | None:
        """Run a short service call; a refusal or a conflict is shown to the user and gives None."""
        try:
            return fn()
        except ConflictError as exc:
            self.on_conflict(error_text(exc))
        except UserError as exc:
            self.interaction.warn(self.window, self.tr("Recognition Desk"), error_text(exc))
        return None

    def attempt(self, fn: Callable[[], Any]) -> bool:
        """Like ``perform`` for calls that return nothing: True when the call went through."""
        return self.perform(lambda: (fn(), True)[1]) is not None

    def forget_versions(self) -> None:
        """Forget the row versions of our own writes (after a move, a matching run or a conflict)."""
        self.versions.clear()
        self.forward.clear()

    def on_conflict(self, message: str) -> None:
        self.interaction.warn(self.window, self.tr("Changed by someone else"), message + "\n\n" + self.tr(
            "The case is reloaded with their changes. Values you typed in the decision editor are kept: "
            "check them and save again."))
        # Later: this may run inside an undo or redo of the stack that is cleared.
        QTimer.singleShot(0, self.undo_stack.clear)
        self.forget_versions()
        self.reload()

    # --- loading
    def on_case_changed(self, case_id: int) -> None:
        if case_id != self.case_id:
            self.undo_stack.clear()
            self.forget_versions()
            self.components_tab.editor.dirty = False
            self._warm_up_matching(case_id)
        self.case_id = case_id
        self.reload()

    def _warm_up_matching(self, case_id: int) -> None:
        """Embed the case's outcomes in the background, so the first "Run matching" does not wait for it."""
        db = self.db
        self.ctx.runner.start(lambda _task: decisions.warm_up_matching(db, case_id),
                              title=self.tr("Preparing matching"), on_failure=lambda _message: None)

    def reload(self) -> None:
        if self.case_id is None:
            return
        self._generation += 1
        generation, case_id, db = self._generation, self.case_id, self.db
        self._pending += 1

        def done(result: Any = None) -> None:
            self._pending -= 1
            if isinstance(result, CaseBundle) and generation == self._generation:
                self._apply(result)

        def failed(message: str) -> None:
            self._pending -= 1
            if generation == self._generation:
                self.interaction.warn(self.window, self.tr("Recognition Desk"), message)

        self.ctx.runner.start(lambda _task: load_bundle(db, case_id), title=self.tr("Loading the procedure"),
                              on_success=done, on_failure=failed)

    def _apply(self, bundle: CaseBundle) -> None:
        if self.bundle is not None and self.bundle.case_id == bundle.case_id \
                and self.bundle.state.status != bundle.state.status:
            self.undo_stack.clear()  # undo covers the edits since the last move of the case
            self.forget_versions()
        self.bundle = bundle
        for line in bundle.lines:
            self.versions.setdefault(line.id, line.row_version)
        self.components_tab.show_bundle(bundle)
        self.decision_tab.show_bundle(bundle)
        self.commission_tab.show_bundle(bundle)
        self.assessments_tab.show_bundle(bundle)
        self._show_state(bundle.state)
        self.bundle_applied.emit(bundle)

    def load_precedents(self, line_id: int, callback: Callable[[int, list[Precedent]], None]) -> None:
        db = self.db
        self.ctx.runner.start(lambda _task: decisions.find_precedents(db, line_id), title=self.tr("Precedents"),
                              on_success=lambda found: callback(line_id, found))

    def load_history(self, line_id: int, callback: Callable[[list[LineRow]], None]) -> None:
        db = self.db
        self.ctx.runner.start(lambda _task: decisions.line_history(db, line_id), title=self.tr("Versions"),
                              on_success=callback)

    def preview_cap(self, line_id: int, credits: float, callback: Callable[[CapCheck], None]) -> None:
        db = self.db
        self.ctx.runner.start(lambda _task: decisions.preview_cap(db, line_id, credits), title=self.tr("Cap"),
                              on_success=callback)

    # --- workflow bar and menu
    def _build_bar(self) -> None:
        self.bar = QToolBar(self.tr("Workflow"))
        self.bar.setObjectName("workflow_toolbar")
        self.status_label = _rich_label(wrap=False)
        self.status_label.setContentsMargins(6, 0, 6, 0)
        self.deadline_label = _rich_label(wrap=False)
        self.deadline_label.setContentsMargins(6, 0, 12, 0)
        self.bar.addWidget(self.status_label)
        self.bar.addWidget(self.deadline_label)
        self.bar.addSeparator()
        self.reason_label = QLabel()  # plain text: a reason is shown as it is, never as (escaped) HTML
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setStyleSheet(f"color: {GREY}")
        self._move_actions: list[QAction] = []
        self._bar_tail = self.bar.addWidget(self.reason_label)
        self.window.addToolBarBreak()
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.setVisible(False)

    def _build_menu(self) -> None:
        menu = self.window.menu_case
        menu.addSeparator()
        self.move_menu = QMenu(self.tr("&Move case to"), menu)
        self.move_menu.setToolTipsVisible(True)
        menu.addMenu(self.move_menu)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        self.add_components_action = QAction(self.tr("Add requested &components…"), self)
        self.add_components_action.triggered.connect(self.add_components)
        self.match_action = QAction(self.tr("Run &matching"), self)
        self.match_action.setShortcut(QKeySequence("Ctrl+M"))
        self.match_action.triggered.connect(lambda: self.run_matching())
        menu.addAction(self.add_components_action)
        menu.addAction(self.match_action)

    def option_label(self, option: TransitionOption) -> str:
        """The move's name as the procedure's transition table gives it, in the interface language."""
        return translate_message(option.label)

    def options(self) -> list[TransitionOption]:
        """The moves of the current status; the two outcomes of an appeal are one action."""
        if self.bundle is None:
            return []
        seen: set[str] = set()
        result = []
        for option in self.bundle.state.options:
            if option.act == workflow.ACT_RESOLVE_APPEAL:
                if option.act in seen:
                    continue
                seen.add(option.act)
            result.append(option)
        return result

    def _show_state(self, state: WorkflowState) -> None:
        self.bar.setVisible(True)
        overdue = state.overdue
        self.status_label.setText(f"<b>{_html(state.reg_no)}</b> {_html(status_label(state.status))}")
        self.status_label.setStyleSheet(f"background: {'#fde0e0' if overdue else '#e8eef8'}; border-radius: 3px;"
                                        " padding: 2px 6px;")
        parts = []
        for d in state.deadlines:
            text = f"{self.deadline_label_text(d.name, d.label)}: {format_date(d.due)}"
            if d.overdue:
                text += " — " + self.tr("overdue by %n day(s)", "", -d.days_left)
                parts.append(f"<b style='color:{RED}'>{_html(text)}</b>")
            else:
                parts.append(_html(text))
        self.deadline_label.setText(" · ".join(parts))
        for action in self._move_actions:
            self.bar.removeAction(action)
        self._move_actions = []
        self.move_menu.clear()
        reasons: list[str] = []
        for option in self.options():
            label = self.option_label(option)
            button = QAction(label, self.bar)
            button.setEnabled(option.allowed)
            reason = translate_message(option.reason)
            button.setToolTip(reason if not option.allowed else label)
            button.setData(option.to_status)
            button.triggered.connect(lambda _checked=False, o=option: self.move(o))
            self.bar.insertAction(self._bar_tail, button)
            self._move_actions.append(button)
            item = QAction(label if option.allowed else f"{label} — {reason}", self.move_menu)
            item.setEnabled(option.allowed)
            item.setToolTip(reason)
            item.triggered.connect(lambda _checked=False, o=option: self.move(o))
            self.move_menu.addAction(item)
            if not option.allowed and not reasons:
                reasons.append(f"{label}: {reason}")
        if not self._move_actions:
            self.move_menu.addAction(self.tr("(no further moves)")).setEnabled(False)
        self.reason_label.setText(reasons[0] if reasons else "")
        enable_by(self.add_components_action, state.can.edit_components)
        enable_by(self.match_action, state.can.run_matching)

    def deadline_label_text(self, name: str, default: str) -> str:
        return {"decision": self.tr("Decision due"), "order": self.tr("Order due"),
                "appeal_window": self.tr("Appeals accepted until"),
                "appeal_decision": self.tr("Appeal decision due")}.get(name, default)

    def action_for(self, to_status: str) -> QAction | None:
        """The workflow bar's button for a move (tests press it)."""
        return next((a for a in self._move_actions if a.data() == to_status), None)

    # --- moves
    def move(self, option: TransitionOption) -> None:
        if not option.allowed:
            self.interaction.warn(self.window, self.tr("Not possible now"), translate_message(option.reason))
            return
        act = option.act
        if act == workflow.ACT_SIGN_PROTOCOL:
            self.sign_protocol()
        elif act == workflow.ACT_ISSUE_ORDER:
            self.issue_order()
        elif act == workflow.ACT_FILE_APPEAL:
            self.file_appeal()
        elif act == workflow.ACT_RESOLVE_APPEAL:
            self.resolve_appeal()
        else:
            self.transition(option)

    def transition(self, option: TransitionOption) -> None:
        if self.bundle is None:
            return
        comment = ""
        if option.needs_comment:
            answer = self.interaction.ask_text(self.window, self.option_label(option),
                                               self.tr("Why? (recorded in the case history)"))
            if answer is None:
                return
            comment = answer
        version = self.bundle.state.row_version
        case_id = self.bundle.case_id
        if self.perform(lambda: workflow.transition(self.db, self.actor, case_id, option.to_status, version,
                                                    comment)) is not None:
            self.after_status_change()

    def after_status_change(self) -> None:
        self.undo_stack.clear()
        self.forget_versions()
        if self.case_id is not None:
            self.window.refresh_cases(select_case=self.case_id)
            self.window.open_case(self.case_id)

    # --- components and matching
    def add_components(self) -> None:
        if self.bundle is None:
            return
        case_id = self.bundle.case_id
        choices = self.perform(lambda: decisions.requestable_components(self.db, case_id))
        if not choices:
            self.interaction.inform(self.window, self.tr("Components"), self.tr(
                "The case has no programme, or every component is already requested."))
            return
        dialog = dialogs.ComponentsDialog(choices, self.window)
        if not self.interaction.run(dialog):
            return
        ids = dialog.selected_ids()
        if not ids:
            return
        added = self.perform(lambda: decisions.request_components(self.db, self.actor, case_id, ids))
        if added:
            state = {"ids": list(added)}

            def undo() -> bool:
                for line_id in state["ids"]:
                    line = decisions.get_line(self.db, line_id)
                    decisions.withdraw_component(self.db, self.actor, line_id, line.row_version)
                return True

            def redo() -> bool:
                state["ids"] = decisions.request_components(self.db, self.actor, case_id, ids)
                return True

            self.undo_stack.push(ServiceCommand(self, self.tr("Add components"), redo, undo))
            self.reload()

    def withdraw_component(self, line: LineRow) -> None:
        component_id = line.component_id
        case_id = line.case_id
        state = {"id": line.id}
        if not self.attempt(lambda: decisions.withdraw_component(self.db, self.actor, line.id,
                                                                 self.version_of(line.id))):
            self.reload()
            return

        def undo() -> bool:
            ids = decisions.request_components(self.db, self.actor, case_id, [component_id] if component_id else [])
            state["id"] = ids[0] if ids else 0
            return True

        def redo() -> bool:
            current = decisions.get_line(self.db, state["id"])
            decisions.withdraw_component(self.db, self.actor, current.id, current.row_version)
            return True

        self.undo_stack.push(ServiceCommand(self, self.tr("Withdraw {0}").format(line.component_code), redo, undo))
        self.reload()

    def match_with(self, line: LineRow | None) -> None:
        """Match one component against the credentials the officer ticks."""
        if line is None or self.bundle is None:
            return
        items = self.perform(lambda: decisions.case_evidence(self.db, line.case_id))
        if not items:
            return
        dialog = dialogs.EvidenceChoiceDialog(line.component_code, items, line.evidence_ids, self.window)
        if not self.interaction.run(dialog):
            return
        chosen = dialog.chosen_ids()
        if not chosen:
            self.interaction.warn(self.window, self.tr("Matching"), self.tr("Tick at least one credential."))
            return
        self.run_matching([line.id], chosen)

    def run_matching(self, line_ids: list[int] | None = None, evidence_ids: list[int] | None = None) -> None:
        if self.bundle is None:
            return
        case_id, db, actor = self.bundle.case_id, self.db, self.actor
        self._pending += 1

        def done(summary: decisions.MatchingSummary) -> None:
            self._pending -= 1
            self.undo_stack.clear()  # matching replaced the pairs the earlier edits referred to
            self.forget_versions()
            self.window.statusBar().showMessage(self.tr("Matching done: {0}, {1}.").format(
                self.tr("%n component(s)", "", summary.lines), self.tr("%n pair(s)", "", summary.pairs)), 6000)
            if summary.skipped:
                self.interaction.inform(self.window, self.tr("Matching"), "\n".join(summary.skipped))
            self.reload()

        def failed(message: str) -> None:
            self._pending -= 1
            self.interaction.warn(self.window, self.tr("Matching"), message)
            self.reload()

        self.ctx.runner.start(lambda task: decisions.run_matching(db, actor, case_id, line_ids, progress=task,
                                                                  evidence_ids=evidence_ids),
                              title=self.tr("Matching the evidence"), on_success=done, on_failure=failed)

    def version_of(self, line_id: int) -> int | None:
        line_id = self.current_id(line_id)
        if line_id in self.versions:
            return self.versions[line_id]
        line = next((x for x in self.bundle.lines if x.id == line_id), None) if self.bundle else None
        return line.row_version if line else None

    def current_id(self, line_id: int) -> int:
        while line_id in self.forward:
            line_id = self.forward[line_id]
        return line_id

    def _note(self, old_id: int, result: decisions.EditResult) -> None:
        if result.line_id != old_id:
            self.forward[old_id] = result.line_id
        self.versions[result.line_id] = result.row_version

    def _change_reason(self, line: LineRow) -> str | None:
        """The reason for changing a signed decision ("" when the line is not signed; None when cancelled)."""
        if not line.frozen:
            return ""
        return self.interaction.ask_text(
            self.window, self.tr("Change a signed decision"),
            self.tr("The decision on {0} was signed in a protocol. The change is saved as a new version; "
                    "why is it changed?").format(line.component_code))

    def judge(self, line: LineRow, mapping: MappingRow, judgement: str | None, comment: str) -> None:
        reason = self._change_reason(line)
        if reason is None:
            self.reload()
            return
        position = mapping.position
        before = (mapping.judgement, mapping.comment)
        after = (judgement, comment.strip())
        line_id = line.id

        def apply(values: tuple[str | None, str]) -> decisions.EditResult:
            current = self.current_id(line_id)
            fresh = decisions.get_line(self.db, current)
            target = next(m for m in fresh.mappings if m.position == position)
            result = decisions.judge_pair(self.db, self.actor, target.id, values[0], values[1],
                                          self.version_of(current), reason)
            self._note(current, result)
            return result

        if self.perform(lambda: apply(after)) is None:
            self.reload()
            return
        self.undo_stack.push(ServiceCommand(
            self, self.tr("Judgement on {0}").format(line.component_code), lambda: apply(after),
            lambda: apply(before)))
        self.reload()

    def save_decision(self, line: LineRow | None) -> None:
        if line is None:
            return
        editor = self.components_tab.editor
        data = editor.values()
        reason = self._change_reason(line)
        if reason is None:
            return
        before = decisions.decision_input_of(line)
        line_id = line.id
        override = {"reason": ""}
        rule_overrides: dict[str, str] = {}

        def apply(values: DecisionInput) -> decisions.EditResult:
            current = self.current_id(line_id)
            result = decisions.save_decision(self.db, self.actor, current, self.version_of(current), values,
                                             cap_override_reason=override["reason"], change_reason=reason,
                                             rule_overrides=rule_overrides)
            self._note(current, result)
            return result

        # Each refusal that the commission may pass with a reason is asked once (the cap, then a rule).
        for _attempt in range(3):
            try:
                apply(data)
                break
            except decisions.CapExceeded as exc:
                answer = self.interaction.ask_text(
                    self.window, self.tr("Cap on recognised credits"),
                    error_text(exc) + "\n\n" + self.tr("To save it anyway, give the reason for the override:"))
                if answer is None:
                    return
                override["reason"] = answer
            except decisions.OverrideNeeded as exc:
                answer = self.interaction.ask_text(
                    self.window, self.tr("Override of a rule"),
                    error_text(exc) + "\n\n" + self.tr("To save it anyway, give the reason for the override "
                                                       "(it is printed in the protocol):"))
                if answer is None or not answer.strip():
                    return
                rule_overrides.update({rule: answer for rule in exc.rules})
            except ConflictError as exc:
                self.on_conflict(error_text(exc))
                return
            except UserError as exc:
                self.interaction.warn(self.window, self.tr("Decision not saved"), error_text(exc))
                return
        else:
            return
        editor.dirty = False
        self.undo_stack.push(ServiceCommand(self, self.tr("Decision on {0}").format(line.component_code),
                                            lambda: apply(data), lambda: apply(before)))
        self.reload()

    # --- commission and protocol
    def assign_commission(self, commission_id: int | None) -> None:
        if self.bundle is None:
            return
        case_id, version = self.bundle.case_id, self.bundle.state.row_version
        self.perform(lambda: protocols.assign_commission(self.db, self.actor, case_id, commission_id, version))
        self.window.open_case(case_id)

    def new_commission(self) -> None:
        dialog = dialogs.CommissionDialog(None, self.window)
        if not self.interaction.run(dialog):
            return
        created = self.perform(lambda: protocols.create_commission(self.db, self.actor, dialog.data()))
        if created is not None and self.bundle is not None and self.bundle.protocols.commission is None:
            self.assign_commission(created.id)
        else:
            self.reload()

    def edit_commission(self) -> None:
        commission = self._commission()
        if commission is None:
            return
        dialog = dialogs.CommissionDialog(commission, self.window)
        if self.interaction.run(dialog):
            self.perform(lambda: protocols.update_commission(self.db, self.actor, commission, dialog.data()))
            self.reload()

    def _commission(self) -> CommissionRow | None:
        return self.bundle.protocols.commission if self.bundle else None

    def add_member(self) -> None:
        commission = self._commission()
        if commission is None:
            return
        dialog = dialogs.MemberDialog(None, self.window)
        if self.interaction.run(dialog):
            self.perform(lambda: protocols.add_member(self.db, self.actor, commission.id, dialog.data()))
            self.reload()

    def edit_member(self, member: MemberRow) -> None:
        dialog = dialogs.MemberDialog(member.data, self.window)
        if self.interaction.run(dialog):
            self.perform(lambda: protocols.update_member(self.db, self.actor, member, dialog.data()))
            self.reload()

    def remove_member(self, member: MemberRow) -> None:
        if self.interaction.confirm(self.window, self.tr("Remove member"),
                                    self.tr("Remove {0} from the commission?").format(member.full_name)):
            self.attempt(lambda: protocols.remove_member(self.db, self.actor, member))
            self.reload()

    def draw_up_protocol(self) -> None:
        if self.bundle is None:
            return
        view = self.bundle.protocols
        if view.commission is None:
            self.interaction.warn(self.window, self.tr("Protocol"), self.tr("Choose the commission first."))
            return
        draft = view.draft
        dialog = dialogs.ProtocolDialog(view.commission, needs_reason=view.signed is not None,
                                        number=draft.number if draft else "", parent=self.window)
        if not self.interaction.run(dialog):
            return
        case_id = self.bundle.case_id
        if self.perform(lambda: protocols.generate_protocol(self.db, self.actor, case_id, dialog.data(),
                                                            expected_draft=draft)) is not None:
            self.reload()

    def sign_protocol(self) -> None:
        if self.bundle is None:
            return
        draft = self.bundle.protocols.draft
        if draft is None:
            self.interaction.warn(self.window, self.tr("Protocol"), self.tr("Draw up the protocol first."))
            return
        if not self.interaction.confirm(self.window, self.tr("Sign protocol"), self.tr(
                "Sign protocol {0}? Its decisions are then frozen: later changes become new versions.").format(
                draft.number)):
            return
        if self.perform(lambda: protocols.sign_protocol(self.db, self.actor, draft)) is not None:
            self.after_status_change()

    def discard_draft(self) -> None:
        draft = self.bundle.protocols.draft if self.bundle else None
        if draft is not None and self.interaction.confirm(self.window, self.tr("Discard draft"),
                                                          self.tr("Discard draft protocol {0}?").format(draft.number)):
            self.attempt(lambda: protocols.discard_draft(self.db, self.actor, draft))
            self.reload()

    def issue_order(self) -> None:
        if self.bundle is None:
            return
        dialog = dialogs.OrderDialog(protocols.last_order_signatory(self.db), self.window)
        case_id, version = self.bundle.case_id, self.bundle.state.row_version
        if self.until_saved(dialog, lambda: protocols.issue_order(self.db, self.actor, case_id, dialog.data(),
                                                                  version)) is not None:
            self.after_status_change()

    def until_saved(self, dialog: QDialog, save: Callable[[], T]) -> T | None:
        """Show the dialog until what it holds is saved or the officer cancels: a refusal (a missing ground, a
        date out of range) is explained and the dialog comes back with everything typed in it."""
        while self.interaction.run(dialog):
            try:
                return save()
            except ConflictError as exc:
                self.on_conflict(error_text(exc))
                return None
            except UserError as exc:
                self.interaction.warn(self.window, self.tr("Recognition Desk"), error_text(exc))
        return None

    def record_notification(self) -> None:
        if self.bundle is None:
            return
        dialog = dialogs.NotificationDialog(self.window)
        case_id, version = self.bundle.case_id, self.bundle.state.row_version
        if self.until_saved(dialog, lambda: protocols.record_notification(self.db, self.actor, case_id,
                                                                         dialog.data(), version)) is not None:
            self.after_status_change()

    def file_appeal(self) -> None:
        if self.bundle is None:
            return
        dialog = dialogs.AppealDialog(self.bundle.protocols.appeal_deadline, self.window)
        case_id, version = self.bundle.case_id, self.bundle.state.row_version
        result = self.until_saved(dialog, lambda: protocols.file_appeal(self.db, self.actor, case_id, dialog.data(),
                                                                        version))
        if result is not None:
            if result.warnings:
                self.interaction.inform(self.window, self.tr("Appeal"), "\n".join(result.warnings))
            self.after_status_change()

    def resolve_appeal(self) -> None:
        if self.bundle is None:
            return
        pending = [a for a in self.bundle.protocols.appeals if not a.outcome]
        if not pending:
            return
        dialog = dialogs.ResolveAppealDialog(self.window)
        version = self.bundle.state.row_version
        appeal_id = pending[-1].id
        if self.until_saved(dialog, lambda: protocols.resolve_appeal(self.db, self.actor, appeal_id,
                                                                     *dialog.values(), version)) is not None:
            self.after_status_change()

    # --- assessments
    def add_assessment(self) -> None:
        if self.bundle is None:
            return
        dialog = dialogs.AssessmentDialog(None, self.window)
        case_id = self.bundle.case_id
        row = self.until_saved(dialog, lambda: decisions.add_assessment(self.db, self.actor, case_id, dialog.data()))
        if row is None:
            return
        state = {"row": row}

        def undo() -> bool:
            decisions.delete_assessment(self.db, self.actor, state["row"])
            return True

        def redo() -> bool:
            state["row"] = decisions.restore_assessment(self.db, self.actor, state["row"])
            return True

        self.undo_stack.push(ServiceCommand(self, self.tr("Add assessment"), redo, undo))
        self.reload()

    def edit_assessment(self, row: AssessmentRow) -> None:
        dialog = dialogs.AssessmentDialog(row.data, self.window)
        if not self.interaction.run(dialog):
            return
        new_data = dialog.data()
        changed = self.perform(lambda: decisions.update_assessment(self.db, self.actor, row, new_data))
        if changed is None:
            self.reload()
            return
        state = {"row": changed}

        def undo() -> bool:
            state["row"] = decisions.update_assessment(self.db, self.actor, state["row"], row.data)
            return True

        def redo() -> bool:
            state["row"] = decisions.update_assessment(self.db, self.actor, state["row"], new_data)
            return True

        self.undo_stack.push(ServiceCommand(self, self.tr("Edit assessment"), redo, undo))
        self.reload()

    def remove_assessment(self, row: AssessmentRow) -> None:
        if not self.interaction.confirm(self.window, self.tr("Remove assessment"),
                                        self.tr("Remove this assessment record?")):
            return
        if not self.attempt(lambda: decisions.delete_assessment(self.db, self.actor, row)):
            self.reload()
            return
        state = {"row": row}

        def undo() -> bool:
            state["row"] = decisions.restore_assessment(self.db, self.actor, state["row"])
            return True

        def redo() -> bool:
            decisions.delete_assessment(self.db, self.actor, state["row"])
            return True

        self.undo_stack.push(ServiceCommand(self, self.tr("Remove assessment"), redo, undo))
        self.reload()

