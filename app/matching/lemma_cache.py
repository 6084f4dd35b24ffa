"""The lemmatiser's dictionaries in a form that loads in milliseconds.

simplemma ships each language's dictionary compressed (lzma, front-coded) and decodes it into a Python dict on
first use: about a second and some 100 MB for Ukrainian and English together. Here each dictionary is decoded once
per simplemma version and kept as one flat file in the user cache directory: an open-addressing hash table of
record numbers, the keys and the distinct values as UTF-8 bytes, and offsets into them. Loading is a checksum over
buffered reads and a read-only memory map; a look-up hashes the word (CRC-32), probes the table and compares bytes.
The file is a third of the memory of the decoded dict, whose 600,000 Ukrainian entries repeat only 45,000 distinct
lemmas.

The lemmas are exactly simplemma's: the same lemmatiser runs (its public ``DictionaryFactory`` extension point),
reading the same entries from another store. A damaged or stale file is ignored with a log line and made again.
A copy made at build time may ship inside the frozen application (``resources/lemmas``), used first when it fits.
"""

from __future__ import annotations

import contextlib
import json
import logging
import mmap
import os
import sys
import tempfile
import threading
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from simplemma import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from app.paths import cache_dir, resource

_log = logging.getLogger(__name__)

MAGIC = b"RDLEMMA\x00"
FORMAT = 2
_WORD = 4  # every table is uint32 ("I"), native byte order (recorded in the header)
_HEADER_SIZE = 4096  # MAGIC, then the JSON header, padded with spaces: the tables start aligned


class CompactDictionary(Mapping[str, str]):
    """A read-only ``str -> str`` mapping over one dictionary file's bytes (see the module docstring)."""

    __slots__ = ("_buf", "_slots", "_key_offsets", "_value_ids", "_value_offsets", "_mask", "_count")

    def __init__(self, buf: bytes | mmap.mmap, header: dict[str, Any]) -> None:
        view = memoryview(buf)
        pos = _HEADER_SIZE

        def table(items: int) -> memoryview:
            nonlocal pos
            part = view[pos : pos + items * _WORD].cast("I")
            pos += items * _WORD
            return part

        self._buf = buf
        self._count = header["count"]
        self._slots = table(header["slots"])
        self._key_offsets = table(self._count + 1)  # absolute positions in buf
        self._value_ids = table(self._count)
        self._value_offsets = table(header["values"] + 1)
        self._mask = header["slots"] - 1
        # A header that passed the checksum can still be wrong (the checksum covers what follows it): a table that
        # is not a power of two at most half full could make a look-up probe forever.
        slots = header["slots"]
        if slots & self._mask or slots < 2 * self._count or self._value_offsets[-1] != len(buf):
            raise ValueError("tables do not match the header")

    def _record(self, raw: bytes) -> int:
        """The record number of the key ``raw`` (UTF-8), or -1."""
        slots, offsets, buf, mask = self._slots, self._key_offsets, self._buf, self._mask
        i = zlib.crc32(raw) & mask
        while True:
            record = slots[i]
            if record == 0:
                return -1
            record -= 1
            if buf[offsets[record] : offsets[record + 1]] == raw:
                return record
            i = (i + 1) & mask

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        # Misses are common (each strategy of the lemmatiser probes several forms): no exception on that path.
        record = self._record(key.encode())
        if record < 0:
            return default
        value = self._value_ids[record]
        return self._buf[self._value_offsets[value] : self._value_offsets[value + 1]].decode()

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._record(key.encode()) >= 0

    def __iter__(self) -> Iterator[str]:
        offsets = self._key_offsets
        for record in range(self._count):
            yield self._buf[offsets[record] : offsets[record + 1]].decode()

    def __len__(self) -> int:
        return self._count


