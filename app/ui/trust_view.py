"""Tools ▸ Trusted store: what the trusted-keys directory holds, how old each snapshot is, import and removal.

Registry, federation and trusted-list snapshots speak for the day they were taken; a row older than the policy
profile allows (or past the list's own next update) is marked and counted in the warning at the top.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.trust import Snapshot, import_file, list_store, remove_file
from app.ui.i18n import error_text, format_date

STALE = QColor("#b3261e")


class TrustDialog(QDialog):
    def __init__(self, folder: Path, max_age_days: int, profile: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.folder = folder
        self.max_age_days = max_age_days
        self.today = today
        self.rows: list[Snapshot] = []
        self.setWindowTitle(self.tr("Trusted store"))
        self.resize(980, 520)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.limit_label = QLabel(self.tr("The policy profile {0} allows snapshots up to %n day(s) old.", None,
                                          max_age_days).format(profile))  # fmt: skip
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {STALE.name()}; font-weight: bold")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Speaks for"), self.tr("As of"),
                                              self.tr("Age"), self.tr("File"), self.tr("Note")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.import_button.clicked.connect(self.choose_import)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(row)
        self.reload()

    # --- the listing ------------------------------------------------------------------------------------------
    def kind_label(self, kind: str) -> str:
        return {
            "lotl": self.tr("EU List of Trusted Lists"),
            "trusted-list": self.tr("National trusted list"),
            "registry": self.tr("Issuer registry"),
            "federation": self.tr("OpenID Federation statement"),
            "did-document": self.tr("Saved DID document"),
            "certificate": self.tr("Certificate"),
            "object": self.tr("Saved key or hosted object"),
        }.get(kind, kind)

    def note(self, s: Snapshot) -> str:
        parts = []
        if s.dated and s.age_days is None:
            parts.append(self.tr("carries no date"))
        if s.too_old:
            parts.append(self.tr("older than the policy profile allows"))
        if s.next_update:
            parts.append((self.tr("next update was due on {0}") if s.overdue else self.tr("next update due on {0}"))
                         .format(_date(s.next_update)))  # fmt: skip
        if s.valid_until:
            parts.append((self.tr("expired on {0}") if s.expired else self.tr("valid until {0}"))
                         .format(_date(s.valid_until)))  # fmt: skip
        return "; ".join(parts)

    def reload(self) -> None:
        self.folder_label.setText(self.tr("Folder: {0}").format(str(self.folder)))
        try:
            self.rows, problems = list_store(self.folder, max_age_days=self.max_age_days, today=self.today)
        except UserError as exc:
            self.rows, problems = [], [error_text(exc)]
        self.table.setRowCount(len(self.rows))
        for r, s in enumerate(self.rows):
            age = self.tr("%n day(s)", None, s.age_days) if s.age_days is not None else ""
            cells = [self.kind_label(s.kind), s.name, _date(s.date), age, s.file, self.note(s)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if s.stale:
                    item.setForeground(QBrush(STALE))
                self.table.setItem(r, c, item)
        stale = [s for s in self.rows if s.stale]
        self.warning.setText(self.tr("%n entry(ies) need renewing: save a newer copy and import it.", None, len(stale))
                             if stale else "")  # fmt: skip
        self.warning.setVisible(bool(stale))
        self.problems.setText(self.tr("Files the store does not use:") + "\n" + "\n".join(problems) if problems
                              else "")  # fmt: skip
        self.problems.setVisible(bool(problems))
        self.remove_button.setEnabled(bool(self.rows))

    # --- changes ---------------------------------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                import_file(self.folder, path)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Trusted store"), error_text(exc))
        self.reload()

    def choose_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import into the trusted store"), "",
            self.tr("Trust snapshots, DID documents and certificates "
                    "(*.xml *.json *.jsonld *.jwt *.jws *.pem *.crt *.cer *.der);;All files (*)"),
        )  # fmt: skip
        if files:
            self.import_paths([Path(f) for f in files])

    def selected(self) -> Snapshot | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def remove_selected(self, confirm: bool = True) -> None:
        s = self.selected()
        if s is None or not s.file:
            return
        if confirm:
            answer = QMessageBox.question(self, self.tr("Trusted store"), self.tr(
                "Move {0} out of the trusted store? Credentials checked from now on will not rely on it.").format(
                s.file))  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            remove_file(self.folder, s.file)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Trusted store"), error_text(exc))
        self.reload()


def _date(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso
