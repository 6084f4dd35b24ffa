"""Tables set out without ruled lines, read from the positions of the words on a page.

Certificates often list their outcomes or modules in a table of two or three columns (№ | outcome | hours, module |
hours) drawn without lines, or with lines the PDF does not keep as drawings; the text layer then runs the cells of a
row together ("1 Оцінювання складності алгоритмів 6"), and pdfplumber's ruled-table search finds nothing. Here a
table is rows of at least two cells, one below the other, whose longest cell starts at the same place in every row;
the longest cells are the items, a first row of short labels is the header and a "Разом" / "Total" row the total.
Everything is read from one call of PyMuPDF's word list for the page, so the cost grows with its words alone.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .textparse import tidy

# A gap between two words of one line wider than this (in points) separates two cells; a space is 2-4 points.
CELL_GAP = 12.0
# ... or wider than this where a column starts.
MIN_CELL_GAP = 2.5
# Lines of one cell follow each other this closely (points between one's bottom and the next one's top).
WRAP_GAP = 4.0
# Cells whose tops differ by at most this much sit in one row.
ROW_TOLERANCE = 3.0
# The longest cells of a table's rows start within this many points of each other.
COLUMN_TOLERANCE = 6.0
MAX_PART_WORDS = 3  # a part's name filled to its cell's edge, beside its result's first line
# Rows of one table follow each other with at most this gap (points).
ROW_GAP = 14.0
MIN_ROWS = 2
# A column's left edge is seen in at least two lines within this many points above or below.
COLUMN_REACH = 80.0
# A wrapped line is looked for among this many cells of its block before it (the cells of one row at most).
RECENT_CELLS = 8
MAX_HEADER_WORDS = 5
# A line ending this far left of a table's first header (points) stands in a column of the page beside the table.
SIDE_GAP = 40.0
# The cells beside the items hold numbers, hours, grades: a few words at most.
MAX_VALUE_WORDS = 4

_ROW_NUMBER = re.compile(r"\d{1,2}[.)]?")
_NUMBERED_PART = re.compile(r"\d{1,2}[.)]\s+\S")
# The words that say "in all", in the languages of certificates: a total row's label, a grade's total of its parts
TOTAL_WORDS = (r"(?:разом|усього|всього|загалом|загальний\s+обсяг|у\s+сумі|сумарно|total|in\s+total|overall|sum|razem|"
               r"łącznie|celkem|spolu|insgesamt|gesamt|summe|total\s+général|en\s+total|au\s+total|in\s+totale|totale|"
               r"totaal|totalt|i\s+alt|skupaj|ukupno|kokku|iš\s+viso|kopā|yhteensä|összesen|celkom|общо|итого|всего)")
TOTAL_RE = re.compile(r"^\s*" + TOTAL_WORDS + r"\b", re.I)
# A row below a table's rows that grades the whole ("Final grade (weighted)", "Підсумкова оцінка"): no row itself
FINAL_RESULT_ROW = re.compile(r"^\s*(?:(?:final|overall|weighted)\s+(?:grade|mark|score|result)|"
                               r"(?:підсумков|загальн)\w*\s+(?:оцінк|бал|результат)\w*)\b", re.I)
_NUMBERISH = re.compile(r"^[\s\d.,:/%+–-]*(?:h|hrs?|hours?|год\.?|годин[аи]?|кредит\w*|ects|єктс|бал\w*|pts?)?\.?\s*$",
                        re.I)


@dataclass
class Cell:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    block: int
    opens_row: bool = False  # on a line that begins with a row's number: no wrapped line of the cell above


@dataclass
class LayoutTable:
    """One table: its header's labels (empty without one), the items of its text column, the other cells of each
    item's row, its total row's other cells and its label ("Разом (з них 52 год. онлайн)"), and the top of the table
    (to find the line just above it)."""

    header: list[str]
    items: list[str]
    values: list[list[str]] = field(default_factory=list)
    total: list[str] = field(default_factory=list)
    top: float = 0.0
    total_label: str = ""
    rows: int = 0  # the rows of the page it took (its header and total row too)


def layout_tables(words: list[tuple[Any, ...]]) -> list[LayoutTable]:
    """The tables of a page, top to bottom, from its words (PyMuPDF's ``page.get_text("words")``)."""
    rows = _rows(_cells(words))
    tables: list[LayoutTable] = []
    run: list[list[Cell]] = []
    for row in rows:
        if len(row) >= 2 and (not run or row[0].y0 - max(c.y1 for c in run[-1]) <= ROW_GAP):
            run.append(row)
            continue
        if len(row) == 1 and run and row[0].y0 < max(c.y1 for c in run[-1]):
            run[-1].append(row[0])  # a cell's line below its first, beside the row's taller cells ("лаб. робота 2:" /
            continue  # "10 / 10", each line centred): part of that row
        tables.extend(_table(run))
        run = [row] if len(row) >= 2 else []
    tables.extend(_table(run))
    return tables


def _cells(words: list[tuple[Any, ...]]) -> list[Cell]:
    """Words joined into cells: along a line until a wide gap or the start of a column (a full cell may end a few
    points before the next column begins), then lines of one block that follow each other at one left edge (a
    wrapped cell)."""
    lines: dict[tuple[int, int], list[tuple[Any, ...]]] = {}
    for w in words:
        lines.setdefault((int(w[5]), int(w[6])), []).append(w)
    for ws in lines.values():
        ws.sort(key=lambda w: w[0])
    # Columns: left edges at which lines, or cells after a wide gap, start in at least two rows near each other (a
    # table's column is no column of another table higher up the page: "Personal data | protection").
    edges = [(ws[0][0], ws[0][1]) for ws in lines.values()]
    edges += [(w[0], w[1]) for ws in lines.values() for prev, w in itertools.pairwise(ws) if w[0] - prev[2] > CELL_GAP]
    by_x: dict[int, list[float]] = {}
    for x, y in edges:
        by_x.setdefault(round(x), []).append(y)

    def column_starts_at(x: float, y: float) -> bool:
        near = [top for dx in range(-int(COLUMN_TOLERANCE / 2), int(COLUMN_TOLERANCE / 2) + 1)
                for top in by_x.get(round(x) + dx, ()) if abs(top - y) <= COLUMN_REACH]  # fmt: skip
        return len(near) >= 2

    numbered_rows = _numbered_rows(lines)
    cells: list[Cell] = []
    for (block, _), ws in sorted(lines.items()):
        # "1  Картки клієнтів …  3": a row's number is a cell of its own, and its line begins a row
        numbered = (block, _) in numbered_rows
        current: list[tuple[Any, ...]] = []
        for w in ws:
            gap = w[0] - current[-1][2] if current else 0.0
            if current and (gap > CELL_GAP or (gap > MIN_CELL_GAP and column_starts_at(w[0], w[1]))
                            or (numbered and len(current) == 1 and current[0] is ws[0])):
                cells.append(_cell(current, block, numbered))
                current = []
            current.append(w)
        if current:
            cells.append(_cell(current, block, numbered))
    # A column of figures (hours, credits) marks where each row begins: a line level with one of its figures is the
    # first line of its cell, however closely the rows are set.
    # (Not a figure on a cell's second line, below its words: "лаб. робота 2:" / "10 / 10".)
    figures = Counter(round(c.x0) for c in cells if _NUMBERISH.match(c.text) and any(ch.isdigit() for ch in c.text))
    figure_cells = [c for c in cells if figures[round(c.x0)] >= MIN_ROWS and _NUMBERISH.match(c.text)
                    and any(ch.isdigit() for ch in c.text)]  # fmt: skip
    # the cells of words on a body row's first line (level with a figure): a figure right below one is its second line
    tops = sorted(c.y0 for c in figure_cells)
    words_of_rows = [c for c in cells if not _NUMBERISH.match(c.text) and _near(c.y0, tops)]
    row_tops = [c.y0 for c in figure_cells if not _below_words(c, words_of_rows)]
    for cell in cells:
        if any(abs(cell.y0 - top) <= 1.0 for top in row_tops):
            cell.opens_row = True
    merged: list[Cell] = []
    recent: dict[int, list[Cell]] = {}  # each block's last few cells: a wrapped line continues one of them
    for cell in cells:
        last = recent.setdefault(cell.block, [])
        above = next((m for m in reversed(last) if abs(m.x0 - cell.x0) <= 2.0
                      and -2 * ROW_TOLERANCE <= cell.y0 - m.y1 <= WRAP_GAP), None)  # fmt: skip
        if (above is not None and above.opens_row and _ROW_NUMBER.fullmatch(above.text)
                and not _NUMBERISH.match(cell.text) and not cell.opens_row):
            # A numbered cell's wrapped lines start under its number ("2. Risks, issues and changes — …" /
            # "register, probability …"): they go on the text beside the number, and the number's cell reaches down
            # with them (so that its next line is found below it)
            number = above
            above = next((m for m in reversed(merged[-4 * RECENT_CELLS :]) if m.block == number.block
                          and m.x0 > number.x1 and abs(m.y0 - number.y0) <= ROW_TOLERANCE
                          and m.x0 - number.x1 <= CELL_GAP), number)
            number.y1 = max(number.y1, cell.y1)
        if above is not None and not _NUMBERISH.match(cell.text) and not cell.opens_row:
            above.text = f"{above.text} {cell.text}"
            above.y1, above.x1 = cell.y1, max(above.x1, cell.x1)
        else:
            merged.append(cell)
            last.append(cell)
            del last[:-RECENT_CELLS]
    return merged


def _near(y: float, tops: list[float]) -> bool:
    """Whether ``y`` is within ``ROW_TOLERANCE`` of one of ``tops`` (ascending)."""
    at = bisect.bisect_left(tops, y - ROW_TOLERANCE)
    return at < len(tops) and tops[at] <= y + ROW_TOLERANCE


def _below_words(cell: Cell, words_of_rows: list[Cell]) -> bool:
    """Whether ``cell`` is the next line of a cell of words right above it, over it, on a row of the table's body (a
    row with figures, not its header): a cell's figure below its words, each line centred in the column ("лаб.
    робота 2:" / "10 / 10")."""
    return any(other.x0 <= cell.x1 and other.x1 >= cell.x0 and -2 * ROW_TOLERANCE <= cell.y0 - other.y1 <= WRAP_GAP
               and other.y0 < cell.y0 - ROW_TOLERANCE for other in words_of_rows)


def _numbered_rows(lines: dict[tuple[int, int], list[tuple[Any, ...]]]) -> set[tuple[int, int]]:
    """The lines that begin with the numbers 1, 2, 3 … in order from the top at one left edge, each followed by text:
    the rows of a numbered table, however close to its text the number is set."""
    edges: dict[int, list[tuple[float, int, tuple[int, int]]]] = {}
    for key, ws in lines.items():
        if len(ws) > 1 and _ROW_NUMBER.fullmatch(str(ws[0][4])):
            edges.setdefault(round(ws[0][0]), []).append((ws[0][1], int(str(ws[0][4]).rstrip(".)")), key))
    rows: set[tuple[int, int]] = set()
    for found in edges.values():
        found.sort()
        numbers = [n for _, n, _ in found]
        if len(found) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(found))):
            rows.update(key for *_, key in found)
    return rows