def encode(entries: Iterable[tuple[str, str]]) -> bytes:
    """One dictionary file's bytes: header (with the checksum of the rest), then the tables and the strings.
    ``entries`` is read once and let go before the tables are built (it may be a 100 MB decoded dict)."""
    keys = bytearray()
    key_ends = array("I")  # relative to the start of the keys
    hashes = array("I")
    distinct: dict[str, int] = {}
    value_ids = array("I")
    for key, value in entries:
        raw = key.encode()
        keys += raw
        key_ends.append(len(keys))
        hashes.append(zlib.crc32(raw))
        value_ids.append(distinct.setdefault(value, len(distinct)))
    del entries
    values = b"".join(v.encode() for v in distinct)
    count, value_count = len(key_ends), len(distinct)
    size = 1 << max(4, (2 * count).bit_length())  # a power of two, at least twice the entries: short probes
    mask = size - 1
    slots = array("I", bytes(size * _WORD))
    for record, crc in enumerate(hashes):
        i = crc & mask
        while slots[i]:
            i = (i + 1) & mask
        slots[i] = record + 1
    del hashes
    keys_at = _HEADER_SIZE + (size + count + 1 + count + value_count + 1) * _WORD
    values_at = keys_at + len(keys)
    if values_at + len(values) >= 2**32:
        raise ValueError("dictionary too large for 32-bit offsets")
    key_offsets = array("I", [keys_at])
    key_offsets.extend(keys_at + end for end in key_ends)
    value_offsets = array("I", [values_at])
    end = values_at
    for value in distinct:
        end += len(value.encode())
        value_offsets.append(end)
    out = bytearray(_HEADER_SIZE)
    for part in (slots, key_offsets, value_ids, value_offsets, keys, values):
        out += part
    out[:_HEADER_SIZE] = _header(count=count, slots=size, values=value_count, size=len(out),
                                 checksum=zlib.crc32(memoryview(out)[_HEADER_SIZE:]))
    return bytes(out)


def _header(**fields: int) -> bytes:
    text = json.dumps({"format": FORMAT, "simplemma": SIMPLEMMA_VERSION, "byteorder": sys.byteorder, **fields})
    head = MAGIC + text.encode()
    if len(head) > _HEADER_SIZE:
        raise ValueError("header too long")
    return head.ljust(_HEADER_SIZE, b" ")


def _header_of(head: bytes) -> dict[str, Any]:
    """The checked header at the start of a file; ValueError saying what does not fit."""
    if not head.startswith(MAGIC) or len(head) < _HEADER_SIZE:
        raise ValueError("not a dictionary file")
    try:
        header: dict[str, Any] = json.loads(head[len(MAGIC) : _HEADER_SIZE].decode().strip())
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError("damaged header") from exc
    if header.get("format") != FORMAT or header.get("byteorder") != sys.byteorder:
        raise ValueError(f"written in another format ({header.get('format')}, {header.get('byteorder')})")
    if header.get("simplemma") != SIMPLEMMA_VERSION:
        raise ValueError(f"made for simplemma {header.get('simplemma')}, not {SIMPLEMMA_VERSION}")
    return header


def _wrap(buf: bytes | mmap.mmap, header: dict[str, Any], size: int, checksum: int) -> CompactDictionary:
    if size != header.get("size"):
        raise ValueError(f"{size} bytes, not the {header.get('size')} written (incomplete)")
    if checksum != header.get("checksum"):
        raise ValueError("checksum does not match (damaged)")
    try:
        return CompactDictionary(buf, header)
    except (KeyError, TypeError, ValueError) as exc:  # a header that passed the checks but lacks a table
        raise ValueError(f"inconsistent header: {exc}") from exc


def decode(buf: bytes) -> CompactDictionary:
    """Check ``buf`` (format, simplemma version, byte order, size, checksum) and wrap it; ValueError saying
    what does not fit otherwise."""
    header = _header_of(buf[:_HEADER_SIZE])
    return _wrap(buf, header, len(buf), zlib.crc32(memoryview(buf)[_HEADER_SIZE:]))


def open_mapped(path: Path) -> CompactDictionary:
    """The dictionary in ``path``, checked like :func:`decode`, then mapped into memory rather than read: only the
    pages that look-ups touch become resident (a matching of English texts hardly touches the Ukrainian one), and
    the system may drop them again under pressure. The checksum is computed over buffered reads of the same open
    file, so checking does not make the whole file resident either. OSError or ValueError when it cannot be used."""
    with path.open("rb") as fh:
        header = _header_of(fh.read(_HEADER_SIZE))
        size, checksum = _HEADER_SIZE, 0
        while chunk := fh.read(1 << 20):
            checksum = zlib.crc32(chunk, checksum)
            size += len(chunk)
        if size != header.get("size"):  # checked before mapping: an empty or short file cannot be mapped
            raise ValueError(f"{size} bytes, not the {header.get('size')} written (incomplete)")
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    return _wrap(mapped, header, size, checksum)


