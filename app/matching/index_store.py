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

FORMAT = 1
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


def _strings(values: Sequence[str]) -> dict[str, np.ndarray]:
    """Strings as one UTF-8 text and the character offsets of each (exact for any text, newlines included)."""
    lengths = np.fromiter((len(v) for v in values), dtype=np.int64, count=len(values))
    text = "".join(values).encode("utf-8", "surrogatepass")
    return {"text": np.frombuffer(text, dtype=np.uint8), "ends": np.cumsum(lengths)}


def _unstrings(arrays: dict[str, np.ndarray], name: str) -> list[str]:
    text = arrays[name + ".text"].tobytes().decode("utf-8", "surrogatepass")
    ends = arrays[name + ".ends"].tolist()
    if ends and ends[-1] != len(text):
        raise ValueError(f"{name}: offsets do not fit the text")
    starts = [0, *ends[:-1]]
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


def save(key: str, index: StoredIndex) -> None:
    """Keep ``index`` under ``key`` (a cache that cannot be written is logged and left)."""
    family, family_vocab, stems = index.family.state()
    terms, term_vocab = index.feature_index.state()
    arrays: dict[str, np.ndarray] = {"format": np.array([FORMAT]), "key": np.frombuffer(key.encode(), np.uint8)}
    arrays |= {f"family.{k}": v for k, v in family.items()}
    arrays |= {f"terms.{k}": v for k, v in terms.items()}
    for name, values in (
        ("norms", index.norms),
        ("keys", index.keys),
        ("langs", index.langs.tolist()),
        ("family_vocab", family_vocab),
        ("stems", stems),
        ("term_vocab", term_vocab),
    ):
        arrays |= {f"{name}.{k}": v for k, v in _strings(values).items()}
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
        family = FamilyIndex.from_state(
            {k[7:]: v for k, v in arrays.items() if k.startswith("family.")},
            _unstrings(arrays, "family_vocab"),
            _unstrings(arrays, "stems"),
        )
        terms = TermIndex.from_state(
            {k[6:]: v for k, v in arrays.items() if k.startswith("terms.")}, _unstrings(arrays, "term_vocab")
        )
        stored = StoredIndex(
            norms=_unstrings(arrays, "norms"),
            keys=_unstrings(arrays, "keys"),
            langs=np.array(_unstrings(arrays, "langs")),
            family=family,
            feature_index=terms,
        )
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
