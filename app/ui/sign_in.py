"""Who is working: sign-in on a database with accounts, otherwise the officer's name asked once at first start.

The operating-system login is never used: on a shared PC it is "root" or "Administrator", not a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import UserError

if TYPE_CHECKING:
    from app.services.accounts import Identity
    from app.services.database import Database
    from app.ui.settings import Settings


class SignInDialog(QDialog):
    """User name and password; a refused sign-in shows the service's one-line reason and lets the person retry."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.identity: Identity | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from app.services.accounts import sign_in

        try:
            self.identity = sign_in(self.db, self.username.text(), self.password.text())
        except UserError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            self.password.clear()
            return
        super().accept()


def identify(parent: QWidget, settings: Settings, db: Database) -> bool:
    """Sign in (a database with accounts) or make sure the officer has a name; False when the person cancels."""
    from app.services.accounts import accounts_exist

    if accounts_exist(db):
        dialog = SignInDialog(db, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.identity is None:
            return False
        db.identity = dialog.identity
        return True
    from app.ui.dialogs import SettingsDialog

    while not settings.officer_name:  # single-user mode: the name recorded in the audit log, asked once
        if SettingsDialog(settings, db.url, parent).exec() != QDialog.DialogCode.Accepted:
            return False
    return True