def file_name(lang: str) -> str:
    return f"{lang}-simplemma-{SIMPLEMMA_VERSION}.v{FORMAT}.bin"


def cache_folder() -> Path:
    return cache_dir() / "lemmas"


def bundled_folder() -> Path:
    """Where a build may place the files made at build time (read-only inside the application)."""
    return resource("lemmas")


def build(lang: str) -> bytes:
    """Decode simplemma's own dictionary for ``lang`` (ValueError for a language it does not have) and encode it.
    A private factory, dropped afterwards, so that the decoded dict does not stay in memory."""
    return encode(DefaultDictionaryFactory(cache_max_size=1).get_dictionary(lang).items())


def write_atomically(path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Write ``data`` (bytes, or a function writing to the open file) to a temporary file beside ``path`` and rename
    it over: a reader sees the old file or the whole new one, never a part (another process may be writing the
    same file at the same time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            if isinstance(data, bytes):
                out.write(data)
            else:
                data(out)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a file shipped in a build must be readable by every user
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> CompactDictionary | None:
    """The dictionary in ``path``; None (with a log line unless the file is simply absent) when it cannot be used."""
    try:
        return open_mapped(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        _log.warning("lemmatiser dictionary %s not readable (%s): made again", path, exc)
        return None
    except ValueError as exc:
        _log.warning("lemmatiser dictionary %s not used: %s; made again", path, exc)
        return None


def load(lang: str) -> CompactDictionary:
    """The compact dictionary of ``lang``: the bundled copy, else the cached one, else made now from simplemma's
    data and kept in the cache (a cache that cannot be written is logged and the dictionary used all the same)."""
    name = file_name(lang)
    found = _read(bundled_folder() / name)
    if found is not None:
        return found
    try:
        folder = cache_folder()
    except OSError as exc:  # no cache folder can be made (a locked-down profile): decode each time instead
        _log.warning("lemmatiser dictionary for %s not kept: no cache folder (%s)", lang, exc)
        return decode(build(lang))
    found = _read(folder / name)
    if found is not None:
        return found
    data = build(lang)
    try:
        write_atomically(folder / name, data)
    except OSError as exc:
        _log.warning("lemmatiser dictionary for %s not kept in %s: %s", lang, folder, exc)
    else:
        _forget_others(lang, name)
    return decode(data)


def _forget_others(lang: str, keep: str) -> None:
    """Remove the files of ``lang`` made for other simplemma versions or formats (never read again)."""
    for path in cache_folder().glob(f"{lang}-simplemma-*.bin"):
        if path.name != keep:
            # In use by another running copy of the application (Windows): left for next time.
            with contextlib.suppress(OSError):
                path.unlink()


class CompactDictionaryFactory:
    """simplemma ``DictionaryFactory`` serving :class:`CompactDictionary` objects, one per language, loaded once
    (thread-safe: the background preparation at start-up and a first matching may ask at the same time)."""

    def __init__(self) -> None:
        self._loaded: dict[str, CompactDictionary] = {}
        self._lock = threading.Lock()

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        found = self._loaded.get(lang)
        if found is not None:
            return found
        with self._lock:
            found = self._loaded.get(lang)
            if found is None:
                found = self._loaded[lang] = load(lang)
            return found


def main(argv: list[str] | None = None) -> int:
    """``python -m app.matching.lemma_cache FOLDER [LANG ...]``: write the files for a build (default: en uk)."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m app.matching.lemma_cache FOLDER [LANG ...]", file=sys.stderr)
        return 2
    folder, langs = Path(args[0]), args[1:] or ["en", "uk"]
    for lang in langs:
        write_atomically(folder / file_name(lang), build(lang))
        print(folder / file_name(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
