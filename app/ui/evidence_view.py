"""Evidence on a case: import (files, a folder, or drag and drop onto the case), and a details tab.

The details tab shows, for the selected item, the authenticity verdict with each check, the 16 elements with
where each came from (missing mandatory ones flagged), the learning outcomes, the learner comparison and a button
that opens the stored original. Importing runs on the task runner: progress and Cancel are in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.labels import learner_match_label, translate, verification_label

if TYPE_CHECKING:
    from app.services.evidence import EvidenceDetail, ImportSummary
    from app.ui.main_window import MainWindow

MANDATORY = {
    "learner_name", "learner_id", "title", "issuer_country", "awarding_body", "issued_on", "learning_outcomes",
    "workload_ects", "workload_hours", "eqf_level", "assessment_type", "participation_form", "quality_assurance",
}  # fmt: skip
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
        header.resizeSection(2, 170)
        header.setStretchLastSection(False)
        self.elements.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.checks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.outcomes = QListWidget()
        self.outcomes.setWordWrap(True)
        self.outcomes.setAlternatingRowColors(True)
        self.outcomes.setSpacing(2)
        self.learner = QLabel()
        self.learner.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open original file"))
        self.open_button.clicked.connect(self.open_original)
        self.open_button.setEnabled(False)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        layout.addWidget(self.checks, 2)
        layout.addWidget(self.learner)
        layout.addWidget(QLabel(self.tr("Elements (missing mandatory ones in red):")))
        layout.addWidget(self.elements, 4)
        layout.addWidget(QLabel(self.tr("Learning outcomes:")))
        layout.addWidget(self.outcomes, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.items)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 620])
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
            item.setToolTip(e.title or e.import_error)
            self.items.addItem(item)
        if self.items.count():
            self.items.setCurrentRow(0)

    def _clear_details(self) -> None:
        self.detail = None
        self.verdict.setText(self.tr("Import the applicant's files with Case ▸ Import evidence, or drop them here."))
        self.checks.setRowCount(0)
        self.elements.setRowCount(0)
        self.outcomes.clear()
        self.learner.clear()
        self.open_button.setEnabled(False)

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

    def show_detail(self, detail: EvidenceDetail) -> None:
        self.detail = detail
        ver = detail.verification or {}
        status = detail.verification_status
        colour = STATUS_COLOURS.get(status, "#000000")
        message = detail.import_error or str(ver.get("message", ""))
        self.verdict.setText(f"<b style='color:{colour}'>{verification_label(status)}</b> — {_escape(message)}")
        checks = list(ver.get("checks", []))
        self.checks.setRowCount(len(checks))
        marks = {True: (self.tr("passed"), "#1b7f3b"), False: (self.tr("failed"), "#b3261e"),
                 None: (self.tr("not checked offline"), "#9a6700")}  # fmt: skip
        for row, check in enumerate(checks):
            text, col = marks[check.get("passed")]
            self.checks.setItem(row, 0, _cell(str(check.get("name", ""))))
            self.checks.setItem(row, 1, _cell(text, colour=col))
            self.checks.setItem(row, 2, _cell(str(check.get("detail", ""))))
        from app.services.evidence import credential_elements

        element_names = credential_elements()
        self.elements.setRowCount(len(element_names))
        missing = set(detail.missing_mandatory)
        for row, name in enumerate(element_names):
            el = detail.elements.get(name)
            label = element_label(name) + (" *" if name in MANDATORY else "")
            if el is None:
                flagged = name in missing
                value = self.tr("missing (mandatory)") if flagged else "—"
                self.elements.setItem(row, 0, _cell(label, colour="#b3261e" if flagged else None, bold=flagged))
                self.elements.setItem(row, 1, _cell(value, colour="#b3261e" if flagged else "#5f6368"))
                self.elements.setItem(row, 2, _cell(""))
                continue
            value = el.get("value")
            shown = self.tr("%n outcome(s)", "", len(value)) if isinstance(value, list) else str(value)
            self.elements.setItem(row, 0, _cell(label))
            self.elements.setItem(row, 1, _cell(shown))
            source = _cell(str(el.get("source", "")))
            source.setToolTip(str(el.get("source", "")))
            self.elements.setItem(row, 2, source)
        self.elements.resizeRowsToContents()
        self.outcomes.clear()
        for number, outcome in enumerate(detail.learning_outcomes, start=1):
            self.outcomes.addItem(f"{number}. {outcome}")
        match = detail.learner_match or {}
        if match.get("status") and match.get("status") != "not-checked":
            self.learner.setText(self.tr("Learner: {0} — {1}").format(learner_match_label(str(match.get("status"))),
                                                                     match.get("detail", "")))
        else:
            self.learner.clear()
        self.open_button.setEnabled(bool(detail.stored_path))

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

