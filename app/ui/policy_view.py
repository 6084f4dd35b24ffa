"""Policy profiles in the GUI: the profiles and their versions, an editor for every rule, and the history.

A stored version is never changed: the editor works on a copy of the latest version (or of an older one, to go
back to it) and saving writes the next version through ``app.services.policy``. Older versions open read-only,
with who saved them, when and why, and which cases were decided under them. Problems are flagged on the setting
(and the grade table row) concerned while editing, before anything can be saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.components import COMPONENT_TYPES
from app.domain.policy_rules import (
    APPEAL_WINDOW_FROM,
    DEFAULT_GRADE_TABLE,
    IDENTITY_RULES,
    LEVEL_RULES,
    MAX_NEARLY_MARGIN,
    MAX_SNAPSHOT_AGE_DAYS,
    MAX_TIME_LIMIT_DAYS,
    PAPER_TEXTS,
    TIME_LIMITS,
    VERIFICATION_LEVELS,
    WORKLOAD_RULES,
    GradeBand,
    PolicyRules,
)
from app.domain.programme import parse_number
from app.services.policy import RuleProblem, rules_problems
from app.ui.i18n import date_display_format, format_date, format_datetime, format_number
from app.ui.labels import component_type_label

if TYPE_CHECKING:
    from app.services.policy import ProfileRow, ProfileVersion, SavedVersion
    from app.ui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR_COLOUR = "#b00020"
ERROR_BACKGROUND = QColor("#fde7e9")
NO_DATE = QDate(2000, 1, 1)


# Literal translate("Policy", "...") calls, so that pyside6-lupdate collects every text.
translate = QCoreApplication.translate


# --- labels of settings and values --------------------------------------------------------------------------------


def field_label(key: str) -> str:
    return {
        "outcome_threshold": translate("Policy", "Match score for a covered outcome"),
        "full_coverage": translate("Policy", "Coverage for full recognition"),
        "partial_coverage": translate("Policy", "Coverage for partial recognition"),
        "hours_per_ects": translate("Policy", "Hours per ECTS credit"),
        "workload_rule": translate("Policy", "Workload rule"),
        "workload_min_ratio": translate("Policy", "Workload needed"),
        "workload_consistency_tolerance": translate("Policy", "Tolerance on a credential's hours per credit"),
        "cap_percent": translate("Policy", "Cap on recognised credits"),
        "cap_base": translate("Policy", "Cap base"),
        "eligible_component_types": translate("Policy", "Eligible component types"),
        "max_evidence_age_years": translate("Policy", "Maximum age of evidence"),
        "required_verification": translate("Policy", "Required verification"),
        "require_revocation_check": translate("Policy", "Revocation must be checked"),
        "identity_rule": translate("Policy", "Credential made out to another person"),
        "level_rule": translate("Policy", "Credential level below the programme's cycle"),
        "max_snapshot_age_days": translate("Policy", "Maximum age of a trust snapshot"),
        "excluded_issuer_countries": translate("Policy", "Issuer countries not accepted"),
        "require_translation": translate("Policy", "Translation required"),
        "partly_evidence_partial": translate("Policy", "Partial recognition when outcomes are only partly evidenced"),
        "partly_evidence_percent": translate("Policy", "Share of outcomes partly evidenced for a partial recognition"),
        "nearly_partly_margin": translate("Policy", "Margin under “partly” for the other outcomes"),
        "working_languages": translate("Policy", "Working languages"),
        "grade_table": translate("Policy", "Grade conversion table"),
        "pass_mark": translate("Policy", "Pass mark"),
        "partial_grade_rule": translate("Policy", "Grade of a partial recognition"),
        "decision_days": translate("Policy", "Time limit for the decision"),
        "order_days": translate("Policy", "Time limit for the order"),
        "appeal_days": translate("Policy", "Time for filing an appeal"),
        "appeal_window_from": translate("Policy", "Appeal window starts"),
        "appeal_decision_days": translate("Policy", "Time limit for the appeal decision"),
        "": translate("Policy", "Rules"),
    }.get(key, key)


def workload_rule_label(value: str) -> str:
    return {"warning": translate("Policy", "Warning only"),
            "proportional": translate("Policy", "Credits in proportion to the evidenced hours"),
            "hard": translate("Policy", "Hard rule: no full recognition with too little workload")}.get(value, value)


def identity_rule_label(value: str) -> str:
    return {"warn": translate("Policy", "Warning only"),
            "override": translate("Policy", "Recognised only with the commission's override and its reason"),
            "block": translate("Policy", "Never recognised on that credential")}.get(value, value)


def level_rule_label(value: str) -> str:
    return {"off": translate("Policy", "Not checked"),
            "warn": translate("Policy", "Warning only"),
            "block": translate("Policy", "Never recognised on that credential")}.get(value, value)


def appeal_window_label(value: str) -> str:
    return {"notification": translate("Policy", "on the day the applicant is notified of the decision"),
            "protocol": translate("Policy", "on the day the protocol is signed"),
            "order": translate("Policy", "on the date of the order")}.get(value, value)


def cap_base_label(value: str) -> str:
    return {"programme": translate("Policy", "of the programme's credits"),
            "academic_year": translate("Policy", "of the academic year's credits (60 ECTS)")}.get(value, value)


def verification_label(value: str) -> str:
    return {"none": translate("Policy", "None required"),
            "self-asserted": translate("Policy", "Valid signature, key not confirmed as the issuer's"),
            "checked": translate("Policy", "Checked against the original by staff"),
            "signature": translate("Policy", "Valid digital signature")}.get(value, value)


def partial_grade_label(value: str) -> str:
    return {"proportional": translate("Policy", "Certificate % × module points"),
            "commission": translate("Policy", "Set by the commission"),
            "none": translate("Policy", "No grade")}.get(value, value)


def type_label(value: str) -> str:
    return component_type_label(value)


def _percent(value: Any) -> str:
    if not isinstance(value, int | float):
        return ""
    return translate("Policy", "{0} %").format(format_number(round(float(value) * 100, 2)))


# The settings chosen from a list, each with the words for its values.
_CHOICE_LABELS: dict[str, Callable[[str], str]] = {
    "workload_rule": workload_rule_label, "identity_rule": identity_rule_label, "level_rule": level_rule_label,
    "cap_base": cap_base_label, "appeal_window_from": appeal_window_label,
    "required_verification": verification_label, "partial_grade_rule": partial_grade_label,
}


def value_text(key: str, value: Any) -> str:
    """A stored value as the editor shows it."""
    if value is None:
        return translate("Policy", "no limit") if key == "max_evidence_age_years" else "—"
    if key in ("full_coverage", "partial_coverage", "workload_consistency_tolerance"):
        return _percent(value)
    if key == "nearly_partly_margin" and isinstance(value, int | float) and not value:
        return translate("Policy", "off")
    if key in ("cap_percent", "partly_evidence_percent"):
        return translate("Policy", "{0} %").format(format_number(float(value)))
    if key == "hours_per_ects":
        return translate("Policy", "{0} h").format(format_number(float(value)))
    if key == "max_evidence_age_years":
        return translate("Policy", "{0} years").format(format_number(float(value)))
    if (key in TIME_LIMITS or key == "max_snapshot_age_days") and isinstance(value, int | float) \
            and not isinstance(value, bool):
        return translate("Policy", "%n day(s)", None, int(value))
    if key in _CHOICE_LABELS:
        return _CHOICE_LABELS[key](str(value))
    if key == "eligible_component_types":
        return ", ".join(type_label(str(v)) for v in value) or "—"
    if key in ("require_translation", "require_revocation_check", "partly_evidence_partial"):
        return translate("Policy", "yes") if value else translate("Policy", "no")
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, float | int) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def _band_text(band: dict[str, Any]) -> str:
    low, high = format_number(float(band.get("min_points", 0))), format_number(float(band.get("max_points", 0)))
    return f"{band.get('letter', '?')} {low}–{high}"


def grade_table_changes(old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]) -> list[str]:
    """Band by band (by letter): what changed in the grade table."""
    before = {str(b.get("letter", "")): b for b in old}
    after = {str(b.get("letter", "")): b for b in new}
    out = []
    for letter, band in after.items():
        if letter not in before:
            out.append(translate("Policy", "added {0}").format(_band_text(band)))
        elif before[letter] != band:
            if (before[letter].get("min_points"), before[letter].get("max_points")) != (
                    band.get("min_points"), band.get("max_points")):
                out.append(translate("Policy", "{0} → {1}").format(_band_text(before[letter]), _band_text(band)))
            else:
                out.append(translate("Policy", "{0}: national grade or pass changed").format(letter))
    out.extend(translate("Policy", "removed {0}").format(_band_text(band))
               for letter, band in before.items() if letter not in after)
    return out


def describe_changes(changes: dict[str, dict[str, Any]]) -> list[str]:
    """One line per changed setting: 'Hours per ECTS credit: 30 h → 25 h'."""
    lines = []
    for key, change in changes.items():
        if key == "grade_table":
            details = grade_table_changes(change.get("from") or [], change.get("to") or [])
            text = "; ".join(details) or translate("Policy", "changed")
            lines.append(translate("Policy", "{0}: {1}").format(field_label(key), text))
        else:
            lines.append(translate("Policy", "{0}: {1} → {2}").format(
                field_label(key), value_text(key, change.get("from")), value_text(key, change.get("to"))))
    return lines


def _item(text: str, *, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
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


def _spin(minimum: float, maximum: float, decimals: int, step: float, suffix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(minimum, maximum)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    if suffix:
        spin.setSuffix(suffix)
    spin.setMinimumWidth(110)
    return spin


def _days(suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, MAX_TIME_LIMIT_DAYS)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(110)
    return spin


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _set_value(spin: QDoubleSpinBox, value: float) -> None:
    """Show a stored value exactly: more decimals for a value that has them."""
    if not float(value).is_integer() and spin.decimals() < 2:
        spin.setDecimals(2)
    spin.setValue(value)


def _combo(values: Sequence[str], label: Any) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    return combo


def _codes(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.replace(";", ",").split(",") if part.strip()))


# --- the rules editor ---------------------------------------------------------------------------------------------


class GradeTable(QTableWidget):
    """The grade conversion table: 100-point range ↔ ECTS letter ↔ national scale."""

    C_MIN, C_MAX, C_LETTER, C_NATIONAL, C_UK, C_EN, C_PASSED = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels([self.tr("From (points)"), self.tr("To (points)"), self.tr("ECTS"),
                                        self.tr("National grade"), self.tr("In Ukrainian"), self.tr("In English"),
                                        self.tr("Pass")])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (self.C_MIN, self.C_MAX, self.C_LETTER, self.C_NATIONAL, self.C_PASSED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.C_UK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.C_EN, QHeaderView.ResizeMode.Stretch)
        self.input_problems: list[RuleProblem] = []

    def set_bands(self, bands: Sequence[GradeBand]) -> None:
        self.setRowCount(0)
        for band in bands:
            self.append(band)

    def append(self, band: GradeBand) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, self.C_MIN, _item(format_number(band.min_points), editable=True))
        self.setItem(row, self.C_MAX, _item(format_number(band.max_points), editable=True))
        self.setItem(row, self.C_LETTER, _item(band.letter, editable=True))
        self.setItem(row, self.C_NATIONAL, _item(str(band.national), editable=True))
        self.setItem(row, self.C_UK, _item(band.national_uk, editable=True))
        self.setItem(row, self.C_EN, _item(band.national_en, editable=True))
        passed = QTableWidgetItem()
        passed.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        passed.setCheckState(Qt.CheckState.Checked if band.passed else Qt.CheckState.Unchecked)
        self.setItem(row, self.C_PASSED, passed)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Type into one cell (as the user would)."""
        item = self.item(row, column)
        if item is None:
            self.setItem(row, column, _item(text, editable=True))
        else:
            item.setText(text)

    def bands(self) -> list[GradeBand]:
        """The table as grade bands; cells that are not numbers are listed in ``input_problems``."""
        problems: list[RuleProblem] = []
        bands = []
        for row in range(self.rowCount()):
            letter = self.text(row, self.C_LETTER).upper()
            numbers = []
            for column, what in ((self.C_MIN, translate("Policy", "from")), (self.C_MAX, translate("Policy", "to"))):
                value = parse_number(self.text(row, column))
                if value is None:
                    message = translate("Policy", "row {0}: “{1}” ({2}) is not a number").format(
                        row + 1, self.text(row, column), what)
                    problems.append(RuleProblem("grade_table", message, (row,)))
                numbers.append(value if value is not None else 0.0)
            national = parse_number(self.text(row, self.C_NATIONAL))
            if national is None or not national.is_integer() or not 1 <= national <= 5:
                message = translate("Policy", "row {0}: the national grade must be 1..5").format(row + 1)
                problems.append(RuleProblem("grade_table", message, (row,)))
                national = 0.0
            passed = self.item(row, self.C_PASSED)
            bands.append(GradeBand(letter, numbers[0], numbers[1], int(national), self.text(row, self.C_UK),
                                   self.text(row, self.C_EN),
                                   passed is not None and passed.checkState() == Qt.CheckState.Checked))
        self.input_problems = problems
        return bands

    def mark(self, problems: Sequence[RuleProblem]) -> None:
        """Colour the rows that problems name, with the problems as the rows' tooltips."""
        by_row: dict[int, list[str]] = {}
        for problem in problems:
            for row in problem.rows:
                by_row.setdefault(row, []).append(problem.message)
        self.blockSignals(True)
        try:
            for row in range(self.rowCount()):
                messages = by_row.get(row, [])
                for column in range(self.columnCount()):
                    item = self.item(row, column)
                    if item is None:
                        continue
                    item.setBackground(QBrush(ERROR_BACKGROUND) if messages else QBrush())
                    item.setToolTip("\n".join(messages))
        finally:
            self.blockSignals(False)

    def marked_rows(self) -> list[int]:
        return [r for r in range(self.rowCount()) if (item := self.item(r, self.C_LETTER)) is not None
                and item.background().style() != Qt.BrushStyle.NoBrush]


