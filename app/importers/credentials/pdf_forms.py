"""Printed forms filled in: the blanks' underscores around what was typed into them, and the boxes ticked among a
field's choices.

A template printed once and filled in for each learner keeps its blanks around the values ("Видано
________Петренко Олені Іванівні________", "____Python Programming from Scratch____") and its choices with their boxes
("Форма навчання: ☒ очна ☐ дистанційна ☐ змішана", "[x] Pass [ ] Fail"). Read as they are, the underscores become part
of every name and the unticked choices are read as well as the ticked one. Here a line of such a form is given as the
filled-in text: the value without the blank's underscores, the field with its ticked choices only. A line to sign on
("__________ О. В. Панченко") and a blank left empty ("Grade: ___") stay as they are.
"""

from __future__ import annotations

import re

# Underscores touching what was typed into the blank: before a word, a quote or a figure, or after one
_BLANK_BEFORE = re.compile(r"(?:(?<=\s)|^)_{2,}(?=[^\s_])")
_BLANK_AFTER = re.compile(r"(?<=[^\s_])_{2,}(?=\s|$)")
# A filled line of a field left as lines to fill in: "__ виявлення загроз …___", "___ coaching safe scrum … ___"
_LINE_FILLED = re.compile(r"^(\s*(?:\d{1,2}[.)]\s*)?)_{2,}\s+(.*?\S)\s+_{2,}\s*$")
# A blank closing a value's wrapped line ("the Mykolaiv region ___"), not a blank left empty after its label
# ("Grade: ___")
_BLANK_CLOSING = re.compile(r"(?<=[^\s:_])\s+_+\s*$")
_LINE_OPENED = re.compile(r"^(\s*(?:\d{1,2}[.)]\s*)?)_{1,4}\s+(?=\S)")

_BOX = re.compile(r"☒|☑|☐|\[\s?[xX✓✔]?\s?\]")
# A blank's underscores, or one alone between spaces ("1. _ завантаження даних …")
_BLANK = re.compile(r"__|(?:^|\s)_(?:\s|$)", re.M)
# The next field on the line after the last choice ("[ ] Fail Score: 82 / 100"): a capitalised label and its colon
_NEXT_FIELD = re.compile(r"\s+(?=[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s[a-zа-яіїєґ][\w'’-]*)?:)")


def has_blank(text: str) -> bool:
    """Whether ``text`` holds a blank's underscores (most texts do not, and are left as they are)."""
    return _BLANK.search(text) is not None


def may_be_filled_in(text: str) -> bool:
    """Whether ``text`` holds a blank or a box of a printed form."""
    return has_blank(text) or _BOX.search(text) is not None


def filled_in(line: str) -> str:
    """``line`` as filled in: without the blanks' underscores around its values, and with only the ticked choices
    of a field that offers two or more."""
    return _ticked_choices(without_blanks(line))


def without_blanks(line: str) -> str:
    """``line`` without the underscores of the blanks filled in on it (a value's lines wrapped in its blank too:
    "… seasonal outlooks for" / "the Mykolaiv region ___")."""
    if "_" not in line:
        return line
    whole = _LINE_FILLED.match(line)
    if whole:
        return f"{whole.group(1)}{whole.group(2)}"
    line = _LINE_OPENED.sub(r"\1", line)
    line = _BLANK_AFTER.sub("", _BLANK_BEFORE.sub("", line))
    return _BLANK_CLOSING.sub("", line)


def _ticked_choices(line: str) -> str:
    boxes = list(_BOX.finditer(line))
    if len(boxes) < 2:
        return line
    kept: list[str] = []
    tail = ""
    for k, box in enumerate(boxes):
        end = boxes[k + 1].start() if k + 1 < len(boxes) else len(line)
        choice = line[box.end() : end]
        if k + 1 == len(boxes):  # the last choice ends where the next field begins
            parts = _NEXT_FIELD.split(choice, maxsplit=1)
            choice, tail = parts[0], (" " + parts[1] if len(parts) > 1 else "")
        if _is_ticked(box.group(0)):
            kept.append(choice.strip(" ,;/"))
    if not any(kept):
        return line  # nothing ticked: the form's choices as printed
    return f"{line[: boxes[0].start()]}{', '.join(c for c in kept if c)}{tail}".strip()


def _is_ticked(box: str) -> bool:
    return box in ("☒", "☑") or any(ch in box for ch in "xX✓✔")
