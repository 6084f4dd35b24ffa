"""The key of what matching derives from its data and code and keeps in the user cache between runs.

A kept file may stand in for the work that made it only while everything that work read is unchanged: the bundled
glossary, English synonyms and stop-word lists, simplemma's version (its dictionaries and rules) and the analysis
code itself. The code is identified by the bytes of its source files; where they are not on disk (a frozen build)
there is no key and nothing is kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simplemma import __version__ as SIMPLEMMA_VERSION

from app.paths import resource

try:  # CPython's own BLAKE2: hashlib would load OpenSSL's library (about 3 MB) for nothing else on this path
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other interpreters
    from hashlib import blake2b

# What turns a text into lemmas and glossary features
ANALYSIS_CODE = ("text.py", "slavic.py", "glossary.py")


def digest(code: tuple[str, ...], *parts: str) -> Any | None:
    """A BLAKE2b (256-bit) hash object fed with ``parts``, simplemma's version, and the digest of the glossary, the
    English synonyms, the stop-word lists and the source files ``code`` (names in this folder, or absolute paths);
    None when a file cannot be read."""
    sources = _sources_digest(code)
    if sources is None:
        return None
    h = blake2b("\0".join((SIMPLEMMA_VERSION, *parts)).encode("utf-8"), digest_size=32)
    h.update(sources)
    return h


_SOURCES: dict[tuple[str, ...], bytes] = {}


def _sources_digest(code: tuple[str, ...]) -> bytes | None:
    """The digest of the files a kept result depends on, read once per process: the running code is the code that
    was imported, and the bundled data does not change under a running application."""
    found = _SOURCES.get(code)
    if found is not None:
        return found
    h = blake2b(digest_size=32)
    here = Path(__file__).resolve().parent
    try:
        for name in code:
            h.update((here / name).read_bytes())
        h.update(resource("glossary", "glossary.tsv").read_bytes())
        h.update(resource("glossary", "synonyms_en.tsv").read_bytes())  # a candidate index keeps their families
        for lang in ("en", "uk", "pl", "cs", "sk", "hr", "sl"):
            h.update(resource("glossary", f"stopwords_{lang}.txt").read_bytes())
    except OSError:
        return None
    found = _SOURCES[code] = h.digest()
    return found
