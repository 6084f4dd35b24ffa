"""Candidate indexes kept between runs.

The first comparison against a candidate list (a programme's outcomes, a catalogue) analyses every text and builds
the word-layer indexes: about a quarter of a second for 13,000 outcomes, paid again by every fresh process. A list
of at least ``MIN_CANDIDATES`` texts therefore has its index kept in the user cache directory, under a key of the
texts, the index's settings, and everything the analysis read (:mod:`app.matching.kept`, with the index code
itself). A later process reads it back in milliseconds.

The file is one flat block: a JSON header (format, key, byte order, size, checksum, and where each part lies), then
the index's arrays as plain numbers and its strings as UTF-8 text. Nothing in it is code or pickled objects: a file
planted in the cache cannot run anything, and one that is damaged (checksum), short, foreign or inconsistent is
ignored with a log line and the index built again. It is read through a memory map: the arrays are views of the
file's pages, not copies (on Windows a mapped file cannot be replaced or removed: another process keeping the same
index again, or removing old files, leaves it for later). At most ``KEEP`` files and ``KEEP_BYTES`` bytes are kept
(the least recently used go first).
"""

from __future__ import annotations

import contextlib
import json
import logging
import mmap
import os
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, overload

import numpy as np

from app.matching import kept
from app.matching.lemma_cache import write_atomically
from app.matching.lexical import FamilyIndex, TermIndex
from app.paths import cache_dir

_log = logging.getLogger(__name__)

MAGIC = b"RDINDEX\x00"
FORMAT = 6
SUFFIX = ".idx"
MIN_CANDIDATES = 1_000  # smaller lists are built in milliseconds: not worth a file
KEEP = 16  # index files kept; the least recently used are removed beyond this
KEEP_BYTES = 256 * 2**20  # and beyond this much disk space (a 13,412-text index takes about 2 MB)
_CODE = (*kept.ANALYSIS_CODE, "lexical.py", "engine.py", "index_store.py")
_ALIGN = 16  # every part starts at a multiple of this (the arrays' views are aligned)
_LENGTH = 8  # the header's length, after MAGIC
_MAX_HEADER = 1 << 16  # a header describes about twenty parts: a few kilobytes
_ARRAY_KINDS = frozenset("biuf")  # numbers only: never objects
_STRING_SETS = ("norms", "family.vocab", "family.stems", "family.prefixes", "family.synonyms", "terms.vocab")


class StoredIndex(NamedTuple):
    """The query-independent parts of a candidate index that are kept (the rest is made on demand)."""

    norms: list[str]
    langs: np.ndarray
    family: FamilyIndex
    feature_index: TermIndex
    keys: Sequence[str]  # each text's comparison key; read back as StoredStrings, decoded one by one when asked
    # Read back: the languages that occur, which of them each text is in and how many are in each (as the file
    # keeps them); not needed to write the file
    languages: tuple[list[str], np.ndarray, np.ndarray] | None = None


class StoredStrings(Sequence[str]):
    """Strings kept one after another in an index file (UTF-8, with where each ends), each decoded when asked: only
    a tie-break asks for comparison keys, for a few of 13,000, and analysing those texts again in a fresh process
    took longer than the whole file takes to read."""

    __slots__ = ("_data", "_ends")

    def __init__(self, data: memoryview, ends: np.ndarray) -> None:
        self._data = data
        self._ends = ends  # count + 1 byte offsets, the first 0, ascending

    def __len__(self) -> int:
        return len(self._ends) - 1

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        data = bytes(self._data[int(self._ends[i]) : int(self._ends[i + 1])])
        try:
            return data.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:  # only in a file made to pass the checksum: a tie-break with a mangled key
            return data.decode("utf-8", "replace")


def key_of(candidates: Sequence[str], settings: str) -> str | None:
    """The key of the index of ``candidates`` built with ``settings``; None when the code cannot be identified."""
    h = kept.digest(_CODE, f"candidate index {FORMAT}", settings, str(len(candidates)))
    if h is None:
        return None
    h.update(np.fromiter(map(len, candidates), dtype=np.int64, count=len(candidates)).tobytes())  # where each ends
    h.update("".join(candidates).encode("utf-8", "surrogatepass"))
    return str(h.hexdigest())


def read_sources() -> None:
    """Read the files every key depends on (:func:`app.matching.kept.digest`: once per process), so that the first
    look-up does not."""
    kept.digest(_CODE)


def _folder() -> Path:
    return cache_dir() / "indexes"


def _path(key: str) -> Path:
    return _folder() / f"{key[:32]}{SUFFIX}"


_SEPARATOR = "\x00"


def _string_part(values: Sequence[str]) -> tuple[bytes, np.ndarray | None]:
    """Strings as one UTF-8 text: joined with NUL when none contains one (read back with one split), otherwise end
    to end with the length of each."""
    if not any(_SEPARATOR in v for v in values):
        return _SEPARATOR.join(values).encode("utf-8", "surrogatepass"), None
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    return "".join(values).encode("utf-8", "surrogatepass"), lengths


