"""Read a Ukrainian educational programme document (освітньо-професійна / освітньо-наукова програма) from a PDF.

What is looked for, and where:
- the heading data (title in «…», specialty, level, total ECTS, academic year, language, faculty) in the text;
- the programme learning outcomes ("Програмні результати навчання": lines starting "ПР01", "ПРН 1", "РН1", "PLO1");
- the components ("Перелік компонент …": table rows whose first cell is a code such as ОК 1, ВК 3, ОК 1.2, with
  credits and the final control form), through pdfplumber's table extraction, with a line-by-line fallback;
- the matrix ("Матриця забезпечення програмних результатів навчання …") through table extraction, in either
  orientation (outcomes down or components down), possibly continued on the following pages.

Documents vary a lot, so nothing here raises on an unexpected layout: what could not be found becomes a problem with
the page number, and the officer reviews the result before it is saved. Only a file that is not a readable PDF at all
raises ``UserError``.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.programme import (
    ComponentData,
    OutcomeData,
    Problem,
    ProgrammeData,
    clean_text,
    code_key,
    coverage_warnings,
    normalize_academic_year,
    normalize_control,
    parse_number,
    tidy_code,
)
from app.domain.progress import Progress, check_cancelled
from app.domain.translit import transliterate
from app.errors import UserError
from app.importers.catalogue.files import check_file

MAX_FILE_BYTES = 80 * 1024 * 1024
MAX_PAGES = 300
MAX_TABLE_PAGES = 12  # pages searched for the components list and for the matrix, each
MIN_TEXT_CHARS = 40
# A dense printed page holds under 10,000 characters; a page far beyond that is hostile or broken, and pdfplumber's
# table extraction needs memory in proportion to its characters (a 4.5-million-character page grows past 7 GB).
MAX_PAGE_CHARS = 60_000
MAX_PAGE_CONTENT_BYTES = 8 * 1024 * 1024  # decompressed content stream of one page
TABLE_SECONDS = 60.0  # all table extraction of one file

_OUTCOME_PREFIX = r"(?:ПРН|ПР|РН|PLO|PRN|PO|LO)"
OUTCOME_LINE_RE = re.compile(
    rf"^\s*(?P<code>{_OUTCOME_PREFIX}\s*[-.]?\s*\d{{1,2}}(?:\.\d{{1,2}})?)(?![\d])\s*[.):\-–—]?\s*(?P<text>.*)$")
OUTCOME_CODE_RE = re.compile(rf"^{_OUTCOME_PREFIX}\s*[-.]?\s*\d{{1,2}}(?:\.\d{{1,2}})?\.?$")
# Component codes: ОК 1, ОК1.2, ВК 3, ВБ 2.1, ОПП 4, ПП 1, OK-1 (Latin look-alikes) …; not competences or outcomes.
COMPONENT_CODE_RE = re.compile(r"^(?P<prefix>[A-ZА-ЯІЇЄҐ]{1,5})\s*[-.]?\s*(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})\.?$")
_NOT_COMPONENT_PREFIXES = {"ПР", "ПРН", "РН", "ЗК", "СК", "ФК", "ІК", "PLO", "PO", "LO", "ПК", "К", "ПРОТОКОЛ"}
_ELECTIVE_PREFIXES = ("ВК", "ВБ", "ВД", "ВП", "ВКЗ", "ВС", "ДВВ", "ВВ")
COMPONENT_LINE_RE = re.compile(
    r"^\s*(?P<code>[A-ZА-ЯІЇЄҐ]{1,5}\s*[-.]?\s*\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?P<title>.+?)\s+"
    r"(?P<ects>\d{1,2}(?:[.,]\d{1,2})?)\s+(?P<control>(?:диф(?:еренційований|\.)?\s*)?залік|екзамен|іспит|"
    r"захист\w*|атестація|exam|pass)\s*$", re.IGNORECASE)

_LEVEL_PATTERNS = (
    ("junior_bachelor", r"молодш\w+\s+бакалавр|початков\w+\s+рів\w+\s*\(коротк"),
    ("phd", r"треть\w+\s*\(освітньо-науков|доктор\w*\s+філософії"),
    ("master", r"друг\w+\s*\(магістерськ|магістерськ\w+\s+рів|магістр"),
    ("bachelor", r"перш\w+\s*\(бакалаврськ|бакалаврськ\w+\s+рів|бакалавр"),
)
_LEVEL_ABBR = {"junior_bachelor": "JB", "bachelor": "BS", "master": "MS", "phd": "PHD"}


@dataclass
class _Found:
    data: ProgrammeData
    problems: list[Problem] = field(default_factory=list)

    def warn(self, message: str, page: int | None = None) -> None:
        self.problems.append(Problem(message, "warning", page=page))

    def error(self, message: str, page: int | None = None) -> None:
        self.problems.append(Problem(message, "error", page=page))


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for mark in "’ʼ`´‘":
        text = text.replace(mark, "'")
    return text.replace("\u00ad", "").replace("\u00a0", " ")


def _squash(text: str) -> str:
    """Lower-case text with runs of whitespace as one space: for finding headings split over lines."""
    return re.sub(r"\s+", " ", _norm(text)).lower()


def _check_file(path: Path) -> None:
    check_file(path, MAX_FILE_BYTES, "a programme document")
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF" not in head:
        raise UserError(f"{path.name}: not a PDF document.")


def read_pdf_pages(path: Path, progress: Progress | None = None) -> tuple[list[str], bytes]:
    """The text of each page (PyMuPDF) and the file's bytes; UserError when the PDF cannot be read."""
    import pymupdf

    _check_file(path)
    data = path.read_bytes()
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several kinds for damaged files
        detail = re.sub(r"^(?:Fz\w+|code=\d+):?\s*", "", (str(exc).splitlines() or [""])[0])[:120]
        raise UserError(f"{path.name}: the PDF is damaged and cannot be opened" + (f" ({detail})." if detail
                                                                                    else ".")) from None
    try:
        if doc.needs_pass:
            raise UserError(f"{path.name}: the PDF is protected with a password; save an unprotected copy.")
        if doc.page_count == 0:
            raise UserError(f"{path.name}: the PDF has no pages (damaged or truncated file).")
        pages: list[str] = []
        total = min(doc.page_count, MAX_PAGES)
        for index in range(total):
            check_cancelled(progress)
            if progress is not None:
                progress.report(index, total * 2, f"Reading page {index + 1}")
            page = doc[index]
            try:
                content = sum(len(doc.xref_stream(x) or b"") for x in page.get_contents())
            except Exception:  # unreadable streams: the text extraction below reports an empty page
                content = 0
            if content > MAX_PAGE_CONTENT_BYTES:
                raise UserError(f"{path.name}: page {index + 1} holds {content / 1048576:.1f} MB of drawing "
                                f"instructions, far more than a programme page (at most "
                                f"{MAX_PAGE_CONTENT_BYTES // 1048576} MB); the file is refused.")
            try:
                text = page.get_text("text", sort=False)
            except Exception:  # a broken page should not stop the rest
                text = ""
            if len(text) > MAX_PAGE_CHARS:
                raise UserError(f"{path.name}: page {index + 1} holds {len(text):,} characters, far more than a "
                                f"programme page (at most {MAX_PAGE_CHARS:,}); the file is refused.")
            pages.append(_norm(text))
    finally:
        doc.close()
    if sum(len(p.strip()) for p in pages) < MIN_TEXT_CHARS:
        raise UserError(f"{path.name}: the PDF has no text layer (a scanned document?); run it through OCR or "
                        "enter the programme in the Excel template.")
    return pages, data


