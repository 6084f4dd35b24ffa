"""Offline JSON-LD document loader over the contexts bundled in ``resources/contexts``."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any


class UnknownContext(Exception):
    """A context URL is not bundled, so the document cannot be canonicalised offline."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def resources_dir() -> Path:
    from app.paths import resources_dir as app_resources

    return app_resources()


def _normalise_url(url: str) -> str:
    u = url.strip().split("#", 1)[0]
    if u.startswith("http://") and not u.startswith("http://data.europa.eu"):
        u = "https://" + u[len("http://") :]
    return u.rstrip("/") if u.count("/") > 3 else u


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[str, ...]], dict[str, Any]]:
    root = resources_dir() / "contexts"
    idx = json.loads((root / "index.json").read_text(encoding="utf-8"))
    urls = {_normalise_url(u): tuple(files) for u, files in idx["contexts"].items()}
    docs: dict[str, Any] = {}
    for name, digest in idx["files"].items():
        raw = (root / name).read_bytes()
        if hashlib.sha256(raw).hexdigest() != digest:
            raise RuntimeError(f"bundled JSON-LD context {name} does not match its recorded SHA-256")
        docs[name] = json.loads(raw)
    return urls, docs


def known_url(url: str) -> bool:
    return _normalise_url(url) in _index()[0]


def context_variants(urls: list[str]) -> Iterator[dict[str, str]]:
    """Every combination of bundled files for the given context URLs (first = preferred)."""
    table, _ = _index()
    choices: list[list[tuple[str, str]]] = []
    for u in dict.fromkeys(_normalise_url(x) for x in urls):
        files = table.get(u)
        if files and len(files) > 1:
            choices.append([(u, f) for f in files])
    if not choices:
        yield {}
        return
    for combo in itertools.product(*choices):
        yield dict(combo)


def make_loader(choice: dict[str, str] | None = None) -> Callable[[str, Any], dict[str, Any]]:
    """A pyld document loader that only serves bundled contexts; anything else raises UnknownContext."""
    table, docs = _index()
    chosen = choice or {}

    def loader(url: str, options: Any = None) -> dict[str, Any]:
        key = _normalise_url(url)
        files = table.get(key)
        if not files:
            raise UnknownContext(url)
        name = chosen.get(key, files[0])
        return {"contextUrl": None, "documentUrl": url, "document": docs[name]}

    return loader


def variant_label(choice: dict[str, str]) -> str:
    return ", ".join(sorted(set(choice.values())))