def _cell(words: list[tuple[Any, ...]], block: int, opens_row: bool = False) -> Cell:
    return Cell(min(w[0] for w in words), min(w[1] for w in words), max(w[2] for w in words),
                max(w[3] for w in words), " ".join(str(w[4]) for w in words), block, opens_row)  # fmt: skip


def _rows(cells: list[Cell]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for cell in sorted(cells, key=lambda c: (c.y0, c.x0)):
        if rows and abs(cell.y0 - rows[-1][0].y0) <= ROW_TOLERANCE:
            rows[-1].append(cell)
        else:
            rows.append([cell])
    for row in rows:
        row.sort(key=lambda c: c.x0)
    return rows


# Rows at the end of a run that may be no table's (a final exam's line below the modules, a paragraph split where a
# column starts) and are passed over to find the table above them
TRAILING_ROWS = 3


def _table(run: list[list[Cell]]) -> list[LayoutTable]:
    """The tables of ``run``, top to bottom: the one at its end, or above up to ``TRAILING_ROWS`` rows at its end that
    are none of its, and any above it (two tables one below the other, a heading between them set in two cells: "How
    the" | "grade was made up")."""
    for drop in range(min(TRAILING_ROWS, max(0, len(run) - MIN_ROWS)) + 1):
        table = _table_at_end(run[: len(run) - drop])
        if table:
            above = run[: len(run) - drop - table[0].rows]
            _with_rows_aligned_below(table[-1], run[: len(run) - drop], run[len(run) - drop :])
            return (_table(above) if len(above) >= MIN_ROWS else []) + table
    return []


def _with_rows_aligned_below(table: LayoutTable, taken: list[list[Cell]], below: list[list[Cell]]) -> None:
    """Rows below a table with a header that its figures did not bring in but that stand in its columns: the item at
    the items' left edge, the other cells at the others' ("Carry out … an exploratory analysis" | "Capstone notebook
    and oral presentation" below rows whose other cell was "Assignment 4")."""
    if not table.header or table.total_label or not taken:
        return
    last = taken[-1]
    edges = sorted(round(c.x0) for c in last)
    for row in below:
        if len(row) != len(last) or any(abs(a - round(c.x0)) > COLUMN_TOLERANCE
                                         for a, c in zip(edges, sorted(row, key=lambda c: c.x0), strict=True)):
            return
        item = max(row, key=lambda c: len(c.text))
        if abs(item.x0 - max(last, key=lambda c: len(c.text)).x0) > COLUMN_TOLERANCE or TOTAL_RE.match(item.text):
            return
        table.items.append(tidy(item.text))
        table.values.append([c.text for c in row if c is not item])
        table.rows += 1


def _table_at_end(run: list[list[Cell]]) -> list[LayoutTable]:
    """The table at the end of ``run`` (rows of two or more cells): its rows are taken from the bottom up while
    their longest cells start at one left edge and beside each stand a few short cells, one of them a figure (hours,
    credits, a number); the lines of a paragraph split by chance where a column starts, and label-value pairs, are
    not. A row of short labels without figures just above them is the header."""
    rows = list(run)
    total: list[str] = []
    total_label = ""
    if rows and any(FINAL_RESULT_ROW.match(c.text) for c in rows[-1]):
        rows = rows[:-1]  # the grade of the whole below the rows ("Final grade (weighted) | 89%"): no row of its own
    if rows and any(TOTAL_RE.match(c.text) for c in rows[-1]):
        total = [c.text for c in rows[-1] if not TOTAL_RE.match(c.text)]
        total_label = next((c.text for c in rows[-1] if TOTAL_RE.match(c.text)), "")
        rows = rows[:-1]
    body: list[tuple[list[Cell], Cell]] = []
    for row in reversed(rows):
        item = max(row, key=lambda c: len(c.text))
        others = [c for c in row if c is not item]
        # beside a figure, a name of a few more words ("Threat modelling and vulnerability assessment | 14 | …")
        figured = any(_NUMBERISH.match(c.text) and any(ch.isdigit() for ch in c.text) for c in others)
        if (
            (body and abs(item.x0 - body[0][1].x0) > COLUMN_TOLERANCE)
            or any(len(c.text.split()) > (2 * MAX_VALUE_WORDS if figured else MAX_VALUE_WORDS) for c in others)
            or not any(ch.isdigit() for c in others for ch in c.text)
            or _NUMBERISH.match(item.text)
            or len(item.text) < 4
            or item.text.rstrip().endswith(":")
        ):
            break
        body.insert(0, (row, item))
    if len(body) < MIN_ROWS:
        return []
    above = rows[len(rows) - len(body) - 1] if len(body) < len(rows) else None
    header = [c.text for c in above] if above is not None and _is_header(above) else []
    items = [tidy(item.text) for _, item in body]
    values = [[c.text for c in row if c is not item] for row, item in body]
    top = above[0].y0 if above is not None and header else body[0][0][0].y0
    used = len(body) + (1 if header else 0) + (1 if total_label else 0)
    return [LayoutTable(header, items, values, total, top, total_label, used)]


def _is_header(row: list[Cell]) -> bool:
    return all(len(c.text.split()) <= MAX_HEADER_WORDS and not any(ch.isdigit() for ch in c.text) for c in row)


# A results column's header beside the name of each row's part ("Модуль | Результат", "Topic | Learning outcome"):
# what the learner can do after each part, one row at a time.
RESULTS_LABEL = re.compile(
    r"^(?:(?:(?:підтверджен|очікуван|досягнут|продемонстрован)(?:ий|і)\s+)?результат(?:и)?(?:\s+навчання)?|"
    r"(?:набуті\s+)?(?:уміння|вміння|навички)|"
    r"(?:(?:demonstrated|confirmed|achieved|verified)\s+)?(?:learning\s+)?(?:outcomes?|results?)|"
    r"(?:skills?|what\s+you\s+can\s+do)(?:\s+(?:gained|acquired))?|"
    # a rubric's column: "The submission shows that the learner", "Що показала робота слухача"
    r"(?:the\s+)?(?:submission|work|project|evidence)\s+shows\s+that\s+the\s+(?:learner|participant|student|candidate)|"
    r"що\s+показала\s+робота(?:\s+\w+)?|"
    # beside a work situation: "Що вміє", "Що вміє слухачка", "What she can do"
    # (and "Що випускник уміє робити": who first)
    r"що\s+(?:(?:слухач|учасни|випускни|здобувач|студент)\w*\s+)?(?:[ву]міє|може|робить)(?:\s+\w+)?|"
    # what the learner took from each part: "Здобувач навчився", "Чого навчилася учасниця", "What the learner learned"
    r"(?:(?:що|чого)\s+)?(?:(?:слухач|учасни|випускни|здобувач|студент)\w*\s+навчи(?:вся|лася|лися|лись)|"
    r"навчи(?:вся|лася|лися|лись)\s+(?:слухач|учасни|випускни|здобувач|студент)\w*)|"
    r"what\s+(?:the\s+)?(?:learner|participant|student)s?\s+(?:learned|learnt)|"
    r"what\s+(?:she|he|they|the\s+\w+)\s+(?:can\s+do|does)|"
    # abroad: "El estudiante ha acreditado que es capaz de", "Resultados de aprendizaje", "Lo studente è in grado di",
    # "L'apprenant est capable de", "O formando é capaz de"
    r"(?:el|la)\s+(?:estudiante|alumn[oa]|participante)\s+(?:ha\s+(?:acreditado|demostrado)\s+que\s+)?es\s+capaz\s+de|"
    r"resultados?\s+de\s+aprendizaje|risultati\s+di\s+apprendimento|(?:lo|la)\s+(?:studente|studentessa|"
    r"partecipante)\s+(?:è\s+in\s+grado\s+di|sa)|résultats\s+d['’]apprentissage|l['’](?:apprenant|étudiant)e?\s+"
    r"(?:est\s+capable\s+de|sait)|resultados\s+de\s+aprendizagem|o\s+(?:aluno|formando|estudante)\s+(?:é\s+capaz\s+de|"
    r"sabe)|"
    # what the learner will do after each part, said to the reader: "Після тижня ви зможете", "After this module you
    # will be able to"
    r"(?:після\s+(?:цього\s+)?(?:тижня|модуля|заняття|теми|розділу)\s+)?ви\s+(?:зможете|[ву]мітимете|навчитеся)|"
    r"(?:(?:after|by\s+the\s+end\s+of)\s+(?:this\s+|the\s+|each\s+)?(?:week|module|session|lesson|unit)\s*,?\s+)?"
    r"you(?:\s+will|['’]ll)\s+be\s+able\s+to|"
    # what showed an outcome or skill: "Demonstrated in the course by", "Чим підтверджено"
    r"demonstrated\s+(?:in\s+the\s+(?:course|programme)\s+)?(?:by|through)|(?:how|where)\s+demonstrated|"
    r"(?:чим|як)\s+(?:підтверджено|продемонстровано)|"
    # a unit's performance criteria beside each outcome: "Performance criteria — the candidate has:"
    r"(?:performance|assessment)\s+criteria(?:\s*[—–:-]\s*the\s+(?:candidate|learner|student)\s+(?:has|can|is\s+able\s+to))?|"
    r"критерії\s+(?:виконання|оцінювання)(?:\s*[—–:-]\s*(?:слухач|здобувач|кандидат)\w*\s+(?:уміє|вміє|може))?)\s*:?$",
    re.I,
)
# A left column of outcomes, each beside what shows it (its performance criteria): the row's outcome is read with them.
# (a framework's skills, each beside what showed it: "ESCO skill / knowledge | Demonstrated in the course by")
OUTCOME_LABEL = re.compile(r"(?:(?:learning|unit)\s+)?outcomes?|результат(?:и)?(?:\s+навчання)?|"
                           r"(?:esco\s+)?skills?(?:\s*/\s*(?:knowledge|competences?))?|навичк[аи](?:\s+esco)?", re.I)
# The parts a course is set out in: its modules or topics, or its weeks or sessions when those are the rows.
PART_LABEL = re.compile(r"^(?:модуль|модулі|тема|теми|розділ|блок|тиждень|тижні|заняття|критерій|критерії|ситуація|"
                        r"ситуації|module|topic|unit|section|part|block|weeks?|sessions?|lessons?|criterion|criteria|"
                        r"situations?|bloques?|módulos?|moduli|modulo|unidad(?:es)?|unità|unidades?|unités?|séances?|"
                        r"semanas?|settimane?|semaines?)\s*:?$", re.I)
# Header cells set side by side without a space run together in the text layer ("ТижніТема").
_CELLS_RUN_TOGETHER = re.compile(r"(?<=[a-zа-яіїєґ])(?=[A-ZА-ЯІЇЄҐ])|\s+")


def _names_a_part(text: str) -> bool:
    """Whether a header line is, or ends with, a part's label: "Тема", "№ Тема", "Week Topic", "ТижніТема"."""
    cells = [c for c in _CELLS_RUN_TOGETHER.split(text) if c]
    return 0 < len(cells) <= 3 and bool(PART_LABEL.match(cells[-1])) and not any(ch.isdigit() for ch in text)


_ROW_LABEL = re.compile(r"^[\d\s.,–—-]*")  # a row's number or weeks ("3–4", "10–") before its topic on one line
_POINTING_WORDS = 4  # a result points back at its part from its first words only ("реалізує ці структури …")
_POINTS_BACK = re.compile(r"(?<![\w'’])(?:ці|цих|цими|цей|цього|цю|ця|ними|these|those|them|this\s+(?:topic|module))"
                          r"(?![\w'’])", re.I)


@dataclass
class _Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    # where each word begins and ends, and its text: a cell filled to its edge meets the next column's cell with
    # a gap no wider than between two words ("Шифрування шифрує файли …")
    words: tuple[tuple[float, float, str], ...] = ()

    def before(self, x: float | None) -> _Line:
        """The line without its words from ``x`` on (the next column's cell, set as close as a word: "… агрегуванням
        30")."""
        kept = tuple(w for w in self.words if x is None or w[0] < x - COLUMN_TOLERANCE)
        if not kept or len(kept) == len(self.words):
            return self
        return _Line(self.x0, self.y0, kept[-1][1], self.y1, " ".join(w[2] for w in kept), kept)

    def parted_at(self, x: float) -> tuple[_Line, _Line] | None:
        """The line in two where a word begins at ``x`` (a column's left edge) and the word before it ends short of
        it; None where no word does."""
        for k in range(1, min(len(self.words), MAX_PART_WORDS + 1)):
            if abs(self.words[k][0] - x) <= COLUMN_TOLERANCE and self.words[k - 1][1] <= x:
                left, right = self.words[:k], self.words[k:]
                name = " ".join(w[2] for w in left)
                # (nor a sentence's end inside it: "Оцінювання. Тести після" / "кожного тижня …", a paragraph's line)
                if not name[:1].isupper() or any(ch.isdigit() or ch in ":,;" for ch in name) or "." in name:
                    return None  # a line of a paragraph below the table ("86 балів зі 100 …"), no part's name
                return (_Line(self.x0, self.y0, left[-1][1], self.y1, " ".join(w[2] for w in left), left),
                        _Line(right[0][0], self.y0, self.x1, self.y1, " ".join(w[2] for w in right), right))
        return None


def results_column(words: list[tuple[Any, ...]]) -> list[str] | None:
    """The items of a two-column table headed by a part's label and a results label ("Модуль | Результат"), set
    without ruled lines: each row's result, its wrapped lines joined. The rows are told by the part column: a result's
    line belongs to the part whose first line is the last one above it (results set as closely as their own lines
    cannot be told apart otherwise). None when the page has no such table."""
    pieces: dict[tuple[int, int], list[tuple[Any, ...]]] = {}
    for w in words:
        pieces.setdefault((int(w[5]), int(w[6])), []).append(w)
    lines: list[_Line] = []
    for ws in pieces.values():
        ws.sort(key=lambda w: w[0])
        start = 0
        for k in range(1, len(ws) + 1):  # a line's parts apart by a wide gap are cells of their own
            if k == len(ws) or ws[k][0] - ws[k - 1][2] > CELL_GAP:
                part = ws[start:k]
                lines.append(_Line(part[0][0], min(w[1] for w in part), part[-1][2], max(w[3] for w in part),
                                   " ".join(str(w[4]) for w in part),
                                   tuple((float(w[0]), float(w[2]), str(w[4])) for w in part)))
                start = k
    lines.sort(key=lambda ln: (ln.y0, ln.x0))
    for i, label in enumerate(lines):
        if len(label.text.split()) > MAX_HEADER_WORDS:
            continue
        label = _header_cell(lines, i, _labels_a_column)
        outcomes_left = bool(OUTCOME_LABEL.fullmatch(label.text.strip(" :")))
        if not outcomes_left and not _names_a_part(label.text):
            continue
        level = [_header_cell(lines, k, RESULTS_LABEL.match) for k in range(i + 1, min(i + 5, len(lines)))
                 if abs(lines[k].y0 - label.y0) <= ROW_TOLERANCE and lines[k].x0 > label.x1]  # fmt: skip
        result = next((ln for ln in level[:2] if RESULTS_LABEL.match(ln.text)
                       and not (outcomes_left and OUTCOME_LABEL.fullmatch(ln.text.strip(" :")))), None)  # fmt: skip
        if result is None:
            continue
        # columns right of the results, headed on the same line ("Evidence", "Date"): their cells are no results
        right = [ln.x0 for ln in lines[i + 1 :] if abs(ln.y0 - label.y0) <= ROW_TOLERANCE and ln.x0 > result.x1]
        items = _rows_under(lines[i + 1 :], label, result, min(right, default=None), with_part=outcomes_left)
        if len(items) >= MIN_ROWS:
            return items
    return None


def _labels_a_column(text: str) -> bool:
    return bool(OUTCOME_LABEL.fullmatch(text.strip(" :"))) or _names_a_part(text)


def _header_cell(lines: list[_Line], i: int, wanted: Callable[[str], object]) -> _Line:
    """``lines[i]``, or, where only with the line below it in its column it is a ``wanted`` label, the two: a header's
    label that wraps ("Performance criteria — the" / "candidate has:"). (The body's first row may follow as closely
    as a wrapped label's line: it is joined only to make a label.)"""
    cell = lines[i]
    if wanted(cell.text):
        return cell
    below = next((ln for ln in lines[i + 1 : i + 12] if ln.y0 > cell.y0 + ROW_TOLERANCE), None)
    if (below is None or below.y0 - cell.y1 > WRAP_GAP or not (below.x0 < cell.x1 and below.x1 > cell.x0)
            or len(below.text.split()) > MAX_HEADER_WORDS):
        return cell
    joined = _Line(min(cell.x0, below.x0), cell.y0, max(cell.x1, below.x1), below.y1, f"{cell.text} {below.text}")
    return joined if wanted(joined.text) else cell


def _rows_under(lines: list[_Line], part: _Line, result: _Line, right: float | None = None,
                with_part: bool = False) -> list[str]:
    """The results column's rows below its header (:func:`results_column`); cells from ``right`` on belong to columns
    headed right of the results. ``with_part``: each row read as its part (an outcome) and then its results."""
    header_end = max(result.y0 + ROW_TOLERANCE, part.y1 - 1.0, result.y1 - 1.0)
    # (lines far left of the table's first header belong to a side column of the page: its facts, not the table)
    body = [ln for ln in lines if ln.y0 > header_end and ln.x1 >= part.x0 - SIDE_GAP]
    # the header's lower edge: its labels' wrapped lines too ("Результат" / "навчання")
    bottom = max([part.y1, result.y1, *(ln.y1 for ln in lines if ln.y0 <= header_end)])
    # Where the columns' cells begin: a header may be centred over its column, its cells not. The results column
    # begins where the first row's cell under the results' header does; the table where its first row does.
    first_row = [ln for ln in body[:1] + body[1:RECENT_CELLS] if body and abs(ln.y0 - body[0].y0) <= ROW_TOLERANCE]
    under = [ln.x0 for ln in first_row if ln.x0 < result.x1 and ln.x1 > result.x0]
    results_x = min(under) if under and min(under) > part.x1 else result.x0
    left = min([part.x0, *(ln.x0 for ln in first_row)])
    if right is not None:  # the columns headed right of the results begin where their first row's cells do
        right = min([right, *(ln.x0 for ln in first_row if ln.x0 > results_x + COLUMN_TOLERANCE)])
    parts, results = _columns_of(body, left, results_x, right, bottom)
    # Rows set closely: a part's line opens a row unless it follows the part's line above at the distance of a
    # result's wrapped lines (a result's line level with no part's line is one; rows are further apart).
    part_tops = sorted(ln.y0 for ln in parts)

    def level_with_a_part(top: float) -> bool:
        at = bisect.bisect_left(part_tops, top - 1.0)
        return at < len(part_tops) and part_tops[at] <= top + 1.0

    wrapped = [b.y0 - a.y0 for a, b in zip(results, results[1:], strict=False) if not level_with_a_part(b.y0)]
    pitch = min(wrapped) if wrapped else None
    # With cells of more than one column left of the results (a week or number, then the topic), the first column's
    # cells open the rows: a topic may wrap into more lines than its result, the row's number seldom does (when it
    # does, "10–" / "11", its lines follow each other as closely as any wrapped cell's).
    openers = [ln for ln in parts if ln.x0 <= left + COLUMN_TOLERANCE]
    by_openers = MIN_ROWS <= len(openers) < len(parts)
    starts: list[float] = []
    for previous, ln in zip([None, *openers], openers, strict=False) if by_openers else ():
        # (a numbered part opens its row however closely it follows the one above: "2. Формули і функції")
        if previous is None or ln.y0 - previous.y1 > WRAP_GAP or _NUMBERED_PART.match(ln.text):
            starts.append(ln.y0)
    result_tops = sorted(ln.y0 for ln in results)

    def level_with_a_result(top: float) -> bool:
        at = bisect.bisect_left(result_tops, top - 1.0)
        return at < len(result_tops) and result_tops[at] <= top + 1.0

    if pitch is None and not by_openers:
        # No result wraps: the parts' own lines tell, where rows stand further apart than a cell's lines ("perform
        # data" / "cleansing"), else a part's line level with no result's line is its part's wrapped line
        steps = [b.y0 - a.y0 for a, b in zip(parts, parts[1:], strict=False)]
        if steps and max(steps) - min(steps) > 1.0:
            pitch = min(steps)
    for previous, ln in zip([None, *parts], parts, strict=False) if not by_openers else ():
        if (previous is None or ln.y0 - previous.y1 > WRAP_GAP
                or (ln.y0 - previous.y0 > pitch + 1.0 if pitch is not None else level_with_a_result(ln.y0))):
            starts.append(ln.y0)
    rows: list[list[str]] = [[] for _ in starts]
    for ln in results:
        at = bisect.bisect_right(starts, ln.y0 + ROW_TOLERANCE) - 1  # the last row begun at or above the line
        if at >= 0:
            rows[at].append(ln.text)
    names: list[list[str]] = [[] for _ in starts]  # each row's part (its topic, not its week's number)
    for ln in parts:
        at = bisect.bisect_right(starts, ln.y0 + ROW_TOLERANCE) - 1
        text = _ROW_LABEL.sub("", ln.text) if by_openers and ln.x0 <= left + COLUMN_TOLERANCE else ln.text
        if at >= 0 and text:
            names[at].append(text)
    # (not a row whose result is a dash: "10 | Повторення, підсумковий іспит | —")
    return [_row_text(" ".join(name), " ".join(row), with_part) for row, name in zip(rows, names, strict=True)
            if " ".join(row).strip(" —–-")]


def _columns_of(body: list[_Line], left: float, results_x: float, right: float | None,
                bottom: float) -> tuple[list[_Line], list[_Line]]:
    """The lines of a results table's body (below its header at ``bottom``) in its parts' column and in its results'
    column, until the table ends."""
    parts: list[_Line] = []
    results: list[_Line] = []
    for whole in body:
        if whole.y0 - bottom > ROW_GAP or (parts and TOTAL_RE.match(parts[-1].text) and whole.y0 > parts[-1].y1):
            break  # the table has ended (with its total row: "Total | 60")
        cells = whole.parted_at(results_x) if abs(whole.x0 - left) <= COLUMN_TOLERANCE < whole.x1 - results_x else None
        if cells is not None:  # a part's cell filled to its edge, and its result's first line beside it
            parts.append(cells[0])
            results.append(cells[1].before(right))
            bottom = max(bottom, whole.y1)
            continue
        ln = whole
        if ln.x0 >= left - COLUMN_TOLERANCE and ln.x1 < results_x:
            parts.append(ln)  # the part's cell, or another left of the results (a row's week or number)
        elif right is not None and ln.x0 >= right - COLUMN_TOLERANCE:
            continue  # a cell of a column headed right of the results (a row's evidence, its date)
        elif abs(ln.x0 - results_x) <= COLUMN_TOLERANCE:
            results.append(ln.before(right))
        elif ln.x0 > results_x + COLUMN_TOLERANCE and len(ln.text.split()) <= MAX_VALUE_WORDS:
            continue  # a short value in a column right of the results (a rubric's level, hours): not the results
        else:
            break  # a paragraph below the table
        bottom = max(bottom, ln.y1)
    return parts, results


def _row_text(name: str, result: str, with_part: bool) -> str:
    """A row's results; with its part first when the part is an outcome (``with_part``), or when the results only
    point at their part ("пише кожен із цих алгоритмів", "implements these structures": alone they name nothing a
    committee could compare)."""
    if name and with_part:
        return tidy(f"{_ROW_LABEL.sub('', name).rstrip(' .:')}: {result}")
    # (the pointing word among the result's first words: "… and monitor them during delivery" points inside itself)
    if name and _POINTS_BACK.search(" ".join(result.split()[:_POINTING_WORDS])):
        return tidy(f"{name} — {result}")
    return tidy(result)
