"""The tamper-evident audit trail: every change a service makes is appended here in the same transaction.

Each entry's hash covers its own content and the previous entry's hash, so an edited, deleted or reordered row
breaks the chain from that entry on, and ``verify_chain`` names the first broken one.

Appends are serialised so that the chain cannot fork when several people save at once: SQLite write transactions
already begin IMMEDIATE (one writer at a time); on PostgreSQL ``record`` first takes a transaction-level advisory
lock, held until commit, so the next writer reads the previous hash only after this entry is committed.
Every change passes through ``record``, so it is also where the signed-in person's roles are checked.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, exists, func, select
from sqlalchemy.orm import Session, aliased

from app.domain.progress import Progress, check_cancelled
from app.models import AuditEntry, Case
from app.models.audit import AUDIT_LOCK_KEY, GENESIS_HASH, entry_hash
from app.models.audit import plain as _plain
from app.models.row_hashes import ROW_ACTIONS, ROW_NOUNS, ROW_WRITE, SEALED_TABLES, case_id_of, hashed_columns, row_hash

if TYPE_CHECKING:
    from app.db import Database
from app.models.base import utcnow


def record(session: Session, actor: str, action: str, entity: str, entity_id: int | None,
           payload: dict[str, Any] | None = None) -> AuditEntry:
    """Append one entry. Call inside the write transaction that makes the change, after a flush for new ids.

    When someone is signed in, the change is refused (the whole transaction rolls back) unless they hold a role
    for ``action``, and the entry names them as the actor."""
    from app.services.accounts import require_action

    identity = session.info.get("identity")
    require_action(identity, action)
    if identity is not None:
        actor = identity.username
    session.info["audit_actor"] = actor  # the row hashes written at the next flush name the same person
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(AUDIT_LOCK_KEY)))
    clean = _plain(payload or {})
    prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev_hash = prev or GENESIS_HASH
    at = utcnow()
    entry = AuditEntry(
        at=at, actor=actor, action=action, entity=entity, entity_id=entity_id, payload=clean,
        prev_hash=prev_hash, hash=entry_hash(prev_hash, at, actor, action, entity, entity_id, clean),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    problem: str = ""
    rows_checked: int = 0


PAUSE_BETWEEN_CHUNKS = 0.002  # seconds; with progress shown (a window or a terminal) only
VERIFY_CHUNK = 200  # rows per fetch: memory stays flat, and the window stays responsive while a worker verifies
# Sealed rows are fetched fewer at a time: a fetch converts its rows (protocol snapshots, evidence elements: tens of
# kilobytes of JSON each) without letting go of the interpreter lock, so 200 of them held the window 100-180 ms.
VERIFY_ROW_CHUNK = 20


def verify_chain(session: Session, progress: Progress | None = None) -> ChainReport:
    """Walk the log in order and recompute every hash.

    The entries are streamed as plain rows, ``VERIFY_CHUNK`` at a time (a server-side cursor where the database
    has one), so memory does not grow with the log. ``progress`` receives the count checked after each chunk and
    may cancel the walk (CancelledError) between chunks.
    """
    total = int(session.execute(select(func.count(AuditEntry.id))).scalar() or 0) if progress is not None else 0
    expected_prev = GENESIS_HASH
    checked = 0
    stmt = select(AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity,
                  AuditEntry.entity_id, AuditEntry.payload, AuditEntry.prev_hash, AuditEntry.hash
                  ).order_by(AuditEntry.id)
    result = session.execute(stmt.execution_options(yield_per=VERIFY_CHUNK))
    try:
        for part in result.partitions():
            check_cancelled(progress)
            for entry_id, at, actor, action, entity, entity_id, payload, prev_hash, stored_hash in part:
                checked += 1
                if prev_hash != expected_prev:
                    return ChainReport(False, checked, entry_id,
                                       f"entry {entry_id} does not follow the previous entry (an entry was removed "
                                       "or inserted before it)")
                if entry_hash(prev_hash, at, actor, action, entity, entity_id, payload) != stored_hash:
                    return ChainReport(False, checked, entry_id,
                                       f"entry {entry_id} was changed after it was written")
                expected_prev = stored_hash
            if progress is not None:
                progress.report(checked, max(total, checked), "")
                # Let the interface thread run between chunks (hashing holds the interpreter lock).
                time.sleep(PAUSE_BETWEEN_CHUNKS)
    finally:
        result.close()
    return ChainReport(True, checked)


def _case_label(session: Session, case_id: int | None) -> str:
    if case_id is None:
        return ""
    reg_no = session.execute(select(Case.reg_no).where(Case.id == case_id)).scalar()
    return f" of case {reg_no}" if reg_no else f" of case id {case_id}"


def _row_name(session: Session, table: Table, row_id: int, case_id: int | None) -> str:
    noun = ROW_NOUNS[table.name]
    if table.name == "case":
        reg_no = session.execute(select(Case.reg_no).where(Case.id == row_id)).scalar()
        return f"case {reg_no}" if reg_no else f"case id {row_id}"
    return f"{noun} {row_id}{_case_label(session, case_id)}"


def verify_rows(session: Session, progress: Progress | None = None) -> tuple[int, str, int | None]:
    """Recompute the hash of every current row of the sealed tables and compare it with the row's latest
    ``row.write`` entry; then look for rows the log says exist but the table no longer has.

    Streams each table ``VERIFY_CHUNK`` rows at a time (the latest entry is found by the database for each row),
    so memory stays flat. Returns (rows checked, the first finding or "", the entry id it concerns)."""
    checked = 0
    for table in SEALED_TABLES:
        latest = (select(AuditEntry.payload)
                  .where(AuditEntry.entity == table.name, AuditEntry.entity_id == table.c.id,
                         AuditEntry.action.in_(ROW_ACTIONS))
                  .order_by(AuditEntry.id.desc()).limit(1).correlate(table).scalar_subquery())
        stmt = select(*hashed_columns(table), latest.label("sealed_as")).order_by(table.c.id)
        result = session.execute(stmt.execution_options(yield_per=VERIFY_ROW_CHUNK))
        try:
            for n, part in enumerate(result.partitions(), 1):
                check_cancelled(progress)
                for row in part:
                    values = row._mapping
                    checked += 1
                    sealed = values["sealed_as"]
                    row_id = int(values["id"])
                    if not isinstance(sealed, dict) or not sealed.get("hash"):
                        name = _row_name(session, table, row_id, case_id_of(table, values))
                        return checked, f"{name} was added outside the application (the log has no entry for it)", None
                    if row_hash(table, values) != sealed["hash"]:
                        name = _row_name(session, table, row_id, case_id_of(table, values))
                        return checked, f"{name} changed outside the application", None
                if progress is not None:  # let the interface thread run between chunks, as the chain walk does
                    time.sleep(PAUSE_BETWEEN_CHUNKS if n % (VERIFY_CHUNK // VERIFY_ROW_CHUNK) == 0 else 0)
        finally:
            result.close()
        newest = aliased(AuditEntry)
        last_of_row = (select(func.max(newest.id))
                       .where(newest.entity == AuditEntry.entity, newest.entity_id == AuditEntry.entity_id,
                              newest.action.in_(ROW_ACTIONS)).scalar_subquery())
        gone = session.execute(
            select(AuditEntry.id, AuditEntry.entity_id, AuditEntry.payload)
            .where(AuditEntry.entity == table.name, AuditEntry.action == ROW_WRITE, AuditEntry.id == last_of_row,
                   ~exists().where(table.c.id == AuditEntry.entity_id))
            .order_by(AuditEntry.entity_id).limit(1)).first()
        if gone is not None:
            last_entry, row_id, payload = gone
            case_id = payload.get("case_id") if isinstance(payload, dict) else None
            name = _row_name(session, table, int(row_id), case_id)
            return (checked, f"{name} was deleted outside the application (last written in entry {last_entry})",
                    int(last_entry))
    return checked, "", None


def verify_anchor(session: Session, entry_id: int, expected_hash: str) -> str:
    """"" when entry ``entry_id`` still has ``expected_hash`` (a chain head printed on a signed paper); otherwise
    what happened: the log was cut before that entry, or rewritten from it on."""
    stored = session.execute(select(AuditEntry.hash).where(AuditEntry.id == entry_id)).scalar()
    if stored is None:
        last = session.execute(select(func.max(AuditEntry.id))).scalar()
        if last is None or last < entry_id:
            return (f"the log ends at entry {last or 0}, but a signed paper names entry {entry_id}: entries were "
                    "removed from the end of the log")
        return f"entry {entry_id}, named by a signed paper, was removed from the log"
    if stored != expected_hash.strip().lower():
        return (f"entry {entry_id} has hash {stored[:16]}…, but the signed paper names {expected_hash[:16]}…: the log "
                "was rewritten from that entry on")
    return ""


def verify_database(db: Database, progress: Progress | None = None,
                    anchors: Sequence[tuple[int, str]] = ()) -> ChainReport:
    """Check the audit chain, the anchors printed on signed papers, and every sealed row (read only)."""
    with db.read() as session:
        report = verify_chain(session, progress)
        if not report.ok:
            return report
        for anchor_id, expected in anchors:
            problem = verify_anchor(session, anchor_id, expected)
            if problem:
                return ChainReport(False, report.checked, anchor_id, problem)
        rows, problem, broken = verify_rows(session, progress)
        if problem:
            return ChainReport(False, report.checked, broken, problem, rows)
        return replace(report, rows_checked=rows)


def chain_head(session: Session, action: str, entity: str, entity_id: int) -> tuple[int, str] | None:
    """The entry (number, hash) that recorded ``action`` on a row: the anchor a signed protocol or order carries."""
    row = session.execute(
        select(AuditEntry.id, AuditEntry.hash)
        .where(AuditEntry.action == action, AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row is not None else None
