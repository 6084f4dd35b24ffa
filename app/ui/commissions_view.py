"""Catalogue ▸ Commissions: the recognition commissions and their members, managed without opening a case."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.errors import UserError
from app.ui import workflow_dialogs as dialogs
from app.ui.i18n import error_text, format_date
from app.ui.tables import fill_rows, read_only_table

if TYPE_CHECKING:
    from app.services.protocols import CommissionData, CommissionRow, MemberData, MemberRow
    from app.ui.main_window import MainWindow


class CommissionsDialog(QDialog):
    """The commissions (name, faculty, founding order) above, the selected one's members below."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Commissions"))
        self.resize(900, 560)
        self.commissions: list[CommissionRow] = []
        # How the dialog asks for data (tests answer instead of a person).
        self.ask_commission: Callable[[CommissionRow | None], CommissionData | None] = self._ask_commission
        self.ask_member: Callable[[MemberData | None], MemberData | None] = self._ask_member
        self.confirm: Callable[[str], bool] = self._confirm
        self.list = read_only_table([self.tr("Commission"), self.tr("Faculty"), self.tr("Founding order")])
        self.list.itemSelectionChanged.connect(self._show_members)
        self.members = read_only_table([self.tr("Role"), self.tr("Full name"), self.tr("Position"),
                               self.tr("Conflict of interest"), self.tr("Declared")])
        self.new_button = QPushButton(self.tr("New commission…"))
        self.edit_button = QPushButton(self.tr("Edit commission…"))
        self.add_member_button = QPushButton(self.tr("Add member…"))
        self.edit_member_button = QPushButton(self.tr("Edit member…"))
        self.remove_member_button = QPushButton(self.tr("Remove member"))
        self.new_button.clicked.connect(self.new_commission)
        self.edit_button.clicked.connect(self.edit_commission)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        top = QHBoxLayout()
        for button in (self.new_button, self.edit_button):
            top.addWidget(button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        for button in (self.add_member_button, self.edit_member_button, self.remove_member_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 2)
        layout.addWidget(QLabel(self.tr("Members of the selected commission:")))
        layout.addWidget(self.members, 3)
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.reload()

    # --- data -----------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        from app.services import protocols

        current = self.current()
        select_id = select_id or (current.id if current else None)
        self.commissions = protocols.list_commissions(self.window_.ctx.db)
        fill_rows(self.list, [[c.name, c.faculty, self.tr("No. {0} of {1}").format(
            c.founding_order_no, format_date(c.founding_order_date)) if c.founding_order_no else ""]
            for c in self.commissions])
        self.list.resizeColumnsToContents()
        row = next((i for i, c in enumerate(self.commissions) if c.id == select_id), 0)
        if self.commissions:
            self.list.selectRow(row)
        self._show_members()

    def current(self) -> CommissionRow | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self.commissions[row] if 0 <= row < len(self.commissions) else None

    def current_member(self) -> MemberRow | None:
        commission = self.current()
        rows = self.members.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return commission.members[row] if commission and 0 <= row < len(commission.members) else None

    def _show_members(self) -> None:
        commission = self.current()
        members = commission.members if commission else ()
        fill_rows(self.members, [[dialogs.role_label(m.role), m.full_name, m.job_title,
                              self.tr("Yes: {0}").format(m.conflict_note) if m.conflict_of_interest
                              else self.tr("No"), format_date(m.coi_declared_on)] for m in members])
        self.members.resizeColumnsToContents()
        for button in (self.edit_button, self.add_member_button, self.edit_member_button, self.remove_member_button):
            button.setEnabled(commission is not None)

    # --- actions --------------------------------------------------------------------------------------------
    def _run(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Commissions"), error_text(exc))
            return None

    def new_commission(self) -> None:
        from app.services import protocols

        data = self.ask_commission(None)
        if data is not None:
            created = self._run(lambda: protocols.create_commission(self.window_.ctx.db, self.window_.ctx.actor,
                                                                    data))
            self.reload(created.id if created else None)

    def edit_commission(self) -> None:
        from app.services import protocols

        commission = self.current()
        data = self.ask_commission(commission) if commission else None
        if commission is not None and data is not None:
            self._run(lambda: protocols.update_commission(self.window_.ctx.db, self.window_.ctx.actor, commission,
                                                          data))
            self.reload()

    def add_member(self) -> None:
        from app.services import protocols

        commission = self.current()
        data = self.ask_member(None) if commission else None
        if commission is not None and data is not None:
            self._run(lambda: protocols.add_member(self.window_.ctx.db, self.window_.ctx.actor, commission.id, data))
            self.reload()

    def edit_member(self) -> None:
        from app.services import protocols

        member = self.current_member()
        data = self.ask_member(member.data) if member else None
        if member is not None and data is not None:
            self._run(lambda: protocols.update_member(self.window_.ctx.db, self.window_.ctx.actor, member, data))
            self.reload()

    def remove_member(self) -> None:
        from app.services import protocols

        member = self.current_member()
        if member is not None and self.confirm(self.tr("Remove {0} from the commission?").format(member.full_name)):
            self._run(lambda: protocols.remove_member(self.window_.ctx.db, self.window_.ctx.actor, member))
            self.reload()

    def _ask_commission(self, current: CommissionRow | None) -> CommissionData | None:
        dialog = dialogs.CommissionDialog(current, self)
        return dialog.data() if dialog.exec() else None

    def _ask_member(self, current: MemberData | None) -> MemberData | None:
        dialog = dialogs.MemberDialog(current, self)
        return dialog.data() if dialog.exec() else None

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove member"), text)
        return answer == QMessageBox.StandardButton.Yes


class CommissionsFeature(QObject):
    """Catalogue ▸ Commissions…: the commissions are kept like the programmes, not only from inside a case."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: CommissionsDialog | None = None
        self.action = QAction(QCoreApplication.translate("CommissionsDialog", "&Commissions…"), window)
        self.action.triggered.connect(lambda _checked=False: self.open())
        window.menu_catalogue.addSeparator()
        window.menu_catalogue.addAction(self.action)

    def open(self) -> CommissionsDialog:
        if self.dialog is None:
            self.dialog = CommissionsDialog(self.window)
            self.dialog.finished.connect(lambda _code: self.window.refresh_cases())
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog
