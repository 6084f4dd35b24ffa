"""Skills set as a grid of cells in columns, without rules ("Skills you gained" / "Linear, ridge and logistic
regression" | "Decision trees, random forests …" / "Model evaluation: …" | …).

The text layer runs the cells of one row together where they share a line ("Linear, ridge and logistic regression
Decision trees, random forests and k-NN classifiers") and sets each cell that wraps apart as a block of its own, so a
list read from the text joins the first row into one outcome and loses the rest. The words' places tell the cells
apart: a wide gap on a line parts two columns, and a cell is the words of one column in one text block (a cell's
wrapped lines stay in its block; the cells of a row side by side on one line share a block, parted by the gap).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Any

from .textparse import tidy

# Two words further apart than this on one line (points) stand in two columns.
COLUMN_GAP = 14.0
# Segments whose left edges lie this close (points) begin in one column.
COLUMN_TOLERANCE = 6.0
MIN_CELLS = 4
MAX_COLUMNS = 3
MAX_CELL_WORDS = 40
# Below the grid: a line further below the last one than this many of the grid's line heights ends it.
MAX_GAP_LINES = 3.0


def grid_cells(page: Any, first: str) -> list[str] | None:
    """The cells, row by row and left to right, of the grid whose first line begins with ``first`` (the text read
    as the list's first item); None where the lines there are not set in two or three columns of four cells or
    more."""
    words = page.get_text("words")
    lines: dict[tuple[int, int], list[tuple[Any, ...]]] = defaultdict(list)
    for w in words:
        lines[(int(w[5]), int(w[6]))].append(w)
    ordered = sorted(lines.values(), key=lambda ws: (round(min(w[1] for w in ws), 1), min(w[0] for w in ws)))
    wanted = " ".join(unicodedata.normalize("NFKC", first).split()).casefold()

    def opens_it(ws: list[tuple[Any, ...]]) -> bool:  # the line the item begins with (its first cell's first line)
        text = " ".join(str(w[4]) for w in sorted(ws, key=lambda w: w[0]))
        text = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
        return len(text) >= 8 and wanted.startswith(text)

    start = next((k for k, ws in enumerate(ordered) if opens_it(ws)), None)
    if start is None:
        return None
    # The columns are where the first row's cells begin (a cell in each): the lines beside the first one, at its
    # height, are the row's other cells (a line of their own, or parted from it by a gap)
    height = max(w[3] - w[1] for w in ordered[start])
    first_top = min(w[1] for w in ordered[start])
    row = [w for ws in ordered[start:] if abs(min(x[1] for x in ws) - first_top) <= height / 2 for w in ws]
    columns = sorted(seg[0][0] for seg in _segments(sorted(row, key=lambda w: w[0])))
    if not 2 <= len(columns) <= MAX_COLUMNS:
        return None
    segments: list[tuple[float, float, int, list[str]]] = []  # (x0, y0, block, words)
    last_bottom = max(w[3] for w in ordered[start])
    for ws in ordered[start:]:
        top = min(w[1] for w in ws)
        found = _segments(sorted(ws, key=lambda w: w[0]))
        if top - last_bottom > MAX_GAP_LINES * height or any(
                min(abs(c - seg[0][0]) for c in columns) > COLUMN_TOLERANCE or _crosses(seg, columns)
                for seg in found):
            break  # the grid has ended (a gap, a line that begins elsewhere or runs across a column: what follows)
        last_bottom = max(last_bottom, max(w[3] for w in ws))
        segments += [(seg[0][0], top, int(seg[0][5]), [str(x[4]) for x in seg]) for seg in found]
    cells: dict[tuple[int, int], tuple[float, list[str]]] = {}  # (block, column) → (top, words)
    for x0, top, block, seg_words in segments:
        column = min(range(len(columns)), key=lambda c: abs(columns[c] - x0))
        if abs(columns[column] - x0) > COLUMN_TOLERANCE:
            return None
        cell = cells.setdefault((block, column), (top, []))
        for word in seg_words:
            if cell[1] and cell[1][-1].endswith("-") and word[:1].islower():
                cell[1][-1] += word  # a word broken at its hyphen ("cross-" / "validation")
            else:
                cell[1].append(word)
    if len(cells) < MIN_CELLS or len({column for _block, column in cells}) < 2:
        return None
    texts = [(top, column, tidy(unicodedata.normalize("NFKC", " ".join(ws))))
             for (_block, column), (top, ws) in cells.items()]
    if any(not re.search(r"[^\W\d_]{2}", text) or len(text.split()) > MAX_CELL_WORDS
           for _top, _column, text in texts):
        return None  # (a cell of figures alone, "40" or "—": a table's, not a grid of skills)
    # Row by row: cells whose tops lie within a line's height are one row.
    texts.sort(key=lambda t: t[0])
    rows: list[list[tuple[float, int, str]]] = []
    for placed in texts:
        if rows and placed[0] - rows[-1][0][0] <= height / 2:
            rows[-1].append(placed)
        else:
            rows.append([placed])
    return [text for row in rows for _top, _column, text in sorted(row, key=lambda c: c[1])]


def _crosses(segment: list[tuple[Any, ...]], columns: list[float]) -> bool:
    """Whether a run of words goes on past where the next column begins (a line across the grid, not a cell)."""
    start, end = segment[0][0], segment[-1][2]
    return any(start + COLUMN_TOLERANCE < c < end for c in columns)


def _segments(words: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    """A line's words (left to right) in runs parted by a gap wider than a column's."""
    runs = [[words[0]]]
    for w in words[1:]:
        if w[0] - runs[-1][-1][2] > COLUMN_GAP:
            runs.append([])
        runs[-1].append(w)
    return runs
