"""A programme as plain values: what the Excel and PDF readers produce and what the catalogue service saves.

No database and no Qt here. The readers fill a ``ProgrammeData`` and a list of ``Problem``s (each with the sheet,
row and column, or the page, where it was found); ``check_programme`` repeats the checks that do not depend on
where the data came from, so that data edited in a review screen is held to the same rules before it is saved.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from app.domain.components import (
    COMPONENT_TYPES,  # noqa: E402
    CONTROL_FORMS,  # noqa: E402
)

LEVELS = ("junior_bachelor", "bachelor", "master", "phd")

MAX_CODE = 32
MAX_PROGRAMME_CODE = 64
MAX_TITLE = 400
MAX_SPECIALTY = 200
MAX_SEMESTER = 16
ECTS_TOLERANCE = 0.01

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding of a reader or a check; ``error``s stop the import, ``warning``s are shown and saved past."""

    message: str
    severity: Severity = "error"
    sheet: str | None = None
    row: int | None = None
    column: str | None = None  # column letter (Excel)
    field: str | None = None  # column or key name, for the reader's benefit
    page: int | None = None  # 1-based page (PDF)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def location(self) -> str:
        parts: list[str] = []
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}" + (f" ({self.field})" if self.field else ""))
        elif self.field:
            parts.append(self.field)
        if self.page is not None:
            parts.append(f"page {self.page}")
        return ", ".join(parts)

    def describe(self, file_name: str = "") -> str:
        """One line: ``file: where: severity: message``."""
        head = ": ".join(x for x in (file_name, self.location) if x)
        return f"{head}: {self.severity}: {self.message}" if head else f"{self.severity}: {self.message}"


@dataclass
class ComponentData:
    code: str
    title: str
    type: str = "mandatory"
    semester: int | None = None
    ects: float = 0.0
    hours: int | None = None
    control: str = "exam"
    outcomes: list[str] = field(default_factory=list)
    id: int | None = None  # set when loaded from the database, so an edit keeps the row (and decisions' links)


@dataclass
class OutcomeData:
    code: str
    text: str
    id: int | None = None


