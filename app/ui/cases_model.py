"""The cases list as a Qt table model.

Filtering and sorting happen inside the model on plain Python rows (a list of indices into ``rows``), because a
QSortFilterProxyModel would call back into Python for every comparison: with 100,000 cases that is seconds,
here it is a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.translit import transliterate
from app.ui.i18n import format_date
from app.ui.labels import status_label

if TYPE_CHECKING:
    from app.services.cases import CaseRow

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("CasesModel", text)


def _fmt_date(value: date | None) -> str:
    return format_date(value)


class CasesTableModel(QAbstractTableModel):
    # Header texts are marked for pyside6-lupdate and translated when shown (headerData).
    COLUMNS: tuple[tuple[str, Callable[[CaseRow], Any]], ...] = (
        (str(QT_TRANSLATE_NOOP("CasesModel", "Reg. no.")), lambda r: r.reg_no),
        (str(QT_TRANSLATE_NOOP("CasesModel", "Applicant")), lambda r: r.applicant.casefold()),
        (str(QT_TRANSLATE_NOOP("CasesModel", "Student ID")), lambda r: r.student_id),
        (str(QT_TRANSLATE_NOOP("CasesModel", "Programme")), lambda r: r.programme),
        (str(QT_TRANSLATE_NOOP("CasesModel", "Status")), lambda r: r.status),
        (str(QT_TRANSLATE_NOOP("CasesModel", "Filed")), lambda r: r.filed_on),
        (str(QT_TRANSLATE_NOOP("CasesModel", "Deadline")), lambda r: r.deadline or date.max),
        (str(QT_TRANSLATE_NOOP("CasesModel", "Evidence")), lambda r: r.evidence_count),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []
        self._search_keys: list[str] = []
        self.visible: list[int] = []
        self._text = ""
        self._status = ""
        self._overdue_only = False
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)

    # --- data loading and filtering -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._search_keys = [
            f"{r.reg_no}\n{r.applicant}\n{r.applicant_latin}\n{r.student_id}\n{r.programme}".casefold()
            for r in self.rows
        ]
        self._recompute()
        self.endResetModel()

    def set_filter(self, text: str = "", status: str = "", overdue_only: bool = False) -> None:
        self.beginResetModel()
        self._text, self._status, self._overdue_only = text.strip().casefold(), status, overdue_only
        self._recompute()
        self.endResetModel()

    def _recompute(self) -> None:
        needles = [self._text]
        if self._text:
            latin = transliterate(self._text).casefold()
            if latin != self._text:
                needles.append(latin)
        keys, rows = self._search_keys, self.rows
        visible = []
        for i, row in enumerate(rows):
            if self._status and row.status != self._status:
                continue
            if self._overdue_only and not row.overdue:
                continue
            if self._text and not any(n in keys[i] for n in needles):
                continue
            visible.append(i)
        self.visible = visible
        self._apply_sort()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = self.COLUMNS[column][1]
        rows = self.rows
        self.visible.sort(key=lambda i: key(rows[i]), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def row_at(self, row: int) -> CaseRow:
        return self.rows[self.visible[row]]

    def row_of_case(self, case_id: int) -> int | None:
        for position, i in enumerate(self.visible):
            if self.rows[i].id == case_id:
                return position
        return None

    # --- Qt model interface ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[self.visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.reg_no, row.applicant, row.student_id, row.programme, status_label(row.status),
                _fmt_date(row.filed_on), _fmt_date(row.deadline), str(row.evidence_count),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.applicant_latin
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row.overdue:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and row.overdue:
            return QCoreApplication.translate("CasesModel", "Overdue")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CASE_ID_ROLE:
            return row.id
        return None