def parse_programme_pdf(path: str | Path, progress: Progress | None = None) -> ProgrammeData:
    """Find the programme in the PDF; what was not found is listed in ``result.problems`` with its page."""
    path = Path(path)
    pages, raw = read_pdf_pages(path, progress)
    found = _Found(ProgrammeData(source_file=str(path), source_kind="pdf"))
    if len(pages) == MAX_PAGES:
        found.warn(f"only the first {MAX_PAGES} pages were read")
    _read_heading(found, pages)
    _read_outcomes(found, pages)
    tables = _TableReader(raw, progress, len(pages))
    try:
        _read_components(found, pages, tables)
        check_cancelled(progress)
        _read_matrix(found, pages, tables)
    finally:
        tables.close()
    data = found.data
    if not data.components:
        found.error("no list of components was found (a table under \"Перелік компонент освітньої програми\" with "
                    "codes such as ОК 1, ВК 3, credits and control form); use the Excel template instead")
    if not data.outcomes:
        found.warn("no programme learning outcomes were found (lines such as \"ПР01 …\" under \"Програмні "
                   "результати навчання\")")
    found.problems.extend(p for p in coverage_warnings(data))
    data.problems = found.problems
    if progress is not None:
        progress.report(1, 1, "Done")
    return data


# --- the heading ------------------------------------------------------------------------------------------------


