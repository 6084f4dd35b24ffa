"""Small dialogs of the shell: settings and about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.i18n import language_names, resolve_language
from app.ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, database_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.officer = QLineEdit(settings.officer_name)
        self.officer.setPlaceholderText(self.tr("Name recorded in the audit log"))
        self.language = QComboBox()
        system = language_names()[resolve_language("system")]
        self.language.addItem(self.tr("As the system ({0})").format(system), "system")
        for code, name in language_names().items():  # each language in its own name, never translated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.database = QLineEdit(settings.database_url)
        self.database.setPlaceholderText(database_url)
        form.addRow(self.tr("Officer name:"), self.officer)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Database (SQLAlchemy URL):"), self.database)
        note = QLabel(self.tr("Language and database changes take effect after a restart."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.officer_name = self.officer.text().strip()
        self.settings.language = str(self.language.currentData())
        self.settings.database_url = self.database.text().strip()
        self.settings.sync()
        super().accept()


def show_about(parent: QWidget, database_url: str, log_file: str) -> None:
    # A fixed context: parent.tr() would look the texts up under the parent's class name, not where lupdate files them.
    translate = QCoreApplication.translate
    database_label, log_label = translate("AboutDialog", "Database"), translate("AboutDialog", "Log")
    box = QMessageBox(parent)
    box.setWindowTitle(translate("AboutDialog", "About Recognition Desk"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h3>Recognition Desk {__version__}</h3>"
        + translate("AboutDialog", "<p>Recognition of learning outcomes from non-formal and informal education: "
                    "credentials, programme catalogue, matching, decisions, protocols and reports.</p>"
                    "<p>Works offline. Licensed under the GNU Affero General Public License v3 or later.</p>")
        + f"<p><small>{database_label}: {database_url}<br>{log_label}: {log_file}</small></p>"
    )
    box.exec()
