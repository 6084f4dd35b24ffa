"""How a matched pair of outcomes is explained: the words they share ("shared: analyse, data").

The explanation is stored with each outcome pair as its English text; it is shown in the reader's language by
reading the terms back (``explanation_terms``) and translating ``shared_terms_message``.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.messages import Message, msg

SHARED_PREFIX = "shared: "


def shared_terms_message(terms: Sequence[str]) -> Message:
    return msg("shared: {terms}", terms=list(terms))


def explanation_terms(stored: str) -> list[str] | None:
    """The shared terms of a stored explanation; None when the text is not one (a comment written by hand)."""
    if not stored.startswith(SHARED_PREFIX):
        return None
    return [term.strip() for term in stored[len(SHARED_PREFIX):].split(",") if term.strip()]
