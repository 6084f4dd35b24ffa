"""Optimistic concurrency: an edit carries the version of the record it started from.

Two application instances may open the same case. Whoever saves second gets a clear message instead of silently
overwriting the first person's work; nothing of the first save is lost.
"""

from __future__ import annotations

from typing import Any

from app.errors import ConflictError


def check_version(record: Any, expected_version: int | None, what: str) -> None:
    """Raise ConflictError if ``record.row_version`` moved on since the caller read it."""
    if expected_version is not None and record.row_version != expected_version:
        raise ConflictError(
            f"{what} was changed by someone else after you opened it (version {expected_version} → "
            f"{record.row_version}). Your change was not saved: reload and make it again."
        )
