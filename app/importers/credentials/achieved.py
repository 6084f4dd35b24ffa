"""Whether a paper says each of its outcomes was achieved.

Assessment records, checklists and sign-off sheets mark each outcome: "підтверджено / не підтверджено", "Met / Not
yet met", ✓ / ✗, a mark in one of the columns "не досягнуто / частково / досягнуто" or "так / ні", or they list the
outcomes not yet achieved under a heading of their own. An outcome the paper marks as not achieved is no evidence of
learning: it must not cover a component. It is left out of the outcomes, and said so.

Everything is read from the page's words (PyMuPDF ``page.get_text("words")``): the row of each outcome is the band
from its first line down to the next outcome's, and a status is a word or mark in that band beside the outcome's own
text; a bare mark (●, +) takes its meaning from the column it stands under.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Literal

Status = Literal["achieved", "partly", "not"]

# Statuses written in a row (the negative tried first where they overlap: "не досягнуто" holds "досягнуто")
_NOT = re.compile(r"не\s+(?:досягнуто|підтверджено|зараховано|виконано|продемонстровано)|"
                  r"not\s+(?:yet\s+)?(?:achieved|met|demonstrated|passed|competent)|[✗✘❌×]|(?<![\w])ні(?![\w])", re.I)
_PARTLY = re.compile(r"частково(?:\s+досягнуто)?|partly(?:\s+achieved)?|partially(?:\s+achieved|\s+met)?", re.I)
_ACHIEVED = re.compile(r"досягнуто|підтверджено|зараховано|achieved|(?<![\w])met(?![\w])|competent|[✓✔☑✅]|"
                       r"(?<![\w])так(?![\w])", re.I)
# (A rubric's levels — "Beginning … Advanced", "Початковий / Достатній / Високий" — say how well, not whether: which
# of them count as achieved is the paper's own rule, so a mark under them gives no status here.)
# A mark that says only "this one" (its column says which)
_MARK = re.compile(r"[●•◉■+xX✓✔☑]")
# A heading over the outcomes not (yet) achieved: "Outcomes not yet achieved", "Результати навчання, не досягнуті",
# "Потребує доопрацювання"
NOT_ACHIEVED_HEADING = re.compile(
    r"^\s*(?:(?:learning\s+)?outcomes?\s+not\s+(?:yet\s+)?(?:achieved|met|demonstrated)|not\s+yet\s+(?:achieved|met)|"
    # (not a status column's header cell alone, "Не досягнуто": the outcomes or "not yet" are named)
    r"результати?(?:\s+навчання)?,?\s+(?:що\s+|які\s+)?не\s+(?:досягнуто|підтверджено|зараховано|досягнут\w*)|"
    r"(?:ще|поки\s+що)\s+не\s+(?:досягнуто|підтверджено)|потребу\w+\s+доопрацювання)\s*:?\s*$",
    re.I,
)


_ANY_STATUS = re.compile(f"(?P<not>{_NOT.pattern})|(?P<partly>{_PARTLY.pattern})|(?P<achieved>{_ACHIEVED.pattern})",
                         re.I)


# The paper's own sentence about an outcome by its number: "Outcome 5 not achieved (rated Beginning)", "Результат № 6
# не зараховано", "LO3 was not met"
NUMBERED_NOT_ACHIEVED = re.compile(
    r"(?<![\w])(?:(?:learning\s+)?outcome|LO|результат(?:\s+навчання)?)\s*(?:№\s*)?(\d{1,2})\s+(?:(?:is|was|has\s+been)\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:achieved|met|demonstrated)|не\s+(?:досягнуто|зараховано|підтверджено))",
    re.I,
)


def may_mark_any(text: str) -> bool:
    """Whether a paper's text holds anything that marks an outcome not or only partly achieved (or a heading over
    such outcomes): the page's words are read only then."""
    return _NOT.search(text) is not None or _PARTLY.search(text) is not None or "доопрацюван" in text.lower()


def status_of_text(text: str) -> Status | None:
    """The status a cell's text states, the negative read first where they overlap ("не досягнуто" holds
    "досягнуто"); where it states several, the last ("Ще не досягнуто" / "Досягнуто при повторному оцінюванні": a
    reassessment decides)."""
    last = None
    for m in _ANY_STATUS.finditer(text):
        last = m.lastgroup
    return last  # type: ignore[return-value]


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold().strip(".,;:()«»\"'")


