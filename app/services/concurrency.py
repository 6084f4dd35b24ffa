"""Optimistic concurrency: an edit carries the version of the record it started from.

Two application instances may open the same case. Whoever saves second gets a clear message instead of silently
overwriting the first person's work; nothing of the first save is lost.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ConflictError

if TYPE_CHECKING:
    from app.models import Case


def check_version(record: Any, expected_version: int | None, what: str) -> None:
    """Raise ConflictError if ``record.row_version`` moved on since the caller read it."""
    if expected_version is not None and record.row_version != expected_version:
        raise ConflictError(
            f"{what} was changed by someone else after you opened it (version {expected_version} → "
            f"{record.row_version}). Your change was not saved: reload and make it again."
        )


# The key space of the students' locks (two-part advisory keys: a space, then the student's key); "RDST".
STUDENT_LOCK_SPACE = 0x5244_5354


def serialise_student(session: Session, case: Case) -> None:
    """On PostgreSQL, one decision of a student's at a time, held until the transaction ends: a decision reads the
    student's other decisions (the credits under the cap, the hours already credited) before it is written, and two
    saved at once would each read the other's old state. (SQLite's writers take turns already.) A wait longer than
    the database's lock timeout ends as "someone else is saving"."""
    if session.get_bind().dialect.name != "postgresql":
        return
    applicant = case.applicant
    key = f"student {applicant.student_id}" if applicant.student_id else f"applicant {applicant.id}"
    number = zlib.crc32(key.encode("utf-8"))
    session.execute(select(func.pg_advisory_xact_lock(STUDENT_LOCK_SPACE, number - (1 << 32) * (number >> 31))))
