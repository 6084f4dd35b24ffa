"""Helpers for the policy profile tests."""

from __future__ import annotations

from sqlalchemy import select

from app.db import Database
from app.domain.policy_rules import PolicyRules
from app.models import AuditEntry, PolicyProfile

DEMO_PROFILE = "Типове положення про визнання результатів неформальної освіти"


def stored_rows(db: Database) -> list[tuple[int, str, int, dict, str, str]]:
    """Every stored version as (id, name, version, rules, note, created_by)."""
    with db.read() as session:
        rows = session.execute(select(PolicyProfile).order_by(PolicyProfile.id)).scalars().all()
        return [(r.id, r.name, r.version, dict(r.rules), r.note, r.created_by) for r in rows]


def audit_entries(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as session:
        entries = session.execute(select(AuditEntry).where(AuditEntry.action == action)
                                  .order_by(AuditEntry.id)).scalars().all()
        session.expunge_all()
        return list(entries)


def demo_rules() -> PolicyRules:
    """The demo profile's rules: the defaults, with the regulation and contacts its papers cite."""
    from app.services.demo import _default_rules

    return PolicyRules.from_dict(_default_rules())
