"""Type in the elements of a credential from its paper original (when no file of it can be read).

The officer says what they had in hand; every element is then stored as "entered by hand by <officer> from the
original" (``app.services.evidence.enter_by_hand`` checks the values and refuses bad ones in one line).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.evidence import ManualEntry, credential_elements
from app.ui.evidence_view import MANDATORY, element_label

HINTS = {
    "issued_on": "YYYY-MM-DD",
    "workload_hours": "30",
    "workload_ects": "1",
    "eqf_level": "1–8",
}


class ManualEntryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, replaces: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter a credential by hand"))
        self.setMinimumWidth(560)
        self.original_seen = QLineEdit()
        self.original_seen.setPlaceholderText(self.tr("e.g. the paper original shown by the applicant"))
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Entered from:"), self.original_seen)
        for name in credential_elements():
            field: QLineEdit | QPlainTextEdit
            if name == "learning_outcomes":
                field = QPlainTextEdit()
                field.setPlaceholderText(self.tr("One learning outcome per line"))
                field.setFixedHeight(90)
            else:
                field = QLineEdit()
                field.setPlaceholderText(HINTS.get(name, ""))
            self.fields[name] = field
            form.addRow(element_label(name) + (" *" if name in MANDATORY else "") + ":", field)
        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        intro = QLabel(self.tr("Each element is stored as entered by you from the original. * mandatory elements "
                               "(a missing one is listed on the item).")
                       + ("\n" + self.tr("Replaces: {0}").format(replaces) if replaces else ""))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(600, 640)

    def entry(self) -> ManualEntry:
        elements: dict[str, object] = {}
        for name, field in self.fields.items():
            text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            if text.strip():
                elements[name] = text
        return ManualEntry(original_seen=self.original_seen.text().strip(), elements=elements)
