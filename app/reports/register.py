"""The register of decisions: one row per current decision line, streamed into a write-only workbook.

Rows arrive as an iterator (the service reads them from the database in chunks), so memory stays flat however
long the register is. The header is styled, frozen and filterable, numbers and dates carry formats, and a totals
row closes the table.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from types import MethodType
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.progress import Progress, check_cancelled
from app.reports import xlsx_style as st
from app.reports.data import RegisterFilter, RegisterRow
from app.reports.output import atomic_output
from app.reports.vocabulary import (
    headers,
    label,
    may_need_translation,
    names,
    national_grade_text,
    reasons_text,
    scale_text,
    sheet_title,
)
from app.translation import Translate, tr_noop

# (label key, width, number format or None, wrap)
COLUMNS: tuple[tuple[str, float, str | None, bool], ...] = (
    ("no", 7, st.INTEGER_FORMAT, False),
    ("reg_no", 16, None, False),
    ("filed_on", 11, st.DATE_FORMAT, False),
    ("applicant", 30, None, False),
    ("student_id", 13, None, False),
    ("faculty", 32, None, False),
    ("programme_code", 12, None, False),
    ("academic_year", 10, None, False),
    ("semester", 9, st.INTEGER_FORMAT, False),
    ("component_code", 10, None, False),
    ("component", 32, None, False),
    ("component_type", 13, None, False),
    ("ects", 9, st.CREDITS_FORMAT, False),
    ("control", 10, None, False),
    ("evidence", 36, None, False),
    ("provider", 24, None, False),
    ("decision", 17, None, False),
    ("credits_recognised", 11, st.CREDITS_FORMAT, False),
    ("credits_remaining", 12, st.CREDITS_FORMAT, False),
    ("grade_100", 10, st.GRADE_FORMAT, False),
    ("grade_national", 13, None, False),
    ("grade_ects", 8, None, False),
    ("original_grade", 11, None, False),
    ("original_scale", 11, None, False),
    ("decided_at", 11, st.DATE_FORMAT, False),
    ("deadline", 11, st.DATE_FORMAT, False),
    ("days_late", 9, st.INTEGER_FORMAT, False),
    ("protocol_no", 11, None, False),
    ("protocol_date", 11, st.DATE_FORMAT, False),
    ("decided_by", 20, None, False),
    ("reasons", 40, None, False),
)
COLUMN_KEYS = tuple(c[0] for c in COLUMNS)
HEADER_ROW = 3  # title and filter description above the table
_INDEX = {key: i for i, key in enumerate(COLUMN_KEYS)}
_FILED, _SEMESTER, _ECTS, _RECOGNISED, _REMAINING, _GRADE, _DECIDED, _PROTOCOL_DATE, _DEADLINE, _LATE = (
    _INDEX[k] for k in ("filed_on", "semester", "ects", "credits_recognised", "credits_remaining", "grade_100",
                        "decided_at", "protocol_date", "deadline", "days_late")
)
PROGRESS_EVERY = 2000


def describe_filter(flt: RegisterFilter, tr: Translate) -> str:
    parts = []
    if flt.date_from or flt.date_to:
        start = flt.date_from.strftime("%d.%m.%Y") if flt.date_from else "…"
        end = flt.date_to.strftime("%d.%m.%Y") if flt.date_to else "…"
        parts.append(f"{label('period', tr)}: {start} – {end}")
    else:
        parts.append(f"{label('period', tr)}: {label('all_time', tr)}")
    if flt.programme_code:
        parts.append(f"{label('programme', tr)}: {flt.programme_code}")
    if flt.faculty:
        parts.append(f"{label('faculty', tr)}: {flt.faculty}")
    return "; ".join(parts)


class _FormatCell(Cell):
    """A styled cell reused for every value of one formatted column; its style index is looked up once (openpyxl
    looks it up in the workbook's style list for every cell written)."""

    __slots__ = ("_fixed_style_id",)

    def __init__(self, ws: WriteOnlyWorksheet, number_format: str, alignment: Alignment) -> None:
        styled = WriteOnlyCell(ws)
        styled.number_format = number_format
        styled.alignment = alignment
        super().__init__(ws, row=1, column=1, style_array=styled._style)
        self._fixed_style_id: int = ws.parent._cell_styles.add(self._style)

    @property
    def style_id(self) -> int:
        return self._fixed_style_id


def _row_cells(ws: WriteOnlyWorksheet, values: Sequence[Any], row_idx: int) -> Iterator[Cell]:
    """The cells of one appended row, for the write-only sheet's writer (in place of openpyxl's own
    ``_values_to_row``, which meets each styled cell by trying to store it as a value and catching the
    ValueError, whose message formats the cell: a third of the register's time went there). Each cell is written
    out before the next is produced, so one plain cell serves the whole row."""
    plain = WriteOnlyCell(ws)
    for col_idx, value in enumerate(values, 1):
        if value is None:
            continue
        if isinstance(value, Cell):
            cell = value
        else:
            cell = plain
            cell.value = value
        cell.column = col_idx
        cell.row = row_idx
        yield cell


class _RowWriter:
    """Turns RegisterRows into worksheet rows, reusing one styled cell per formatted column."""

    def __init__(self, ws: WriteOnlyWorksheet, tr: Translate,
                 reason_messages: Callable[[Any], Sequence[object]] | None = None) -> None:
        self.ws = ws
        self.reason_messages = reason_messages
        self.reasons: dict[str, str] = {}  # the same reasons recur on many lines
        self.decisions = names("decision", tr)
        self.types = names("component_type", tr)
        self.controls = names("control", tr)
        self.tr = tr
        # Stored grades and scales repeat across the register: each is rendered once.
        self.nationals: dict[str, str] = {}
        self.scales: dict[str, str] = {}
        self.templates: dict[int, _FormatCell] = {}
        centred = Alignment(horizontal="center")
        for index, (_key, _width, number_format, _wrap) in enumerate(COLUMNS):
            if number_format:
                self.templates[index] = _FormatCell(ws, number_format, centred)

    def _styled(self, index: int, value: Any) -> Any:
        if value is None:
            return None
        cell = self.templates[index]
        cell.value = value
        return cell

    def _national(self, stored: str) -> str:
        if stored not in self.nationals:
            self.nationals[stored] = national_grade_text(stored, self.tr)
        return self.nationals[stored]

    def _scale(self, stored: str) -> str:
        if stored not in self.scales:
            self.scales[stored] = scale_text(stored, self.tr)
        return self.scales[stored]

    def _reasons(self, r: RegisterRow) -> str:
        """The reasons in the register's language; only a text with words of another language is looked at."""
        if not r.stored_reasons or self.reason_messages is None or not may_need_translation(r.reasons, self.tr):
            return r.reasons
        key = r.reasons
        if key not in self.reasons:
            if len(self.reasons) > 20_000:  # bounded: the register may be long
                self.reasons.clear()
            self.reasons[key] = reasons_text(r.reasons, self.reason_messages(list(r.stored_reasons)), self.tr)
        return self.reasons[key]

    def row(self, number: int, r: RegisterRow) -> list[Any]:
        s = self._styled
        return [
            s(0, number), r.reg_no, s(_FILED, r.filed_on), r.applicant, r.student_id, r.faculty, r.programme_code,
            r.academic_year, s(_SEMESTER, r.semester), r.component_code, r.component_title,
            self.types.get(r.component_type, r.component_type), s(_ECTS, r.ects),
            self.controls.get(r.control, r.control), r.evidence, r.provider,
            self.decisions.get(r.decision or "", r.decision), s(_RECOGNISED, r.credits_recognised),
            s(_REMAINING, r.credits_remaining), s(_GRADE, r.grade_100), self._national(r.grade_national),
            r.grade_ects, r.original_grade, self._scale(r.original_scale), s(_DECIDED, r.decided_at),
            s(_DEADLINE, r.deadline), s(_LATE, r.days_late), r.protocol_no,
            s(_PROTOCOL_DATE, r.protocol_date), r.decided_by, self._reasons(r),
        ]


def _header_cells(ws: WriteOnlyWorksheet, tr: Translate) -> list[WriteOnlyCell]:
    cells = []
    for text in headers(list(COLUMN_KEYS), tr):
        cell = WriteOnlyCell(ws, value=text)
        cell.font = st.HEADER_FONT
        cell.fill = st.HEADER_FILL
        cell.alignment = st.HEADER_ALIGNMENT
        cells.append(cell)
    return cells


def write_register(rows: Iterable[RegisterRow], path: str | os.PathLike[str], tr: Translate,
                   flt: RegisterFilter | None = None, total: int | None = None,
                   progress: Progress | None = None,
                   reason_messages: Callable[[Any], Sequence[object]] | None = None) -> int:
    """Write the register; returns the number of decision lines written.

    ``reason_messages`` turns a line's stored proposal reasons into messages (the service's), so that the
    reasons the rules wrote read in the register's language.

    ``total`` (the expected number of rows) only feeds the progress bar.
    """
    flt = flt or RegisterFilter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title(tr_noop("Report sheets", "Register"), tr))
    # Write-only sheets take layout (widths, panes, print set-up) before the first row.
    titles = headers(list(COLUMN_KEYS), tr)
    # Wide enough for the longest word of each header, so that no header word breaks in the middle.
    widths = [max(c[1], st.longest_word(t) * 1.05 + 1) for c, t in zip(COLUMNS, titles, strict=True)]
    st.set_widths(ws, widths)
    ws.row_dimensions[HEADER_ROW].height = st.header_height(titles, widths)
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = st.pages_wide(widths)
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    title = WriteOnlyCell(ws, value=label("register_title", tr))
    title.font = st.TITLE_FONT
    stamp = datetime.now().strftime("%d.%m.%Y %H:%M")
    ws.append([title])
    ws.append([f"{describe_filter(flt, tr)}; {label('generated', tr)}: {stamp}"])
    ws.append(_header_cells(ws, tr))

    writer = _RowWriter(ws, tr, reason_messages)
    ws._values_to_row = MethodType(_row_cells, ws)  # (see _row_cells)
    count = 0
    sums = {"ects": 0.0, "credits_recognised": 0.0, "credits_remaining": 0.0}
    try:
        with atomic_output(path, ".xlsx") as tmp:
            for row in rows:
                count += 1
                if count % PROGRESS_EVERY == 0:
                    check_cancelled(progress)
                    if progress is not None:
                        progress.report(count, total or 0, "")
                if row.ects is not None:
                    sums["ects"] += row.ects
                if row.credits_recognised is not None:
                    sums["credits_recognised"] += row.credits_recognised
                if row.credits_remaining is not None:
                    sums["credits_remaining"] += row.credits_remaining
                ws.append(writer.row(count, row))
            check_cancelled(progress)
            last = HEADER_ROW + count
            ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{max(last, HEADER_ROW + 1)}"
            ws.append(_total_cells(ws, tr, count, sums))
            wb.save(tmp)
    except BaseException:
        _discard(ws)
        raise
    if progress is not None:
        progress.report(count, count, "")
    return count


def _discard(ws: WriteOnlyWorksheet) -> None:
    """Finish and delete the sheet's temporary file after a cancelled or failed export."""
    writer = getattr(ws, "_writer", None)
    if writer is None or ws.closed:
        return
    with contextlib.suppress(Exception):
        ws.close()
    with contextlib.suppress(OSError, ValueError):
        writer.cleanup()


def _total_cells(ws: WriteOnlyWorksheet, tr: Translate, count: int, sums: dict[str, float]) -> list[WriteOnlyCell]:
    values: list[Any] = [None] * len(COLUMNS)
    values[0] = label("total", tr)
    values[_INDEX["reg_no"]] = count
    for key, value in sums.items():
        values[_INDEX[key]] = round(value, 4)
    cells = []
    for index, value in enumerate(values):
        cell = WriteOnlyCell(ws, value=value)
        cell.font = st.TOTAL_FONT
        cell.fill = st.TOTAL_FILL
        cell.border = st.TOTAL_BORDER
        if COLUMNS[index][0] in sums:
            cell.number_format = st.CREDITS_FORMAT
        elif index == _INDEX["reg_no"]:
            cell.number_format = f'"{label("lines", tr)}: "0'
        cells.append(cell)
    return cells
