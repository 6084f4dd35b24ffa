"""Append-only, tamper-evident audit log.

Each entry stores the hash of the previous entry and its own hash over its content, so editing or deleting a row
breaks the chain at that point. The database refuses UPDATE and DELETE on this table (triggers in the migration).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None]
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    # A row's latest row-hash entry, for ``audit verify`` (migration 0008).
    __table_args__ = (Index("ix_audit_entry_row", "entity", "entity_id", "id"),)


GENESIS_HASH = "0" * 64
AUDIT_LOCK_KEY = 0x5244_4155_4454  # pg_advisory_xact_lock key of the audit chain ("RDAUDT")


def plain(value: Any) -> Any:
    """A value as JSON can hold it, the same way every time (dates as ISO text, unknown types as text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [plain(v) for v in value]
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
