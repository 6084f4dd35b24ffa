"""Write a programme in the Excel template: the blank template, and the export of a programme from the catalogue.

Export and import use the same layout, so exporting a programme and importing the file gives the same programme
back. Texts that begin with "=" are written as text, never as formulas.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.programme import COMPONENT_TYPES, CONTROL_FORMS, ProgrammeData, clean_text
from app.errors import UserError
from app.importers.catalogue.excel_reader import COMPONENT_COLUMNS, OUTCOME_COLUMNS, PROGRAMME_KEYS

LINK_MARK = "x"
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")

README_LINES: tuple[tuple[str, str], ...] = (
    ("Recognition Desk — programme template", ""),
    ("", ""),
    ("Sheet", "What goes there"),
    ("Programme", "One key per row in column A, its value in column B: code (e.g. 122-BS-CS), title, specialty, "
                  "level (bachelor, master, phd, junior_bachelor; бакалавр/магістр also accepted), total_ects "
                  "(number), academic_year (2025/2026), language (uk, en). Optional: faculty."),
    ("Components", "One row per component. code (ОК1, ВК3 …; unique), title, type (mandatory/обов'язкова, "
                   "elective/вибіркова, practice/практика, attestation/атестація), semester (whole number, may be "
                   "empty), ects (number; 5 or 5,5), hours (whole number, may be empty), control (exam/екзамен or "
                   "pass/залік), outcomes (the component's learning outcomes from the syllabus, one per line: "
                   "Alt+Enter starts a new line in a cell)."),
    ("Outcomes", "The programme learning outcomes: code (ПР01, PLO1 …; unique) and text."),
    ("Matrix", "Component codes down column A, outcome codes across row 1. Any non-empty cell means the component "
               "serves that outcome (an x is enough). Every code must be defined on the other sheets."),
    ("", ""),
    ("Rules", "Plain values only: formulas are refused (copy and paste as values). Problems are reported all at "
              "once with sheet, row and column; nothing is saved until the whole file is valid. The sum of the "
              "components' ECTS differing from total_ects is only a warning (electives may be listed as a pool)."),
    ("", ""),
    ("Аркуш", "Що заповнювати"),
    ("Programme", "Ключ у стовпці A, значення у стовпці B: code (шифр програми), title (назва), specialty "
                  "(спеціальність), level (рівень: бакалавр, магістр, доктор філософії), total_ects (обсяг у "
                  "кредитах ЄКТС), academic_year (навчальний рік, 2025/2026), language (мова: uk, en)."),
    ("Components", "Рядок на кожну освітню компоненту: code (ОК1, ВК3), title, type (обов'язкова, вибіркова, "
                   "практика, атестація), semester, ects, hours, control (екзамен або залік), outcomes (результати "
                   "навчання з силабусу, по одному в рядку клітинки)."),
    ("Outcomes", "Програмні результати навчання: code (ПР01) і text."),
    ("Matrix", "Матриця забезпечення програмних результатів: коди компонент у стовпці A, коди ПР у рядку 1; "
               "будь-яка непорожня клітинка означає зв'язок."),
)


def _put(sheet: Worksheet, row: int, column: int, value: Any, *, wrap: bool = False) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = clean_text(value, multiline=True)
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text, not a formula
    if wrap:
        cell.alignment = _WRAP


def _header(sheet: Worksheet, names: Iterable[str], widths: Iterable[int]) -> None:
    for column, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
        _put(sheet, 1, column, name)
        sheet.cell(row=1, column=column).font = _BOLD
        sheet.cell(row=1, column=column).fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def build_workbook(data: ProgrammeData | None = None) -> Workbook:
    """The template filled with ``data`` (or left blank, with the keys and headers only)."""
    workbook = Workbook()
    programme = workbook.active
    assert programme is not None
    programme.title = "Programme"
    _header(programme, ("key", "value"), (18, 70))
    values: dict[str, Any] = {}
    if data is not None:
        values = {"code": data.code, "title": data.title, "specialty": data.specialty, "level": data.level,
                  "total_ects": _number(data.total_ects), "academic_year": data.academic_year,
                  "language": data.language}
    keys = list(PROGRAMME_KEYS) + (["faculty"] if data is None or data.faculty else [])
    if data is not None and data.faculty:
        values["faculty"] = data.faculty
    for row, key in enumerate(keys, start=2):
        _put(programme, row, 1, key)
        programme.cell(row=row, column=1).font = _BOLD
        _put(programme, row, 2, values.get(key))

    components = workbook.create_sheet("Components")
    _header(components, COMPONENT_COLUMNS, (9, 40, 13, 10, 8, 8, 9, 90))
    rows = data.components if data is not None else []
    for row, component in enumerate(rows, start=2):
        for column, value in enumerate((
            component.code, component.title, component.type, component.semester, _number(component.ects),
            component.hours, component.control, "\n".join(component.outcomes),
        ), start=1):
            _put(components, row, column, value, wrap=column in (2, 8))
    last = max(len(rows) + 1, 200)
    for column, allowed in ((3, COMPONENT_TYPES), (7, CONTROL_FORMS)):
        letter = get_column_letter(column)
        validation = DataValidation(type="list", formula1='"' + ",".join(allowed) + '"', allow_blank=True,
                                    showErrorMessage=False)
        validation.add(f"{letter}2:{letter}{last}")
        components.add_data_validation(validation)

    outcomes = workbook.create_sheet("Outcomes")
    _header(outcomes, OUTCOME_COLUMNS, (10, 110))
    for row, outcome in enumerate(data.outcomes if data is not None else [], start=2):
        _put(outcomes, row, 1, outcome.code)
        _put(outcomes, row, 2, outcome.text, wrap=True)

    matrix = workbook.create_sheet("Matrix")
    _put(matrix, 1, 1, "component \\ outcome")
    matrix.cell(row=1, column=1).font = _BOLD
    matrix.column_dimensions["A"].width = 20
    matrix.freeze_panes = "B2"
    if data is not None:
        for column, outcome in enumerate(data.outcomes, start=2):
            _put(matrix, 1, column, outcome.code)
            matrix.cell(row=1, column=column).font = _BOLD
            matrix.cell(row=1, column=column).fill = _HEADER_FILL
            matrix.column_dimensions[get_column_letter(column)].width = 7
        for row, component in enumerate(data.components, start=2):
            _put(matrix, row, 1, component.code)
            matrix.cell(row=row, column=1).font = _BOLD
            for column, outcome in enumerate(data.outcomes, start=2):
                if (component.code, outcome.code) in data.matrix:
                    _put(matrix, row, column, LINK_MARK)
                    matrix.cell(row=row, column=column).alignment = Alignment(horizontal="center")

    readme = workbook.create_sheet("README")
    readme.column_dimensions["A"].width = 16
    readme.column_dimensions["B"].width = 120
    for row, (left, right) in enumerate(README_LINES, start=1):
        _put(readme, row, 1, left)
        _put(readme, row, 2, right, wrap=True)
        if row == 1 or left in ("Sheet", "Аркуш", "Rules"):
            readme.cell(row=row, column=1).font = _BOLD
    return workbook


def save_workbook(workbook: Workbook, path: str | Path) -> Path:
    """Save atomically: a crash or a full disk leaves the old file (if any) as it was."""
    target = Path(path)
    if not target.parent.is_dir():
        raise UserError(f"{target}: the folder {target.parent} does not exist.")
    handle, temp_name = tempfile.mkstemp(prefix=".~" + target.stem, suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        workbook.save(temp_name)
        # mkstemp makes the file private; give it the usual permissions (or those of the file it replaces).
        os.chmod(temp_name, (target.stat().st_mode if target.exists() else 0o644) & 0o777)
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise UserError(f"{target}: cannot write the file ({exc.strerror or exc}); is it open in another "
                        "program?") from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


def write_programme_workbook(data: ProgrammeData, path: str | Path) -> Path:
    return save_workbook(build_workbook(data), path)


def write_template(path: str | Path) -> Path:
    return save_workbook(build_workbook(None), path)
