"""The tamper-evident audit trail: every change a service makes is appended here in the same transaction.

Each entry's hash covers its own content and the previous entry's hash, so an edited, deleted or reordered row
breaks the chain from that entry on, and ``verify_chain`` names the first broken one.

Appends are serialised so that the chain cannot fork when several people save at once: SQLite write transactions
already begin IMMEDIATE (one writer at a time); on PostgreSQL ``record`` first takes a transaction-level advisory
lock, held until commit, so the next writer reads the previous hash only after this entry is committed.
Every change passes through ``record``, so it is also where the signed-in person's roles are checked.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.progress import Progress, check_cancelled
from app.models import AuditEntry

if TYPE_CHECKING:
    from app.db import Database
from app.models.base import utcnow

GENESIS_HASH = "0" * 64
AUDIT_LOCK_KEY = 0x5244_4155_4454  # pg_advisory_xact_lock key of the audit chain ("RDAUDT")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, entity: str, entity_id: int | None,
               payload: dict[str, Any]) -> str:
    body = json.dumps(
        {"prev": prev_hash, "at": at.isoformat(timespec="microseconds"), "actor": actor, "action": action,
         "entity": entity, "entity_id": entity_id, "payload": payload},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


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


PAUSE_BETWEEN_CHUNKS = 0.002  # seconds; with progress shown (a window or a terminal) only
VERIFY_CHUNK = 200  # rows per fetch: memory stays flat, and the window stays responsive while a worker verifies


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


def verify_database(db: Database, progress: Progress | None = None) -> ChainReport:
    """Check the audit chain of a database (read only)."""
    with db.read() as session:
        return verify_chain(session, progress)
