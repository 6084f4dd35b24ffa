"""Tables read in every language: a column is never narrower than its title."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem


def fit_titles(table: QTableView) -> None:
    """Widen each column that is not stretched to at least its title (in the interface language, sort arrow
    included); the stretched columns share what is left."""
    header = table.horizontalHeader()
    for section in range(header.count()):
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Stretch:
            title = header.sectionSizeFromContents(section).width()
            header.resizeSection(section, max(header.sectionSize(section), title))


def read_only_table(headers: list[str], stretch: int | None = None) -> QTableWidget:
    """A table the officer reads and selects rows in: one row at a time, alternating colours, no row numbers,
    columns resized by hand (the last one, or ``stretch``, takes the rest) and never narrower than their titles."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_titles(table)
    return table


def fill_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace the table's rows with ``rows`` of texts; each cell's tooltip is its whole text (a comment may be
    longer than its column)."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
