"""Row hashes in the audit chain: the chain covers the decision record itself, not only the log of actions.

Every time the application writes or deletes a row of a sealed table (cases, evidence items, decision lines,
protocols, orders, notifications, appeals), the same transaction appends an audit entry ``row.write`` (or
``row.delete``) whose payload holds the SHA-256 of the row as the database now stores it. ``audit verify``
recomputes the hash of every current row and compares it with the row's latest entry, so a change made with a
database tool, a row deleted or added behind the application's back, is named.

The hashes are taken in a session event after each flush, reading the row back through the same connection, so no
service has to remember to do it and the hash is of exactly what verification will read later.

Columns that the database itself may change are left out of the hash: foreign keys declared ON DELETE SET NULL
(removing a draft protocol or a catalogue component clears them without the application touching the row).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Column, Connection, Table, event, exists, func, insert, inspect, select
from sqlalchemy.orm import Session

from app.models.audit import AUDIT_LOCK_KEY, GENESIS_HASH, AuditEntry, entry_hash, plain
from app.models.base import utcnow
from app.models.cases import Case
from app.models.decisions import Appeal, DecisionLine, Notification, Order, Protocol
from app.models.evidence import EvidenceItem

ROW_WRITE, ROW_DELETE = "row.write", "row.delete"
ROW_ACTIONS = (ROW_WRITE, ROW_DELETE)
SEALED_MODELS: tuple[type[Any], ...] = (Case, EvidenceItem, DecisionLine, Protocol, Order, Notification, Appeal)
SEALED_TABLES: tuple[Table, ...] = tuple(model.__table__ for model in SEALED_MODELS)
# What a row is called in a finding ("decision line 12 of case RD-DEMO-001").
ROW_NOUNS = {"case": "case", "evidence_item": "evidence item", "decision_line": "decision line",
             "protocol": "protocol", "order": "order", "notification": "notification", "appeal": "appeal"}
_SEALED_CLASSES = frozenset(SEALED_MODELS)


def hashed_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if not any(fk.ondelete == "SET NULL" for fk in c.foreign_keys)]


# Columns added to a sealed table after its rows were first sealed enter a row's hash only when they hold a value:
# every row sealed before keeps its hash across the upgrade (nothing is sealed again, so a row changed before it is
# still named), and a value written into such a column later changes the hash like any other.
ADDED_LATER: dict[str, frozenset[str]] = {"order": frozenset({"signatory"})}


def row_hash(table: Table, row: Mapping[Any, Any]) -> str:
    """SHA-256 of a row's canonical form: the table name and every hashed column, as sorted JSON (a column of
    ``ADDED_LATER`` only when it holds a value)."""
    later = ADDED_LATER.get(table.name, frozenset())
    body = {c.name: plain(row[c.name]) for c in hashed_columns(table)
            if c.name not in later or row.get(c.name) not in (None, "")}
    text = json.dumps([table.name, body], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def case_id_of(table: Table, row: Mapping[Any, Any]) -> int | None:
    value = row.get("id") if table.name == "case" else row.get("case_id")
    return int(value) if value is not None else None


def append_entries(conn: Connection, actor: str, entries: Iterable[tuple[str, str, int, dict[str, Any]]]) -> int:
    """Chain (action, entity, entity_id, payload) entries onto the log through ``conn``; returns how many."""
    items = list(entries)
    if not items:
        return 0
    if conn.dialect.name == "postgresql":  # the same lock ``audit.record`` takes: the chain cannot fork
        conn.execute(select(func.pg_advisory_xact_lock(AUDIT_LOCK_KEY)))
    prev = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS_HASH
    rows = []
    for action, entity, entity_id, payload in items:
        at = utcnow()
        digest = entry_hash(prev, at, actor, action, entity, entity_id, payload)
        rows.append({"at": at, "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
                     "payload": payload, "prev_hash": prev, "hash": digest})
        prev = digest
    conn.execute(insert(AuditEntry), rows)
    return len(rows)


def _actor(session: Session) -> str:
    identity = session.info.get("identity")
    if identity is not None:
        return str(identity.username)
    return str(session.info.get("audit_actor") or "application")


def _write_entry(conn: Connection, table: Table, row_id: int) -> tuple[str, str, int, dict[str, Any]] | None:
    row = conn.execute(select(*hashed_columns(table)).where(table.c.id == row_id)).mappings().first()
    if row is None:  # written and removed in the same flush
        return None
    return ROW_WRITE, table.name, row_id, {"hash": row_hash(table, row), "case_id": case_id_of(table, row)}


def _after_flush(session: Session, _context: Any) -> None:
    written: dict[tuple[str, int], Table] = {}
    deleted: list[tuple[str, str, int, dict[str, Any]]] = []
    for obj in session.deleted:
        if type(obj) in _SEALED_CLASSES:
            state = inspect(obj)
            key = state.identity
            if key:
                table = obj.__table__
                case_id = obj.__dict__.get("id") if table.name == "case" else obj.__dict__.get("case_id")
                deleted.append((ROW_DELETE, table.name, int(key[0]), {"hash": None, "case_id": case_id}))
    for obj in (*session.new, *session.dirty):
        if type(obj) in _SEALED_CLASSES and obj not in session.deleted:
            if obj in session.dirty and not session.is_modified(obj, include_collections=False):
                continue
            row_id = obj.__dict__.get("id")  # set by the insert; the identity key comes only after the flush
            if row_id is not None:
                written[(obj.__table__.name, int(row_id))] = obj.__table__
    if not written and not deleted:
        return
    conn = session.connection()
    entries = [entry for (name, row_id), table in sorted(written.items(), key=lambda item: item[0])
               if (entry := _write_entry(conn, table, row_id)) is not None]
    append_entries(conn, _actor(session), [*entries, *deleted])


def seal_rows(conn: Connection, actor: str, batch: int = 500) -> int:
    """Record a ``row.write`` entry for every row of the sealed tables that has none yet (rows written before row
    hashes existed, or by a bulk loader). Pages through each table by id, so memory stays flat. Returns how many
    rows were sealed."""
    total = 0
    present = set(inspect(conn).get_table_names())
    for table in SEALED_TABLES:
        if table.name not in present:  # an upgrade seals before a later revision creates the table
            continue
        # ... or adds a column to it (ADDED_LATER): only the columns the database has yet are read.
        existing = {c["name"] for c in inspect(conn).get_columns(table.name)}
        columns = [c for c in hashed_columns(table) if c.name in existing]
        unsealed = ~exists().where(AuditEntry.entity == table.name, AuditEntry.entity_id == table.c.id,
                                   AuditEntry.action.in_(ROW_ACTIONS))
        last_id = 0
        while True:
            rows = conn.execute(select(*columns).where(table.c.id > last_id, unsealed)
                                .order_by(table.c.id).limit(batch)).mappings().all()
            if not rows:
                break
            last_id = int(rows[-1]["id"])
            total += append_entries(conn, actor, (
                (ROW_WRITE, table.name, int(row["id"]), {"hash": row_hash(table, row),
                                                          "case_id": case_id_of(table, row)})
                for row in rows))
    return total


event.listen(Session, "after_flush", _after_flush)
