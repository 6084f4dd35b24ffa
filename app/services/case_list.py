"""The cases list's rows, and its first page read straight from a SQLite file before the database layer is loaded.

Importing SQLAlchemy and the models costs about a second of processor time, most of the way from launch to the
list on an office PC. The newest cases are therefore read with the standard library's ``sqlite3`` (read-only)
and shown at once; the whole list follows through ``app.services.cases.list_cases`` once the database layer
is loaded in the background. This module imports neither SQLAlchemy nor the models, so the window can use it
right after the first paint.

The quick read is only taken when it shows exactly what the full read would: a local SQLite file whose schema
is at the current revision (no migration pending) and that has no accounts (a database with accounts shows
nothing before its user signs in). Otherwise ``first_page`` returns None and the list waits for the full read.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from app.domain.status import FINISHED_STATES

FIRST_PAGE = 200  # rows: more than a screen at any window size


@dataclass(frozen=True)
class CaseRow:
    """One line of the cases list: plain values, cheap to load for 100,000 cases."""

    id: int
    reg_no: str
    applicant: str
    applicant_latin: str
    student_id: str
    programme: str
    status: str
    filed_on: date
    deadline: date | None
    updated_at: datetime
    evidence_count: int

    @property
    def overdue(self) -> bool:
        return bool(self.deadline and self.deadline < date.today() and self.status not in FINISHED_STATES)

    @property
    def accepts_evidence(self) -> bool:
        """Evidence may be added to the case now (the evidence service refuses it otherwise)."""
        from app.services.evidence import IMPORT_ALLOWED

        return self.status in IMPORT_ALLOWED


# The same columns as ``list_cases``, newest registration numbers first (the list's default order), each case's
# evidence counted through the index on evidence_item.case_id.
_FIRST_PAGE_SQL = """
SELECT c.id, c.reg_no, a.full_name, a.full_name_latin, a.student_id, COALESCE(p.code, ''), c.status, c.filed_on,
       c.deadline, c.updated_at, (SELECT COUNT(*) FROM evidence_item AS e WHERE e.case_id = c.id)
FROM "case" AS c
JOIN applicant AS a ON a.id = c.applicant_id
LEFT JOIN programme AS p ON p.id = c.programme_id
ORDER BY c.reg_no DESC
LIMIT ?
"""


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (no driver options), or None for anything else."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = url[len(prefix):]
    return Path(path) if path and path != ":memory:" else None


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def first_page(url: str, limit: int = FIRST_PAGE) -> list[CaseRow] | None:
    """The newest ``limit`` cases of the SQLite database at ``url``, or None when the quick read does not apply
    (another database, a schema to migrate, accounts to sign in to, or anything unexpected: the full read then
    opens the database and reports any problem in its usual words)."""
    from app.migrations import HEAD_REVISION  # (a light module: Alembic is imported only to migrate)

    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(path.resolve().as_posix())}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("SELECT version_num FROM alembic_version").fetchone() != (HEAD_REVISION,):
            return None
        if conn.execute("SELECT 1 FROM user_account WHERE active LIMIT 1").fetchone() is not None:
            return None
        rows = []
        for (case_id, reg_no, name, latin, student_id, programme, status, filed_on, deadline, updated_at,
             evidence) in conn.execute(_FIRST_PAGE_SQL, (limit,)):
            filed = _date(filed_on)
            if filed is None:
                return None
            rows.append(CaseRow(int(case_id), str(reg_no), str(name), str(latin or ""), str(student_id or ""),
                                str(programme), str(status), filed, _date(deadline),
                                datetime.fromisoformat(str(updated_at)), int(evidence)))
        return rows
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
