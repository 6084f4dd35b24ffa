"""Read a programme from the Excel template (``resources/templates/programme-template.xlsx``).

Sheets: ``Programme`` (key/value rows), ``Components`` (code, title, type, semester, ects, hours, control, outcomes
— one outcome per line), ``Outcomes`` (code, text) and ``Matrix`` (component codes down, outcome codes across, any
non-empty cell = linked). Every cell is checked and every problem is reported with its sheet, row and column, so the
officer can fix the file in one go. A file that is not a workbook at all (wrong format, damaged, far too large)
raises ``UserError`` naming the file.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from app.domain.programme import (
    COMPONENT_TYPES,
    CONTROL_FORMS,
    LEVELS,
    MAX_CODE,
    MAX_PROGRAMME_CODE,
    MAX_SEMESTER,
    MAX_SPECIALTY,
    MAX_TITLE,
    ComponentData,
    OutcomeData,
    Problem,
    ProgrammeData,
    clean_text,
    code_key,
    coverage_warnings,
    normalize_academic_year,
    normalize_control,
    normalize_language,
    normalize_level,
    normalize_type,
    parse_number,
    tidy_code,
)
from app.errors import UserError
from app.importers.catalogue.files import check_file

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_UNPACKED_BYTES = 150 * 1024 * 1024
MAX_SHEET_XML_BYTES = 40 * 1024 * 1024
MAX_COMPRESSION_RATIO = 150
MAX_DATA_ROWS = 5000  # components or outcomes in one programme
MAX_SCANNED_ROWS = 100_000  # rows (empty or not) read before a sheet is declared too large
MAX_MATRIX_COLUMNS = 500
MAX_COMPONENT_COLUMNS = 30

SHEETS = ("Programme", "Components", "Outcomes", "Matrix")
PROGRAMME_KEYS = ("code", "title", "specialty", "level", "total_ects", "academic_year", "language")
OPTIONAL_PROGRAMME_KEYS = ("faculty",)
COMPONENT_COLUMNS = ("code", "title", "type", "semester", "ects", "hours", "control", "outcomes")
OUTCOME_COLUMNS = ("code", "text")

_KEY_SYNONYMS = {
    "code": ("код", "шифр", "programme code"),
    "title": ("назва", "name", "назва програми"),
    "specialty": ("speciality", "спеціальність"),
    "level": ("рівень", "ступінь", "рівень вищої освіти"),
    "total_ects": ("total ects", "ects", "кредити", "обсяг", "обсяг програми", "кредити єктс"),
    "academic_year": ("academic year", "year", "навчальний рік", "рік"),
    "language": ("мова", "мова навчання", "language of instruction"),
    "faculty": ("факультет", "інститут", "faculty/institute"),
    "semester": ("семестр",),
    "ects": ("кредити", "кредити єктс", "credits", "ects credits", "кредитів"),
    "hours": ("години", "годин", "кількість годин"),
    "control": ("контроль", "форма контролю", "форма підсумкового контролю", "final control"),
    "outcomes": ("результати навчання", "результати", "component outcomes", "learning outcomes"),
    "type": ("тип", "вид", "component type"),
    "text": ("текст", "результат", "формулювання", "outcome"),
}
_HEADER_KEYS = ("key", "field", "поле", "параметр", "ключ")


def _canonical(name: Any, allowed: tuple[str, ...]) -> str | None:
    word = clean_text(name).lower().replace("_", " ").strip(" :")
    for key in allowed:
        if word == key or word == key.replace("_", " ") or word in _KEY_SYNONYMS.get(key, ()):
            return key
    return None


def _show(value: Any) -> str:
    text = clean_text(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


class _Reported:
    """Stands for a cell already reported (a formula, an error value): later checks stay silent about it."""

    def __repr__(self) -> str:
        return "(reported)"


REPORTED = _Reported()


@dataclass
class _Cell:
    row: int
    column: int  # 1-based
    value: Any


@dataclass
class _SheetRows:
    name: str
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (row number, values) for non-empty rows


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.problems: list[Problem] = []

    def problem(self, message: str, sheet: str | None = None, row: int | None = None, column: int | None = None,
                field: str | None = None, severity: str = "error") -> None:
        self.problems.append(Problem(
            message, "warning" if severity == "warning" else "error", sheet=sheet, row=row,
            column=get_column_letter(column) if column else None, field=field))

    # --- the raw cells --------------------------------------------------------------------------------------
    def read_sheet(self, worksheet: Any, sheet: str, max_col: int) -> _SheetRows:
        """Non-empty rows as plain values; formulas and error values become problems (and count as empty)."""
        result = _SheetRows(sheet)
        for row_number, cells in enumerate(worksheet.iter_rows(min_row=1, max_col=max_col + 1), start=1):
            if row_number > MAX_SCANNED_ROWS:
                self.problem(f"the sheet has more than {MAX_SCANNED_ROWS} rows; a programme needs far fewer "
                             "(delete the unused rows)", sheet)
                break
            values: list[Any] = []
            for column, cell in enumerate(cells, start=1):
                value = cell.value
                kind = getattr(cell, "data_type", "n")
                if value is not None and (kind == "f" or type(value).__name__ in ("ArrayFormula",
                                                                                  "DataTableFormula")):
                    self.problem(f"the cell holds a formula ({clean_text(getattr(value, 'text', value))[:40]}); "
                                 "the template takes plain values — copy the cells and paste them as values",
                                 sheet, row_number, column)
                    value = REPORTED
                elif kind == "e":
                    self.problem(f"the cell holds the Excel error {value}", sheet, row_number, column)
                    value = REPORTED
                elif isinstance(value, str) and not value.strip():
                    value = None
                values.append(value)
            if len(values) > max_col and values[max_col] is not None:
                self._beyond(sheet, max_col, row_number, max_col + 1)
            values = values[:max_col]
            while values and values[-1] is None:
                values.pop()
            if values:
                if len(result.rows) >= MAX_DATA_ROWS:
                    self.problem(f"the sheet has more than {MAX_DATA_ROWS} filled rows", sheet, row_number)
                    break
                result.rows.append((row_number, values))
        width = getattr(worksheet, "max_column", None) or 0
        if width > max_col + 1 and not any("beyond column" in p.message for p in self.problems if p.sheet == sheet):
            # Something (perhaps only formatting) lies further right: look for a value there.
            for row_number, cells in enumerate(worksheet.iter_rows(min_row=1, max_row=MAX_SCANNED_ROWS,
                                                                   min_col=max_col + 2, max_col=width), start=1):
                found = next((max_col + 2 + i for i, c in enumerate(cells) if c.value not in (None, "")), None)
                if found is not None:
                    self._beyond(sheet, max_col, row_number, found)
                    break
        return result

    def _beyond(self, sheet: str, max_col: int, row: int, column: int) -> None:
        self.problem(f"the sheet has data beyond column {get_column_letter(max_col)}; at most {max_col} columns "
                     "are read", sheet, row, column)

    # --- typed values ---------------------------------------------------------------------------------------
    def text(self, cell: _Cell, sheet: str, field: str, *, required: bool, limit: int,
             multiline: bool = False) -> str:
        value = cell.value
        if value is REPORTED:
            return ""
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        text = clean_text(value, multiline=multiline)
        if required and not text:
            self.problem(f"{field} is empty", sheet, cell.row, cell.column, field)
        elif len(text) > limit:
            self.problem(f"{field} is longer than {limit} characters ({len(text)})", sheet, cell.row, cell.column,
                         field)
        return text

    def number(self, cell: _Cell, sheet: str, field: str, *, required: bool, positive: bool = True,
               integer: bool = False, low: float | None = None, high: float | None = None) -> float | None:
        value = cell.value
        if value is REPORTED:
            return None
        if value is None:
            if required:
                self.problem(f"{field} is empty (a number is needed)", sheet, cell.row, cell.column, field)
            return None
        if isinstance(value, datetime | date):
            self.problem(f"{field} is a date ({value:%d.%m.%Y}), not a number: format the column as Number and "
                         "type the value again", sheet, cell.row, cell.column, field)
            return None
        number = parse_number(value)
        if number is None:
            self.problem(f"{field} {_show(value)} is not a number", sheet, cell.row, cell.column, field)
            return None
        if integer and not number.is_integer():
            self.problem(f"{field} {_show(value)} is not a whole number", sheet, cell.row, cell.column, field)
            return None
        if positive and number <= 0:
            self.problem(f"{field} must be greater than 0 (found {_show(value)})", sheet, cell.row, cell.column,
                         field)
            return None
        lowest = low if low is not None else 0.0
        if number < lowest or (high is not None and number > high):
            bounds = f"between {lowest:g} and {high:g}" if high is not None else "not negative"
            self.problem(f"{field} {_show(value)} must be {bounds}", sheet, cell.row, cell.column, field)
            return None
        return number

    def choice(self, cell: _Cell, sheet: str, field: str, normalize: Callable[[Any], str | None],
               allowed: tuple[str, ...], hint: str) -> str | None:
        if cell.value is REPORTED:
            return None
        if cell.value is None:
            self.problem(f"{field} is empty ({hint})", sheet, cell.row, cell.column, field)
            return None
        found = normalize(cell.value)
        if found is None or found not in allowed:
            self.problem(f"{field} {_show(cell.value)} is not recognised ({hint})", sheet, cell.row, cell.column,
                         field)
        return found


def _cell(row: int, values: list[Any], column: int) -> _Cell:
    return _Cell(row, column, values[column - 1] if column <= len(values) else None)


def check_workbook_file(path: Path) -> None:
    """Refuse, with a message naming the file, anything that is not a sane .xlsx before openpyxl sees it."""
    name = path.name
    check_file(path, MAX_FILE_BYTES, "a programme template")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(f"{name}: this is an old-format .xls workbook or a password-protected file; open it in "
                        "Excel or LibreOffice and save it as an unprotected .xlsx workbook.")
    if head.startswith(b"%PDF"):
        raise UserError(f"{name}: this is a PDF document, not an Excel workbook.")
    if not head.startswith(b"PK"):
        raise UserError(f"{name}: not an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError(f"{name}: the workbook is damaged (not a valid zip archive: "
                        f"{' '.join(str(exc).split())[:120]}).") from None
    if "mimetype" in names and "content.xml" in names:
        raise UserError(f"{name}: this is an OpenDocument spreadsheet; save it as an .xlsx workbook.")
    if "xl/workbook.xml" not in names:
        raise UserError(f"{name}: a zip archive but not an Excel workbook (no xl/workbook.xml).")
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise UserError(f"{name}: the workbook unpacks to {unpacked // (1024 * 1024)} MB, far more than a "
                        "programme needs; refusing to read it.")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 10 * 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
            raise UserError(f"{name}: {info.filename} is compressed {ratio:.0f}:1 (a zip bomb?); refusing to read it.")
        if info.filename.startswith("xl/worksheets/") and info.file_size > MAX_SHEET_XML_BYTES:
            raise UserError(f"{name}: a sheet is too large ({info.file_size // (1024 * 1024)} MB of cells); a "
                            "programme template is a few hundred KB.")


_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def merged_ranges(path: Path) -> dict[str, list[str]]:
    """The merged cell ranges of each sheet (by title), read from the workbook's XML: openpyxl's read-only mode,
    which keeps memory flat, does not report them. A merge hides every value but the top-left one."""
    from defusedxml import ElementTree

    result: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "xl/_rels/workbook.xml.rels" not in names:
            return result
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL_NS}Relationship")}
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        for sheet in workbook.iter(f"{_MAIN_NS}sheet"):
            target = targets.get(sheet.get(f"{_REL_NS}id"), "")
            member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if member not in names:
                continue
            ranges: list[str] = []
            with archive.open(member) as handle:  # streamed: a sheet may be tens of MB of cells
                for _event, element in ElementTree.iterparse(handle):
                    if element.tag == f"{_MAIN_NS}mergeCell" and element.get("ref"):
                        ranges.append(str(element.get("ref")))
                    elif element.tag == f"{_MAIN_NS}row":
                        element.clear()
            if ranges:
                result[str(sheet.get("name", ""))] = ranges
    return result


def _refuse_merged_cells(reader: _Reader, path: Path, titles: dict[str, str],
                         widths: dict[str, int]) -> None:
    """A merged range inside a data area loses every value but its first (two semesters merged left one
    component without a semester): name each such range and ask for one value per cell."""
    from openpyxl.utils.cell import range_boundaries

    try:
        merged = merged_ranges(path)
    except Exception as exc:  # the same damage openpyxl reports below; name it here too
        raise UserError(f"{path.name}: the workbook is damaged and cannot be read ({type(exc).__name__}).") \
            from None
    for sheet, title in titles.items():
        for ref in merged.get(title, []):
            try:
                min_col, min_row, _max_col, _max_row = range_boundaries(ref)
            except (TypeError, ValueError):
                continue
            if min_col is not None and min_col > widths[sheet]:
                continue  # beside the data area: nothing the reader takes is hidden
            reader.problem(f"the cells {ref} are merged; the template needs one value in each cell — unmerge "
                           "them and fill every cell", sheet, min_row, min_col)


def parse_programme_excel(path: str | Path) -> ProgrammeData:
    """Read and check the whole workbook; problems (errors and warnings) are in ``result.problems``."""
    from openpyxl import load_workbook

    path = Path(path)
    check_workbook_file(path)
    reader = _Reader(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for damaged parts
        # openpyxl's messages run over several lines and name its internals: keep one plain line.
        first = " ".join(str(exc).split())[:120]
        raise UserError(f"{path.name}: the workbook is damaged and cannot be read as an Excel file"
                        + (f" ({first})." if first else ".")) from None
    try:
        by_name = {clean_text(title).lower(): title for title in workbook.sheetnames}
        sheets: dict[str, _SheetRows] = {}
        titles: dict[str, str] = {}
        widths: dict[str, int] = {}
        for sheet, max_col in zip(SHEETS, (3, MAX_COMPONENT_COLUMNS, 5, MAX_MATRIX_COLUMNS + 1), strict=True):
            title = by_name.get(sheet.lower())
            if title is None:
                reader.problem(f"the sheet {sheet!r} is missing (the template has sheets "
                               f"{', '.join(SHEETS)})", sheet)
                continue
            sheets[sheet] = reader.read_sheet(workbook[title], sheet, max_col)
            titles[sheet], widths[sheet] = title, max_col
    except UserError:
        raise
    except Exception as exc:
        raise UserError(f"{path.name}: the workbook is damaged and cannot be read ({type(exc).__name__}: {exc}).") \
            from None
    finally:
        workbook.close()
    _refuse_merged_cells(reader, path, titles, widths)

    data = ProgrammeData(source_file=str(path), source_kind="xlsx")
    programme_cells: dict[str, _Cell] = {}
    if "Programme" in sheets:
        programme_cells = _read_programme(reader, sheets["Programme"], data)
    if "Components" in sheets:
        _read_components(reader, sheets["Components"], data)
    if "Outcomes" in sheets:
        _read_outcomes(reader, sheets["Outcomes"], data)
    if "Matrix" in sheets and "Components" in sheets and "Outcomes" in sheets:
        _read_matrix(reader, sheets["Matrix"], data)
    if not any(p.is_error for p in reader.problems):
        for warning in coverage_warnings(data):
            total = programme_cells.get("total_ects")
            if "ECTS" in warning.message and total is not None:
                reader.problem(warning.message, "Programme", total.row, 2, "total_ects", "warning")
            else:
                reader.problems.append(warning)
    data.problems = reader.problems
    return data


def _read_programme(reader: _Reader, sheet: _SheetRows, data: ProgrammeData) -> dict[str, _Cell]:  # noqa: C901 (one sheet read column by column, each with its own message; a flat sequence)
    name = sheet.name
    cells: dict[str, _Cell] = {}
    allowed = PROGRAMME_KEYS + OPTIONAL_PROGRAMME_KEYS
    for row, values in sheet.rows:
        raw_key = values[0] if values else None
        if raw_key is REPORTED:
            continue
        if raw_key is None:
            reader.problem("a value without a key in column A", name, row, 1)
            continue
        if clean_text(raw_key).lower() in _HEADER_KEYS:
            continue
        key = _canonical(raw_key, allowed)
        if key is None:
            reader.problem(f"unknown key {_show(raw_key)} (ignored; the keys are {', '.join(allowed)})", name, row,
                           1, severity="warning")
            continue
        if key in cells:
            reader.problem(f"key {key!r} appears twice (also row {cells[key].row})", name, row, 1, key)
            continue
        cells[key] = _cell(row, values, 2)
    for key in PROGRAMME_KEYS:
        if key not in cells:
            reader.problem(f"the key {key!r} is missing (add a row with {key!r} in column A and its value in "
                           "column B)", name)
    if "code" in cells:
        data.code = reader.text(cells["code"], name, "code", required=True, limit=MAX_PROGRAMME_CODE)
    if "title" in cells:
        data.title = reader.text(cells["title"], name, "title", required=True, limit=MAX_TITLE)
    if "specialty" in cells:
        data.specialty = reader.text(cells["specialty"], name, "specialty", required=False, limit=MAX_SPECIALTY)
    if "faculty" in cells:
        data.faculty = reader.text(cells["faculty"], name, "faculty", required=False, limit=MAX_SPECIALTY)
    if "level" in cells:
        cell = cells["level"]
        if cell.value is not None:
            level = normalize_level(cell.value)
            if level is None:
                reader.problem(f"level {_show(cell.value)} is not recognised (use {', '.join(LEVELS)}, or "
                               "бакалавр, магістр, доктор філософії)", name, cell.row, 2, "level")
            data.level = level or ""
    if "total_ects" in cells:
        total = reader.number(cells["total_ects"], name, "total_ects", required=True, high=1000)
        data.total_ects = total or 0.0
    if "academic_year" in cells:
        cell = cells["academic_year"]
        year = normalize_academic_year(cell.value) if cell.value is not None else None
        if cell.value is None:
            reader.problem("academic_year is empty (for example 2025/2026)", name, cell.row, 2, "academic_year")
        elif year is None:
            reader.problem(f"academic_year {_show(cell.value)} is not an academic year like 2025/2026", name,
                           cell.row, 2, "academic_year")
        data.academic_year = year or ""
    if "language" in cells:
        cell = cells["language"]
        if cell.value is None:
            data.language = "uk"
        else:
            language = normalize_language(cell.value)
            if language is None:
                reader.problem(f"language {_show(cell.value)} is not a language code such as uk or en", name,
                               cell.row, 2, "language")
            data.language = language or "uk"
    return cells


def _header(reader: _Reader, sheet: _SheetRows, columns: tuple[str, ...]) -> tuple[dict[str, int], int] | None:
    """Map column names to 1-based positions from the first filled row; None if the header is unusable."""
    if not sheet.rows:
        reader.problem(f"the sheet is empty (the first row must name the columns {', '.join(columns)})",
                       sheet.name, 1)
        return None
    row, values = sheet.rows[0]
    positions: dict[str, int] = {}
    for column, value in enumerate(values, start=1):
        if value is None or value is REPORTED:
            continue
        key = _canonical(value, columns)
        if key is None:
            reader.problem(f"unknown column {_show(value)} (ignored; the columns are {', '.join(columns)})",
                           sheet.name, row, column, severity="warning")
        elif key in positions:
            reader.problem(f"column {key!r} appears twice (also column {get_column_letter(positions[key])})",
                           sheet.name, row, column, key)
        else:
            positions[key] = column
    missing = [c for c in columns if c not in positions]
    if missing:
        reader.problem(f"wrong header: missing column(s) {', '.join(missing)} (the header row must name "
                       f"{', '.join(columns)})", sheet.name, row)
        if "code" not in positions:
            return None
    return positions, row


def _read_components(reader: _Reader, sheet: _SheetRows, data: ProgrammeData) -> None:
    name = sheet.name
    header = _header(reader, sheet, COMPONENT_COLUMNS)
    if header is None:
        return
    positions, header_row = header
    seen: dict[str, int] = {}
    for row, values in sheet.rows[1:]:
        def at(key: str, row: int = row, values: list[Any] = values) -> _Cell:
            return _cell(row, values, positions[key]) if key in positions else _Cell(row, 0, None)

        code = tidy_code(reader.text(at("code"), name, "code", required=True, limit=MAX_CODE))
        key = code_key(code)
        if key and key in seen:
            reader.problem(f"duplicate component code {code!r} (also row {seen[key]})", name, row,
                           positions["code"], "code")
        elif key:
            seen[key] = row
        title = reader.text(at("title"), name, "title", required="title" in positions, limit=MAX_TITLE)
        kind = control = None
        if "type" in positions:
            kind = reader.choice(at("type"), name, "type", normalize_type, COMPONENT_TYPES,
                                 "mandatory/обов'язкова, elective/вибіркова, practice/практика or "
                                 "attestation/атестація")
        semester = reader.number(at("semester"), name, "semester", required=False, integer=True, low=1,
                                 high=MAX_SEMESTER) if "semester" in positions else None
        ects = reader.number(at("ects"), name, "ects", required=True, high=240) if "ects" in positions else None
        hours = reader.number(at("hours"), name, "hours", required=False, positive=False, integer=True,
                              high=10_000) if "hours" in positions else None
        if "control" in positions:
            control = reader.choice(at("control"), name, "control", normalize_control, CONTROL_FORMS,
                                    "exam/екзамен or pass/залік")
        outcomes: list[str] = []
        if "outcomes" in positions:
            text = reader.text(at("outcomes"), name, "outcomes", required=False, limit=100_000, multiline=True)
            outcomes = [line for line in (_strip_bullet(x) for x in text.split("\n")) if line]
        data.components.append(ComponentData(
            code=code, title=title, type=kind or "mandatory", semester=int(semester) if semester else None,
            ects=ects or 0.0, hours=int(hours) if hours is not None else None, control=control or "exam",
            outcomes=outcomes,
        ))
    if not data.components and header_row:
        reader.problem("no components: fill one row per component below the header", name, header_row + 1)


def _strip_bullet(line: str) -> str:
    line = line.strip()
    if line[:2] in ("• ", "- ", "– ", "* ", "· "):
        return line[2:].strip()
    return line


def _read_outcomes(reader: _Reader, sheet: _SheetRows, data: ProgrammeData) -> None:
    name = sheet.name
    header = _header(reader, sheet, OUTCOME_COLUMNS)
    if header is None:
        return
    positions, _row = header
    seen: dict[str, int] = {}
    for row, values in sheet.rows[1:]:
        code = tidy_code(reader.text(_cell(row, values, positions["code"]), name, "code", required=True,
                                     limit=MAX_CODE))
        key = code_key(code)
        if key and key in seen:
            reader.problem(f"duplicate outcome code {code!r} (also row {seen[key]})", name, row, positions["code"],
                           "code")
        elif key:
            seen[key] = row
        text = ""
        if "text" in positions:
            text = reader.text(_cell(row, values, positions["text"]), name, "text", required=True, limit=10_000)
        data.outcomes.append(OutcomeData(code=code, text=text))


def _read_matrix(reader: _Reader, sheet: _SheetRows, data: ProgrammeData) -> None:  # noqa: C901 (the matrix sheet read cell by cell with a message per kind of bad cell)
    name = sheet.name
    components = {code_key(c.code): c.code for c in data.components if c.code}
    outcomes = {code_key(o.code): o.code for o in data.outcomes if o.code}
    if not sheet.rows:
        if data.outcomes:
            reader.problem("the matrix is empty: put component codes in column A, outcome codes in row 1 and "
                           "mark the linked cells", name, 1, severity="warning")
        return
    header_row, header_values = sheet.rows[0]
    columns: dict[int, str] = {}  # column → outcome code
    seen_columns: dict[str, int] = {}
    for column, value in enumerate(header_values[1:], start=2):
        if value is None or value is REPORTED:
            continue
        code = tidy_code(value)
        key = code_key(code)
        if key not in outcomes:
            reader.problem(f"outcome code {code!r} is not defined in the Outcomes sheet", name, header_row, column)
            continue
        if key in seen_columns:
            reader.problem(f"outcome {code!r} appears twice in the header (also column "
                           f"{get_column_letter(seen_columns[key])})", name, header_row, column)
            continue
        seen_columns[key] = column
        columns[column] = outcomes[key]
    seen_rows: dict[str, int] = {}
    for row, values in sheet.rows[1:]:
        raw = values[0] if values else None
        marked = [column for column, value in enumerate(values[1:], start=2)
                  if value is not None and value is not REPORTED]
        if raw is REPORTED:
            continue
        if raw is None:
            if marked:
                reader.problem("marked cells in a row without a component code in column A", name, row, 1)
            continue
        code = tidy_code(raw)
        key = code_key(code)
        if key not in components:
            reader.problem(f"component code {code!r} is not defined in the Components sheet", name, row, 1)
            continue
        if key in seen_rows:
            reader.problem(f"component {code!r} appears twice (also row {seen_rows[key]})", name, row, 1)
            continue
        seen_rows[key] = row
        for column in marked:
            if column in columns:
                data.matrix.add((components[key], columns[column]))
            elif column > len(header_values) or header_values[column - 1] in (None, REPORTED):
                reader.problem("a marked cell under an empty header: put the outcome code in row "
                               f"{header_row}", name, row, column)
