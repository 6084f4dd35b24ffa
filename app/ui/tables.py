"""Tables read in every language: a column is never narrower than its title."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def fit_titles(table: QTableView) -> None:
    """Widen each column that is not stretched to at least its title (in the interface language, sort arrow
    included); the stretched columns share what is left."""
    header = table.horizontalHeader()
    for section in range(header.count()):
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Stretch:
            title = header.sectionSizeFromContents(section).width()
            header.resizeSection(section, max(header.sectionSize(section), title))