def _read_heading(found: _Found, pages: list[str]) -> None:
    data = found.data
    front = "\n".join(pages[:3])
    text = "\n".join(pages)
    flat_front = re.sub(r"\s+", " ", front)
    title = re.search(r"(?:ОСВІТНЬО\s*-\s*ПРОФЕСІЙН\w*|ОСВІТНЬО\s*-\s*НАУКОВ\w*|ОСВІТН\w+)\s+ПРОГРАМ\w*"
                      r"\s*[«\"“](?P<title>[^»\"”]{3,200})[»\"”]", flat_front, re.IGNORECASE)
    if title is None:
        title = re.search(r"[«“](?P<title>[^»”]{3,200})[»”]", flat_front)
    if title:
        data.title = clean_text(title.group("title"))
    else:
        found.warn("the programme title was not found (expected in «…» after \"Освітньо-професійна програма\")", 1)
    specialty = re.search(r"спеціальн\w*\s*:?\s*(?P<code>\d{3}|[A-ZА-Я]\d{1,2}(?:\.\d{1,2})?)\s*[«\"“]?"
                          r"(?P<name>[^»\"”]{2,160}?)(?=[».;\"”]|\s+(?:галуз\w*|кваліфікац\w*|спеціалізац\w*|"
                          r"освітн\w+\s+(?:програм|ступ)\w*|рівня|ступ\w+|за\s+освітн\w+|форма|термін|\d{4})\b|$)",
                          flat_front, re.IGNORECASE)
    spec_code = ""
    if specialty:
        spec_code = specialty.group("code")
        name = clean_text(specialty.group("name")).strip(" .,«»")
        data.specialty = f"{spec_code} {name}".strip()
    else:
        found.warn("the specialty was not found (expected \"спеціальність 121 …\")", 1)
    flat_lower = _squash(front)
    for level, pattern in _LEVEL_PATTERNS:
        if re.search(pattern, flat_lower):
            data.level = level
            break
    else:
        found.warn("the level of higher education was not found (бакалавр, магістр, доктор філософії)", 1)
    data.total_ects = _total_ects(text)
    if not data.total_ects:
        found.error("the programme's total ECTS was not found (\"240 кредитів ЄКТС\")")
    year = None
    for match in re.finditer(r"(20\d\d\s*[/–—-]\s*(?:20)?\d\d)\s*(?:н\.\s*р|навч|рок|р\.|н\.р)", text,
                             re.IGNORECASE):
        year = normalize_academic_year(match.group(1))
        if year:
            break
    if year:
        data.academic_year = year
    else:
        years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", front)]
        if years:
            start = max(years)
            data.academic_year = f"{start}/{start + 1}"
            found.warn(f"the academic year is not stated; {data.academic_year} was assumed from the year "
                       f"{start} on the title page — check it", 1)
        else:
            found.error("the academic year was not found; enter it in the review")
    language = re.search(r"мов\w*\s*(?:\(и\)\s*)?(?:викладання|навчання)\s*:?\s*(?P<lang>[а-яіїєґ]+)", _norm(text),
                         re.IGNORECASE)
    data.language = "en" if language and language.group("lang").lower().startswith("англ") else "uk"
    faculty = re.search(r"((?:Навчально-науковий\s+)?(?:Факультет|Інститут|(?<=науковий )інститут)\s+"
                        r"[^\n,;.]{3,120})", front)
    if faculty:
        data.faculty = clean_text(faculty.group(1))
    data.code = _made_up_code(spec_code, data.level, data.title)
    if data.code:
        found.warn(f"the document has no programme code; {data.code!r} was made from the specialty, level and "
                   "title — change it in the review if the catalogue uses another")
    else:
        found.error("no programme code could be made (specialty not found); enter one in the review")


