"""English synonyms for the word layers (``resources/glossary/synonyms_en.tsv``, made from WordNet 3.0 by
``scripts/build_synonyms_en.py``).

A query word partly matches a candidate's word that is its synonym ("hire" / "employ", "furnish" / "provide"), as
it partly matches a word of its family (:class:`app.matching.lexical.FamilyIndex`). The file is read once per
process, when first needed (at start-up in the background, :func:`app.matching.engine.prepare_word_layers`); a
missing or damaged file is one log line naming it, and matching goes on without synonyms.
"""

from __future__ import annotations

import bisect
import logging
import re
import threading
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import numpy as np

from app.matching.data_file import read_or_log
from app.paths import resource

log = logging.getLogger(__name__)

FILE = "synonyms_en.tsv"
_LINE = re.compile(r"[a-z]+\t[a-z]+(?: [a-z]+)*")  # a word, a tab, its synonyms


class Synonyms:
    """Each word's synonyms, kept as the file writes them: the lines in one string, found by the CRC-32 of their word
    (sorted, with each line's start) and split when asked. A dict of 9,500 words and their lines held 2.7 MB, about
    the memory of matching 50 texts against 2,000; the string and its two tables hold about 0.5 MB."""

    __slots__ = ("_text", "_hashes", "_starts")

    def __init__(self, lines: Mapping[str, str] | None = None) -> None:
        self._text = "".join(f"{word}\t{synonyms}\n" for word, synonyms in (lines or {}).items())
        self._hashes, self._starts = _located(self._text, ((m.start(), m.group()) for m in _WORD.finditer(self._text)))

    @classmethod
    def _of_text(cls, text: str, words: Iterable[tuple[int, str]]) -> Synonyms:
        found = cls.__new__(cls)
        found._text = text
        found._hashes, found._starts = _located(text, words)
        return found

    def __len__(self) -> int:
        return len(self._hashes)

    def of(self, word: str) -> list[str]:
        hashes, text = self._hashes, self._text
        key = zlib.crc32(word.encode())
        at = bisect.bisect_left(hashes, key)
        while at < len(hashes) and hashes[at] == key:
            start = self._starts[at]
            if text.startswith(word + "\t", start):
                end = text.find("\n", start)  # (the last line may have no end)
                return text[start + len(word) + 1 : end if end >= 0 else len(text)].split()
            at += 1
        return []


# Each line's word, at the start of a line and before a tab.
_WORD = re.compile(r"^[a-z]+(?=\t)", re.MULTILINE)


def _located(text: str, words: Iterable[tuple[int, str]]) -> tuple[array[int], array[int]]:
    """The CRC-32 of each word (ascending) and the start of its line in ``text``, from (start, word) pairs. (Arrays
    of the standard library: a look-up bisects them, and their items read as plain ints, five times faster than
    numpy's.)"""
    starts = array("q")
    hashes = array("I")
    for start, word in words:
        starts.append(start)
        hashes.append(zlib.crc32(word.encode()))
    order = np.argsort(np.frombuffer(hashes, dtype=np.uint32), kind="stable") if hashes else np.zeros(0, np.intp)
    return (array("I", np.frombuffer(hashes, dtype=np.uint32)[order].tobytes()) if hashes else hashes,
            array("q", np.frombuffer(starts, dtype=np.int64)[order].tobytes()) if starts else starts)


# Any line, with its end left out.
_ANY_LINE = re.compile(r"^.*$", re.MULTILINE)


def read(text: str, source: str) -> Synonyms:
    """The synonyms a file's ``text`` lists (ValueError naming ``source`` and the line when one is malformed or
    repeats a word). The text is kept as it is, with the start of each word's line; the lines are checked one at a
    time, so that reading makes no object a line."""
    text = text.replace("\r\n", "\n")

    def words() -> Iterator[tuple[int, str]]:
        for number, match in enumerate(_ANY_LINE.finditer(text), 1):
            line = match.group()
            if not line or line.startswith("#"):
                continue
            if not _LINE.fullmatch(line):
                raise ValueError(f"{source}, line {number}: not a word, a tab and its synonyms in letters a–z")
            yield match.start(), line[: line.index("\t")]

    found = Synonyms._of_text(text, words())
    hashes, starts = found._hashes, found._starts
    for at in range(len(hashes) - 1):  # a word listed twice has its hash twice
        if hashes[at] != hashes[at + 1]:
            continue
        first, second = (text[s : text.index("\t", s)] for s in (starts[at], starts[at + 1]))
        if first == second:
            number = text.count("\n", 0, max(starts[at], starts[at + 1])) + 1
            raise ValueError(f"{source}, line {number}: the word {first!r} is listed twice")
    return found


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
