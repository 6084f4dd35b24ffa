"""Outcome matching and recognition rules: plain typed values in and out (no Qt, no database).

Public entry points: :func:`rank`, :func:`match_credential_to_component`, :func:`best_credential_set`
and, in :mod:`app.matching.policy`, :class:`PolicyRules` and :func:`propose`.
"""

from app.matching.coverage import (
    CombinationResult,
    MatchResult,
    OutcomePair,
    best_credential_set,
    match_credential_to_component,
)
from app.matching.engine import LAYERS, Engine, EngineConfig, Scored, rank

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