class PolicyEditor(QWidget):
    """Every rule of a policy profile. ``values()`` gives them as ``PolicyRules`` fields; ``problems()`` says
    what must be fixed before they can be saved (and flags the settings concerned)."""

    changed = Signal()
    checked = Signal()  # the problems were checked again (``last_problems``)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._dirty = False
        self._read_only = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(self._build_recognition()), self.tr("Recognition"))
        self.tabs.addTab(self._scrolled(self._build_evidence()), self.tr("Eligibility and evidence"))
        self.tabs.addTab(self._build_grades(), self.tr("Grades"))
        self.tabs.addTab(self._scrolled(self._build_procedure()), self.tr("Procedure"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self.check)
        self.field_widgets: dict[str, QWidget] = {
            "outcome_threshold": self.outcome_threshold, "full_coverage": self.full_coverage,
            "partial_coverage": self.partial_coverage, "partly_evidence_partial": self.partly_evidence_partial,
            "partly_evidence_percent": self.partly_evidence_percent,
            "nearly_partly_margin": self.nearly_partly_margin,
            "hours_per_ects": self.hours_per_ects,
            "workload_rule": self.workload_rule, "workload_min_ratio": self.workload_min_ratio,
            "workload_consistency_tolerance": self.workload_tolerance,
            "cap_percent": self.cap_percent, "cap_base": self.cap_base,
            "eligible_component_types": self.types_box, "max_evidence_age_years": self.max_age,
            "required_verification": self.required_verification,
            "require_revocation_check": self.require_revocation_check, "identity_rule": self.identity_rule,
            "level_rule": self.level_rule, "max_snapshot_age_days": self.max_snapshot_age,
            "excluded_issuer_countries": self.excluded_countries, "require_translation": self.require_translation,
            "working_languages": self.working_languages, "grade_table": self.grade_table,
            "pass_mark": self.pass_mark, "partial_grade_rule": self.partial_grade_rule,
            **self.time_limits, "appeal_window_from": self.appeal_window_from,
        }
        self.last_problems: list[RuleProblem] = []

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    # --- building ---------------------------------------------------------------------------------------------
    def _build_recognition(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        coverage = QGroupBox(self.tr("Coverage of the component's learning outcomes"))
        form = _form(coverage)
        self.outcome_threshold = _spin(0, 1, 2, 0.05)
        self.full_coverage = _spin(0, 100, 0, 5, self.tr(" %"))
        self.partial_coverage = _spin(0, 100, 0, 5, self.tr(" %"))
        form.addRow(self.tr("An outcome counts as covered from match score:"), self.outcome_threshold)
        form.addRow(self.tr("Full recognition from coverage:"), self.full_coverage)
        form.addRow(self.tr("Partial recognition above coverage:"), self.partial_coverage)
        self.partly_evidence_partial = QCheckBox(self.tr("Partial recognition on partly evidenced outcomes"))
        form.addRow("", self.partly_evidence_partial)
        self.partly_evidence_percent = _spin(50, 100, 0, 1, self.tr(" %"))
        form.addRow(self.tr("…when at least this share is partly evidenced:"),
                    self.partly_evidence_percent)
        self.partly_evidence_partial.toggled.connect(self.partly_evidence_percent.setEnabled)
        self.nearly_partly_margin = _spin(0, MAX_NEARLY_MARGIN, 3, 0.005)
        self.nearly_partly_margin.setSpecialValueText(self.tr("off"))
        form.addRow(self.tr("…or one is, the others at most this far under it:"), self.nearly_partly_margin)
        self.partly_evidence_partial.toggled.connect(self.nearly_partly_margin.setEnabled)
        form.addRow(self._hint(self.tr("Coverage is the share of the component's outcomes that the evidence "
                                           "covers. Partial recognition also needs at least one covered outcome, "
                                           "unless no outcome is covered and at least the share above (two "
                                           "outcomes or more) is partly evidenced: each partly evidenced outcome "
                                           "then gives half its share of the credits, and the commission confirms "
                                           "each pair. 66 % is two outcomes of three, three of four. Where one "
                                           "outcome is partly evidenced and every other scores at most the margin "
                                           "under the “partly” line (0.75 of the score above), each by another "
                                           "outcome, the partly evidenced one gives half its share.")))
        workload = QGroupBox(self.tr("Workload"))
        form = _form(workload)
        self.hours_per_ects = _spin(0, 60, 0, 1, self.tr(" h"))
        self.workload_rule = _combo(WORKLOAD_RULES, workload_rule_label)
        self.workload_min_ratio = _spin(0, 2, 2, 0.05, self.tr(" × component hours"))
        form.addRow(self.tr("Hours per ECTS credit:"), self.hours_per_ects)
        form.addRow(self.tr("Evidence hours needed:"), self.workload_min_ratio)
        form.addRow(self.tr("When the evidence has fewer hours:"), self.workload_rule)
        self.workload_tolerance = _spin(0, 100, 0, 5, self.tr(" %"))
        form.addRow(self.tr("A credential's hours per credit may differ by:"), self.workload_tolerance)
        form.addRow(self._hint(self.tr("30 hours per credit in Ukraine, 25–30 in the EU. The ECTS Users' Guide "
                                           "judges recognition on outcomes, so workload is usually a warning. A "
                                           "credential whose hours and credits disagree by more than the tolerance "
                                           "is flagged.")))
        cap = QGroupBox(self.tr("Cap on recognised credits"))
        form = _form(cap)
        self.cap_percent = _spin(0, 100, 0, 1, self.tr(" %"))
        self.cap_base = _combo(("programme", "academic_year"), cap_base_label)
        row = QHBoxLayout()
        row.addWidget(self.cap_percent)
        row.addWidget(self.cap_base, 1)
        form.addRow(self.tr("At most:"), row)
        form.addRow(self._hint(self.tr("Counted over all earlier decisions for the student.")))
        for group in (coverage, workload, cap):
            layout.addWidget(group)
        layout.addStretch(1)
        for spin in (self.outcome_threshold, self.full_coverage, self.partial_coverage, self.partly_evidence_percent,
                     self.nearly_partly_margin, self.hours_per_ects, self.workload_min_ratio, self.workload_tolerance,
                     self.cap_percent):
            spin.valueChanged.connect(self._touched)
        for combo in (self.workload_rule, self.cap_base):
            combo.currentIndexChanged.connect(self._touched)
        self.partly_evidence_partial.toggled.connect(self._touched)
        return page

    def _build_evidence(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.types_box = QGroupBox(self.tr("Components that may be recognised"))
        types_layout = QHBoxLayout(self.types_box)
        self.type_checks: dict[str, QCheckBox] = {}
        for kind in COMPONENT_TYPES:
            check = QCheckBox(type_label(kind))
            check.toggled.connect(self._touched)
            self.type_checks[kind] = check
            types_layout.addWidget(check)
        types_layout.addStretch(1)
        evidence = QGroupBox(self.tr("Evidence"))
        form = _form(evidence)
        self.max_age = _spin(0, 100, 0, 1, self.tr(" years"))
        self.max_age.setSpecialValueText(self.tr("no limit"))
        self.required_verification = _combo(VERIFICATION_LEVELS, verification_label)
        self.excluded_countries = QLineEdit()
        self.excluded_countries.setMinimumWidth(320)
        self.excluded_countries.setPlaceholderText(self.tr("two-letter country codes, separated by commas"))
        self.require_revocation_check = QCheckBox(
            self.tr("A credential whose revocation could not be checked offline is not enough"))
        self.require_translation = QCheckBox(self.tr("Evidence in another language needs a translation attached"))
        self.identity_rule = _combo(IDENTITY_RULES, identity_rule_label)
        self.level_rule = _combo(LEVEL_RULES, level_rule_label)
        self.level_rule.setToolTip(self.tr("EQF/NQF level the credential states against the programme's cycle "
                                           "(short cycle 5, bachelor 6, master 7, PhD 8); no stated level, no check"))
        self.max_snapshot_age = _spin(1, MAX_SNAPSHOT_AGE_DAYS, 0, 30, self.tr(" days"))
        self.max_snapshot_age.setToolTip(self.tr("Registry, federation and trusted-list snapshots (and saved DID "
                                                 "documents) older than this are flagged on the trust page"))
        self.working_languages = QLineEdit()
        self.working_languages.setMinimumWidth(320)
        self.working_languages.setPlaceholderText(self.tr("language codes, separated by commas"))
        form.addRow(self.tr("Maximum age of the evidence:"), self.max_age)
        form.addRow(self.tr("Required verification:"), self.required_verification)
        form.addRow("", self.require_revocation_check)
        form.addRow(self.tr("Credential made out to another person:"), self.identity_rule)
        form.addRow(self.tr("Credential level below the programme's cycle:"), self.level_rule)
        form.addRow(self.tr("Trust snapshots older than this need renewing:"), self.max_snapshot_age)
        form.addRow(self.tr("Issuer countries not accepted:"), self.excluded_countries)
        form.addRow(self.tr("Working languages:"), self.working_languages)
        form.addRow("", self.require_translation)
        layout.addWidget(self.types_box)
        layout.addWidget(evidence)
        layout.addStretch(1)
        self.max_age.valueChanged.connect(self._touched)
        self.required_verification.currentIndexChanged.connect(self._touched)
        self.identity_rule.currentIndexChanged.connect(self._touched)
        self.level_rule.currentIndexChanged.connect(self._touched)
        self.excluded_countries.textEdited.connect(self._touched)
        self.working_languages.textEdited.connect(self._touched)
        self.require_translation.toggled.connect(self._touched)
        self.require_revocation_check.toggled.connect(self._touched)
        self.max_snapshot_age.valueChanged.connect(self._touched)
        return page

    def _build_grades(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = _form()
        self.pass_mark = _spin(0, 100, 0, 1, self.tr(" points"))
        self.partial_grade_rule = _combo(("proportional", "commission", "none"), partial_grade_label)
        form.addRow(self.tr("Pass mark for pass/fail components:"), self.pass_mark)
        form.addRow(self.tr("Grade of a partial recognition:"), self.partial_grade_rule)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Conversion of a 100-point score to the ECTS letter and the national "
                                        "scale:")))
        self.grade_table = GradeTable()
        self.grade_table.itemChanged.connect(self._touched)
        layout.addWidget(self.grade_table, 1)
        self.add_band_button = QPushButton(self.tr("Add row"))
        self.add_band_button.clicked.connect(self.add_band)
        self.remove_band_button = QPushButton(self.tr("Remove row"))
        self.remove_band_button.clicked.connect(self.remove_band)
        self.standard_button = QPushButton(self.tr("Standard table"))
        self.standard_button.setToolTip(self.tr("Replace the table with A 90–100, B 82–89.99, C 74–81.99, "
                                                "D 64–73.99, E 60–63.99, FX 35–59.99, F 0–34.99"))
        self.standard_button.clicked.connect(self.standard_table)
        buttons = QHBoxLayout()
        for button in (self.add_band_button, self.remove_band_button, self.standard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.pass_mark.valueChanged.connect(self._touched)
        self.partial_grade_rule.currentIndexChanged.connect(self._touched)
        return page

    def _build_procedure(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        limits = QGroupBox(self.tr("Time limits"))
        form = _form(limits)
        self.decision_days = _days(self.tr(" days"))
        self.order_days = _days(self.tr(" days"))
        self.appeal_days = _days(self.tr(" days"))
        self.appeal_decision_days = _days(self.tr(" days"))
        form.addRow(self.tr("Decision, from the filing of the application:"), self.decision_days)
        form.addRow(self.tr("Order, from the signing of the protocol:"), self.order_days)
        self.appeal_window_from = _combo(APPEAL_WINDOW_FROM, appeal_window_label)
        self.appeal_window_from.setToolTip(self.tr("The applicant's time for an appeal is counted from this day. "
                                                   "Counted from the notification, it starts only when the "
                                                   "notification is recorded on the case."))
        form.addRow(self.tr("Appeals accepted for:"), self.appeal_days)
        form.addRow(self.tr("counted from:"), self.appeal_window_from)
        form.addRow(self.tr("Appeal decision, from the filing of the appeal:"), self.appeal_decision_days)
        form.addRow(self._hint(self.tr("The deadlines of the cases decided under this version. A case registered "
                                       "without a decision date gets the filing date plus the time limit for "
                                       "the decision.")))
        layout.addWidget(limits)
        layout.addStretch(1)
        self.time_limits: dict[str, QSpinBox] = {
            "decision_days": self.decision_days, "order_days": self.order_days, "appeal_days": self.appeal_days,
            "appeal_decision_days": self.appeal_decision_days,
        }
        for spin in self.time_limits.values():
            spin.valueChanged.connect(self._touched)
        self.appeal_window_from.currentIndexChanged.connect(self._touched)
        return page

    # --- loading ----------------------------------------------------------------------------------------------
    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def set_rules(self, rules: PolicyRules) -> None:
        # The texts the papers cite have no fields in this editor yet: a new version keeps them as they were.
        self._paper_texts = {key: getattr(rules, key) for key in PAPER_TEXTS}
        self._loading = True
        try:
            self.outcome_threshold.setValue(rules.outcome_threshold)
            _set_value(self.full_coverage, rules.full_coverage * 100)
            _set_value(self.partial_coverage, rules.partial_coverage * 100)
            self.partly_evidence_partial.setChecked(rules.partly_evidence_partial)
            self.partly_evidence_percent.setEnabled(rules.partly_evidence_partial)
            _set_value(self.partly_evidence_percent, rules.partly_evidence_percent)
            self.nearly_partly_margin.setEnabled(rules.partly_evidence_partial)
            self.nearly_partly_margin.setValue(rules.nearly_partly_margin)
            _set_value(self.hours_per_ects, rules.hours_per_ects)
            self._choose(self.workload_rule, rules.workload_rule)
            self.workload_min_ratio.setValue(rules.workload_min_ratio)
            _set_value(self.workload_tolerance, rules.workload_consistency_tolerance * 100)
            _set_value(self.cap_percent, rules.cap_percent)
            self._choose(self.cap_base, rules.cap_base)
            for kind, check in self.type_checks.items():
                check.setChecked(kind in rules.eligible_component_types)
            _set_value(self.max_age, rules.max_evidence_age_years or 0.0)
            self._choose(self.required_verification, rules.required_verification)
            self._choose(self.identity_rule, rules.identity_rule)
            self._choose(self.level_rule, rules.level_rule)
            self.excluded_countries.setText(", ".join(rules.excluded_issuer_countries))
            self.require_translation.setChecked(rules.require_translation)
            self.require_revocation_check.setChecked(rules.require_revocation_check)
            _set_value(self.max_snapshot_age, rules.max_snapshot_age_days)
            self.working_languages.setText(", ".join(rules.working_languages))
            _set_value(self.pass_mark, rules.pass_mark)
            self._choose(self.partial_grade_rule, rules.partial_grade_rule)
            self.grade_table.set_bands(rules.grade_table)
            for key, spin in self.time_limits.items():
                spin.setValue(getattr(rules, key))
            self._choose(self.appeal_window_from, rules.appeal_window_from)
        finally:
            self._loading = False
        self._dirty = False
        self.check()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        spins: tuple[QAbstractSpinBox, ...] = (
            self.outcome_threshold, self.full_coverage, self.partial_coverage, self.partly_evidence_percent,
            self.nearly_partly_margin, self.hours_per_ects, self.workload_min_ratio, self.workload_tolerance,
            self.cap_percent, self.max_age,
            self.max_snapshot_age,
            self.pass_mark,
            *self.time_limits.values())
        for spin in spins:
            spin.setReadOnly(read_only)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if read_only
                                  else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        for line in (self.excluded_countries, self.working_languages):
            line.setReadOnly(read_only)
        for widget in (self.workload_rule, self.cap_base, self.required_verification, self.identity_rule,
                       self.level_rule, self.partial_grade_rule, self.appeal_window_from,
                       self.require_translation, self.require_revocation_check, self.partly_evidence_partial,
                       *self.type_checks.values(),
                       self.add_band_button,
                       self.remove_band_button, self.standard_button):
            widget.setEnabled(not read_only)
        self.grade_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                         else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.grade_table.blockSignals(True)  # changing flags is no edit
        try:
            for row in range(self.grade_table.rowCount()):
                item = self.grade_table.item(row, GradeTable.C_PASSED)
                if item is not None:
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    item.setFlags(flags if read_only else flags | Qt.ItemFlag.ItemIsUserCheckable)
        finally:
            self.grade_table.blockSignals(False)

    def is_read_only(self) -> bool:
        return self._read_only

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

    def add_band(self) -> None:
        self.grade_table.append(GradeBand("", 0, 0, 2, "", "", passed=False))
        row = self.grade_table.rowCount() - 1
        self.grade_table.setCurrentCell(row, GradeTable.C_MIN)
        self._touched()

    def remove_band(self) -> None:
        row = self.grade_table.currentRow()
        if row >= 0:
            self.grade_table.removeRow(row)
            self._touched()

    def standard_table(self) -> None:
        self.grade_table.blockSignals(True)
        try:
            self.grade_table.set_bands(DEFAULT_GRADE_TABLE)
        finally:
            self.grade_table.blockSignals(False)
        self._touched()

    # --- collecting and checking ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The rules as edited (``PolicyRules`` field names; JSON-like values)."""
        age = self.max_age.value()
        return {
            "outcome_threshold": round(self.outcome_threshold.value(), 4),
            "full_coverage": round(self.full_coverage.value() / 100, 4),
            "partial_coverage": round(self.partial_coverage.value() / 100, 4),
            "partly_evidence_partial": self.partly_evidence_partial.isChecked(),
            "partly_evidence_percent": round(self.partly_evidence_percent.value()),
            "nearly_partly_margin": round(self.nearly_partly_margin.value(), 4),
            "hours_per_ects": self.hours_per_ects.value(),
            "workload_rule": str(self.workload_rule.currentData()),
            "workload_min_ratio": round(self.workload_min_ratio.value(), 4),
            "workload_consistency_tolerance": round(self.workload_tolerance.value() / 100, 4),
            "cap_percent": self.cap_percent.value(),
            "cap_base": str(self.cap_base.currentData()),
            "eligible_component_types": tuple(k for k, c in self.type_checks.items() if c.isChecked()),
            "max_evidence_age_years": age if age > 0 else None,
            "required_verification": str(self.required_verification.currentData()),
            "identity_rule": str(self.identity_rule.currentData()),
            "level_rule": str(self.level_rule.currentData()),
            "excluded_issuer_countries": tuple(c.upper() for c in _codes(self.excluded_countries.text())),
            "require_translation": self.require_translation.isChecked(),
            "require_revocation_check": self.require_revocation_check.isChecked(),
            "max_snapshot_age_days": int(self.max_snapshot_age.value()),
            "working_languages": tuple(c.lower() for c in _codes(self.working_languages.text())),
            "grade_table": tuple(self.grade_table.bands()),
            "pass_mark": self.pass_mark.value(),
            "partial_grade_rule": str(self.partial_grade_rule.currentData()),
            **{key: spin.value() for key, spin in self.time_limits.items()},
            "appeal_window_from": str(self.appeal_window_from.currentData()),
            **getattr(self, "_paper_texts", {}),
        }

    def problems(self) -> list[RuleProblem]:
        values = self.values()
        own: list[RuleProblem] = list(self.grade_table.input_problems)
        if not values["eligible_component_types"]:
            own.append(RuleProblem("eligible_component_types", translate("Policy", "no component type is eligible")))
        if any(len(c) != 2 or not c.isalpha() for c in values["excluded_issuer_countries"]):
            own.append(RuleProblem("excluded_issuer_countries",
                                   translate("Policy", "country codes are two letters, like UA or RU")))
        if not values["working_languages"]:
            own.append(RuleProblem("working_languages", translate("Policy", "at least one working language is needed")))
        if own and self.grade_table.input_problems:
            # Cells that are not numbers would give confusing overlap messages: list them first, alone.
            return own
        return own + rules_problems(values)

    def check(self) -> list[RuleProblem]:
        """Flag the settings and grade rows with problems; returns the problems."""
        problems = self.problems() if not self._read_only else []
        self.last_problems = problems
        bad = {p.field for p in problems}
        for key, widget in self.field_widgets.items():
            if key == "grade_table":
                continue
            widget.setStyleSheet(f"border: 2px solid {ERROR_COLOUR};" if key in bad else "")
            widget.setToolTip("\n".join(p.message for p in problems if p.field == key))
        self.grade_table.mark([p for p in problems if p.field == "grade_table" or p.rows])
        grade_problems = any(p.field == "grade_table" for p in problems)
        self.tabs.setTabText(2, self.tr("Grades ⚠") if grade_problems else self.tr("Grades"))
        limit_problems = any(p.field in TIME_LIMITS for p in problems)
        self.tabs.setTabText(3, self.tr("Procedure ⚠") if limit_problems else self.tr("Procedure"))
        if problems:
            lines = [translate("Policy", "{0}: {1}").format(field_label(p.field), p.message) for p in problems]
            unique = list(dict.fromkeys(lines))
            self.summary.setText(self.tr("To fix before saving: {0}").format("; ".join(unique)))
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR}")
        else:
            self.summary.setText("")
            self.summary.setStyleSheet("")
        self.checked.emit()
        return problems

    def rules(self) -> PolicyRules:
        from app.services.policy import build_rules

        return build_rules(self.values())


# --- the profiles window ------------------------------------------------------------------------------------------


class PolicyDialog(QDialog):
    """Profiles on the left; on the right the selected profile's versions and the rules of the selected version
    (the latest editable, older ones read-only)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx
        self.profiles: list[ProfileRow] = []
        self.loaded: ProfileVersion | None = None
        self.editing_from_old = False
        self._pending: tuple[str | None, int | None] = (None, None)
        self.setWindowTitle(self.tr("Policy profiles"))
        self.resize(1280, 820)
        # Left: the profiles.
        self.list = _table([self.tr("Profile"), self.tr("Latest"), self.tr("Cases")])
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        header = self.list.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._on_profile_selected)
        self.new_button = QPushButton(self.tr("New profile…"))
        self.new_button.clicked.connect(self.new_profile)
        self.copy_button = QPushButton(self.tr("Copy…"))
        self.copy_button.setToolTip(self.tr("A new profile starting from the rules of the version shown"))
        self.copy_button.clicked.connect(self.copy_profile)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.copy_button)
        left_layout.addLayout(buttons)
        # Right, top: the versions of the selected profile.
        self.history_label = QLabel(self.tr("Versions (newest first):"))
        self.history = _table([self.tr("Version"), self.tr("Valid from"), self.tr("Saved by"), self.tr("Saved"),
                               self.tr("Cases"), self.tr("Note")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.history.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.history.itemSelectionChanged.connect(self._on_version_selected)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history)
        # Right, bottom: the version shown.
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.title.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;")
        self.edit_old_button = QPushButton(self.tr("Make a new version from this one"))
        self.edit_old_button.clicked.connect(self.edit_from_old)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.edit_old_button)
        self.banner_box = QWidget()
        self.banner_box.setLayout(banner_row)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self.editor = PolicyEditor()
        self.editor.changed.connect(self._update_buttons)
        self.editor.checked.connect(self._update_buttons)
        meta = QFormLayout()
        self.institution = QLineEdit()
        self.institution.textEdited.connect(self._meta_touched)
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setMinimumDate(NO_DATE)
        self.valid_from.setSpecialValueText(self.tr("not set"))
        self.valid_from.setDisplayFormat(date_display_format())
        self.valid_from.dateChanged.connect(self._meta_touched)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What changed and why, e.g. the decision of the academic council"))
        self.note.textEdited.connect(self._update_buttons)
        meta.addRow(self.tr("Institution:"), self.institution)
        date_row = QHBoxLayout()
        date_row.addWidget(self.valid_from)
        date_row.addStretch(1)
        meta.addRow(self.tr("Valid from:"), date_row)
        meta.addRow(self.tr("Note for the new version:"), self.note)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save as a new version"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        self.save_hint = QLabel()
        self.save_hint.setWordWrap(True)
        save_row.addWidget(self.save_hint, 1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        version_box = QWidget()
        version_layout = QVBoxLayout(version_box)
        version_layout.setContentsMargins(0, 0, 0, 0)
        version_layout.addWidget(self.title)
        version_layout.addWidget(self.info)
        version_layout.addWidget(self.banner_box)
        version_layout.addWidget(self.editor, 1)
        version_layout.addLayout(meta)
        version_layout.addLayout(save_row)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(history_box)
        right.addWidget(version_box)
        right.setSizes([140, 680])
        right.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 960])
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._meta_dirty = False
        self._loading_meta = False
        self._show_nothing()

    # --- the lists --------------------------------------------------------------------------------------------
    def refresh(self, select_name: str | None = None, select_id: int | None = None) -> None:
        from app.services.policy import list_profiles

        current = self.loaded
        self._pending = (select_name or (current.name if current else None),
                         select_id if select_id is not None else (current.id if current and select_name is None
                                                                  else None))
        db = self.ctx.db
        self.ctx.runner.start(lambda _task: list_profiles(db), title=self.tr("Loading policy profiles"),
                              on_success=self._on_list, on_failure=self.window_.show_error)

    def _on_list(self, profiles: list[ProfileRow]) -> None:
        self.profiles = profiles
        name, version_id = self._pending
        self.list.blockSignals(True)
        try:
            self.list.setRowCount(len(profiles))
            for r, profile in enumerate(profiles):
                title = _item(profile.name)
                title.setData(NAME_ROLE, profile.name)
                title.setToolTip(f"{profile.name}\n{profile.institution}")
                self.list.setItem(r, 0, title)
                self.list.setItem(r, 1, _item(self.tr("v{0}").format(profile.latest.version)))
                self.list.setItem(r, 2, _item(str(profile.cases)))
            self.list.resizeRowsToContents()
        finally:
            self.list.blockSignals(False)
        if not profiles:
            self._show_nothing()
            return
        target = next((p for p in profiles if p.name == name), profiles[0])
        for r, profile in enumerate(profiles):
            if profile is target:
                self.list.blockSignals(True)
                self.list.selectRow(r)
                self.list.blockSignals(False)
        self._fill_history(target, version_id)

    def _profile(self, name: str) -> ProfileRow | None:
        return next((p for p in self.profiles if p.name == name), None)

    def _fill_history(self, profile: ProfileRow, select_id: int | None = None) -> None:
        self.history_label.setText(self.tr("Versions of “{0}” (newest first):").format(profile.name))
        self.history.blockSignals(True)
        try:
            self.history.setRowCount(len(profile.versions))
            for r, v in enumerate(profile.versions):
                number = _item(self.tr("v{0} (latest)").format(v.version) if r == 0
                               else self.tr("v{0}").format(v.version))
                number.setData(ID_ROLE, v.id)
                self.history.setItem(r, 0, number)
                self.history.setItem(r, 1, _item(format_date(v.valid_from) or "—"))
                self.history.setItem(r, 2, _item(v.created_by or "—"))
                self.history.setItem(r, 3, _item(format_datetime(v.created_at)))
                self.history.setItem(r, 4, _item(str(v.cases)))
                note = _item(v.note)
                note.setToolTip(v.note)
                self.history.setItem(r, 5, note)
        finally:
            self.history.blockSignals(False)
        target = select_id if select_id is not None and any(v.id == select_id for v in profile.versions) \
            else profile.latest.id
        for r, v in enumerate(profile.versions):
            if v.id == target:
                self.history.blockSignals(True)
                self.history.selectRow(r)
                self.history.blockSignals(False)
        self.open_version(target)

    def _selected(self, table: QTableWidget, role: int) -> Any:
        items = table.selectedItems()
        if not items:
            return None
        item = table.item(items[0].row(), 0)
        return item.data(role) if item is not None else None

    def _on_profile_selected(self) -> None:
        name = self._selected(self.list, NAME_ROLE)
        if name is None or (self.loaded is not None and self.loaded.name == name):
            return
        if not self._may_discard():
            self._reselect()
            return
        profile = self._profile(name)
        if profile is not None:
            self._fill_history(profile)

    def _on_version_selected(self) -> None:
        version_id = self._selected(self.history, ID_ROLE)
        if version_id is None or (self.loaded is not None and self.loaded.id == version_id):
            return
        if not self._may_discard():
            self._reselect()
            return
        self.open_version(int(version_id))

    def _reselect(self) -> None:
        """Put the selection back on the version being edited."""
        if self.loaded is None:
            return
        for table, role, value in ((self.list, NAME_ROLE, self.loaded.name), (self.history, ID_ROLE, self.loaded.id)):
            table.blockSignals(True)
            for r in range(table.rowCount()):
                item = table.item(r, 0)
                if item is not None and item.data(role) == value:
                    table.selectRow(r)
            table.blockSignals(False)

    # --- one version ------------------------------------------------------------------------------------------
    def open_version(self, version_id: int) -> None:
        from app.services.policy import get_version

        db = self.ctx.db
        self.ctx.runner.start(lambda _task: get_version(db, version_id), title=self.tr("Opening the policy profile"),
                              on_success=self._on_loaded, on_failure=self.window_.show_error)

    def _show_nothing(self) -> None:
        self.loaded = None
        self.history.setRowCount(0)
        self.title.setText(self.tr("No policy profile yet"))
        self.info.setText(self.tr("Create one with “New profile…”: it starts from the standard rules, which you "
                                  "can then change."))
        self.banner_box.setVisible(False)
        self.editor.setEnabled(False)
        self._update_buttons()

    def _on_loaded(self, version: ProfileVersion) -> None:
        self.loaded = version
        self.editing_from_old = False
        self.editor.setEnabled(True)
        self.editor.set_rules(version.rules)
        self._loading_meta = True
        try:
            self.institution.setText(version.institution)
            self.valid_from.setDate(QDate(version.valid_from) if version.valid_from else NO_DATE)
            self.note.clear()
        finally:
            self._loading_meta = False
        self._meta_dirty = False
        self.info.setText(self._info_text(version))
        self.info.setToolTip("\n".join(f"{c.reg_no} — {c.applicant}" for c in version.cases))
        self._apply_mode()

    def _info_text(self, version: ProfileVersion) -> str:
        parts = [self.tr("Saved {0} by {1}.").format(format_datetime(version.created_at), version.created_by or "—")]
        if version.note:
            parts.append(self.tr("Note: {0}").format(version.note))
        if version.cases:
            shown = ", ".join(c.reg_no for c in version.cases[:8])
            more = self.tr(" and {0} more").format(len(version.cases) - 8) if len(version.cases) > 8 else ""
            parts.append(self.tr("Used by %n case(s): {0}{1}.", "", len(version.cases)).format(shown, more))
        else:
            parts.append(self.tr("No case uses this version yet."))
        if version.version > 1:
            changes = describe_changes(version.changes)
            parts.append(self.tr("Changes from version {0}: {1}").format(
                version.version - 1, "; ".join(changes) if changes else self.tr("none in the rules")))
        if version.extras:
            kept = ", ".join(f"{k} = {v}" for k, v in sorted(version.extras.items()))
            parts.append(self.tr("Other settings, kept in new versions: {0}").format(kept))
        if version.unknown:
            unknown = ", ".join(f"{k} = {v}" for k, v in sorted(version.unknown.items()))
            parts.append(self.tr("Unknown settings (a typo?), not used and not kept in new versions: {0}").format(
                unknown))
        if version.problem:
            parts.append(self.tr("Problem: {0}. The editor shows the standard rules instead.").format(version.problem))
        return "\n".join(parts)

    def _apply_mode(self) -> None:
        version = self.loaded
        read_only = version is None or (not version.is_latest and not self.editing_from_old)
        if version is not None:
            state = (self.tr("latest version") if version.is_latest else self.tr("old version, read-only")
                     if read_only else self.tr("old version, copied for editing"))
            self.title.setText(self.tr("{0} — version {1} ({2})").format(version.name, version.version, state))
        self.editor.set_read_only(read_only)
        self.editor.check()
        for widget in (self.institution, self.note):
            widget.setReadOnly(read_only)
        self.valid_from.setReadOnly(read_only)
        self.valid_from.setButtonSymbols(QDateEdit.ButtonSymbols.NoButtons if read_only
                                         else QDateEdit.ButtonSymbols.UpDownArrows)
        if version is not None and not version.is_latest:
            if self.editing_from_old:
                text = self.tr("Editing from version {0}: saving makes it version {1}, the new latest. Version {0} "
                               "stays as it is.").format(version.version, version.latest_version + 1)
            else:
                text = self.tr("Version {0} of {1}: an old version is read-only, so the cases decided under it "
                               "keep their rules.").format(version.version, version.latest_version)
            self.banner.setText(text)
            self.banner_box.setVisible(True)
            self.edit_old_button.setVisible(not self.editing_from_old)
        else:
            self.banner_box.setVisible(False)
        self._update_buttons()

    def _meta_touched(self, *_args: Any) -> None:
        if not self._loading_meta:
            self._meta_dirty = True
            self._update_buttons()

    def is_dirty(self) -> bool:
        return self.editor.is_dirty() or self._meta_dirty

    def _update_buttons(self) -> None:
        version = self.loaded
        editable = version is not None and not self.editor.is_read_only()
        dirty = editable and (self.is_dirty() or self.editing_from_old)
        has_problems = bool(self.editor.last_problems)
        self.save_button.setEnabled(dirty and not has_problems)
        self.revert_button.setEnabled(dirty)
        self.copy_button.setEnabled(version is not None)
        if version is not None:
            self.save_button.setText(self.tr("Save as version {0}").format(version.latest_version + 1))
        if editable and not dirty:
            self.save_hint.setText(self.tr("Change a rule to make a new version; the versions saved before stay "
                                           "as they are."))
        elif editable and has_problems:
            self.save_hint.setText(self.tr("Fix the problems shown in red first."))
        else:
            self.save_hint.setText("")

    def _may_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                      self.tr("Discard the unsaved changes to this policy profile?"))
        return answer == QMessageBox.StandardButton.Yes

    # --- actions ----------------------------------------------------------------------------------------------
    def edit_from_old(self) -> None:
        self.editing_from_old = True
        if self.loaded is not None and not self.note.text().strip():
            self.note.setText(self.tr("Based on version {0}").format(self.loaded.version))
        self._apply_mode()

    def revert(self) -> None:
        if self.loaded is not None:
            self._on_loaded(self.loaded)

    def save(self) -> None:
        from app.errors import UserError
        from app.services.policy import save_new_version

        version = self.loaded
        if version is None or self.editor.is_read_only():
            return
        problems = self.editor.check()
        if problems:
            QMessageBox.warning(self, self.tr("The policy profile cannot be saved"), self.editor.summary.text())
            return
        try:
            rules = self.editor.rules()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("The policy profile cannot be saved"), str(exc))
            return
        qdate = self.valid_from.date()
        valid_from = None if qdate == NO_DATE else date(qdate.year(), qdate.month(), qdate.day())
        db, actor, name = self.ctx.db, self.ctx.actor, version.name
        note, institution, expected = self.note.text().strip(), self.institution.text(), version.latest_version
        self.save_button.setEnabled(False)
        self.ctx.runner.start(
            lambda _task: save_new_version(db, actor, name, rules, note, valid_from, expected,
                                           institution=institution),
            title=self.tr("Saving the policy profile"), on_success=self._on_saved, on_failure=self._on_save_failed)

    def _on_saved(self, saved: SavedVersion) -> None:
        self.editor.mark_clean()
        self._meta_dirty = False
        self.editing_from_old = False
        self.window_.statusBar().showMessage(
            self.tr("Saved “{0}” as version {1}; earlier versions are unchanged.").format(saved.name, saved.version),
            8000)
        self.loaded = None
        self.refresh(select_name=saved.name, select_id=saved.id)

    def _on_save_failed(self, message: str) -> None:
        self._update_buttons()
        self.window_.show_error(message)

    def _ask_name(self, title: str, prompt: str, suggestion: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, prompt, text=suggestion)
        return name.strip() if ok and name.strip() else None

    def new_profile(self) -> None:
        from app.services.policy import create_profile

        if not self._may_discard():
            return
        name = self._ask_name(self.tr("New policy profile"), self.tr("Name of the new profile:"), "")
        if name is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        institution = self.loaded.institution if self.loaded else ""
        self.ctx.runner.start(
            lambda _task: create_profile(db, actor, name, institution=institution,
                                         note=self.tr("Created with the standard rules")),
            title=self.tr("Creating the policy profile"), on_success=self._on_created,
            on_failure=self.window_.show_error)

    def copy_profile(self) -> None:
        from app.services.policy import copy_profile

        source = self.loaded
        if source is None or not self._may_discard():
            return
        name = self._ask_name(self.tr("Copy policy profile"),
                              self.tr("Name of the new profile (a copy of {0}, version {1}):").format(
                                  source.name, source.version),
                              self.tr("{0} (copy)").format(source.name))
        if name is None:
            return
        db, actor, source_id = self.ctx.db, self.ctx.actor, source.id
        self.ctx.runner.start(lambda _task: copy_profile(db, actor, source_id, name),
                              title=self.tr("Copying the policy profile"), on_success=self._on_created,
                              on_failure=self.window_.show_error)

    def _on_created(self, saved: SavedVersion) -> None:
        self.editor.mark_clean()
        self._meta_dirty = False
        self.window_.statusBar().showMessage(self.tr("Created policy profile “{0}”.").format(saved.name), 8000)
        self.loaded = None
        self.refresh(select_name=saved.name, select_id=saved.id)

    def reject(self) -> None:
        if self._may_discard():
            super().reject()


# --- installation -------------------------------------------------------------------------------------------------


def open_policy_profiles(window: MainWindow) -> PolicyDialog | None:
    if not getattr(window.ctx, "has_db", True):
        window.show_error(translate("Policy", "The database is still being opened; try again in a moment."))
        return None
    dialog = window.policy.dialog
    if dialog is None:
        dialog = window.policy.dialog = PolicyDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if not dialog.is_dirty():
        dialog.refresh()
    return dialog


class PolicyFeature(QObject):
    """The Catalogue menu's policy profiles entry and the one profiles dialog of the window (opened on demand)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.dialog: PolicyDialog | None = None
        window.menu_catalogue.addSeparator()
        self.action = QAction(translate("Policy", "&Policy profiles…"), window)
        self.action.triggered.connect(lambda _checked=False: open_policy_profiles(window))
        window.menu_catalogue.addAction(self.action)
