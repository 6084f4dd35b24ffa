"""Shared look of the workbooks: header style, number formats, column widths."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
MONTH_FORMAT = "MM.YYYY"
CREDITS_FORMAT = "0.0#"
GRADE_FORMAT = "0.#"
INTEGER_FORMAT = "0"
PERCENT_FORMAT = "0%"
PERCENT1_FORMAT = "0.0%"

FONT_NAME = "Calibri"  # the workbook default; named explicitly so that LibreOffice does not substitute a serif
HEADER_FONT = Font(name=FONT_NAME, size=10, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5597")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center", horizontal="center")
TOTAL_FONT = Font(name=FONT_NAME, size=11, bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="D9E1F2")
TITLE_FONT = Font(name=FONT_NAME, size=14, bold=True)
SECTION_FONT = Font(name=FONT_NAME, size=12, bold=True, color="2F5597")
LABEL_FONT = Font(name=FONT_NAME, size=11, bold=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
CENTER_TOP = Alignment(horizontal="center", vertical="top")
THIN = Side(style="thin", color="A6A6A6")
TOTAL_BORDER = Border(top=Side(style="thin", color="000000"))


def header_height(texts: Sequence[str], widths: Sequence[float]) -> float:
    """Row height (points) that shows every wrapped header in full, for the given column widths."""
    lines = 1
    for text, width in zip(texts, widths, strict=False):
        usable = max(4.0, width * 1.1 - 1)  # a 10-point bold header is slightly narrower than a width unit
        words, current, count = text.split(), 0.0, 1
        for word in words:
            size = len(word)
            if current and current + 1 + size > usable:
                count += 1
                current = size
            else:
                current += size + (1 if current else 0)
        lines = max(lines, count)
    return 14.0 * lines + 4


def column_widths(ws: Worksheet, count: int, default: float = 13) -> list[float]:
    return [ws.column_dimensions[get_column_letter(c)].width or default for c in range(1, count + 1)]


def style_header_row(ws: Worksheet, row: int, count: int) -> None:
    texts = []
    for column in range(1, count + 1):
        cell = ws.cell(row=row, column=column)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        texts.append(str(cell.value or ""))
    ws.row_dimensions[row].height = header_height(texts, column_widths(ws, count))


def set_widths(ws: Any, widths: Sequence[float]) -> None:
    """Column widths in characters (works for write-only sheets too, before the first row)."""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _text_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.2f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def fit_widths(ws: Worksheet, first_row: int = 1, minimum: float = 6, maximum: float = 60,
               header_maximum: float = 18) -> None:
    """Widths from the longest value in each column (headers wrap, so they count only up to ``header_maximum``)."""
    widths: dict[int, float] = {}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None:
                continue
            size = _text_width(cell.value)
            if cell.row == first_row:
                size = max(min(size, int(header_maximum)), longest_word(str(cell.value)) + 1)
            widths[cell.column] = max(widths.get(cell.column, 0), size)
    for column, longest in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = max(minimum, min(maximum, longest + 2))


def format_columns(ws: Worksheet, formats: dict[int, str], first_row: int, last_row: int) -> None:
    for column, number_format in formats.items():
        for row in range(first_row, last_row + 1):
            ws.cell(row=row, column=column).number_format = number_format


def wrap_columns(ws: Worksheet, columns: Iterable[int], first_row: int, last_row: int) -> None:
    for column in columns:
        for row in range(first_row, last_row + 1):
            ws.cell(row=row, column=column).alignment = WRAP_TOP


def wrapped_lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (an estimate, word by word)."""
    usable = max(4.0, width - 1.5)
    total = 0
    for paragraph in text.split("\n"):
        count, current = 1, 0.0
        for word in paragraph.split():
            size = len(word)
            if current and current + 1 + size > usable:
                count += 1
                current = size
            else:
                current += size + (1 if current else 0)
            while current > usable:  # a word longer than the column breaks
                count += 1
                current -= usable
        total += count
    return max(1, total)


def fit_row_heights(ws: Worksheet, columns: Iterable[int], first_row: int, last_row: int,
                    line_height: float = 14.5, max_lines: int = 30) -> None:
    """Set row heights for wrapped columns: spreadsheet programs do not always grow rows on opening a file."""
    columns = list(columns)
    widths = {c: ws.column_dimensions[get_column_letter(c)].width or 13 for c in columns}
    for row in range(first_row, last_row + 1):
        lines = 1
        for column in columns:
            value = ws.cell(row=row, column=column).value
            if isinstance(value, str) and value:
                lines = max(lines, wrapped_lines(value, widths[column]))
        if lines > 1:
            ws.row_dimensions[row].height = line_height * min(lines, max_lines) + 2


def align_columns(ws: Worksheet, columns: Iterable[int], first_row: int, last_row: int,
                  alignment: Alignment = CENTER_TOP) -> None:
    for column in columns:
        for row in range(first_row, last_row + 1):
            ws.cell(row=row, column=column).alignment = alignment


def pages_wide(widths: Sequence[float], page_units: float = 150) -> int:
    """How many landscape A4 pages wide a table should print on so that it stays legible (at least ~65%)."""
    return max(1, -(-int(sum(widths)) // int(page_units * 1.5)))


def print_setup(ws: Worksheet, landscape: bool = True, repeat_header_row: int | None = 1,
                width_pages: int = 1) -> None:
    """Fit to page width (or a few pages for wide tables) when printed, header row repeated on each page."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = width_pages
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if repeat_header_row:
        ws.print_title_rows = f"{repeat_header_row}:{repeat_header_row}"
