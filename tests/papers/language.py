"""Which words of a document are in the wrong script: Latin words in a Ukrainian document, Cyrillic words in an
English one, apart from what may be quoted as written (names and titles from credentials and the catalogue, codes,
e-mail addresses and URLs, the ECTS/EQF abbreviations and the ECTS grade letters).

Workbooks can be checked the same way: pass the text of their cells (``workbook_text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
CYRILLIC_WORD = re.compile(r"[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ]+(?:['’ʼ][А-ЩЬЮЯЄІЇҐа-щьюяєіїґ]+)*")
ALWAYS_ALLOWED = {"ECTS", "EQF", "SHA", "ID", "A", "B", "C", "D", "E", "FX", "F",  # abbreviations, ECTS grades
                  "PDF", "pdf", "URL"}  # a file format's code, the Internet address
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|urn:\S+")
_CODE = re.compile(r"\S*\d\S*")  # a code has a digit: KN-21-014, 122-BS-CS, RD-DEMO-001, ОК5, КН-21-1


def pdf_text(path: Path) -> str:
    import pymupdf

    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)


def workbook_text(path: Path) -> str:
    """Every text of a workbook: sheet names, cell texts (number formats too: "Рядків: "0) and chart titles."""
    import zipfile
    from xml.etree import ElementTree

    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    parts = [name for name in book.sheetnames]
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = getattr(cell, "value", None)
                if isinstance(value, str):
                    parts.append(value)
                number_format = getattr(cell, "number_format", "") or ""
                parts.extend(re.findall(r'"([^"]*)"', number_format))
    book.close()
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/charts/chart") and name.endswith(".xml"):
                root = ElementTree.fromstring(archive.read(name))
                parts.extend(node.text or "" for node in root.iter()
                             if node.tag.endswith("}t") and node.text)
    return "\n".join(parts)


def chart_titles(path: Path) -> list[str]:
    """The titles of a workbook's charts (for the test that they are read at all)."""
    import zipfile
    from xml.etree import ElementTree

    with zipfile.ZipFile(path) as archive:
        return ["".join(node.text or "" for node in ElementTree.fromstring(archive.read(name)).iter()
                        if node.tag.endswith("}t"))
                for name in sorted(archive.namelist())
                if name.startswith("xl/charts/chart") and name.endswith(".xml")]


def foreign_words(text: str, language: str, quoted: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` in the other script, after removing the allowed quotations and codes."""
    flat = " ".join(text.split())
    for phrase in sorted({" ".join(q.split()) for q in quoted if q and q.strip()}, key=len, reverse=True):
        flat = flat.replace(phrase, " ")
    flat = _ADDRESS.sub(" ", flat)
    flat = _CODE.sub(" ", flat)
    pattern = LATIN_WORD if language == "uk" else CYRILLIC_WORD
    return [w for w in pattern.findall(flat) if w not in ALWAYS_ALLOWED]