def _total_ects(text: str) -> float:
    flat = _squash(text)
    candidates: list[tuple[int, float]] = []
    for match in re.finditer(r"(?P<n>\d{2,3}(?:[.,]\d)?)\s*кредит\w*\s*(?:єктс|ects|ектс)", flat):
        value = parse_number(match.group("n")) or 0.0
        if not 30 <= value <= 480:
            continue
        context = flat[max(0, match.start() - 120):match.start()]
        candidates.append((2 if "обсяг" in context else 1, value))
    overall = re.search(r"загальний обсяг (?:освітньої|освітньо-\w+) програми\D{0,40}(\d{2,3})", flat)
    if overall:
        candidates.append((3, float(overall.group(1))))
    if not candidates:
        return 0.0
    return max(candidates)[1]


def _made_up_code(spec_code: str, level: str, title: str) -> str:
    if not spec_code:
        return ""
    parts = [spec_code, _LEVEL_ABBR.get(level, "")]
    words = [w for w in re.findall(r"[^\W\d_]{3,}", title) if w.lower() not in ("та", "і", "й")]
    initials = "".join(transliterate(w)[:1].upper() for w in words[:5])
    if initials:
        parts.append(initials)
    return "-".join(p for p in parts if p)


# --- programme learning outcomes -------------------------------------------------------------------------------

_OUTCOMES_HEADING = re.compile(r"програмн\w*\s+результат\w*\s+навчання", re.IGNORECASE)
_SECTION_END = re.compile(
    r"^\s*(?:\d+\s*[–—-]\s*)?(?:ресурсне забезпечення|кадрове забезпечення|академічна мобільність|"
    r"\d+(?:\.\d+)*\.?\s+перелік компонент|перелік компонент|структурно-логічна|форма атестації|"
    r"матриця|мова\s*\(?и?\)?\s*(?:викладання|навчання)|\d+\s*[–—-]\s*(?:характеристика|практична|мова|"
    r"викладання|оцінювання))", re.IGNORECASE)


def _lines_with_pages(pages: list[str]) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    for number, text in enumerate(pages, start=1):
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped and not re.fullmatch(r"(?:с\.|стор\.|сторінка|page)?\s*\d{1,3}(?:\s*(?:з|of)\s*\d+)?",
                                             stripped, re.IGNORECASE):
                lines.append((number, stripped))
    return lines


def _read_outcomes(found: _Found, pages: list[str]) -> None:
    lines = _lines_with_pages(pages)
    starts: list[int] = []
    for i, (_page, line) in enumerate(lines):
        if "матриц" in line.lower() or len(line) > 120:
            continue
        if _OUTCOMES_HEADING.search(line):
            starts.append(i + 1)
        elif i + 1 < len(lines) and _OUTCOMES_HEADING.search(f"{line} {lines[i + 1][1]}") \
                and not _OUTCOMES_HEADING.search(lines[i + 1][1]):
            starts.append(i + 2)  # the heading is split over two lines (a narrow table cell)
    best: list[tuple[int, str, str]] = []
    for start in starts:
        items = _outcome_items(lines, start)
        if len(items) > len(best):
            best = items
    if not best:
        items = _outcome_items(lines, 0, anywhere=True)
        if items:
            found.warn("no \"Програмні результати навчання\" heading was found; outcomes were taken from lines "
                       f"starting with an outcome code (page {items[0][0]} on) — check them", items[0][0])
            best = items
    seen: dict[str, str] = {}
    for page, code, text in best:
        key = code_key(code)
        if key in seen:
            if seen[key] != text:
                found.warn(f"outcome {code} appears twice with different text; the first one was kept", page)
            continue
        seen[key] = text
        if len(text) < 5:
            found.warn(f"outcome {code} has almost no text ({text!r})", page)
        found.data.outcomes.append(OutcomeData(code=tidy_code(code), text=text))


_MAX_OUTCOME_LINES = 12
_MAX_GAP_LINES = 60


