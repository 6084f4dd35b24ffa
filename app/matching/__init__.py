"""Outcome matching and recognition rules: plain typed values in and out (no Qt, no database).

Public entry points: :func:`rank`, :func:`match_credential_to_component`, :func:`best_credential_set`
and, in :mod:`app.matching.policy`, :class:`PolicyRules` and :func:`propose`.

The names below are imported on first use, so that importing one module of the package (``app.matching.engine``
for the word layers) does not also import the coverage rules, the Bloom levels and the message catalogues.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.matching.coverage import (
        CombinationResult,
        MatchResult,
        OutcomePair,
        best_credential_set,
        match_credential_to_component,
    )
    from app.matching.engine import LAYERS, Engine, EngineConfig, Scored, rank

_WHERE = {
    "CombinationResult": "coverage",
    "MatchResult": "coverage",
    "OutcomePair": "coverage",
    "best_credential_set": "coverage",
    "match_credential_to_component": "coverage",
    "LAYERS": "engine",
    "Engine": "engine",
    "EngineConfig": "engine",
    "Scored": "engine",
    "rank": "engine",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


__all__ = [
    "LAYERS",
    "CombinationResult",
    "Engine",
    "EngineConfig",
    "MatchResult",
    "OutcomePair",
    "Scored",
    "best_credential_set",
    "match_credential_to_component",
    "rank",
]