def _strings_of(data: bytes | memoryview, count: int, lengths: np.ndarray | None) -> list[str]:
    """The strings :func:`_string_part` wrote (ValueError when the parts do not fit together)."""
    text = bytes(data).decode("utf-8", "surrogatepass")
    if lengths is None:
        values = text.split(_SEPARATOR) if count else []
        if len(values) != count or (count == 0 and text):
            raise ValueError("strings: the count does not fit the text")
        return values
    if len(lengths) != count or (lengths < 0).any() or int(lengths.sum()) != len(text):
        raise ValueError("strings: lengths do not fit the text")
    ends = np.cumsum(lengths).tolist()
    return [text[a:b] for a, b in zip([0, *ends[:-1]], ends, strict=True)]


def encode(key: str, index: StoredIndex) -> list[bytes]:
    """The file's bytes for ``index`` kept under ``key``: the header, then each part (see the module docstring)."""
    family, family_vocab, stems, prefixes, synonym_names = index.family.state()
    terms, term_vocab = index.feature_index.state()
    arrays: dict[str, np.ndarray] = {f"family.{k}": v for k, v in family.items()}
    arrays |= {f"terms.{k}": v for k, v in terms.items()}
    table, codes = np.unique(np.asarray(index.langs, dtype=np.str_), return_inverse=True)
    arrays["langs"] = codes.astype(np.uint16 if len(table) > 255 else np.uint8)
    parts: list[bytes] = []
    described: dict[str, Any] = {"arrays": {}, "strings": {}}
    at = 0

    def place(data: bytes) -> int:
        nonlocal at
        start = at
        parts.append(data)
        at += len(data)
        pad = -at % _ALIGN
        parts.append(b"\0" * pad)
        at += pad
        return start

    def place_array(name: str, array: np.ndarray) -> str:
        array = np.ascontiguousarray(array)
        described["arrays"][name] = [array.dtype.str, list(array.shape), place(array.tobytes())]
        return name

    for name, array in arrays.items():
        place_array(name, array)
    string_sets = (index.norms, family_vocab, stems, prefixes, synonym_names, term_vocab)
    for name, values in zip(_STRING_SETS, string_sets, strict=True):
        text, lengths = _string_part(values)
        lengths_name = place_array(f"{name}.lengths", lengths) if lengths is not None else None
        described["strings"][name] = [place(text), len(text), len(values), lengths_name]
    encoded = [key.encode("utf-8", "surrogatepass") for key in index.keys]
    ends = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=ends[1:])
    joined = b"".join(encoded)
    described["decoded_when_asked"] = {"keys": [place(joined), len(joined), place_array("keys.ends", ends)]}
    described["langs"] = table.tolist()
    body_size = at
    checksum = 0
    for part in parts:
        checksum = zlib.crc32(part, checksum)
    header = {"format": FORMAT, "key": key, "byteorder": sys.byteorder, "size": body_size, "checksum": checksum,
              **described}
    head = json.dumps(header, ensure_ascii=True).encode("ascii")
    head_size = len(MAGIC) + _LENGTH + len(head)
    head += b" " * (-head_size % _ALIGN)
    return [MAGIC, len(head).to_bytes(_LENGTH, "little"), head, *parts]


def save(key: str, index: StoredIndex) -> None:
    """Keep ``index`` under ``key`` (a cache that cannot be written is logged and left)."""
    try:
        path = _path(key)
        parts = encode(key, index)
        if sum(map(len, parts)) > KEEP_BYTES:  # it would never be read back (see _mapped)
            _log.info("candidate index of %d texts not kept: larger than %d bytes", index.family.n_docs, KEEP_BYTES)
            return

        def write(out: BinaryIO) -> None:
            for part in parts:
                out.write(part)

        write_atomically(path, write)
    except OSError as exc:
        _log.warning("candidate index not kept: %s", exc)
        return
    _forget_old(path)


