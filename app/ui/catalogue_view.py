"""The programme catalogue in the GUI: a browser and editor, and the import wizard.

The editor works on a ``ProgrammeData`` (plain values) and hands it to ``app.services.catalogue`` to save; files are
parsed and saved on the task runner, so a long PDF never freezes the window. The import wizard shows the
validation report of a bad workbook, or what was found in the file for review (and correction, for PDFs) before
anything is saved.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.programme import (
    COMPONENT_TYPES,
    CONTROL_FORMS,
    LEVELS,
    ComponentData,
    OutcomeData,
    Problem,
    ProgrammeData,
    check_programme,
    clean_text,
    format_number,
    parse_number,
    tidy_code,
)
from app.ui.labels import component_type_label
from app.ui.tables import fit_titles

if TYPE_CHECKING:
    from app.services.catalogue import LoadedProgramme, ProgrammeRow, SaveResult
    from app.ui.main_window import MainWindow

UID_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OUTCOMES_ROLE = Qt.ItemDataRole.UserRole + 3
VALUE_ROLE = Qt.ItemDataRole.UserRole + 4

_uids = itertools.count(1)


def _t(text: str) -> str:
    return QCoreApplication.translate("Catalogue", text)


def control_label(value: str) -> str:
    return {"exam": _t("Exam"), "pass": _t("Pass/fail")}.get(value, value)


def level_label(value: str) -> str:
    return {"junior_bachelor": _t("Junior bachelor"), "bachelor": _t("Bachelor"), "master": _t("Master"),
            "phd": _t("Doctor of Philosophy"), "": _t("(not set)")}.get(value, value)


def _item(text: str, *, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _at(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell (an empty one is created for a cell that has none)."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem("")
        table.setItem(row, column, item)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a column of coded values; the code is kept in VALUE_ROLE, the label is shown."""

    def __init__(self, choices: tuple[str, ...], label: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.label = label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value in self.choices:
            combo.addItem(self.label(value), value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        model.setData(index, value, VALUE_ROLE)
        model.setData(index, self.label(value), Qt.ItemDataRole.DisplayRole)


def _choice_item(value: str, label: Callable[[str], str]) -> QTableWidgetItem:
    item = QTableWidgetItem(label(value))
    item.setData(VALUE_ROLE, value)
    return item


class ProblemsTable(QTableWidget):
    """Problems as a table: severity, where, what."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Severity"), self.tr("Where"), self.tr("Problem")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(True)

    def show_problems(self, problems: list[Problem]) -> None:
        ordered = [p for p in problems if p.is_error] + [p for p in problems if not p.is_error]
        self.setRowCount(len(ordered))
        for row, problem in enumerate(ordered):
            severity = _item(self.tr("Error") if problem.is_error else self.tr("Warning"), editable=False)
            severity.setForeground(QBrush(QColor("#b00020" if problem.is_error else "#8a6d00")))
            self.setItem(row, 0, severity)
            self.setItem(row, 1, _item(problem.location or "—", editable=False))
            message = _item(problem.message, editable=False)
            message.setToolTip(problem.message)
            self.setItem(row, 2, message)
        self.resizeRowsToContents()


# --- the editor -------------------------------------------------------------------------------------------------


class ProgrammeEditor(QWidget):
    """Edits one programme: its fields, components (with their outcomes), programme outcomes and the matrix."""

    changed = Signal()

    C_CODE, C_TITLE, C_TYPE, C_SEMESTER, C_ECTS, C_HOURS, C_CONTROL, C_OUTCOMES = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._dirty = False
        self._links: set[tuple[int, int]] = set()  # (component uid, outcome uid)
        self._current_component_row: int | None = None
        self.input_problems: list[Problem] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_fields(), self.tr("Programme"))
        self.tabs.addTab(self._build_components(), self.tr("Components"))
        self.tabs.addTab(self._build_outcomes(), self.tr("Programme outcomes"))
        self.tabs.addTab(self._build_matrix(), self.tr("Matrix"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self._update_summary)

    # --- building ---------------------------------------------------------------------------------------------
    def _build_fields(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.f_code = QLineEdit()
        self.f_title = QLineEdit()
        self.f_specialty = QLineEdit()
        self.f_level = QComboBox()
        for value in ("", *LEVELS):
            self.f_level.addItem(level_label(value), value)
        self.f_total = QDoubleSpinBox()
        self.f_total.setRange(0, 1000)
        self.f_total.setDecimals(1)
        self.f_year = QLineEdit()
        self.f_year.setPlaceholderText("2025/2026")
        self.f_language = QComboBox()
        self.f_language.setEditable(True)
        for code in ("uk", "en"):
            self.f_language.addItem(code)
        self.f_faculty = QLineEdit()
        self.usage = QLabel()
        self.usage.setWordWrap(True)
        form.addRow(self.tr("Code:"), self.f_code)
        form.addRow(self.tr("Title:"), self.f_title)
        form.addRow(self.tr("Specialty:"), self.f_specialty)
        form.addRow(self.tr("Level:"), self.f_level)
        form.addRow(self.tr("Total ECTS:"), self.f_total)
        form.addRow(self.tr("Academic year:"), self.f_year)
        form.addRow(self.tr("Language:"), self.f_language)
        form.addRow(self.tr("Faculty:"), self.f_faculty)
        form.addRow("", self.usage)
        for widget in (self.f_code, self.f_title, self.f_specialty, self.f_year, self.f_faculty):
            widget.textEdited.connect(self._touched)
        self.f_level.currentIndexChanged.connect(self._touched)
        self.f_total.valueChanged.connect(self._touched)
        self.f_language.currentTextChanged.connect(self._touched)
        return page

    def _build_components(self) -> QWidget:
        self.components = _table([self.tr("Code"), self.tr("Title"), self.tr("Type"), self.tr("Semester"),
                                  self.tr("ECTS"), self.tr("Hours"), self.tr("Final control"),
                                  self.tr("Outcomes")])
        self.components.setItemDelegateForColumn(self.C_TYPE, ChoiceDelegate(COMPONENT_TYPES, component_type_label,
                                                                             self.components))
        self.components.setItemDelegateForColumn(self.C_CONTROL, ChoiceDelegate(CONTROL_FORMS, control_label,
                                                                                self.components))
        header = self.components.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.C_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.C_CODE, 70), (self.C_TYPE, 110), (self.C_SEMESTER, 70), (self.C_ECTS, 60),
                              (self.C_HOURS, 60), (self.C_CONTROL, 100), (self.C_OUTCOMES, 70)):
            header.resizeSection(column, width)
        fit_titles(self.components)
        self.components.itemChanged.connect(self._on_component_item)
        self.components.currentCellChanged.connect(self._on_component_row)
        add = QPushButton(self.tr("Add component"))
        add.clicked.connect(self.add_component)
        remove = QPushButton(self.tr("Remove component"))
        remove.clicked.connect(self.remove_component)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.component_outcomes_label = QLabel(self.tr("Learning outcomes of the selected component, one per line:"))
        self.component_outcomes = QPlainTextEdit()
        self.component_outcomes.setPlaceholderText(self.tr("Select a component above; type its learning outcomes "
                                                           "from the syllabus here, one per line."))
        self.component_outcomes.textChanged.connect(self._on_component_outcomes_text)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.components)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.component_outcomes_label)
        bottom_layout.addWidget(self.component_outcomes)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([380, 180])
        return splitter

    def _build_outcomes(self) -> QWidget:
        page = QWidget()
        self.outcomes = _table([self.tr("Code"), self.tr("Programme learning outcome")])
        self.outcomes.horizontalHeader().resizeSection(0, 80)
        self.outcomes.setWordWrap(True)
        self.outcomes.itemChanged.connect(self._on_outcome_item)
        add = QPushButton(self.tr("Add outcome"))
        add.clicked.connect(self.add_outcome)
        remove = QPushButton(self.tr("Remove outcome"))
        remove.clicked.connect(self.remove_outcome)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.outcomes)
        layout.addLayout(buttons)
        return page

    def _build_matrix(self) -> QWidget:
        page = QWidget()
        self.matrix_note = QLabel(self.tr("Tick the programme outcomes (columns) each component (rows) serves."))
        self.matrix = QTableWidget()
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.matrix.horizontalHeader().setDefaultSectionSize(56)
        self.matrix.verticalHeader().setDefaultSectionSize(24)
        self.matrix.itemChanged.connect(self._on_matrix_item)
        layout = QVBoxLayout(page)
        layout.addWidget(self.matrix_note)
        layout.addWidget(self.matrix)
        return page

    # --- loading ----------------------------------------------------------------------------------------------
    def set_programme(self, data: ProgrammeData, usage: str = "") -> None:
        self._loading = True
        try:
            self.f_code.setText(data.code)
            self.f_title.setText(data.title)
            self.f_specialty.setText(data.specialty)
            index = self.f_level.findData(data.level)
            if index < 0:
                self.f_level.addItem(data.level, data.level)
                index = self.f_level.count() - 1
            self.f_level.setCurrentIndex(index)
            self.f_total.setValue(float(data.total_ects))
            self.f_year.setText(data.academic_year)
            self.f_language.setCurrentText(data.language)
            self.f_faculty.setText(data.faculty)
            self.usage.setText(usage)
            self._current_component_row = None
            self.components.setRowCount(0)
            uid_of_component: dict[str, int] = {}
            for component in data.components:
                uid_of_component[component.code] = self._append_component(component)
            self.outcomes.setRowCount(0)
            uid_of_outcome: dict[str, int] = {}
            for outcome in data.outcomes:
                uid_of_outcome[outcome.code] = self._append_outcome(outcome)
            self._links = {(uid_of_component[c], uid_of_outcome[o]) for c, o in data.matrix
                           if c in uid_of_component and o in uid_of_outcome}
            self.component_outcomes.setPlainText("")
            if data.components:
                self.components.setCurrentCell(0, self.C_CODE)
            self._rebuild_matrix()
        finally:
            self._loading = False
        self._dirty = False
        self._update_summary()

    def _append_component(self, component: ComponentData) -> int:
        row = self.components.rowCount()
        self.components.insertRow(row)
        uid = next(_uids)
        code = _item(component.code)
        code.setData(UID_ROLE, uid)
        code.setData(ID_ROLE, component.id)
        code.setData(OUTCOMES_ROLE, list(component.outcomes))
        self.components.setItem(row, self.C_CODE, code)
        self.components.setItem(row, self.C_TITLE, _item(component.title))
        self.components.setItem(row, self.C_TYPE, _choice_item(component.type, component_type_label))
        self.components.setItem(row, self.C_SEMESTER, _item("" if component.semester is None
                                                            else str(component.semester)))
        self.components.setItem(row, self.C_ECTS, _item(format_number(component.ects)))
        self.components.setItem(row, self.C_HOURS, _item("" if component.hours is None else str(component.hours)))
        self.components.setItem(row, self.C_CONTROL, _choice_item(component.control, control_label))
        self.components.setItem(row, self.C_OUTCOMES, _item(str(len(component.outcomes)), editable=False))
        return uid

    def _append_outcome(self, outcome: OutcomeData) -> int:
        row = self.outcomes.rowCount()
        self.outcomes.insertRow(row)
        uid = next(_uids)
        code = _item(outcome.code)
        code.setData(UID_ROLE, uid)
        code.setData(ID_ROLE, outcome.id)
        self.outcomes.setItem(row, 0, code)
        text = _item(outcome.text)
        text.setToolTip(outcome.text)
        self.outcomes.setItem(row, 1, text)
        return uid

    # --- editing ----------------------------------------------------------------------------------------------
    def _touched(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        self.changed.emit()
        self._check_timer.start()

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def add_component(self) -> None:
        number = self.components.rowCount() + 1
        self._append_component(ComponentData(code=f"ОК{number}", title=self.tr("New component"), ects=3.0))
        self.components.setCurrentCell(self.components.rowCount() - 1, self.C_CODE)
        self.components.editItem(_at(self.components, self.components.rowCount() - 1, self.C_CODE))
        self._rebuild_matrix()
        self._touched()

    def remove_component(self) -> None:
        row = self.components.currentRow()
        if row < 0:
            return
        uid = _at(self.components, row, self.C_CODE).data(UID_ROLE)
        self._current_component_row = None
        self.components.removeRow(row)
        self._links = {link for link in self._links if link[0] != uid}
        self._on_component_row(self.components.currentRow(), 0, -1, -1)
        self._rebuild_matrix()
        self._touched()

    def add_outcome(self) -> None:
        number = self.outcomes.rowCount() + 1
        self._append_outcome(OutcomeData(code=f"ПР{number:02d}", text=self.tr("New programme outcome")))
        self.outcomes.setCurrentCell(self.outcomes.rowCount() - 1, 0)
        self.outcomes.editItem(_at(self.outcomes, self.outcomes.rowCount() - 1, 0))
        self._rebuild_matrix()
        self._touched()

    def remove_outcome(self) -> None:
        row = self.outcomes.currentRow()
        if row < 0:
            return
        uid = _at(self.outcomes, row, 0).data(UID_ROLE)
        self.outcomes.removeRow(row)
        self._links = {link for link in self._links if link[1] != uid}
        self._rebuild_matrix()
        self._touched()

    def _on_component_item(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == self.C_CODE:
            self._rebuild_matrix()
        self._touched()

    def _on_outcome_item(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == 0:
            self._rebuild_matrix()
        self._touched()

    def _on_component_row(self, row: int, _column: int, _previous_row: int, _previous_column: int) -> None:
        if row == self._current_component_row:
            return
        self._current_component_row = row if row >= 0 else None
        was_loading = self._loading
        self._loading = True
        try:
            if row < 0 or self.components.item(row, self.C_CODE) is None:
                self.component_outcomes.setPlainText("")
                self.component_outcomes.setEnabled(False)
                return
            code_item = _at(self.components, row, self.C_CODE)
            self.component_outcomes.setEnabled(True)
            self.component_outcomes.setPlainText("\n".join(code_item.data(OUTCOMES_ROLE) or []))
            self.component_outcomes_label.setText(
                self.tr("Learning outcomes of {0}, one per line:").format(code_item.text()))
        finally:
            self._loading = was_loading

    def _on_component_outcomes_text(self) -> None:
        if self._loading or self._current_component_row is None:
            return
        row = self._current_component_row
        code_item = _at(self.components, row, self.C_CODE)
        lines = [clean_text(line) for line in self.component_outcomes.toPlainText().split("\n")]
        outcomes = [line for line in lines if line]
        self._loading = True
        try:
            code_item.setData(OUTCOMES_ROLE, outcomes)
            _at(self.components, row, self.C_OUTCOMES).setText(str(len(outcomes)))
        finally:
            self._loading = False
        self._touched()

    # --- the matrix -------------------------------------------------------------------------------------------
    def _rows(self) -> list[tuple[int, str, str]]:
        return [(_at(self.components, r, self.C_CODE).data(UID_ROLE), _at(self.components, r, self.C_CODE).text(),
                 _at(self.components, r, self.C_TITLE).text()) for r in range(self.components.rowCount())]

    def _columns(self) -> list[tuple[int, str, str]]:
        return [(_at(self.outcomes, r, 0).data(UID_ROLE), _at(self.outcomes, r, 0).text(),
                 _at(self.outcomes, r, 1).text()) for r in range(self.outcomes.rowCount())]

    def _rebuild_matrix(self) -> None:
        rows, columns = self._rows(), self._columns()
        self.matrix.blockSignals(True)
        try:
            self.matrix.clear()
            self.matrix.setRowCount(len(rows))
            self.matrix.setColumnCount(len(columns))
            for c, (_uid, code, text) in enumerate(columns):
                header = QTableWidgetItem(code)
                header.setToolTip(text)
                self.matrix.setHorizontalHeaderItem(c, header)
            for r, (row_uid, code, title) in enumerate(rows):
                header = QTableWidgetItem(code)
                header.setToolTip(title)
                self.matrix.setVerticalHeaderItem(r, header)
                for c, (column_uid, _code, _text) in enumerate(columns):
                    cell = QTableWidgetItem()
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Checked if (row_uid, column_uid) in self._links
                                       else Qt.CheckState.Unchecked)
                    cell.setData(UID_ROLE, (row_uid, column_uid))
                    cell.setToolTip(f"{code} → {_code}")
                    self.matrix.setItem(r, c, cell)
        finally:
            self.matrix.blockSignals(False)

    def _on_matrix_item(self, item: QTableWidgetItem) -> None:
        link = item.data(UID_ROLE)
        if not link:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._links.add((link[0], link[1]))
        else:
            self._links.discard((link[0], link[1]))
        self._touched()

    def set_link(self, component_row: int, outcome_column: int, linked: bool) -> None:
        """Tick or untick one matrix cell (as a click would)."""
        item = _at(self.matrix, component_row, outcome_column)
        item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.matrix.parentWidget():
            self._rebuild_matrix()

    # --- collecting -------------------------------------------------------------------------------------------
    def programme(self) -> ProgrammeData:
        """The programme as edited; values that are not numbers are listed in ``input_problems``."""
        problems: list[Problem] = []
        data = ProgrammeData(
            code=clean_text(self.f_code.text()), title=clean_text(self.f_title.text()),
            specialty=clean_text(self.f_specialty.text()), level=str(self.f_level.currentData() or ""),
            total_ects=float(self.f_total.value()), academic_year=clean_text(self.f_year.text()),
            language=clean_text(self.f_language.currentText()) or "uk", faculty=clean_text(self.f_faculty.text()),
            source_kind="editor",
        )
        component_codes: dict[int, str] = {}
        for row in range(self.components.rowCount()):
            code_item = _at(self.components, row, self.C_CODE)
            code = tidy_code(code_item.text())
            semester = self._number(row, self.C_SEMESTER, code, _t("semester"), True, problems)
            ects = self._number(row, self.C_ECTS, code, _t("ECTS"), False, problems)
            hours = self._number(row, self.C_HOURS, code, _t("hours"), True, problems)
            data.components.append(ComponentData(
                code=code, title=clean_text(_at(self.components, row, self.C_TITLE).text()),
                type=str(_at(self.components, row, self.C_TYPE).data(VALUE_ROLE)),
                semester=int(semester) if semester is not None else None, ects=ects or 0.0,
                hours=int(hours) if hours is not None else None,
                control=str(_at(self.components, row, self.C_CONTROL).data(VALUE_ROLE)),
                outcomes=list(code_item.data(OUTCOMES_ROLE) or []), id=code_item.data(ID_ROLE),
            ))
            component_codes[code_item.data(UID_ROLE)] = code
        outcome_codes: dict[int, str] = {}
        for row in range(self.outcomes.rowCount()):
            code_item = _at(self.outcomes, row, 0)
            code = tidy_code(code_item.text())
            data.outcomes.append(OutcomeData(code=code, text=clean_text(_at(self.outcomes, row, 1).text()),
                                             id=code_item.data(ID_ROLE)))
            outcome_codes[code_item.data(UID_ROLE)] = code
        data.matrix = {(component_codes[c], outcome_codes[o]) for c, o in self._links
                       if c in component_codes and o in outcome_codes}
        self.input_problems = problems
        return data

    def _number(self, row: int, column: int, code: str, what: str, integer: bool,
                problems: list[Problem]) -> float | None:
        text = clean_text(_at(self.components, row, column).text())
        if not text:
            return None
        value = parse_number(text)
        if value is None or (integer and not value.is_integer()):
            problems.append(Problem(_t("component {0}: {1} {2} is not a number").format(code, what, repr(text))))
            return None
        return value

    def check(self) -> list[Problem]:
        data = self.programme()
        return self.input_problems + check_programme(data)

    def _update_summary(self) -> None:
        problems = self.check()
        errors = [p for p in problems if p.is_error]
        data = self.programme()
        text = self.tr("{0} components ({1} ECTS), {2} programme outcomes, {3} matrix links.").format(
            len(data.components), format_number(data.ects_sum), len(data.outcomes), len(data.matrix))
        if errors:
            text += " " + self.tr("To fix before saving: {0}").format("; ".join(p.message for p in errors[:3]))
            if len(errors) > 3:
                text += " " + self.tr("(and {0} more)").format(len(errors) - 3)
            self.summary.setStyleSheet("color: #b00020")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)


# --- the catalogue window ---------------------------------------------------------------------------------------


class CatalogueDialog(QDialog):
    """Programmes on the left, the selected one in the editor on the right."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx
        self.loaded: LoadedProgramme | None = None
        self._pending_select: int | None = None
        self.setWindowTitle(self.tr("Programme catalogue"))
        self.resize(1250, 760)
        self.list = _table([self.tr("Code"), self.tr("Year"), self.tr("Title")])
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().resizeSection(0, 100)
        self.list.horizontalHeader().resizeSection(1, 80)
        self.list.itemSelectionChanged.connect(self._on_select)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.copy_button = QPushButton(self.tr("New version…"))
        self.copy_button.clicked.connect(self.copy_version)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.import_button)
        row1.addWidget(self.copy_button)
        row2.addWidget(self.export_button)
        row2.addWidget(self.delete_button)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)
        self.editor = ProgrammeEditor()
        self.editor.changed.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 920])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.rows: list[ProgrammeRow] = []
        self._update_buttons()

    # --- list -------------------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        from app.services.catalogue import list_programmes

        db = self.ctx.db
        self._pending_select = select if select is not None else (self.loaded.id if self.loaded else None)
        self.ctx.runner.start(lambda _task: list_programmes(db), title=self.tr("Loading the catalogue"),
                              on_success=self._on_list, on_failure=self.window_.show_error)

    def _on_list(self, rows: list[ProgrammeRow]) -> None:
        self.rows = rows
        self.list.blockSignals(True)
        try:
            self.list.setRowCount(len(rows))
            for r, row in enumerate(rows):
                code = _item(row.code, editable=False)
                code.setData(ID_ROLE, row.id)
                self.list.setItem(r, 0, code)
                self.list.setItem(r, 1, _item(row.academic_year, editable=False))
                title = _item(row.title, editable=False)
                title.setToolTip(self.tr("{0} components, {1} outcomes, {2} cases").format(
                    row.components, row.outcomes, row.cases))
                self.list.setItem(r, 2, title)
        finally:
            self.list.blockSignals(False)
        target = self._pending_select
        if target is None and rows:
            target = rows[0].id
        for r, row in enumerate(rows):
            if row.id == target:
                self.list.selectRow(r)
                if self.loaded is None or self.loaded.id != target:
                    self.open_programme(target)
                break
        else:
            self.loaded = None
        self._update_buttons()

    def _selected_id(self) -> int | None:
        items = self.list.selectedItems()
        if not items:
            return None
        value = _at(self.list, items[0].row(), 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def _on_select(self) -> None:
        programme_id = self._selected_id()
        if programme_id is None or (self.loaded and self.loaded.id == programme_id):
            return
        if not self._may_discard():
            if self.loaded is not None:
                self._select_row_of(self.loaded.id)
            return
        self.open_programme(programme_id)

    def _select_row_of(self, programme_id: int) -> None:
        self.list.blockSignals(True)
        for r in range(self.list.rowCount()):
            if _at(self.list, r, 0).data(ID_ROLE) == programme_id:
                self.list.selectRow(r)
        self.list.blockSignals(False)

    def open_programme(self, programme_id: int) -> None:
        from app.services.catalogue import load_programme

        db = self.ctx.db
        self.ctx.runner.start(lambda _task: load_programme(db, programme_id), title=self.tr("Opening the programme"),
                              on_success=self._on_loaded, on_failure=self.window_.show_error)

    def _on_loaded(self, loaded: LoadedProgramme) -> None:
        self.loaded = loaded
        usage = " ".join((
            self.tr("Used by %n case(s).", "", loaded.cases),
            self.tr("%n decision line(s) refer to its components.", "", loaded.decision_lines),
            self.tr("Decisions keep their own copy of the component, so edits here do not change them.")))
        self.editor.set_programme(loaded.data, usage)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.loaded is not None
        dirty = has and self.editor.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        for button in (self.copy_button, self.export_button, self.delete_button):
            button.setEnabled(has)
        self.editor.setEnabled(has)

    def _may_discard(self) -> bool:
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                      self.tr("Discard the unsaved changes to this programme?"))
        return answer == QMessageBox.StandardButton.Yes

    # --- actions ----------------------------------------------------------------------------------------------
    def save(self) -> None:
        from app.services.catalogue import update_programme

        if self.loaded is None:
            return
        problems = self.editor.check()
        errors = [p for p in problems if p.is_error]
        if errors:
            show_problems(self, self.tr("The programme cannot be saved"), errors)
            return
        data = self.editor.programme()
        db, actor, loaded = self.ctx.db, self.ctx.actor, self.loaded
        self.save_button.setEnabled(False)
        self.ctx.runner.start(
            lambda _task: update_programme(db, actor, loaded.id, data, loaded.fingerprint),
            title=self.tr("Saving the programme"), on_success=self._on_saved, on_failure=self._on_save_failed)

    def _on_saved(self, result: SaveResult) -> None:
        self.editor.mark_clean()
        self.window_.statusBar().showMessage(result.summary(), 8000)
        self.loaded = None
        self.refresh(select=result.programme_id)

    def _on_save_failed(self, message: str) -> None:
        self._update_buttons()
        self.window_.show_error(message)

    def revert(self) -> None:
        if self.loaded is not None:
            self.editor.set_programme(self.loaded.data, self.editor.usage.text())
            self._update_buttons()

    def import_file(self) -> None:
        wizard = ImportWizard(self.window_, self)
        wizard.saved.connect(lambda result: self.refresh(select=result.programme_id))
        wizard.open()

    def export(self) -> None:
        export_dialog(self.window_, self.loaded.id if self.loaded else None, self)

    def copy_version(self) -> None:
        from app.services.catalogue import copy_programme

        if self.loaded is None:
            return
        current = self.loaded.data.academic_year
        suggestion = current
        if len(current) == 9 and current[:4].isdigit() and current[5:].isdigit():
            suggestion = f"{int(current[:4]) + 1}/{int(current[5:]) + 1}"
        year, ok = QInputDialog.getText(self, self.tr("New version"),
                                        self.tr("Copy {0} to the academic year:").format(self.loaded.data.label()),
                                        text=suggestion)
        if not ok or not year.strip():
            return
        db, actor, programme_id = self.ctx.db, self.ctx.actor, self.loaded.id
        self.ctx.runner.start(lambda _task: copy_programme(db, actor, programme_id, year),
                              title=self.tr("Copying the programme"),
                              on_success=lambda result: self.refresh(select=result.programme_id),
                              on_failure=self.window_.show_error)

    def delete(self) -> None:
        from app.services.catalogue import delete_programme

        if self.loaded is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete programme"),
                                      self.tr("Delete {0} from the catalogue? This cannot be undone.").format(
                                          self.loaded.data.label()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, programme_id = self.ctx.db, self.ctx.actor, self.loaded.id

        def done(message: str) -> None:
            self.window_.statusBar().showMessage(message, 8000)
            self.loaded = None
            self.editor.mark_clean()
            self.refresh()

        self.ctx.runner.start(lambda _task: delete_programme(db, actor, programme_id),
                              title=self.tr("Deleting the programme"), on_success=done,
                              on_failure=self.window_.show_error)

    def reject(self) -> None:
        if self._may_discard():
            super().reject()


def show_problems(parent: QWidget, title: str, problems: list[Problem]) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(760, 360)
    table = ProblemsTable()
    table.show_problems(problems)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.exec()


def export_dialog(window: MainWindow, programme_id: int | None, parent: QWidget | None = None) -> None:
    from app.services.catalogue import export_programme

    if programme_id is None:
        return
    path, _filter = QFileDialog.getSaveFileName(parent or window, _t("Export programme"), "",
                                                _t("Excel workbook (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    db = window.ctx.db
    window.ctx.runner.start(
        lambda _task: export_programme(db, programme_id, path), title=_t("Exporting the programme"),
        on_success=lambda written: window.statusBar().showMessage(_t("Exported to {0}").format(written), 8000),
        on_failure=window.show_error)


# --- the import wizard ------------------------------------------------------------------------------------------


class ChooseFilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("The Excel template (.xlsx) or the programme document (освітньо-професійна "
                                 "програма) as a PDF with a text layer."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("programme.xlsx or programme.pdf"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.replace = QCheckBox(self.tr("Replace the version with the same code and academic year if it is "
                                         "already in the catalogue"))
        template = QPushButton(self.tr("Save a blank template…"))
        template.clicked.connect(lambda: save_template_dialog(self))
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        note = QLabel(self.tr("Nothing is saved until you have seen what was found in the file. A workbook with "
                              "problems is listed cell by cell so that it can be fixed in one go."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.replace)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import programme"), "",
                                                    self.tr("Programme files (*.xlsx *.pdf);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()


class ReviewPage(QWizardPage):
    """Reads the file on the task runner; shows the validation report or what was found, for review."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.data: ProgrammeData | None = None
        self.failed = ""
        self.busy = False
        self.setTitle(self.tr("Check what was found"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Save to the catalogue"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems = ProblemsTable()
        self.problems.setMaximumHeight(180)
        self.editor = ProgrammeEditor()
        self.editor.changed.connect(self.completeChanged)
        self.reread = QPushButton(self.tr("Read the file again"))
        self.reread.clicked.connect(self.start_reading)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.reread, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        self.start_reading()

    def start_reading(self) -> None:
        from app.services.catalogue import read_programme_file

        path = self.wizard_.file_path()
        self.data, self.failed, self.busy = None, "", True
        self.status.setText(self.tr("Reading {0}…").format(Path(path).name))
        self.status.setStyleSheet("")
        self.problems.show_problems([])
        self.problems.setVisible(False)
        self.editor.setVisible(False)
        self.reread.setVisible(False)
        self.completeChanged.emit()
        self.wizard_.ctx.runner.start(lambda task: read_programme_file(path, task),
                                      title=self.tr("Reading {0}").format(Path(path).name),
                                      on_success=self._on_read, on_failure=self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.busy = False
        self.failed = message
        self.status.setText(message)
        self.status.setStyleSheet("color: #b00020")
        self.reread.setVisible(True)
        self.completeChanged.emit()

    def _on_read(self, data: ProgrammeData) -> None:
        self.busy = False
        self.data = data
        name = Path(data.source_file).name
        errors = data.errors
        self.problems.show_problems(data.problems)
        self.problems.setVisible(bool(data.problems))
        self.reread.setVisible(True)
        if errors and data.source_kind == "xlsx":
            self.status.setText(self.tr("{0}: %n problem(s) must be fixed in the workbook before it can be "
                                        "imported; nothing was saved. Fix them, save the file and read it "
                                        "again.", "", len(errors)).format(name))
            self.status.setStyleSheet("color: #b00020")
            self.problems.setMaximumHeight(16_777_215)
            self.editor.setVisible(False)
        else:
            self.problems.setMaximumHeight(180)
            summary = self.tr("{0}: found {1} components, {2} programme outcomes and {3} matrix links.").format(
                name, len(data.components), len(data.outcomes), len(data.matrix))
            if data.source_kind == "pdf":
                summary += " " + self.tr("Programme documents differ: check everything below and correct it "
                                         "here (code and academic year especially) before saving.")
            if errors:
                summary += " " + self.tr("%n problem(s) must be corrected below.", "", len(errors))
            self.status.setText(summary)
            self.status.setStyleSheet("")
            self.editor.set_programme(data)
            self.editor.setVisible(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.busy or self.data is None:
            return False
        return not (self.data.errors and self.data.source_kind == "xlsx")

    def reviewed(self) -> ProgrammeData:
        """The data to save: as read (a valid workbook) or as corrected in the review."""
        assert self.data is not None
        if self.data.source_kind == "xlsx" and not self.editor.is_dirty():
            return self.data
        edited = self.editor.programme()
        edited.source_file = self.data.source_file
        edited.source_kind = self.data.source_kind
        edited.problems = [p for p in self.data.problems if not p.is_error]
        return edited

    def validatePage(self) -> bool:
        if self.data is None:
            return False
        problems = self.editor.check() if self.editor.isVisible() else []
        errors = [p for p in problems if p.is_error]
        if errors:
            show_problems(self, self.tr("Correct these before saving"), errors)
            return False
        return True


class SavePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.result: SaveResult | None = None
        self.busy = False
        self.setTitle(self.tr("Save"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems = ProblemsTable()
        self.problems.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def initializePage(self) -> None:
        from app.services.catalogue import save_programme

        data = self.wizard_.review.reviewed()
        replace = self.wizard_.choose.replace.isChecked()
        db, actor = self.wizard_.ctx.db, self.wizard_.ctx.actor
        self.result, self.busy = None, True
        self.status.setText(self.tr("Saving {0}…").format(data.label()))
        self.status.setStyleSheet("")
        self.problems.setVisible(False)
        self.completeChanged.emit()
        self.wizard_.ctx.runner.start(lambda _task: save_programme(db, actor, data, replace=replace),
                                      title=self.tr("Saving the programme"), on_success=self._on_saved,
                                      on_failure=self._on_failed)

    def _on_saved(self, result: SaveResult) -> None:
        self.busy = False
        self.result = result
        self.status.setText(result.summary())
        if result.warnings:
            self.problems.show_problems(result.warnings)
            self.problems.setVisible(True)
        self.completeChanged.emit()
        self.wizard_.button(QWizard.WizardButton.BackButton).setEnabled(False)  # saved: no second save
        self.wizard_.saved.emit(result)

    def _on_failed(self, message: str) -> None:
        self.busy = False
        self.status.setText(self.tr("Nothing was saved. {0} Go back to change the data or the file.").format(
            message))
        self.status.setStyleSheet("color: #b00020")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.busy and self.result is not None


class ImportWizard(QWizard):
    """Choose a file → read it and review → save."""

    saved = Signal(object)

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.ctx = window.ctx
        self.setWindowTitle(self.tr("Import a programme"))
        self.resize(1100, 760)
        self.choose = ChooseFilePage()
        self.review = ReviewPage(self)
        self.save_page = SavePage(self)
        self.addPage(self.choose)
        self.addPage(self.review)
        self.addPage(self.save_page)

    def file_path(self) -> str:
        return self.choose.path.text().strip()


def save_template_dialog(parent: QWidget) -> None:
    from app.errors import UserError
    from app.services.catalogue import write_blank_template

    path, _filter = QFileDialog.getSaveFileName(parent, _t("Save the blank programme template"),
                                                "programme-template.xlsx", _t("Excel workbook (*.xlsx)"))
    if not path:
        return
    try:
        write_blank_template(path if path.lower().endswith(".xlsx") else path + ".xlsx")
    except UserError as exc:
        QMessageBox.warning(parent, _t("Programme template"), str(exc))


# --- installation -----------------------------------------------------------------------------------------------


def _database_ready(window: MainWindow) -> bool:
    if getattr(window.ctx, "has_db", True):
        return True
    window.show_error(_t("The database is still being opened; try again in a moment."))
    return False


def open_catalogue(window: MainWindow) -> CatalogueDialog | None:
    if not _database_ready(window):
        return None
    dialog = window.catalogue.dialog
    if dialog is None:
        dialog = window.catalogue.dialog = CatalogueDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.refresh()
    return dialog


def open_import_wizard(window: MainWindow) -> ImportWizard | None:
    if not _database_ready(window):
        return None
    wizard = ImportWizard(window)

    def saved(result: SaveResult) -> None:
        dialog = window.catalogue.dialog
        if dialog is not None and dialog.isVisible():
            dialog.refresh(select=result.programme_id)
        window.statusBar().showMessage(result.summary(), 8000)

    wizard.saved.connect(saved)
    wizard.open()
    return wizard


class CatalogueFeature(QObject):
    """The Catalogue menu's programme entries and the one programmes dialog of the window (opened on demand)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.dialog: CatalogueDialog | None = None
        menu = window.menu_catalogue
        self.action_browse = QAction(_t("&Programmes…"), window)
        self.action_browse.triggered.connect(lambda _checked=False: open_catalogue(window))
        menu.addAction(self.action_browse)
        self.action_import = QAction(_t("&Import programme…"), window)
        self.action_import.triggered.connect(lambda _checked=False: open_import_wizard(window))
        menu.addAction(self.action_import)
        menu.addSeparator()
        self.action_template = QAction(_t("Save blank &template…"), window)
        self.action_template.triggered.connect(lambda _checked=False: save_template_dialog(window))
        menu.addAction(self.action_template)
