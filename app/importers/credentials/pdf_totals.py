"""A table's total row as the text layer gives it, the table drawn without rules: "Разом" / "560" / "92" under a header
"Модуль | Годин | Оцінка", "Total 7" under "Code | Course unit | ECTS | Grade | Date". The numbers of the total row
belong, in order, to the header's columns that hold numbers of the workload or the grade; the other columns of a
total row are empty."""

from __future__ import annotations

import re

from .pdf_tables import TOTAL_RE

# After the label of a total row: nothing, or its numbers
_NUMBERS_AFTER = re.compile(r"\s*:?((?:\s+\d{1,4}(?:[.,]\d{1,2})?)*)\s*$")
_NUMBER = re.compile(r"^\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*$")
# What a total row's label may say of itself before its cells: "Total / overall result (credit-weighted average 88.4)"
_LABEL_TAIL = re.compile(r"(?:\s*[/—–-]\s*[^\W\d_][^\d()\n]{0,40})?(?:\s*\([^()\n]{0,60}\))?")
# A grade cell in letters, with its points perhaps: "B (88)", "A", "B+"
_LETTER_GRADE = re.compile(r"^\s*((?:FX|[A-F][+\-−]?)(?:\s*\(\d{1,3}(?:[.,]\d{1,2})?\))?)\s*$")
# A column's label in a header line, and the field its numbers give
_COLUMNS = re.compile(r"(?<![^\W\d_])(?:(годин\w*|год\.?|hours|hrs|stunden|godz\w*|hodin\w*)|"
                      r"(кредит\w*|єктс|ects|credits?|leistungspunkte|punkty)|"
                      r"(оцінка|оцінки|grade|mark|note|ocena|známka|hodnotenie|бал(?:и|ів)?)|"
                      # the most a row could get, a column of its own: "Макс." / "Бали", "Points" / "Maximum"
                      r"(макс\.?|максимум|max\.?|maximum|maks\.?|maksimum))(?![^\W\d_])", re.I)
_FIELDS = ("workload_hours", "workload_ects", "grade", "maximum")
HEADER_REACH = 60  # lines above the total row searched for the header


def total_row(lines: list[tuple[int, str]]) -> dict[str, tuple[str, int]]:
    """The fields a total row gives (field → (the number as written, page)): {} when there is no total row, or no
    header of numbered columns above it."""
    for at, (page, line) in enumerate(lines):
        label = TOTAL_RE.match(line)
        tail = _LABEL_TAIL.match(line, label.end()) if label else None
        m = _NUMBERS_AFTER.match(line, tail.end()) if tail else None
        if m is None:
            continue
        numbers = m.group(1).split()
        for _pg, following in lines[at + 1 : at + 4]:  # the cells of the row, each on its line
            n = _NUMBER.match(following) or _LETTER_GRADE.match(following)
            if n is None:
                break
            numbers.append(n.group(1))
        columns = _header_columns(lines[max(0, at - HEADER_REACH) : at])
        if numbers and columns:
            return {field: (value, page) for field, value in zip(columns, numbers, strict=False) if field != "maximum"}
    return {}


def _header_columns(above: list[tuple[int, str]]) -> list[str]:
    """The fields of the numbered columns of the header above a total row, in the order of the columns: the nearest
    line that labels the workload or the grade, with the header's other cells around it (short lines without
    digits: the text layer may give each cell of the header on its own line)."""
    for at in range(len(above) - 1, -1, -1):
        if _labels(above[at][1]):
            start = at
            while start > 0 and _header_cell(above[start - 1][1]) and at - start < HEADER_CELLS:
                start -= 1
            found = [field for _pg, line in above[start : at + 1] for field in _labels(line)]
            return found if len(set(found)) == len(found) else []
    return []


HEADER_CELLS = 8  # cells of one header, each on its line


def _header_cell(line: str) -> bool:
    return len(line) <= 40 and not any(ch.isdigit() for ch in line)


def _labels(line: str) -> list[str]:
    """The fields of the column labels of a header line (a short line without digits)."""
    if len(line) > 80 or len(line.split()) > 8 or any(ch.isdigit() for ch in line):
        return []
    if "," in line and len(line.split()) > 4:
        return []  # a row's text, clauses apart ("Bezpieczeństwo na miejscu zdarzenia, ocena poszkodowanego, …")
    return [_FIELDS[next(i for i, g in enumerate(m.groups()) if g)] for m in _COLUMNS.finditer(line)]
