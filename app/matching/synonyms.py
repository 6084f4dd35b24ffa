"""English synonyms for the word layers (``resources/glossary/synonyms_en.tsv``, made from WordNet 3.0 by
``scripts/build_synonyms_en.py``).

A query word partly matches a candidate's word that is its synonym ("hire" / "employ", "furnish" / "provide"), as
it partly matches a word of its family (:class:`app.matching.lexical.FamilyIndex`). The file is read once per
process, when first needed (at start-up in the background, :func:`app.matching.engine.prepare_word_layers`); a
missing or damaged file is one log line naming it, and matching goes on without synonyms.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

from app.matching.data_file import read_or_log
from app.paths import resource

log = logging.getLogger(__name__)

FILE = "synonyms_en.tsv"
_LINE = re.compile(r"[a-z]+\t[a-z]+(?: [a-z]+)*")  # a word, a tab, its synonyms


class Synonyms:
    """Each word's synonyms, kept as the file writes them (one string per word, split when asked: a first
    comparison asks for a few hundred words of about 9,500)."""

    __slots__ = ("_of",)

    def __init__(self, lines: dict[str, str] | None = None) -> None:
        self._of = lines or {}

    def __len__(self) -> int:
        return len(self._of)

    def of(self, word: str) -> list[str]:
        found = self._of.get(word)
        return found.split() if found else []


def read(text: str, source: str) -> Synonyms:
    """The synonyms a file's ``text`` lists (ValueError naming ``source`` and the line when one is malformed)."""
    lines: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        if not _LINE.fullmatch(line):
            raise ValueError(f"{source}, line {number}: not a word, a tab and its synonyms in letters a–z")
        word, synonyms = line.split("\t", 1)
        lines[word] = synonyms
    return Synonyms(lines)


_loaded: Synonyms | None = None
_lock = threading.Lock()


def english(path: Path | None = None) -> Synonyms:
    """The bundled English synonyms (``path``: another file, read afresh), read on first use."""
    global _loaded
    if path is not None:
        return _read_file(path)
    with _lock:
        if _loaded is None:
            _loaded = _read_file(resource("glossary", FILE))
        return _loaded


def _read_file(path: Path) -> Synonyms:
    return read_or_log(path, read, Synonyms(), "English synonyms", log)