def _outcome_items(lines: list[tuple[int, str]], start: int, anywhere: bool = False) -> list[tuple[int, str, str]]:
    """Outcomes from ``start`` on: a code line starts one, following lines continue it, a heading ends the list."""
    items: list[tuple[int, str, str]] = []
    current: tuple[int, str, list[str]] | None = None
    since_last = 0

    def close() -> None:
        if current is not None:
            text = _join(current[2][:_MAX_OUTCOME_LINES])
            if text or not anywhere:
                items.append((current[0], current[1], text))

    for page, line in lines[start:]:
        if anywhere and "матриц" in line.lower():
            close()
            current = None
            continue
        if not anywhere and _SECTION_END.search(line):
            break
        match = OUTCOME_LINE_RE.match(line)
        if match:
            close()
            current = (page, match.group("code"), [match.group("text")] if match.group("text") else [])
            since_last = 0
            continue
        since_last += 1
        if current is None:
            if not anywhere and since_last > (_MAX_GAP_LINES if not items else _MAX_OUTCOME_LINES):
                break
            continue
        text_so_far = _join(current[2])
        if text_so_far.endswith((".", ";")) and line[:1].isupper():
            close()  # a new sentence after a finished outcome: something else follows (a table label, a note)
            current = None
            continue
        current[2].append(line)
        if len(current[2]) > _MAX_OUTCOME_LINES:
            close()
            current = None
    close()
    return items


def _join(parts: Iterable[str]) -> str:
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return clean_text(text).strip(" ;")


# --- tables -----------------------------------------------------------------------------------------------------


class _TableReader:
    """pdfplumber opened once, tables cached per page; damaged pages give no tables instead of an exception."""

    def __init__(self, raw: bytes, progress: Progress | None, page_count: int) -> None:
        self.raw = raw
        self.progress = progress
        self.page_count = page_count
        self._pdf: Any = None
        self._cache: dict[int, list[list[list[str]]]] = {}
        self.failed_pages: list[int] = []
        import time

        self._clock = time.monotonic
        self._end = self._clock() + TABLE_SECONDS
        self.timed_out = False

    def tables(self, page: int) -> list[list[list[str]]]:
        """Tables of a 1-based page: rows of cleaned cell texts (None cells become '')."""
        if page in self._cache:
            return self._cache[page]
        check_cancelled(self.progress)
        if self.progress is not None:
            self.progress.report(self.page_count + page, self.page_count * 2, f"Reading tables on page {page}")
        result: list[list[list[str]]] = []
        if self._clock() > self._end:
            # The rest of the tables are skipped; the line-by-line reading still runs and the page is reported.
            self.timed_out = True
            self.failed_pages.append(page)
            self._cache[page] = result
            return result
        try:
            if self._pdf is None:
                import pdfplumber

                self._pdf = pdfplumber.open(io.BytesIO(self.raw))
            if page <= len(self._pdf.pages):
                for table in self._pdf.pages[page - 1].extract_tables() or []:
                    rows = [[_norm(c or "").strip() for c in row] for row in table if row]
                    if rows:
                        result.append(rows)
        except Exception:  # pdfminer raises many kinds on damaged content
            self.failed_pages.append(page)
        self._cache[page] = result
        return result

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _heading_pages(pages: list[str], pattern: str, exclude: str | None = None) -> list[int]:
    result = []
    for number, text in enumerate(pages, start=1):
        flat = _squash(text)
        for match in re.finditer(pattern, flat):
            window = flat[match.start():match.start() + 160]
            if exclude and re.search(exclude, window):
                continue
            result.append(number)
            break
    return result


def _component_code(cell: str) -> str | None:
    text = clean_text(cell)
    match = COMPONENT_CODE_RE.match(text.upper().translate(_LATIN_TO_CYR))
    if not match:
        return None
    if match.group("prefix") in _NOT_COMPONENT_PREFIXES:
        return None
    return tidy_code(text.translate(_LATIN_TO_CYR_ANY))


_LATIN_TO_CYR = str.maketrans({"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
                               "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У"})
_LATIN_TO_CYR_ANY = str.maketrans({"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К",
                                   "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"})


def _kind_of(code: str, title: str, section: str | None) -> str:
    lowered = title.lower()
    if "практик" in lowered:
        return "practice"
    if any(word in lowered for word in ("атестац", "кваліфікаційн", "дипломн", "дисертац")):
        return "attestation"
    prefix = re.match(r"[^\d\s.\-]+", code)
    if prefix and prefix.group(0).upper() in _ELECTIVE_PREFIXES:
        return "elective"
    if prefix and prefix.group(0).upper().startswith("В"):
        return "elective"
    return section or "mandatory"


