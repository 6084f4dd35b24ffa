"""Printable papers as PDF: HTML laid out by PyMuPDF's ``Story`` with the bundled DejaVu Serif font.

A paper is a list of blocks: HTML, and tables whose header row is printed again at the top of every page the
table continues on. MuPDF's layout does not repeat table headers, so the document is laid out, the rows that
start a new page found (from the positions of their ids), and the table split there into tables of their own,
each starting a page with the header; this repeats until no row moves. Then page footers, the document's
metadata (title, author, subject, creation date, language) and the embedded font subsets are added.
"""

from __future__ import annotations

import functools
import html as html_text
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pymupdf

from app import paths
from app.errors import UserError
from app.reports.output import atomic_output

FONT_REGULAR = "DejaVuSerif.ttf"
FONT_BOLD = "DejaVuSerif-Bold.ttf"
PAGE = pymupdf.paper_rect("a4")
MARGINS = (70.0, 50.0, 42.0, 60.0)  # left, top, right, bottom in points (left wider for filing)
USABLE_WIDTH = PAGE.width - MARGINS[0] - MARGINS[2]
MAX_LAYOUT_PASSES = 40
CELL_SPACING = 11.0  # horizontal padding (2 × 3pt) and borders of a table cell, with a little slack
HEADER_FONT_SIZE = 8.0  # table.lines th below

