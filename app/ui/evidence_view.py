"""Evidence on a case: import (files, a folder, or drag and drop onto the case), and a details tab.

The details tab shows, for the selected item, the authenticity verdict with each check, the 16 elements with
where each came from (missing mandatory ones flagged), the learning outcomes, the learner comparison and a button
that opens the stored original. Importing runs on the task runner: progress and Cancel are in the status bar.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.evidence_texts import check_name, stored_text
from app.ui.i18n import error_text, format_datetime, translate_message
from app.ui.labels import element_value_label, language_label, learner_match_label, translate, verification_label

if TYPE_CHECKING:
    from app.services.evidence import EvidenceChange, EvidenceDetail, ImportSummary
    from app.ui.main_window import MainWindow

MANDATORY = {
    "learner_name", "learner_id", "title", "issuer_country", "awarding_body", "issued_on", "learning_outcomes",
    "workload_ects", "workload_hours", "assessment_type", "participation_form", "quality_assurance",
}  # fmt: skip  (element 8, the level, is mandatory only where applicable)
WARNING_COLOUR = "#9a6700"
STATUS_COLOURS = {
    "verified": "#1b7f3b",
    "invalid": "#b3261e",
    "unverifiable-offline": "#9a6700",
    "unsigned": "#5f6368",
    "failed": "#b3261e",
}


def element_label(name: str) -> str:
    labels = {
        "learner_name": translate("Evidence", "Learner"),
        "learner_id": translate("Evidence", "Learner identifier"),
        "title": translate("Evidence", "Title"),
        "issuer_country": translate("Evidence", "Country of the issuer"),
        "awarding_body": translate("Evidence", "Awarding body"),
        "issued_on": translate("Evidence", "Date of issuing"),
        "learning_outcomes": translate("Evidence", "Learning outcomes"),
        "workload_ects": translate("Evidence", "Workload (ECTS)"),
        "workload_hours": translate("Evidence", "Workload (hours)"),
        "eqf_level": translate("Evidence", "EQF level"),
        "assessment_type": translate("Evidence", "Type of assessment"),
        "participation_form": translate("Evidence", "Form of participation"),
        "quality_assurance": translate("Evidence", "Quality assurance"),
        "prerequisites": translate("Evidence", "Prerequisites"),
        "supervision": translate("Evidence", "Supervision and identity verification"),
        "grade": translate("Evidence", "Grade"),
        "stackability": translate("Evidence", "Integration / stackability"),
        "further_information": translate("Evidence", "Further information"),
    }
    return labels.get(name, name)


def _cell(text: str, *, colour: str | None = None, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if colour:
        item.setForeground(QBrush(QColor(colour)))
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class EvidenceDetailsTab(QWidget):
    """The evidence items of the open case on the left; the selected item's details on the right."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.detail: EvidenceDetail | None = None
        self._reselect: int | None = None  # the item to select when the case is shown again
        self.items = QListWidget()
        self.items.currentItemChanged.connect(self._on_item)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks = QTableWidget(0, 3)
        self.checks.setHorizontalHeaderLabels([self.tr("Check"), self.tr("Result"), self.tr("Detail")])
        self.elements = QTableWidget(0, 3)
        self.elements.setHorizontalHeaderLabels([self.tr("Element"), self.tr("Value"), self.tr("Found at")])
        for table in (self.checks, self.elements):
            table.verticalHeader().setVisible(False)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.setWordWrap(True)
        header = self.elements.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Source paths can be long JSON/XML paths: keep them narrow and elided so the values get the room.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        header.setStretchLastSection(False)
        self.elements.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # One line per element so that all sixteen fit; a cut value or path is read whole in its tooltip.
        self.elements.setWordWrap(False)
        self.elements.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.elements.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.checks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.outcomes = QListWidget()
        self.outcomes.setWordWrap(True)
        self.outcomes.setAlternatingRowColors(True)
        self.outcomes.setSpacing(2)
        self.learner = QLabel()
        self.learner.setWordWrap(True)
        self.element_notes = QLabel()  # what the rules notice about the elements (hours that contradict credits)
        self.element_notes.setWordWrap(True)
        self.element_notes.setStyleSheet(f"color: {WARNING_COLOUR}")
        self.element_notes.setVisible(False)
        self.open_button = QPushButton(self.tr("Open original file"))
        self.open_button.clicked.connect(self.open_original)
        self.open_button.setEnabled(False)
        self.check_button = QPushButton(self.tr("Confirm a check of the original…"))
        self.check_button.setToolTip(self.tr("Record, under your name, what you checked: the original seen, the "
                                             "issuer contacted…"))
        self.check_button.clicked.connect(self.confirm_check)
        self.check_button.setEnabled(False)
        self.manual_check = QLabel()
        self.manual_check.setWordWrap(True)
        # The language of the credential, and where the rules want one, whether its translation is attached: the
        # way out of their "in another language without a translation".
        self.language = QLabel()
        self.language.setVisible(False)
        self.translation = QCheckBox(self.tr("A translation into a working language is attached"))
        self.translation.setToolTip(self.tr("Recorded under your name; the proposals of the case follow at once"))
        self.translation.setVisible(False)
        self.translation.toggled.connect(self.set_translation)
        # The language was read from the text and may be wrong: the officer corrects it (the rule follows it).
        self.language_button = QPushButton(self.tr("Correct the language…"))
        self.language_button.setToolTip(self.tr("The language was read from the credential's text; correct it "
                                                "under your name if it is wrong"))
        self.language_button.setVisible(False)
        self.language_button.clicked.connect(self.correct_language)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setToolTip(self.tr("Take this item off the case (after the assessment started: with a "
                                              "reason, and the assessment is reopened)"))
        self.replace_button = QPushButton(self.tr("Replace with a file…"))
        self.manual_button = QPushButton(self.tr("Enter by hand…"))
        self.manual_button.setToolTip(self.tr("Type the elements in from the paper original (when no file can be "
                                              "read); the selected unreadable item is replaced"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.replace_button.clicked.connect(self.replace_selected)
        self.manual_button.clicked.connect(self.enter_by_hand)
        for button in (self.remove_button, self.replace_button):
            button.setEnabled(False)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        # The buttons on their own row and the verdict under them, full width: a verdict is a sentence or three
        # and must not be squeezed into a column beside the buttons.
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.check_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.manual_check)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(self.language_button)
        language_row.addWidget(self.translation)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        layout.addWidget(self.learner)
        # The elements, the checks and the outcomes each get the whole height in turn: on a 768-pixel laptop
        # screen the sixteen elements fit only so.
        elements_page = QWidget()
        page = QVBoxLayout(elements_page)
        page.addWidget(QLabel(self.tr("Elements (missing mandatory ones in red):")))
        page.addWidget(self.elements, 1)
        page.addWidget(self.element_notes)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(elements_page, self.tr("Elements"))
        self.detail_tabs.addTab(self.checks, self.tr("Checks"))
        self.detail_tabs.addTab(self.outcomes, self.tr("Learning outcomes"))
        layout.addWidget(self.detail_tabs, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items)
        for button in (self.remove_button, self.replace_button, self.manual_button):
            left_layout.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 660])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

    def show_case(self, _case_id: int) -> None:
        case = self.window_.case_view.case
        self.items.clear()
        self._clear_details()
        if case is None:
            return
        for e in case.evidence:
            text = f"{e.original_name} — {verification_label(e.verification_status)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setForeground(QBrush(QColor(STATUS_COLOURS.get(e.verification_status, "#000000"))))
            item.setToolTip("\n".join(x for x in (text, e.title or e.import_error) if x))
            self.items.addItem(item)
        if self.items.count():
            # After a change to one item the case is read again: the same item stays selected.
            wanted, self._reselect = self._reselect, None
            rows = [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())]
            self.items.setCurrentRow(rows.index(wanted) if wanted in rows else 0)

    def _clear_details(self) -> None:
        self.detail = None
        self.verdict.setText(self.tr("Import the applicant's files with Case ▸ Import evidence, or drop them here."))
        self.checks.setRowCount(0)
        self.elements.setRowCount(0)
        self.outcomes.clear()
        self.learner.clear()
        self.element_notes.clear()
        self.element_notes.setVisible(False)
        self.manual_check.clear()
        self.language.clear()
        self.language.setVisible(False)
        self.language_button.setVisible(False)
        self._show_translation(False, False)
        self.open_button.setEnabled(False)
        self.check_button.setEnabled(False)
        for button in (self.remove_button, self.replace_button):
            button.setEnabled(False)

    def _on_item(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            self._clear_details()
            return
        from app.services.evidence import get_evidence

        try:
            detail = get_evidence(self.window_.ctx.db, int(current.data(Qt.ItemDataRole.UserRole)))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash of the view
            self.window_.show_error(str(exc))
            return
        self.show_detail(detail)

    def _shown_source(self, where: str) -> str:
        """Where an element was read, with the reader's notes on how ("(table)", "(course topics)") in the
        officer's language; the locator itself ("pdf p.2", a JSON path) stays as the file has it."""
        notes = {" (table)": self.tr("(table)"), " (course topics)": self.tr("(course topics)"),
                 " (sentence)": self.tr("(sentence)"), " (top line)": self.tr("(top line)")}
        for suffix, shown in notes.items():
            if where.endswith(suffix):
                return f"{where.removesuffix(suffix)} {shown}"
        return where

    def _shown_value(self, name: str, value: object) -> str:
        """An element's value in the officer's language where the reader stored a code (a country by its name)."""
        text = str(value)
        if name == "issuer_country":
            from app.domain.countries import country_code, country_term

            code = country_code(text)
            return f"{translate_message(country_term(code))} ({code})" if code else text
        return element_value_label(name, text)

    def show_detail(self, detail: EvidenceDetail) -> None:
        self.detail = detail
        ver = detail.verification or {}
        status = detail.verification_status
        colour = STATUS_COLOURS.get(status, "#000000")
        message = detail.import_error or translate_message(stored_text(ver, "message"))
        typed = _typed_by_hand(detail)
        if typed is not None:  # stored in English for the record; shown in the interface language
            message = self.tr("Entered by hand by {0} from the original ({1}); the application checked no "
                              "signature.").format(*typed)
        self.verdict.setText(f"<b style='color:{colour}'>{verification_label(status)}</b> — {_escape(message)}")
        checks = list(ver.get("checks", []))
        self.checks.setRowCount(len(checks))
        marks = {True: (self.tr("passed"), "#1b7f3b"), False: (self.tr("failed"), "#b3261e"),
                 None: (self.tr("not checked offline"), "#9a6700")}  # fmt: skip
        for row, check in enumerate(checks):
            text, col = marks[check.get("passed")]
            self.checks.setItem(row, 0, _cell(translate_message(check_name(str(check.get("name", ""))))))
            self.checks.setItem(row, 1, _cell(text, colour=col))
            detail_cell = _cell(translate_message(stored_text(check, "detail")))
            detail_cell.setToolTip(detail_cell.text())
            self.checks.setItem(row, 2, detail_cell)
        from app.services.evidence import credential_elements, element_alternatives

        element_names = credential_elements()
        alternatives = element_alternatives()
        self.elements.setRowCount(len(element_names))
        missing = set(detail.missing_mandatory)
        for row, name in enumerate(element_names):
            el = detail.elements.get(name)
            label = element_label(name) + (" *" if name in MANDATORY else "")
            if el is None:
                flagged = name in missing
                value, tip = (self.tr("missing (mandatory)") if flagged else "—"), ""
                given = [n for n in alternatives.get(name, ()) if n in detail.elements]
                if given:  # a mandatory element that the other key of its pair already gives
                    value = self.tr("— (given by “{0}”)").format(element_label(given[0]))
                    tip = self.tr("Either of the two satisfies this mandatory element (EU Council Recommendation "
                                  "2022/C 243/02, Annex I); this credential gives “{0}”.").format(
                        element_label(given[0]))
                self.elements.setItem(row, 0, _cell(label, colour="#b3261e" if flagged else None, bold=flagged))
                value_cell = _cell(value, colour="#b3261e" if flagged else "#5f6368")
                value_cell.setToolTip(tip or value)
                self.elements.setItem(row, 1, value_cell)
                self.elements.setItem(row, 2, _cell(""))
                continue
            value = el.get("value")
            shown = (self.tr("%n outcome(s)", "", len(value)) if isinstance(value, list)
                     else self._shown_value(name, value))
            note = translate_message(detail.element_notes[name]) if name in detail.element_notes else ""
            self.elements.setItem(row, 0, _cell(label, colour=WARNING_COLOUR if note else None))
            value_cell = _cell(f"{shown} ⚠" if note else shown, colour=WARNING_COLOUR if note else None)
            whole = "\n".join(map(str, value)) if isinstance(value, list) else shown
            value_cell.setToolTip(f"{whole}\n{note}" if note else whole)
            self.elements.setItem(row, 1, value_cell)
            where = str(el.get("source", ""))
            by_hand = HAND_SOURCE.match(where)
            if by_hand:
                where = self.tr("entered by hand by {0} from the original: {1}").format(*by_hand.groups())
            else:
                where = self._shown_source(where)
            source = _cell(where)
            source.setToolTip(where)
            self.elements.setItem(row, 2, source)
        notes = list(dict.fromkeys(translate_message(n) for n in detail.element_notes.values()))
        self.element_notes.setText("\n".join(f"⚠ {n}" for n in notes))
        self.element_notes.setVisible(bool(notes))
        self.outcomes.clear()
        for number, outcome in enumerate(detail.learning_outcomes, start=1):
            self.outcomes.addItem(f"{number}. {outcome}")
        match = detail.learner_match or {}
        if match.get("status") and match.get("status") != "not-checked":
            self.learner.setText(self.tr("Learner: {0} — {1}").format(learner_match_label(str(match.get("status"))),
                                                                     translate_message(stored_text(match, "detail"))))
        else:
            self.learner.clear()
        self.open_button.setEnabled(bool(detail.stored_path))
        self.check_button.setEnabled(not detail.import_error)
        self.manual_check.setText(manual_check_text(detail.verification))
        self._show_language(detail)
        for button in (self.remove_button, self.replace_button):
            button.setEnabled(True)

    def _show_language(self, detail: EvidenceDetail) -> None:
        if not (detail.translation_rule or detail.translation_attached) or detail.import_error:
            # Only where the rules ask for translations: the row would take a line of the elements' room.
            self.language.clear()
            self.language.setVisible(False)
            self.language_button.setVisible(False)
            self._show_translation(False, False)
            return
        self.language.setVisible(True)
        self.language_button.setVisible(True)
        if detail.language:
            text = self.tr("Language: {0} ({1})").format(language_label(detail.language), detail.language)
        else:
            text = self.tr("Language: not determined")
        if detail.translation_required and not detail.translation_attached:
            text += " — " + self.tr("the rules require a translation")
            self.language.setStyleSheet(f"color: {WARNING_COLOUR}")
        else:
            self.language.setStyleSheet("")
        self.language.setText(text)
        self._show_translation(detail.translation_required or detail.translation_attached,
                               detail.translation_attached, enabled=not detail.import_error)

    def _show_translation(self, visible: bool, checked: bool, *, enabled: bool = True) -> None:
        """The check box as the selected item has it, without recording anything (no signal while it is set)."""
        self.translation.blockSignals(True)
        self.translation.setChecked(checked)
        self.translation.blockSignals(False)
        self.translation.setVisible(visible)
        self.translation.setEnabled(enabled)

    def set_translation(self, attached: bool) -> None:
        """Record, under the signed-in person's name, whether a translation of the selected item is attached."""
        if self.detail is None:
            return
        from app.services.evidence_checks import set_translation_attached

        detail = self.detail
        if not self._record(detail, lambda: set_translation_attached(
                self.window_.ctx.db, self.window_.ctx.actor, detail.id, attached)):
            # refused: the box goes back to what is recorded
            self._show_translation(True, detail.translation_attached, enabled=not detail.import_error)

    def correct_language(self) -> None:
        """Ask which language the selected item is written in and record it under the signed-in person's name."""
        if self.detail is None:
            return
        from app.domain.languages import NAMES
        from app.services.evidence_checks import set_language

        detail = self.detail
        codes = sorted(NAMES, key=lambda code: language_label(code).casefold())
        shown = [f"{language_label(code)} ({code})" for code in codes]
        current = codes.index(detail.language) if detail.language in codes else 0
        choice, accepted = QInputDialog.getItem(
            self, self.tr("Language of the credential"),
            self.tr("The language {0} is written in (the rules' translation requirement follows it):").format(
                detail.original_name), shown, current, False)
        if not accepted or choice not in shown:
            return
        code = codes[shown.index(choice)]
        redo: list[str] = []  # components matched on the item in the former language

        def record() -> None:
            redo.extend(set_language(self.window_.ctx.db, self.window_.ctx.actor, detail.id, code))

        if self._record(detail, record) and redo:
            self.window_.statusBar().showMessage(self.tr("Run the matching and decide again for: {0}").format(
                ", ".join(redo)), 15000)

    def _record(self, detail: EvidenceDetail, record: Callable[[], object]) -> bool:
        """Run a service call that records something about the item ``detail`` under the signed-in person's name;
        then the case is read again with the same item selected. A refusal is shown and nothing changes (False)."""
        try:
            record()
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, the view stays as it was
            self.window_.show_error(error_text(exc))
            return False
        self._reselect = detail.id
        self.window_.open_case(detail.case_id)
        return True

    def confirm_check(self) -> None:
        """Ask what was checked and record it under the signed-in person's name."""
        if self.detail is None:
            return
        from app.services.evidence_checks import confirm_check

        dialog = ManualCheckDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        evidence_id = self.detail.id
        try:
            confirm_check(self.window_.ctx.db, self.window_.ctx.actor, evidence_id, dialog.checks(), dialog.note())
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, the view stays as it was
            self.window_.show_error(error_text(exc))
            return
        self.window_.open_case(self.detail.case_id)

    def open_original(self) -> None:
        if self.detail is None:
            return
        from app.services.evidence import original_file

        try:
            path = original_file(self.detail)
        except Exception as exc:  # noqa: BLE001
            self.window_.show_error(str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


    # --- taking evidence off the case, replacing it, typing it in -------------------------------------------
    def _case_moved_on(self) -> bool:
        """After the assessment started a change needs a reason (it reopens the assessment): evidence can no longer
        be added then, as the workflow service says."""
        can = self.window_.case_workflow.can if self.window_.features_ready else None
        return can is not None and not can.add_evidence.allowed

    def ask_reason(self, what: str) -> str | None:
        """The reason for a change (None: cancelled). Empty is fine before the assessment started."""
        if not self._case_moved_on():
            return ""
        text, ok = QInputDialog.getText(self, what, self.tr("The assessment has started: why? (It will be "
                                                            "reopened.)"))
        return text if ok else None

    def ask_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Replace with a file"), "",
            self.tr("Credentials (*.pdf *.png *.svg *.json *.jsonld *.jwt *.jws *.xml);;All files (*)"))
        return path or None

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def run_dialog(self, dialog: QDialog) -> bool:
        return bool(dialog.exec())

    def _after_change(self, change: EvidenceChange) -> None:
        case = self.window_.case_view.case
        if change.components_to_redo:
            self.window_.statusBar().showMessage(self.tr("Run the matching and decide again for: {0}").format(
                ", ".join(change.components_to_redo)), 15000)
        if case is not None:
            self.window_.refresh_cases(select_case=case.id)
            self.window_.open_case(case.id)

    def _run(self, fn: Callable[[], EvidenceChange]) -> None:
        from app.errors import UserError
        from app.ui.i18n import error_text

        case = self.window_.case_view.case
        try:
            change = fn()
        except UserError as exc:
            self.window_.show_error(error_text(exc))
            return
        if case is not None:
            self._after_change(change)

    def remove_selected(self) -> None:
        from app.services.evidence import remove_evidence

        detail, case = self.detail, self.window_.case_view.case
        if detail is None or case is None:
            return
        if not self.confirm(self.tr("Remove evidence"), self.tr("Take {0} off the case?").format(
                detail.original_name)):
            return
        reason = self.ask_reason(self.tr("Remove evidence"))
        if reason is None:
            return
        db, actor = self.window_.ctx.db, self.window_.ctx.actor
        self._run(lambda: remove_evidence(db, actor, detail.id, reason, case.row_version))

    def replace_selected(self) -> None:
        from app.services.evidence import replace_evidence

        detail, case = self.detail, self.window_.case_view.case
        if detail is None or case is None:
            return
        path = self.ask_file()
        if path is None:
            return
        reason = self.ask_reason(self.tr("Replace evidence"))
        if reason is None:
            return
        db, actor = self.window_.ctx.db, self.window_.ctx.actor
        self._run(lambda: replace_evidence(db, actor, detail.id, Path(path), reason, case.row_version))

    def enter_by_hand(self) -> None:
        from app.errors import UserError
        from app.services.evidence import enter_by_hand
        from app.ui.i18n import error_text
        from app.ui.manual_entry_dialog import ManualEntryDialog

        case = self.window_.case_view.case
        if case is None:
            self.window_.show_error(self.tr("Select a case first."))
            return
        # The selected unreadable item is the one the typed elements replace.
        replaces = self.detail if self.detail is not None and self.detail.import_error else None
        dialog = ManualEntryDialog(self, replaces.original_name if replaces else "")
        db, actor = self.window_.ctx.db, self.window_.ctx.actor
        # A refused value brings the dialog back with everything typed in it.
        while self.run_dialog(dialog):
            reason = self.ask_reason(self.tr("Enter by hand")) if replaces is not None else ""
            if reason is None:
                return
            try:
                change = enter_by_hand(db, actor, case.id, dialog.entry(), replaces=replaces.id if replaces else None,
                                       reason=reason, expected_case_version=case.row_version)
            except UserError as exc:
                self.window_.show_error(error_text(exc))
                continue
            self._after_change(change)
            return


HAND_SOURCE = re.compile(r"^entered by hand by (.*?) from the original: (.*)$", re.S)


def _typed_by_hand(detail: EvidenceDetail) -> tuple[str, str] | None:
    """(who, from what) for an item entered by hand from its paper original, else None."""
    if detail.format != "manual":
        return None
    for element in detail.elements.values():
        found = HAND_SOURCE.match(str(element.get("source", "")))
        if found:
            return found.group(1), found.group(2)
    return None
def manual_check_text(verification: dict[str, Any]) -> str:
    """Who confirmed a check of the original, when and what (empty when nobody did)."""
    from app.services.evidence_checks import CHECK_LABELS, manual_check_of

    check = manual_check_of(verification)
    if check is None:
        return translate("EvidenceDetailsTab", "Nobody has confirmed a check of the original yet.")
    what = ", ".join(translate_message(CHECK_LABELS[c]) for c in check.checks)
    text = translate("EvidenceDetailsTab", "Checked by {0} on {1}: {2}").format(
        check.by, format_datetime(check.at) or "—", what)
    return text + (f" — {check.note}" if check.note else "")


class ManualCheckDialog(QDialog):
    """What the person checked about the original (at least one), with a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.evidence_checks import CHECK_KINDS, CHECK_LABELS

        self.setWindowTitle(self.tr("Confirm a check of the original"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What did you check? Your name and the time are recorded.")))
        self.boxes: dict[str, QCheckBox] = {}
        for kind in CHECK_KINDS:
            box = QCheckBox(translate_message(CHECK_LABELS[kind]))
            box.toggled.connect(self._update)
            self.boxes[kind] = box
            layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Note (whom you contacted, what the original showed):")))
        self.note_edit = QPlainTextEdit()
        layout.addWidget(self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.checks()))

    def checks(self) -> list[str]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class EvidenceController(QObject):
    """Import actions, drag and drop onto the case view, and the details tab."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.tab = EvidenceDetailsTab(window)
        window.case_view.add_case_tab(self.tab, self.tr("Evidence"))
        window.case_view.case_changed.connect(self.tab.show_case)
        self.action_files = QAction(self.tr("Import &evidence files…"), window)
        self.action_files.triggered.connect(self.choose_files)
        self.action_folder = QAction(self.tr("Import evidence &folder…"), window)
        self.action_folder.triggered.connect(self.choose_folder)
        window.menu_case.addAction(self.action_files)
        window.menu_case.addAction(self.action_folder)
        window.case_view.setAcceptDrops(True)
        window.case_view.installEventFilter(self)
        self.tab.setAcceptDrops(True)
        self.tab.installEventFilter(self)

    def current_case_id(self) -> int | None:
        case = self.window_.case_view.case
        return case.id if case is not None else None

    def choose_files(self) -> None:
        if self.current_case_id() is None:
            self.window_.show_error(self.tr("Select a case first."))
            return
        files, _ = QFileDialog.getOpenFileNames(
            self.window_, self.tr("Import evidence"), "",
            self.tr("Credentials (*.pdf *.png *.svg *.json *.jsonld *.jwt *.jws *.xml);;All files (*)"),
        )  # fmt: skip
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        if self.current_case_id() is None:
            self.window_.show_error(self.tr("Select a case first."))
            return
        folder = QFileDialog.getExistingDirectory(self.window_, self.tr("Import a folder of evidence"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            self.window_.show_error(self.tr("Select a case first, then drop the files onto it."))
            return
        from app.services.evidence import import_files

        db, actor = self.window_.ctx.db, self.window_.ctx.actor
        trusted = self.window_.trusted_folder()  # what the officer saved for offline checks (Tools ▸ Trusted store)
        self.window_.ctx.runner.start(
            lambda task: import_files(db, actor, case_id, paths, progress=task, trusted_keys=trusted),
            title=self.tr("Importing evidence"),
            on_success=lambda summary: self._imported(case_id, summary),
            on_failure=self.window_.show_error,
        )

    def _imported(self, case_id: int, summary: ImportSummary) -> None:
        # No modal box after a batch: unreadable files are listed (in red, with their message) on the case.
        self.window_.statusBar().showMessage(summary.message(), 15000)
        self.window_.refresh_cases(select_case=case_id)
        self.window_.open_case(case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if mime.hasUrls() and self.current_case_id() is not None:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            mime = event.mimeData()  # type: ignore[attr-defined]
            paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

