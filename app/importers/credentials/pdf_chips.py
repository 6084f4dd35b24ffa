"""Skills set as tags ("chips"): short labels, each on its own shaded or outlined box, several to a row.

The text layer runs a row of tags together with plain spaces ("ER modelling Normal forms 1NF–3NF, BCNF Primary and
foreign keys …"), so the list under a "Skills" heading reads as one run of words. The boxes tell where each tag ends:
rectangles of one height and one colour side by side on a line, each holding words. A box that the layout broke in
two (a tag wrapped at the box's edge) is two rectangles touching each other: they are joined again.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from typing import Any

from .textparse import tidy

MIN_TAGS = 3
# Beyond these a page is a drawing, not a row of tags (and looking words up in its boxes would cost too much).
MAX_BOXES = 300
MAX_ROWS = 60
# A tag's box: at most this high (points; a line of text with its padding) and this share of the page's width.
MAX_HEIGHT = 40.0
MAX_WIDTH_SHARE = 0.6
# Two rectangles closer than this (points) are one box broken in two.
TOUCHING = 1.0
# Rectangles of one row have tops and bottoms within this many points of each other.
ROW_TOLERANCE = 1.5


def _boxes(page: Any) -> list[tuple[float, float, float, float]]:
    """The rectangles that may be tags' boxes (x0, y0, x1, y1): a line high at most, one box broken in two joined."""
    width = page.rect.width
    rows: dict[tuple[int, int, object], list[tuple[float, float, float, float]]] = defaultdict(list)
    for drawing in page.get_drawings():
        r = drawing.get("rect")
        if r is None or not (4.0 <= r.height <= MAX_HEIGHT) or r.width > MAX_WIDTH_SHARE * width:
            continue
        colour = drawing.get("fill") or drawing.get("color")
        if colour is None:
            continue
        key = (round(r.y0 / ROW_TOLERANCE), round(r.y1 / ROW_TOLERANCE), tuple(round(c, 2) for c in colour))
        rows[key].append((r.x0, r.y0, r.x1, r.y1))
    boxes = []
    for row in rows.values():
        row.sort()
        merged = [row[0]]
        for box in row[1:]:
            last = merged[-1]
            if box[0] - last[2] < TOUCHING:
                merged[-1] = (last[0], min(last[1], box[1]), max(last[2], box[2]), max(last[3], box[3]))
            else:
                merged.append(box)
        boxes += merged
    return boxes


def tags_of(page: Any, run: str) -> list[str] | None:
    """The tags whose text, read in order, is ``run`` (a list read as one run of words), each tag's words one
    item; None when the page sets no such tags."""
    boxes = _boxes(page)
    if not MIN_TAGS <= len(boxes) <= MAX_BOXES:
        return None
    # the boxes by their row, each row's boxes left to right: a word is looked for in the rows its middle is in
    rows: dict[tuple[float, float], list[int]] = defaultdict(list)
    for n in sorted(range(len(boxes)), key=lambda n: boxes[n][0]):
        rows[(boxes[n][1], boxes[n][3])].append(n)
    if len(rows) > MAX_ROWS:
        return None
    lefts = {row: [boxes[n][0] for n in members] for row, members in rows.items()}
    words: dict[int, list[tuple[float, float, str]]] = defaultdict(list)
    for x0, y0, x1, y1, text, *_ in page.get_text("words"):
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        for (top, bottom), members in rows.items():
            if top <= cy <= bottom:
                at = bisect.bisect_right(lefts[(top, bottom)], cx) - 1
                if at >= 0 and cx <= boxes[members[at]][2]:
                    words[members[at]].append((round(y0 / ROW_TOLERANCE), x0, unicodedata.normalize("NFKC", text)))
                    break
    # in reading order: rows top to bottom, boxes left to right
    order = sorted(words, key=lambda n: (round(boxes[n][1] / ROW_TOLERANCE), boxes[n][0]))
    tags = [tidy(" ".join(w for _y, _x, w in sorted(words[n]))) for n in order]
    whole = _squeezed(run)
    tags = [t for t in tags if t and _squeezed(t) in whole]  # not a shaded band's or a button's words
    if len(tags) < MIN_TAGS or _squeezed(" ".join(tags)) != whole:
        return None
    return tags


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)
