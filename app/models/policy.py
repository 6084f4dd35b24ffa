"""Institutional policy profiles. Rules live as JSON (see ``app.matching.policy``); every edit is a new version,
and each case stores the version it was decided under."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, TimestampMixin


class PolicyProfile(TimestampMixin, Base):
    __tablename__ = "policy_profile"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(default=1)
    valid_from: Mapped[date | None]
    institution: Mapped[str] = mapped_column(String(300), default="")
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")

    def __repr__(self) -> str:
        return f"PolicyProfile({self.name!r} v{self.version})"
