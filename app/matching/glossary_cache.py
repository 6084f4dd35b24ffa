"""The glossary's analysed terms, kept between runs.

Reading the glossary analyses each of its terms (about 1,600, English and Ukrainian): tens of milliseconds, and the
Ukrainian lemmatiser loaded even when only English texts are compared. The result (the lemma sequence of every
term, and the concepts it stands for) depends only on the glossary file, the stop-word lists, simplemma's version
and the analysis code, so it is kept in the user cache directory under a key made of all four and read back in a
millisecond. The code is identified by the bytes of its source files; where they are not on disk (a frozen build,
which prepares matching in the background at start-up anyway) nothing is kept and the terms are analysed each time.
A damaged or foreign file is ignored with a log line and made again.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path

from app.matching import kept
from app.matching.lemma_cache import write_atomically
from app.paths import cache_dir

_log = logging.getLogger(__name__)

FORMAT = 1
Terms = dict[tuple[str, ...], tuple[str, ...]]
_CODE = (*kept.ANALYSIS_CODE, "glossary_cache.py")  # what turns a term into its lemma sequence


def cache_key(glossary_text: str) -> str | None:
    """The key of the analysed terms of ``glossary_text``; None when the analysis code cannot be identified."""
    h = kept.digest(_CODE, f"glossary terms {FORMAT}")
    if h is None:
        return None
    h.update(glossary_text.encode("utf-8"))
    return str(h.hexdigest())


def _path(key: str) -> Path:
    return cache_dir() / "glossary" / f"terms-{key[:32]}.json"


def read(key: str) -> tuple[Terms, int] | None:
    """The kept terms and their longest length for ``key``; None when there are none (or they cannot be used)."""
    try:
        path = _path(key)
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        _log.warning("analysed glossary terms not read (%s): made again", exc)
        return None
    try:
        if data["key"] != key:
            raise ValueError("made for another glossary")
        terms = {tuple(lemmas): tuple(ids) for lemmas, ids in data["terms"]}
        if not all(isinstance(w, str) for key_ in terms for w in key_):
            raise ValueError("not a list of lemma sequences")
        return terms, int(data["max_len"])
    except (KeyError, TypeError, ValueError) as exc:
        _log.warning("analysed glossary terms in %s not used (%s): made again", path, exc)
        return None


def write(key: str, terms: Terms, max_len: int) -> None:
    """Keep the analysed terms for ``key`` (a cache that cannot be written is logged and left)."""
    data = {"key": key, "max_len": max_len, "terms": [[list(k), list(v)] for k, v in terms.items()]}
    try:
        path = _path(key)
        write_atomically(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError as exc:
        _log.warning("analysed glossary terms not kept: %s", exc)
        return
    for other in path.parent.glob("terms-*.json"):
        if other != path:  # made for an earlier glossary or code: never read again
            with contextlib.suppress(OSError):  # in use elsewhere (Windows): left for next time
                other.unlink()
