"""Evidence items: one imported file each, with its extracted elements and authenticity verdict."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.verdicts import VERIFICATION_STATUSES
from app.models.base import Base, TimestampMixin
from app.models.cases import Case

__all__ = ["VERIFICATION_STATUSES", "EvidenceItem"]


class EvidenceItem(TimestampMixin, Base):
    __tablename__ = "evidence_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(400))
    stored_path: Mapped[str] = mapped_column(String(600), default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    format: Mapped[str] = mapped_column(String(32), default="")
    evidence_type: Mapped[str] = mapped_column(String(32), default="certificate")
    title: Mapped[str] = mapped_column(String(500), default="", index=True)
    awarding_body: Mapped[str] = mapped_column(String(400), default="", index=True)
    issuer_country: Mapped[str] = mapped_column(String(64), default="")
    issued_on: Mapped[date | None]
    credential_id: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    translation_required: Mapped[bool] = mapped_column(default=False)
    translation_attached: Mapped[bool] = mapped_column(default=False)
    workload_hours: Mapped[float | None]
    workload_ects: Mapped[float | None]
    eqf_level: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str] = mapped_column(String(64), default="")
    # The 16 EU elements as {name: {"value": ..., "source": ...}}; outcomes kept as an ordered list.
    elements: Mapped[dict[str, Any]] = mapped_column(default=dict)
    learning_outcomes: Mapped[list[Any]] = mapped_column(default=list)
    missing_mandatory: Mapped[list[Any]] = mapped_column(default=list)
    verification_status: Mapped[str] = mapped_column(String(32), default="unsigned")
    verification: Mapped[dict[str, Any]] = mapped_column(default=dict)
    learner_match: Mapped[dict[str, Any]] = mapped_column(default=dict)
    verified_by: Mapped[str] = mapped_column(String(200), default="")
    verified_at: Mapped[datetime | None]
    import_error: Mapped[str] = mapped_column(Text, default="")
    # Attachments are locked once assessment starts: a locked item may not be replaced or removed.
    locked: Mapped[bool] = mapped_column(default=False)

    case: Mapped[Case] = relationship()