def _mapped(path: Path) -> tuple[mmap.mmap, dict[str, Any], int]:
    """The file mapped into memory, its checked header and where its body starts (ValueError when it is not an
    index file of this format, is short or damaged)."""
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size < len(MAGIC) + _LENGTH:
            raise ValueError("not an index file")
        if size > KEEP_BYTES:  # never written so large: not checked (a checksum over it would take seconds)
            raise ValueError(f"{size} bytes, more than an index is kept in")
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    if mapped[: len(MAGIC)] != MAGIC:
        raise ValueError("not an index file")
    head_length = int.from_bytes(mapped[len(MAGIC) : len(MAGIC) + _LENGTH], "little")
    if head_length > _MAX_HEADER:
        raise ValueError("damaged header")
    body = len(MAGIC) + _LENGTH + head_length
    if body > size:
        raise ValueError("incomplete")
    try:
        header: dict[str, Any] = json.loads(mapped[len(MAGIC) + _LENGTH : body].decode("ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError("damaged header") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("byteorder") != sys.byteorder:
        raise ValueError("written in another format")
    if size - body != header.get("size"):
        raise ValueError(f"{size - body} bytes, not the {header.get('size')} written (incomplete)")
    if zlib.crc32(memoryview(mapped)[body:]) != header.get("checksum"):
        raise ValueError("checksum does not match (damaged)")
    return mapped, header, body


def _decode(key: str, size: int, mapped: mmap.mmap, header: dict[str, Any], body: int) -> StoredIndex:
    """The index a checked file holds (ValueError, KeyError, TypeError … when its parts do not fit together)."""
    if header["key"] != key:
        raise ValueError("made for other texts")
    end = len(mapped)

    def array(name: str) -> np.ndarray:
        dtype_str, shape, offset = header["arrays"][name]
        dtype = np.dtype(dtype_str)
        if dtype.kind not in _ARRAY_KINDS or dtype.hasobject:
            raise ValueError(f"{name}: not numbers")
        count = int(np.prod(shape, dtype=np.int64))
        if not 0 <= body + offset <= body + offset + count * dtype.itemsize <= end:
            raise ValueError(f"{name}: outside the file")
        return np.frombuffer(mapped, dtype=dtype, count=count, offset=body + offset).reshape(shape)

    def strings(name: str) -> list[str]:
        offset, length, count, lengths_name = header["strings"][name]
        if offset < 0 or length < 0 or body + offset + length > end:
            raise ValueError(f"{name}: outside the file")
        data = memoryview(mapped)[body + offset : body + offset + length]
        return _strings_of(data, count, array(lengths_name) if lengths_name else None)

    def strings_when_asked(name: str) -> StoredStrings:
        offset, length, ends_name = header["decoded_when_asked"][name]
        if offset < 0 or length < 0 or body + offset + length > end:
            raise ValueError(f"{name}: outside the file")
        ends = array(ends_name)
        if ends.ndim != 1 or not len(ends) or ends[0] != 0 or ends[-1] != length or (np.diff(ends) < 0).any():
            raise ValueError(f"{name}: ends do not fit the text")
        return StoredStrings(memoryview(mapped)[body + offset : body + offset + length], ends)

    arrays = {name: array(name) for name in header["arrays"] if not name.endswith((".lengths", ".ends"))}
    norms, family_vocab, stems, prefixes, synonym_names, term_vocab = map(strings, _STRING_SETS)
    family = FamilyIndex.from_state({k[7:]: v for k, v in arrays.items() if k.startswith("family.")}, family_vocab,
                                    stems, prefixes, synonym_names)
    terms = TermIndex.from_state({k[6:]: v for k, v in arrays.items() if k.startswith("terms.")}, term_vocab)
    table = header["langs"]
    if not isinstance(table, list) or not all(isinstance(code, str) for code in table):
        raise ValueError("language codes are not text")
    codes = arrays["langs"]
    if codes.ndim != 1 or (len(codes) and int(codes.max()) >= len(table)):
        raise ValueError("language codes do not fit their table")
    langs = np.array(table or [""], dtype=np.str_)[codes]
    keys = strings_when_asked("keys")
    if not (len(norms) == len(langs) == family.n_docs == terms.n_docs == len(keys) == size):
        raise ValueError("parts of different sizes")
    counts = np.bincount(codes, minlength=len(table))
    return StoredIndex(norms=norms, langs=langs, family=family, feature_index=terms, keys=keys,
                       languages=(list(table), codes.astype(np.intp), counts))


def load(key: str, size: int) -> StoredIndex | None:
    """The index kept under ``key`` for ``size`` candidates; None when there is none or it cannot be used."""
    path = _path(key)
    try:
        mapped, header, body = _mapped(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:  # damage, truncation, another format
        _log.warning("candidate index %s not read (%s): built again", key[:32], exc)
        return None
    try:
        stored = _decode(key, size, mapped, header, body)
    except (KeyError, IndexError, TypeError, ValueError, UnicodeDecodeError) as exc:
        _log.warning("candidate index %s not used (%s): built again", key[:32], exc)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept when older files are removed
    return stored


def _forget_old(keep: Path) -> None:
    """Remove the least recently used index files beyond ``KEEP`` files or ``KEEP_BYTES`` bytes (the file just
    written always stays), and files of earlier formats."""
    found: list[tuple[float, int, Path]] = []
    for path in keep.parent.glob("*.npz"):  # the format before this one
        with contextlib.suppress(OSError):
            path.unlink()
    for path in keep.parent.glob(f"*{SUFFIX}"):
        with contextlib.suppress(OSError):  # removed meanwhile by another process
            stat = path.stat()
            found.append((stat.st_mtime if path != keep else float("inf"), stat.st_size, path))
    used = 0
    for count, (_, size, path) in enumerate(sorted(found, key=lambda f: f[0], reverse=True)):
        used += size
        if path != keep and (count >= KEEP or used > KEEP_BYTES):
            with contextlib.suppress(OSError):  # in use elsewhere (Windows): left for next time
                path.unlink()