@dataclass
class ProgrammeData:
    code: str = ""
    title: str = ""
    specialty: str = ""
    level: str = ""
    total_ects: float = 0.0
    academic_year: str = ""
    language: str = "uk"
    faculty: str = ""
    components: list[ComponentData] = field(default_factory=list)
    outcomes: list[OutcomeData] = field(default_factory=list)
    # (component code, programme outcome code) pairs: the component serves the outcome.
    matrix: set[tuple[str, str]] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    source_file: str = ""
    source_kind: str = ""  # "xlsx", "pdf", "json", "database"

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ects_sum(self) -> float:
        return round(sum(c.ects for c in self.components), 4)

    def component(self, code: str) -> ComponentData | None:
        return next((c for c in self.components if c.code == code), None)

    def outcomes_of(self, component_code: str) -> list[str]:
        """Programme outcome codes served by a component, in the order of the outcomes list."""
        return [o.code for o in self.outcomes if (component_code, o.code) in self.matrix]

    def components_of(self, outcome_code: str) -> list[str]:
        return [c.code for c in self.components if (c.code, outcome_code) in self.matrix]

    def label(self) -> str:
        return f"{self.code} ({self.academic_year})" if self.academic_year else self.code

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (the demo file's shape: ``outcomes`` as pairs, ``plo`` per component)."""
        return {
            "code": self.code, "title": self.title, "specialty": self.specialty, "level": self.level,
            "total_ects": self.total_ects, "academic_year": self.academic_year, "language": self.language,
            "faculty": self.faculty,
            "outcomes": [[o.code, o.text] for o in self.outcomes],
            "components": [
                {"code": c.code, "title": c.title, "type": c.type, "semester": c.semester, "ects": c.ects,
                 "hours": c.hours, "control": c.control, "outcomes": list(c.outcomes),
                 "plo": self.outcomes_of(c.code)}
                for c in self.components
            ],
        }

    def fingerprint(self) -> str:
        """A hash of the content (not of ids or problems): equal data, equal fingerprint."""
        body = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        extra = sorted(self.matrix - {(c.code, o) for c in self.components for o in self.outcomes_of(c.code)})
        return hashlib.sha256((body + json.dumps(extra, ensure_ascii=False)).encode("utf-8")).hexdigest()


def programme_from_dict(data: dict[str, Any], source_file: str = "") -> ProgrammeData:
    """Build from the dictionary ``to_dict`` writes (the bundled demo programme uses this shape).

    Raises ``ValueError``/``KeyError``/``TypeError`` on a malformed dictionary; the caller names the file.
    """
    outcomes = [OutcomeData(code=str(code), text=str(text)) for code, text in data.get("outcomes", [])]
    components: list[ComponentData] = []
    matrix: set[tuple[str, str]] = set()
    for item in data.get("components", []):
        component = ComponentData(
            code=str(item["code"]), title=str(item["title"]), type=str(item.get("type", "mandatory")),
            semester=_opt_int(item.get("semester")), ects=float(item.get("ects") or 0),
            hours=_opt_int(item.get("hours")), control=str(item.get("control", "exam")),
            outcomes=[str(t) for t in item.get("outcomes", [])],
        )
        components.append(component)
        matrix.update((component.code, str(plo)) for plo in item.get("plo", []))
    return ProgrammeData(
        code=str(data["code"]), title=str(data.get("title", "")), specialty=str(data.get("specialty", "")),
        level=str(data.get("level", "")), total_ects=float(data.get("total_ects") or 0),
        academic_year=str(data.get("academic_year", "")), language=str(data.get("language", "uk")),
        faculty=str(data.get("faculty", "")), components=components, outcomes=outcomes, matrix=matrix,
        source_file=source_file, source_kind="json",
    )


def _opt_int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


# --- normalising the values people type ------------------------------------------------------------------------

_APOSTROPHES = "'’ʼ`´‘"
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: Any, *, multiline: bool = False) -> str:
    """Text as stored: no control characters (they break xlsx), spaces collapsed, trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_CHARS.sub(" ", text).replace("\u00a0", " ")
    if multiline:
        return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")).strip()
    return re.sub(r"\s+", " ", text).strip()


def _word(value: Any) -> str:
    text = clean_text(value).lower()
    for mark in _APOSTROPHES:
        text = text.replace(mark, "'")
    return text.rstrip(".")


_TYPE_WORDS = {
    "mandatory": ("mandatory", "compulsory", "required", "core", "обов'язкова", "обов'язковий", "обов'язкові",
                  "обов'язкова компонента", "нормативна", "нормативний", "ок"),
    "elective": ("elective", "optional", "вибіркова", "вибірковий", "вибіркові", "вибіркова компонента",
                 "за вибором", "за вибором здобувача", "вк"),
    "practice": ("practice", "internship", "placement", "практика", "практики", "навчальна практика",
                 "виробнича практика", "переддипломна практика"),
    "attestation": ("attestation", "final attestation", "thesis", "атестація", "підсумкова атестація",
                    "кваліфікаційна робота", "дипломна робота", "атестаційний екзамен"),
}
_CONTROL_WORDS = {
    "exam": ("exam", "examination", "екзамен", "іспит", "екз"),
    "pass": ("pass", "pass/fail", "credit", "test", "залік", "диференційований залік", "диф. залік", "диф залік",
             "дифзалік", "зал", "захист", "публічний захист", "захист звіту"),
}
_LEVEL_WORDS = {
    "junior_bachelor": ("junior_bachelor", "junior bachelor", "short cycle", "молодший бакалавр",
                        "початковий рівень (короткий цикл)"),
    "bachelor": ("bachelor", "ba", "bsc", "бакалавр", "бакалаврський", "перший (бакалаврський)",
                 "перший (бакалаврський) рівень", "перший", "first cycle"),
    "master": ("master", "ma", "msc", "магістр", "магістерський", "другий (магістерський)",
               "другий (магістерський) рівень", "другий", "second cycle"),
    "phd": ("phd", "доктор філософії", "третій (освітньо-науковий)", "третій (освітньо-науковий) рівень",
            "третій", "third cycle", "aспірантура", "аспірантура"),
}
_LANGUAGE_WORDS = {
    "uk": ("uk", "ukr", "ua", "українська", "ukrainian"),
    "en": ("en", "eng", "англійська", "english"),
}


def _lookup(table: dict[str, tuple[str, ...]], value: Any) -> str | None:
    word = _word(value)
    if not word:
        return None
    for canonical, words in table.items():
        if word == canonical or word in words:
            return canonical
    return None


def normalize_type(value: Any) -> str | None:
    """'обов’язкова' → 'mandatory'; None when the value is not a component type."""
    return _lookup(_TYPE_WORDS, value)


def normalize_control(value: Any) -> str | None:
    """'екзамен' → 'exam', 'диф. залік' → 'pass'; None when unknown."""
    return _lookup(_CONTROL_WORDS, value)


def normalize_level(value: Any) -> str | None:
    return _lookup(_LEVEL_WORDS, value)


def normalize_language(value: Any) -> str | None:
    found = _lookup(_LANGUAGE_WORDS, value)
    if found:
        return found
    word = _word(value)
    return word if re.fullmatch(r"[a-z]{2,3}", word) else None


def normalize_academic_year(value: Any) -> str | None:
    """'2025/2026', '2025-2026', '2025/26', '2025–2026 н.р.' → '2025/2026'; None when not an academic year."""
    if isinstance(value, datetime | date):
        return None
    match = re.fullmatch(r"\s*(\d{4})\s*[/\-–—]\s*(\d{2}|\d{4})\s*(?:н\.?\s*р\.?)?\s*", clean_text(value))
    if not match:
        return None
    start, end = int(match.group(1)), match.group(2)
    end_year = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
    if end_year != start + 1 or not 1990 <= start <= 2100:
        return None
    return f"{start}/{end_year}"


def parse_number(value: Any) -> float | None:
    """A number from a cell or a string ('5', '5,5', 5.0); None if it is not one (dates and booleans are not)."""
    if isinstance(value, (bool, datetime | date)):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = clean_text(value).replace(" ", "").replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            return None
        number = float(text)
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return number


# Latin letters that look like Cyrillic ones in component codes ("OK1" typed with a Latin O and K).
_HOMOGLYPHS = str.maketrans({"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
                             "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У"})


def code_key(code: str) -> str:
    """A comparison key for codes: case, spaces, dashes, look-alike Latin letters and leading zeros don't matter.

    'ОК 1', 'OK-1', 'ок01' → 'ОК1'; 'ПР 05' → 'ПР5'; 'ОК 1.1' → 'ОК1.1'.
    """
    text = clean_text(code).upper().translate(_HOMOGLYPHS)
    text = re.sub(r"[\s\-_–—]+", "", text).rstrip(".")
    return re.sub(r"(?<!\d)0+(?=\d)", "", text)


def tidy_code(code: Any) -> str:
    """A code as it will be stored: trimmed, inner runs of spaces removed before the number ('ОК 1' → 'ОК1')."""
    text = clean_text(code)
    text = re.sub(r"^([^\W\d_]+)[\s\-_]+(?=\d)", r"\1", text)
    return text.rstrip(".")


# --- checks that hold whatever the source ------------------------------------------------------------------------


def check_programme(data: ProgrammeData) -> list[Problem]:  # noqa: C901 (one flat list of the catalogue rules, each a few lines; read top to bottom)
    """Check the whole programme; problems carry no position (see the readers for positioned ones)."""
    problems: list[Problem] = []

    def error(message: str) -> None:
        problems.append(Problem(message))

    def warn(message: str) -> None:
        problems.append(Problem(message, "warning"))

    for name, value, limit in (("code", data.code, MAX_PROGRAMME_CODE), ("title", data.title, MAX_TITLE)):
        if not value.strip():
            error(f"the programme {name} is empty")
        elif len(value) > limit:
            error(f"the programme {name} is longer than {limit} characters")
    if len(data.specialty) > MAX_SPECIALTY:
        error(f"the specialty is longer than {MAX_SPECIALTY} characters")
    if normalize_academic_year(data.academic_year) != data.academic_year:
        error(f"academic year {data.academic_year!r} is not of the form 2025/2026")
    if data.level and data.level not in LEVELS:
        error(f"level {data.level!r} is not one of {', '.join(LEVELS)}")
    if not data.total_ects > 0:
        error("the programme's total ECTS must be a positive number")
    if not data.components:
        error("the programme has no components")
    seen: dict[str, str] = {}
    for component in data.components:
        where = f"component {component.code or '(no code)'}"
        if not component.code.strip():
            error(f"a component has no code (title {component.title!r})")
        elif len(component.code) > MAX_CODE:
            error(f"{where}: the code is longer than {MAX_CODE} characters")
        key = code_key(component.code)
        if key and key in seen:
            error(f"{where}: duplicate component code (also {seen[key]})")
        seen.setdefault(key, component.code)
        if not component.title.strip():
            error(f"{where}: the title is empty")
        elif len(component.title) > MAX_TITLE:
            error(f"{where}: the title is longer than {MAX_TITLE} characters")
        if component.type not in COMPONENT_TYPES:
            error(f"{where}: type {component.type!r} is not one of {', '.join(COMPONENT_TYPES)}")
        if component.control not in CONTROL_FORMS:
            error(f"{where}: final control {component.control!r} is not one of {', '.join(CONTROL_FORMS)}")
        if not component.ects > 0:
            error(f"{where}: ECTS must be a positive number")
        if component.semester is not None and not 1 <= component.semester <= MAX_SEMESTER:
            error(f"{where}: semester {component.semester} is not between 1 and {MAX_SEMESTER}")
        if component.hours is not None and component.hours < 0:
            error(f"{where}: hours cannot be negative")
        if any(not t.strip() for t in component.outcomes):
            error(f"{where}: a component outcome is empty")
    seen_outcomes: dict[str, str] = {}
    for outcome in data.outcomes:
        if not outcome.code.strip():
            error(f"a programme outcome has no code (text {outcome.text[:40]!r})")
        elif len(outcome.code) > MAX_CODE:
            error(f"programme outcome {outcome.code}: the code is longer than {MAX_CODE} characters")
        key = code_key(outcome.code)
        if key and key in seen_outcomes:
            error(f"programme outcome {outcome.code}: duplicate code (also {seen_outcomes[key]})")
        seen_outcomes.setdefault(key, outcome.code)
        if not outcome.text.strip():
            error(f"programme outcome {outcome.code}: the text is empty")
    component_codes = {c.code for c in data.components}
    outcome_codes = {o.code for o in data.outcomes}
    for component_code, outcome_code in sorted(data.matrix):
        if component_code not in component_codes:
            error(f"the matrix links component {component_code}, which is not in the components list")
        if outcome_code not in outcome_codes:
            error(f"the matrix links programme outcome {outcome_code}, which is not in the outcomes list")
    problems.extend(coverage_warnings(data))
    return problems


def coverage_warnings(data: ProgrammeData) -> list[Problem]:
    """Warnings about the shape of the programme: ECTS total, unlinked components and outcomes."""
    problems: list[Problem] = []
    if data.total_ects > 0 and data.components and abs(data.ects_sum - data.total_ects) > ECTS_TOLERANCE:
        problems.append(Problem(
            f"the components add up to {format_number(data.ects_sum)} ECTS but the programme's total is "
            f"{format_number(data.total_ects)} (fine if electives are listed as a pool)", "warning"))
    if data.outcomes:
        linked_components = {c for c, _o in data.matrix}
        linked_outcomes = {o for _c, o in data.matrix}
        loose = [c.code for c in data.components if c.code not in linked_components]
        if loose:
            problems.append(Problem("components linked to no programme outcome in the matrix: " + ", ".join(loose),
                                    "warning"))
        unserved = [o.code for o in data.outcomes if o.code not in linked_outcomes]
        if unserved:
            problems.append(Problem("programme outcomes served by no component: " + ", ".join(unserved), "warning"))
    return problems


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