def _find_start(norms: list[str], item: str, after: int) -> int | None:
    """The index in ``norms`` (the page's words in reading order, normalised) where ``item``'s first words begin, at
    or after ``after``."""
    wanted = [_norm(w) for w in item.split()[:4] if _norm(w)]
    if not wanted:
        return None
    for i in range(after, len(norms) - len(wanted) + 1):
        if norms[i : i + len(wanted)] == wanted:
            return i
    return None


def statuses(words: list[tuple[Any, ...]], items: Sequence[str]) -> list[Status | None]:
    """Each item's status as the page marks it in the item's row, or None where the row says nothing."""
    ordered = sorted(words, key=lambda w: (w[5], w[6], w[7]))  # block, line, word: the reading order
    norms = [_norm(str(w[4])) for w in ordered]
    starts: list[int | None] = []
    at = 0
    for item in items:
        found = _find_start(norms, item, at)
        starts.append(found)
        if found is not None:
            at = found + 1
    tops = [ordered[s][1] if s is not None else None for s in starts]
    rights = [max(w[2] for w in ordered[s : s + len(item.split())]) for s, item in zip(starts, items, strict=True)
              if s is not None]
    headers = _level_columns(ordered, min((t for t in tops if t is not None), default=0.0), min(rights, default=0.0))
    out: list[Status | None] = []
    for k, (start, top) in enumerate(zip(starts, tops, strict=True)):
        if start is None or top is None:
            out.append(None)
            continue
        # the row: from a little above the outcome's first line (a mark is centred on the row's cell) to a little
        # above the next outcome's, or to its own last line for the last one
        later = [t for t in tops[k + 1 :] if t is not None and t > top + 1]
        end = min(start + len(items[k].split()), len(ordered)) - 1
        bottom = min(later) - _ROW_SLACK if later else ordered[end][3] + _ROW_SLACK
        text_right = max(w[2] for w in ordered[start : end + 1])
        beside = [w for w in ordered if top - _ROW_SLACK <= w[1] < bottom and w[0] > text_right + 4]
        out.append(_status_beside(beside, headers))
    return out


_ROW_SLACK = 5.0  # points: a mark or status centred in a row of several lines stands a little above its first line


def _status_beside(beside: list[tuple[Any, ...]], headers: list[tuple[float, Status]]) -> Status | None:
    text = " ".join(str(w[4]) for w in sorted(beside, key=lambda w: (w[1], w[0])))
    stated = status_of_text(text)
    if stated is not None:
        return stated
    marks = [w for w in beside if _MARK.fullmatch(str(w[4]))]
    if marks and headers:  # a mark under one of the levels' columns
        x = (marks[0][0] + marks[0][2]) / 2
        return min(headers, key=lambda h: abs(h[0] - x))[1]
    return None


_REST_OF_A_STATUS = frozenset(("досягнуто", "підтверджено", "зараховано", "yet", "achieved", "met"))


def _level_columns(words: list[tuple[Any, ...]], above: float, right_of: float) -> list[tuple[float, Status]]:
    """The columns of a status in the header row above the first outcome, right of the outcomes' text: each label's
    centre and what it means ("не досягнуто" | "частково" | "досягнуто", "так" | "ні"), labels wrapped on two lines
    too."""
    header = [w for w in words if above - 40 <= w[1] < above - 1 and w[0] > right_of]
    columns: list[tuple[float, Status]] = []
    used: set[int] = set()
    for i, w in enumerate(header):
        if i in used:
            continue
        word = _norm(str(w[4]))
        centre = (w[0] + w[2]) / 2
        # (a label's second word set below it, "не" / "досягнуто", "частково" / "досягнуто", is no column of its own)
        below = [j for j, v in enumerate(header) if j != i and abs((v[0] + v[2]) / 2 - centre) < 25 and v[1] > w[1]]
        if word in ("не", "not"):  # … or beside it: "Не досягнуто", "Not yet met"
            beside = [j for j, v in enumerate(header) if j != i and abs(v[1] - w[1]) < 2 and 0 <= v[0] - w[2] < 40
                      and _norm(str(v[4])) in _REST_OF_A_STATUS]
            used.update(below + beside)
            right = max([w[2], *(header[j][2] for j in beside)])
            columns.append(((w[0] + right) / 2, "not"))
        elif word in ("частково", "partly", "partially"):
            used.update(below)
            columns.append((centre, "partly"))
        elif word in ("досягнуто", "achieved", "met", "так", "yes"):
            columns.append((centre, "achieved"))
        elif word in ("ні", "no"):
            columns.append((centre, "not"))
    return columns if len(columns) >= 2 else []