def _control_of(text: str) -> str | None:
    lowered = _squash(text)
    if not lowered:
        return None
    if re.search(r"екзам|іспит|exam", lowered):
        return "exam"
    if re.search(r"залік|захист|атестац|pass|credit", lowered):
        return "pass"
    return normalize_control(lowered)


@dataclass
class _Columns:
    code: int = 0
    title: int | None = 1
    ects: int | None = None
    control: int | None = None
    semester: int | None = None
    hours: int | None = None
    width: int = 0


def _columns_from_header(row: list[str]) -> _Columns | None:
    roles = _Columns(width=len(row))
    hit = False
    roles.title = None
    for index, cell in enumerate(row):
        lowered = _squash(cell)
        if not lowered:
            continue
        if "кредит" in lowered or "єктс" in lowered or "ects" in lowered:
            roles.ects = index if roles.ects is None else roles.ects
            hit = True
        elif "контрол" in lowered or "атестац" in lowered:
            roles.control = index
        elif "семестр" in lowered:
            roles.semester = index
        elif "годин" in lowered:
            roles.hours = index
        elif "код" in lowered or "шифр" in lowered or "№" in lowered:
            roles.code = index
        elif roles.title is None and any(w in lowered for w in ("компонент", "дисциплін", "назва")):
            roles.title = index
    if not hit:
        return None
    if roles.title is None:
        roles.title = roles.code + 1
    return roles


def _is_matrix_like(table: list[list[str]]) -> bool:
    """A table with several codes in one row is a matrix, not a list of components."""
    for row in table[:3]:
        codes = sum(1 for c in row if _component_code(c) or OUTCOME_CODE_RE.match(clean_text(c)))
        if codes >= 3 or (codes >= 2 and not any(parse_number(c) for c in row)):
            return True
    return False


