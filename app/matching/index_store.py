"""Candidate indexes kept between runs.

The first comparison against a candidate list (a programme's outcomes, a catalogue) analyses every text and builds
the word-layer indexes: about a quarter of a second for 13,000 outcomes, paid again by every fresh process. A list
of at least ``MIN_CANDIDATES`` texts therefore has its index kept in the user cache directory, as one ``.npz`` file
of plain arrays (read without pickle: a file planted in the cache cannot run code), under a key of the texts, the
index's settings, and everything the analysis read (:mod:`app.matching.kept`, with the index code itself). A later
process reads it back in milliseconds. A damaged, foreign or inconsistent file is ignored with a log line and the
index built again; at most ``KEEP`` files and ``KEEP_BYTES`` bytes are kept (the least recently used go first).
"""

from __future__ import annotations

import contextlib
import logging
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from app.matching import kept
from app.matching.lemma_cache import write_atomically
from app.matching.lexical import FamilyIndex, TermIndex
from app.paths import cache_dir

_log = logging.getLogger(__name__)

FORMAT = 2
MIN_CANDIDATES = 1_000  # smaller lists are built in milliseconds: not worth a file
KEEP = 16  # index files kept; the least recently used are removed beyond this
KEEP_BYTES = 256 * 2**20  # and beyond this much disk space (a 13,412-text index takes about 3 MB)
_CODE = (*kept.ANALYSIS_CODE, "lexical.py", "engine.py", "index_store.py")


class StoredIndex(NamedTuple):
    """The query-independent parts of a candidate index that are kept (the rest is made on demand)."""

    norms: list[str]
    keys: list[str]
    langs: np.ndarray
    family: FamilyIndex
    feature_index: TermIndex


def key_of(candidates: Sequence[str], settings: str) -> str | None:
    """The key of the index of ``candidates`` built with ``settings``; None when the code cannot be identified."""
    h = kept.digest(_CODE, f"candidate index {FORMAT}", settings, str(len(candidates)))
    if h is None:
        return None
    h.update(np.fromiter(map(len, candidates), dtype=np.int64, count=len(candidates)).tobytes())  # where each ends
    h.update("".join(candidates).encode("utf-8", "surrogatepass"))
    return str(h.hexdigest())


def _folder() -> Path:
    return cache_dir() / "indexes"


def _path(key: str) -> Path:
    return _folder() / f"{key[:32]}.npz"


_SEPARATOR = "\x00"


def _pack_strings(sets: Sequence[Sequence[str]]) -> dict[str, np.ndarray]:
    """Lists of strings as one UTF-8 text, the length of each string and the size of each list. The strings are
    joined with NUL when none contains one, so that reading them back is one split; otherwise end to end."""
    values = [v for strings in sets for v in strings]
    joined = not any(_SEPARATOR in v for v in values)
    text = (_SEPARATOR if joined else "").join(values).encode("utf-8", "surrogatepass")
    return {
        "strings.text": np.frombuffer(text, dtype=np.uint8),
        "strings.joined": np.array([joined]),
        "strings.lengths": np.fromiter(map(len, values), dtype=np.int64, count=len(values)),
        "strings.counts": np.array([len(strings) for strings in sets], dtype=np.int64),
    }


def _unpack_strings(arrays: dict[str, np.ndarray]) -> list[list[str]]:
    """The lists :func:`_pack_strings` packed (ValueError when the parts do not fit together)."""
    text = arrays["strings.text"].tobytes().decode("utf-8", "surrogatepass")
    lengths = arrays["strings.lengths"]
    counts = arrays["strings.counts"].tolist()
    if sum(counts) != len(lengths) or min(counts, default=0) < 0 or (lengths < 0).any():
        raise ValueError("strings: counts do not fit the lengths")
    if bool(arrays["strings.joined"][0]):
        values = text.split(_SEPARATOR) if len(lengths) else []
        if len(values) != len(lengths) or not np.array_equal(
            np.fromiter(map(len, values), dtype=np.int64, count=len(values)), lengths
        ):
            raise ValueError("strings: lengths do not fit the text")
    else:
        ends = np.cumsum(lengths).tolist()
        if (ends[-1] if ends else 0) != len(text):
            raise ValueError("strings: lengths do not fit the text")
        values = [text[a:b] for a, b in zip([0, *ends[:-1]], ends, strict=True)]
    out, start = [], 0
    for count in counts:
        out.append(values[start : start + count])
        start += count
    return out


def save(key: str, index: StoredIndex) -> None:
    """Keep ``index`` under ``key`` (a cache that cannot be written is logged and left)."""
    family, family_vocab, stems = index.family.state()
    terms, term_vocab = index.feature_index.state()
    arrays: dict[str, np.ndarray] = {"format": np.array([FORMAT]), "key": np.frombuffer(key.encode(), np.uint8)}
    arrays |= {f"family.{k}": v for k, v in family.items()}
    arrays |= {f"terms.{k}": v for k, v in terms.items()}
    arrays["langs"] = np.asarray(index.langs, dtype=np.str_)  # fixed-width text: no pickle
    arrays |= _pack_strings((index.norms, index.keys, family_vocab, stems, term_vocab))
    try:
        path = _path(key)
        write_atomically(path, lambda out: np.savez(out, allow_pickle=False, **arrays))
    except OSError as exc:
        _log.warning("candidate index not kept: %s", exc)
        return
    _forget_old(path)


def load(key: str, size: int) -> StoredIndex | None:
    """The index kept under ``key`` for ``size`` candidates; None when there is none or it cannot be used."""
    try:
        path = _path(key)
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        os.utime(path)  # recently used: kept when older files are removed
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:  # damage, CRC, truncation, object arrays
        _log.warning("candidate index %s not read (%s): built again", key[:32], exc)
        return None
    try:
        if int(arrays["format"][0]) != FORMAT or arrays["key"].tobytes().decode() != key:
            raise ValueError("made for other texts or another format")
        norms, keys, family_vocab, stems, term_vocab = _unpack_strings(arrays)
        family = FamilyIndex.from_state(
            {k[7:]: v for k, v in arrays.items() if k.startswith("family.")}, family_vocab, stems
        )
        terms = TermIndex.from_state({k[6:]: v for k, v in arrays.items() if k.startswith("terms.")}, term_vocab)
        langs = arrays["langs"]
        if langs.dtype.kind != "U" or langs.ndim != 1:
            raise ValueError("language codes are not text")
        stored = StoredIndex(norms=norms, keys=keys, langs=langs, family=family, feature_index=terms)
        if not (len(stored.norms) == len(stored.keys) == len(stored.langs) == family.n_docs == terms.n_docs == size):
            raise ValueError("parts of different sizes")
        return stored
    except (KeyError, IndexError, TypeError, ValueError, UnicodeDecodeError) as exc:
        _log.warning("candidate index %s not used (%s): built again", key[:32], exc)
        return None


def _forget_old(keep: Path) -> None:
    """Remove the least recently used index files beyond ``KEEP`` files or ``KEEP_BYTES`` bytes (the file just
    written always stays)."""
    found: list[tuple[float, int, Path]] = []
    for path in keep.parent.glob("*.npz"):
        with contextlib.suppress(OSError):  # removed meanwhile by another process
            stat = path.stat()
            found.append((stat.st_mtime if path != keep else float("inf"), stat.st_size, path))
    used = 0
    for count, (_, size, path) in enumerate(sorted(found, key=lambda f: f[0], reverse=True)):
        used += size
        if path != keep and (count >= KEEP or used > KEEP_BYTES):
            with contextlib.suppress(OSError):  # in use elsewhere (Windows): left for next time
                path.unlink()
