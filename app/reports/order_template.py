"""The order's text from a template the institution edits (``resources/templates/order_uk.txt``).

The template is plain text with named fields (``{applicant_dative}``) and one block repeated for every recognised
component (``{for each recognised}`` … ``{end}``). It is checked when it is read: an unknown field, a field used
outside its block, a stray brace or a missing block refuses the template with its file, line and field, before
any order is written. See ``resources/templates/README.md`` for the syntax and the fields.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.errors import UserError

TEMPLATE_NAME = "order_uk.txt"
BLOCK_START = "{for each recognised}"
BLOCK_END = "{end}"

DOCUMENT_FIELDS = frozenset({
    "institution", "faculty", "order_number", "order_date", "order_date_long", "issued_by", "signatory", "applicant",
    "applicant_genitive", "applicant_dative", "applicant_initials", "student_id", "group", "programme",
    "programme_code", "specialty", "academic_year", "semester", "protocol_number", "protocol_date",
    "protocol_date_long", "filed_on", "case_no", "legal_basis", "legal_basis_genitive", "total_credits",
    "recognised_count",
})
LINE_FIELDS = frozenset({"n", "component_code", "component_title", "recognition", "credits", "grade", "remaining"})

_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True)
class Piece:
    """One line of the template: its text and where it came from (for messages)."""

    text: str
    line: int
    in_block: bool


@dataclass(frozen=True)
class OrderTemplate:
    source: str
    lines: tuple[Piece, ...]


def template_path() -> Path:
    """The institution's copy in the data folder when there is one, else the bundled template."""
    own = paths.data_dir() / "templates" / TEMPLATE_NAME
    if own.is_file():
        return own
    return paths.resource("templates", TEMPLATE_NAME)


def _check_fields(text: str, where: str, allowed: frozenset[str], block_only: frozenset[str]) -> None:
    for match in _FIELD.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        if match.group(1) is None:
            raise UserError(f"{where}: a lone “{token}”; write “{token * 2}” for a brace, or close the field.")
        name = match.group(1).strip()
        if name in allowed:
            continue
        if name in block_only:
            raise UserError(f"{where}: the field {{{name}}} belongs inside the {BLOCK_START} … {BLOCK_END} block.")
        raise UserError(f"{where}: unknown field {{{name}}}; the fields are listed in resources/templates/README.md.")


def parse_template(text: str, source: str = TEMPLATE_NAME) -> OrderTemplate:
    """Read and check a template; raises UserError naming the line and the field."""
    pieces: list[Piece] = []
    in_block = False
    blocks = 0
    block_line = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        where = f"Order template {source}, line {number}"
        if line.lstrip().startswith("#"):
            continue
        marker = line.strip()
        if marker == BLOCK_START:
            if in_block:
                raise UserError(f"{where}: {BLOCK_START} inside another block; close the first with {BLOCK_END}.")
            in_block, blocks, block_line = True, blocks + 1, number
            if blocks > 1:
                raise UserError(f"{where}: a second {BLOCK_START} block; the template may have only one.")
            continue
        if marker == BLOCK_END:
            if not in_block:
                raise UserError(f"{where}: {BLOCK_END} without {BLOCK_START}.")
            in_block = False
            continue
        allowed = DOCUMENT_FIELDS | LINE_FIELDS if in_block else DOCUMENT_FIELDS
        _check_fields(line, where, allowed, LINE_FIELDS)
        pieces.append(Piece(line, number, in_block))
    if in_block:
        raise UserError(f"Order template {source}, line {block_line}: {BLOCK_START} is never closed with "
                        f"{BLOCK_END}.")
    if blocks == 0:
        raise UserError(f"Order template {source}: no {BLOCK_START} … {BLOCK_END} block listing the recognised "
                        "components.")
    return OrderTemplate(source, tuple(pieces))


def load_template(path: str | os.PathLike[str] | None = None) -> OrderTemplate:
    where = Path(path) if path is not None else template_path()
    try:
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"Order template {where} is missing. Reinstall the application.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Order template {where} cannot be read: {exc}") from None
    return parse_template(text, str(where))


def _fill(text: str, values: Mapping[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return values.get((match.group(1) or "").strip(), "")

    return _FIELD.sub(one, text)


def render_template(template: OrderTemplate, fields: Mapping[str, str], lines: Sequence[Mapping[str, str]]
                    ) -> list[str]:
    """The filled template as text lines (the block repeated per line), comments and markers removed."""
    out: list[str] = []
    block: list[Piece] = []
    for piece in template.lines:
        if piece.in_block:
            block.append(piece)
            continue
        if block:
            for values in lines:
                merged = {**fields, **values}
                out.extend(_fill(p.text, merged) for p in block)
            block = []
        out.append(_fill(piece.text, fields))
    if block:
        for values in lines:
            merged = {**fields, **values}
            out.extend(_fill(p.text, merged) for p in block)
    return out


def paragraphs(lines: Sequence[str]) -> list[str]:
    """Blank lines separate paragraphs; a heading (``^``), a two-ended line (``||``) and a block line stand alone."""
    result: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            result.append(" ".join(current))
            current.clear()

    for line in lines:
        text = line.strip()
        if not text:
            flush()
            continue
        if text.startswith("^") or "||" in text or re.match(r"^\d+\)", text):
            flush()
            result.append(text)
            continue
        current.append(text)
    flush()
    return result