def _read_components(found: _Found, pages: list[str], tables: _TableReader) -> None:  # noqa: C901 (one pass over the table rows; the branches are the row kinds of the PDF table)
    starts = _heading_pages(pages, r"перелік (?:освітніх )?компонент", exclude=r"^перелік компонент\S*\s*\.{3,}")
    candidates: list[int] = []
    for start in starts or [1]:
        candidates.extend(range(start, min(len(pages), start + MAX_TABLE_PAGES // 2) + 1))
    seen_pages: set[int] = set()
    by_key: dict[str, ComponentData] = {}
    columns: _Columns | None = None
    section: str | None = None
    for page in candidates:
        if page in seen_pages:
            continue
        seen_pages.add(page)
        for table in tables.tables(page):
            if _is_matrix_like(table):
                continue
            rows: list[_Row] = []
            has_header = columns is not None and columns.width == len(table[0])
            for row in table:
                header = _columns_from_header(row)
                if header is not None and not any(_component_code(c) for c in row):
                    columns, has_header = header, True
                    continue
                joined = _squash(" ".join(row))
                if "обов'язков" in joined and "компонент" in joined and not any(_component_code(c) for c in row):
                    section = "mandatory"
                    continue
                if "вибірков" in joined and not any(_component_code(c) for c in row):
                    section = "elective"
                    continue
                parsed = _component_from_row(row, columns, section, page)
                if parsed is not None:
                    rows.append(parsed)
            with_credits = sum(1 for r in rows if r.ects is not None)
            if rows and (has_header or with_credits * 2 >= len(rows)):
                for parsed in rows:
                    _add_component(found, by_key, parsed)
        if not starts and len(by_key) >= 3:
            break
    if not by_key:
        _components_from_text(found, pages, starts, by_key)
    if not starts and by_key:
        found.warn("no \"Перелік компонент\" heading was found; components were taken from tables that look like "
                   "a component list — check them")
    for page in tables.failed_pages:
        found.warn("the tables on this page could not be read", page)
    found.data.components.extend(by_key.values())


@dataclass
class _Row:
    code: str
    title: str
    ects: float | None
    control: str | None
    section: str | None
    page: int
    semester: int | None = None
    hours: int | None = None


def _component_from_row(row: list[str], columns: _Columns | None, section: str | None, page: int) -> _Row | None:
    cells = [clean_text(c) for c in row]
    code_index = None
    if columns is not None and columns.code < len(cells) and _component_code(cells[columns.code]):
        code_index = columns.code
    else:
        code_index = next((i for i, c in enumerate(cells[:2]) if _component_code(c)), None)
    if code_index is None:
        return None
    code = _component_code(cells[code_index]) or ""
    use = columns if columns is not None and columns.width == len(cells) else None

    def cell(index: int | None) -> str:
        return cells[index] if index is not None and index < len(cells) else ""

    title = cell(use.title) if use else ""
    if not title:
        title = next((c for c in cells[code_index + 1:] if c and parse_number(c) is None), "")
    if not re.search(r"[^\W\d_]{2}", title):
        title = ""  # marks or numbers, not a title
    ects_text = cell(use.ects) if use else ""
    ects = parse_number(ects_text) if ects_text else None
    if ects is None:
        ects = next((n for n in (parse_number(c) for c in cells[code_index + 2:]) if n is not None and 0 < n <= 60),
                    None)
    control_text = cell(use.control) if use else ""
    control = _control_of(control_text) if control_text else None
    if control is None:
        control = next((c for c in (_control_of(x) for x in cells[code_index + 2:]) if c), None)
    semester = parse_number(cell(use.semester)) if use and use.semester is not None else None
    hours = parse_number(cell(use.hours)) if use and use.hours is not None else None
    return _Row(code, title, ects, control, section, page,
                int(semester) if semester and semester.is_integer() and 1 <= semester <= 16 else None,
                int(hours) if hours and hours.is_integer() else None)


def _add_component(found: _Found, by_key: dict[str, ComponentData], row: _Row) -> None:
    code, page = row.code, row.page
    key = code_key(code)
    title = _join([row.title])
    if key in by_key:
        if by_key[key].title != title:
            found.warn(f"component {code} is listed again with another title ({title!r}); the first was kept",
                       page)
        return
    if not title:
        found.error(f"component {code}: no title found", page)
    if row.ects is None or not row.ects > 0:
        found.error(f"component {code}: no ECTS credits found", page)
    if row.control is None:
        found.warn(f"component {code}: the final control form was not recognised; \"pass\" was assumed", page)
    by_key[key] = ComponentData(code=code, title=title, type=_kind_of(code, title, row.section),
                                semester=row.semester, ects=row.ects or 0.0, hours=row.hours,
                                control=row.control or "pass")


def _components_from_text(found: _Found, pages: list[str], starts: list[int],
                          by_key: dict[str, ComponentData]) -> None:
    first = starts[0] if starts else 1
    section: str | None = None
    for page in range(first, min(len(pages), first + MAX_TABLE_PAGES) + 1):
        for line in pages[page - 1].split("\n"):
            lowered = _squash(line)
            if "обов'язков" in lowered and "компонент" in lowered:
                section = "mandatory"
            elif "вибірков" in lowered and "компонент" in lowered:
                section = "elective"
            match = COMPONENT_LINE_RE.match(clean_text(line))
            if not match:
                continue
            code = _component_code(match.group("code"))
            if code is None:
                continue
            _add_component(found, by_key, _Row(code, match.group("title"), parse_number(match.group("ects")),
                                               _control_of(match.group("control")), section, page))
    if by_key:
        found.warn("the components were read from text lines, not from a table; check titles and credits",
                   first)


# --- the matrix -------------------------------------------------------------------------------------------------

_MATRIX_HEADING = r"матриц\w* (?:забезпечення|відповідності) (?:програмних результатів|прн|пр\b|результатів навчання)"


class _CodeIndex:
    """Looks up a cell's text among the programme's component or outcome codes, forgivingly."""

    def __init__(self, codes: list[str], outcome_like: bool) -> None:
        self.by_key = {code_key(c): c for c in codes}
        self.outcome_like = outcome_like
        numbers: dict[str, list[str]] = {}
        for code in codes:
            match = re.search(r"\d+(?:\.\d+)*$", code_key(code))
            if match:
                numbers.setdefault(match.group(0), []).append(code)
        self.by_number = {n: c[0] for n, c in numbers.items() if len(c) == 1}

    def find(self, cell: str) -> str | None:
        text = clean_text(cell)
        if not text or len(text) > 20:
            return None
        for candidate in (text, text[::-1], text.replace("\n", "")):
            key = code_key(candidate)
            if key in self.by_key:
                return self.by_key[key]
        if self.outcome_like and OUTCOME_CODE_RE.match(text):
            number = re.search(r"\d+(?:\.\d+)*", code_key(text))
            if number and number.group(0) in self.by_number:
                return self.by_number[number.group(0)]
        return None

    def looks_like(self, cell: str) -> bool:
        text = clean_text(cell)
        if self.outcome_like:
            return bool(OUTCOME_CODE_RE.match(text))
        return _component_code(text) is not None


def _read_matrix(found: _Found, pages: list[str], tables: _TableReader) -> None:
    data = found.data
    starts = _heading_pages(pages, _MATRIX_HEADING, exclude=r"компетентност")
    if not starts:
        found.warn("no outcomes matrix (\"Матриця забезпечення програмних результатів навчання …\") was found; "
                   "the links can be added in the catalogue editor")
        return
    if not data.components or not data.outcomes:
        found.warn("the matrix was found but cannot be read without the components and outcomes", starts[0])
        return
    components = _CodeIndex([c.code for c in data.components], outcome_like=False)
    outcomes = _CodeIndex([o.code for o in data.outcomes], outcome_like=True)
    links: set[tuple[str, str]] = set()
    unknown: dict[str, int] = {}
    read_any = False
    for start in starts:
        for page in range(start, min(len(pages), start + MAX_TABLE_PAGES) + 1):
            if page > start and re.search(r"матриц", _squash(pages[page - 1])) and \
                    not re.search(_MATRIX_HEADING, _squash(pages[page - 1])):
                break  # another matrix (of competences) begins: the outcomes matrix has ended
            page_tables = [t for t in tables.tables(page) if _matrix_orientation(t, components, outcomes)]
            if not page_tables:
                if page > start:
                    break
                continue
            for table in page_tables:
                read_any = True
                _read_matrix_table(table, page, components, outcomes, links, unknown)
    if not read_any:
        found.warn("the outcomes matrix heading was found but no table with component and outcome codes follows "
                   "it; add the links in the catalogue editor", starts[0])
    for code, page in unknown.items():
        found.warn(f"the matrix mentions {code!r}, which is not among the components or outcomes found; its marks "
                   "were ignored", page)
    data.matrix |= links


def _matrix_orientation(table: list[list[str]], components: _CodeIndex, outcomes: _CodeIndex) -> str | None:
    """'outcomes-down' or 'components-down' when the table is a matrix of our codes, else None."""
    for row in table[:3]:
        header = row[1:]
        comp_hits = sum(1 for c in header if components.find(c))
        out_hits = sum(1 for c in header if outcomes.find(c))
        if comp_hits >= 2 and comp_hits > out_hits:
            return "outcomes-down"
        if out_hits >= 2 and out_hits > comp_hits:
            return "components-down"
    return None


def _read_matrix_table(table: list[list[str]], page: int, components: _CodeIndex, outcomes: _CodeIndex,
                       links: set[tuple[str, str]], unknown: dict[str, int]) -> None:
    orientation = _matrix_orientation(table, components, outcomes)
    across, down = (components, outcomes) if orientation == "outcomes-down" else (outcomes, components)
    header_index = next(i for i, row in enumerate(table[:3])
                        if sum(1 for c in row[1:] if across.find(c)) >= 2)
    header = table[header_index]
    column_codes: dict[int, str] = {}
    for column, cell in enumerate(header):
        code = across.find(cell)
        if code:
            column_codes[column] = code
        elif cell and across.looks_like(cell):
            unknown.setdefault(clean_text(cell), page)
    for row in table[header_index + 1:]:
        label_index = next((i for i, c in enumerate(row[:2]) if c and (down.find(c) or down.looks_like(c))), None)
        if label_index is None:
            continue
        code = down.find(row[label_index])
        if code is None:
            if any(clean_text(c) for i, c in enumerate(row) if i in column_codes):
                unknown.setdefault(clean_text(row[label_index]), page)
            continue
        for column, other in column_codes.items():
            if column < len(row) and clean_text(row[column]) and column != label_index:
                pair = (other, code) if orientation == "outcomes-down" else (code, other)
                links.add(pair)