BASE_CSS = f"""
@font-face {{ font-family: doc; src: url({FONT_REGULAR}); }}
@font-face {{ font-family: doc; src: url({FONT_BOLD}); font-weight: bold; }}
* {{ font-family: doc; }}
body {{ font-size: 11pt; line-height: 1.3; }}
p {{ margin: 0 0 5pt 0; text-align: justify; }}
.center {{ text-align: center; }}
.right {{ text-align: right; }}
.org {{ text-align: center; font-weight: bold; margin: 0; }}
.draft {{ text-align: right; font-weight: bold; color: #b00000; font-size: 12pt; }}
h1 {{ font-size: 14pt; text-align: center; margin: 12pt 0 2pt 0; }}
.subtitle {{ text-align: center; margin-bottom: 10pt; }}
.heading {{ font-weight: bold; margin-top: 8pt; }}
table.lines {{ border-collapse: collapse; margin: 0; }}
table.lines th {{ font-size: 8pt; font-weight: bold; border: 0.6pt solid #000; padding: 2pt 3pt;
                  text-align: center; }}
table.lines td {{ font-size: 8pt; border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top;
                  text-align: left; }}
table.lines td.num {{ text-align: center; }}
table.meta {{ width: 100%; margin-bottom: 8pt; }}
table.meta td {{ padding: 0; }}
table.signatures {{ width: 100%; margin-top: 14pt; }}
table.signatures td {{ padding: 14pt 2pt 0 0; vertical-align: top; }}
.hint {{ font-size: 7pt; color: #555555; }}
.small {{ font-size: 9pt; }}
"""


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page. ``widths`` are shares of the text width (they add to 100);
    each row is the inner HTML of a ``<tr>``."""

    headers: Sequence[str]
    widths: Sequence[float]
    rows: Sequence[str]
    css_class: str = "lines"

    def header_html(self) -> str:
        # MuPDF's layout honours widths in points, not percentages: share out the text width by hand.
        cells = "".join(f"<th style='width: {width:.1f}pt'>{title}</th>"
                        for title, width in zip(self.headers, self.column_widths(), strict=True))
        return f"<tr>{cells}</tr>"

    def column_widths(self) -> list[float]:
        """The content width of each column in points: its share of the text width, but never narrower than the
        longest word of its header (MuPDF does not break a word, it lets it run over the cell's border); what a
        narrow column needs is taken from the columns with room to spare."""
        widths = [USABLE_WIDTH * share / 100 - CELL_SPACING for share in self.widths]
        needed = [_longest_header_word(title) for title in self.headers]
        deficit = sum(max(0.0, need - width) for need, width in zip(needed, widths, strict=True))
        if deficit <= 0:
            return widths
        spare = [max(0.0, width - need) for need, width in zip(needed, widths, strict=True)]
        room = sum(spare)
        if room <= 0:
            return widths
        take = min(1.0, deficit / room)
        return [max(width, need) if need > width else width - s * take
                for need, width, s in zip(needed, widths, spare, strict=True)]


Block = str | Table


@functools.cache
def _bold_font() -> pymupdf.Font:
    return pymupdf.Font(fontfile=str(paths.resource("fonts") / FONT_BOLD))


def _longest_header_word(title: str) -> float:
    """The width in points of the widest word of a header cell (bold, as the header prints)."""
    words = re.sub(r"<[^>]+>", " ", html_text.unescape(title)).split()
    if not words:
        return 0.0
    return max(_bold_font().text_length(word, fontsize=HEADER_FONT_SIZE) for word in words) + 1.0


@dataclass
class Paper:
    """What a writer hands over: the blocks, the footer text and the metadata."""

    blocks: list[Block]
    title: str
    author: str = ""
    subject: str = ""
    language: str = "uk"
    footer: Callable[[int, int], str] | None = None  # (page number from 1, page count) → text
    keywords: str = ""
    css: str = ""
    created: datetime = field(default_factory=lambda: datetime.now(UTC))
    anchor: str = ""  # the audit chain head "N:HASH" a signed paper carries (printed and in the metadata)


def _segments(blocks: Sequence[Block], breaks: set[tuple[int, int]]) -> list[str]:
    """The document's HTML cut into pieces, each to start a new page: a cut before every row in ``breaks``."""
    segments: list[str] = []
    current: list[str] = []
    for index, block in enumerate(blocks):
        if isinstance(block, str):
            current.append(block)
            continue
        head = block.header_html().replace("<tr>", f"<tr id='t{index}h'>", 1)
        chunk: list[str] = []
        if (index, 0) in breaks and current:  # not even the first row fits under the header: the table moves on
            segments.append("".join(current))
            current = []
        for row_no, row in enumerate(block.rows):
            if (index, row_no) in breaks and chunk:
                current.append(f"<table class='{block.css_class}'>{head}{''.join(chunk)}</table>")
                segments.append("".join(current))
                current, chunk = [], []
            chunk.append(f"<tr id='t{index}r{row_no}'>{row}</tr>")
        current.append(f"<table class='{block.css_class}'>{head}{''.join(chunk)}</table>")
    segments.append("".join(current))
    return segments


def _layout(segments: Sequence[str], css: str, archive: pymupdf.Archive
            ) -> tuple[bytes, dict[str, int]]:
    """Lay the segments out, each from a new page; returns the PDF and the page of every row id."""
    left, top, right, bottom = MARGINS
    where = pymupdf.Rect(PAGE.x0 + left, PAGE.y0 + top, PAGE.x1 - right, PAGE.y1 - bottom)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    pages: dict[str, int] = {}
    page_no = 0

    def seen(position: pymupdf.ElementPosition) -> None:
        ident = getattr(position, "id", "")
        if ident and ident not in pages:
            pages[ident] = int(getattr(position, "page_num", 0))

    for html in segments:
        html = _keep_together(html)
        story = pymupdf.Story(html=f"<body>{html}</body>", user_css=css, archive=archive)
        more = True
        while more:
            device = writer.begin_page(PAGE)
            more, _filled = story.place(where)
            story.element_positions(seen, {"page_num": page_no})
            story.draw(device)
            writer.end_page()
            page_no += 1
    writer.close()
    return buffer.getvalue(), pages


# Spaces a line must not break at: after the № sign ("№ 130"), between initials ("В. П.") and between a family name
# and its initials ("Гончар В. П."), as Ukrainian typesetting has it.
_AFTER_SIGN = re.compile(r"№ (?=\S)")
_IN_INITIALS = re.compile(r"(?<=\b[A-ZА-ЯІЇЄҐ]\.) (?=[A-ZА-ЯІЇЄҐ]\.)")
_BEFORE_INITIALS = re.compile(r"(?<=\w) (?=[A-ZА-ЯІЇЄҐ]\.(?:&#160;| )[A-ZА-ЯІЇЄҐ]\.)")


def _keep_together(html: str) -> str:
    html = _AFTER_SIGN.sub("№&#160;", html)
    html = _IN_INITIALS.sub("&#160;", html)
    return _BEFORE_INITIALS.sub("&#160;", html)


def _row_breaks(blocks: Sequence[Block], pages: dict[str, int]) -> set[tuple[int, int]]:
    """Rows that begin a page other than the row before them."""
    found = set()
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            previous = pages.get(f"t{index}h")
            for row_no in range(len(block.rows)):
                page = pages.get(f"t{index}r{row_no}")
                if page is not None and previous is not None and page != previous:
                    found.add((index, row_no))
                previous = page if page is not None else previous
    return found


def render(paper: Paper) -> bytes:
    """The paper as PDF bytes."""
    fonts = paths.resource("fonts")
    if not (fonts / FONT_REGULAR).is_file():
        raise UserError(f"The font of the papers is missing: {fonts / FONT_REGULAR}. Reinstall the application.")
    archive = pymupdf.Archive(str(fonts))
    css = BASE_CSS + paper.css
    breaks: set[tuple[int, int]] = set()
    content, pages = _layout(_segments(paper.blocks, breaks), css, archive)
    for _ in range(MAX_LAYOUT_PASSES):
        new = _row_breaks(paper.blocks, pages) - breaks
        if not new:
            break
        breaks.add(min(new))  # one at a time: an earlier cut moves every later row
        content, pages = _layout(_segments(paper.blocks, breaks), css, archive)
    return _finish(content, paper, fonts)


def _pdf_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")


def _finish(content: bytes, paper: Paper, fonts: Path) -> bytes:
    doc = pymupdf.open("pdf", content)
    try:
        font_file = str(fonts / FONT_REGULAR)
        font = pymupdf.Font(fontfile=font_file)
        count = doc.page_count
        left, _top, right, _bottom = MARGINS
        for index in range(count):
            if paper.footer is None:
                break
            page = doc[index]
            page.insert_font(fontname="docfoot", fontfile=font_file)
            text = paper.footer(index + 1, count)
            width = font.text_length(text, fontsize=8)
            page.insert_text(((PAGE.width - width + left - right) / 2, PAGE.height - 28), text, fontsize=8,
                             fontname="docfoot", color=(0.35, 0.35, 0.35))
        stamp = _pdf_date(paper.created)
        doc.set_metadata({"title": paper.title, "author": paper.author, "subject": paper.subject,
                          "keywords": paper.keywords, "creator": "Recognition Desk", "producer": "Recognition Desk",
                          "creationDate": stamp, "modDate": stamp})
        info = _info_xref(doc)
        if paper.anchor and info:
            doc.xref_set_key(info, ANCHOR_KEY, pymupdf.get_pdf_str(paper.anchor))
        doc.set_language("uk-UA" if paper.language == "uk" else "en-GB")
        doc.subset_fonts()
        return bytes(doc.tobytes(garbage=3, deflate=True))
    finally:
        doc.close()


ANCHOR_KEY = "RDAuditAnchor"


def read_anchor(path: str | os.PathLike[str]) -> str:
    """The audit chain head ("N:HASH") stored in a paper's metadata, or "" when it has none."""
    try:
        doc = pymupdf.open(path)
    except (OSError, RuntimeError, ValueError) as exc:
        raise UserError(f"{path}: cannot be read as a PDF ({str(exc).splitlines()[0] if str(exc) else exc}).") from None
    try:
        info = _info_xref(doc)
        if not info:
            return ""
        kind, value = doc.xref_get_key(info, ANCHOR_KEY)
        return str(value).strip("()") if kind == "string" else ""
    finally:
        doc.close()


def _info_xref(doc: pymupdf.Document) -> int:
    """The object number of the document information dictionary (0 when there is none)."""
    kind, value = doc.xref_get_key(-1, "Info")
    return int(value.split()[0]) if kind == "xref" else 0


def write_pdf(paper: Paper, path: str | os.PathLike[str]) -> Path:
    content = render(paper)
    with atomic_output(path, ".pdf") as tmp:
        tmp.write_bytes(content)
    return Path(path)
