"""A recognition case: one application by one applicant under one programme version and policy version."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.constants import CASE_STATUSES
from app.domain.status import CaseStatus
from app.models.base import Base, TimestampMixin, utcnow
from app.models.catalogue import Programme
from app.models.people import Applicant, Commission
from app.models.policy import PolicyProfile

__all__ = ["CASE_STATUSES", "Case", "CaseStatusChange", "Declaration"]


class Case(TimestampMixin, Base):
    __tablename__ = "case"

    id: Mapped[int] = mapped_column(primary_key=True)
    reg_no: Mapped[str] = mapped_column(String(64), unique=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="RESTRICT"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"), index=True)
    policy_profile_id: Mapped[int | None] = mapped_column(ForeignKey("policy_profile.id", ondelete="RESTRICT"))
    commission_id: Mapped[int | None] = mapped_column(ForeignKey("commission.id", ondelete="SET NULL"))
    academic_year: Mapped[str] = mapped_column(String(16), default="")
    semester: Mapped[int | None] = mapped_column(Integer)
    procedure_type: Mapped[str] = mapped_column(String(32), default="non-formal")
    status: Mapped[str] = mapped_column(String(32), default=CaseStatus.REGISTERED, index=True)
    filed_on: Mapped[date] = mapped_column(default=date.today)
    deadline: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Optimistic locking: an UPDATE that finds another version raises StaleDataError (a clear conflict message).
    row_version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": row_version}

    applicant: Mapped[Applicant] = relationship()
    programme: Mapped[Programme | None] = relationship()
    policy_profile: Mapped[PolicyProfile | None] = relationship()
    commission: Mapped[Commission | None] = relationship()
    history: Mapped[list[CaseStatusChange]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseStatusChange.id"
    )
    declaration: Mapped[Declaration | None] = relationship(back_populates="case", cascade="all, delete-orphan")


class CaseStatusChange(Base):
    __tablename__ = "case_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="history")


class Declaration(TimestampMixin, Base):
    """The applicant's declaration of prior learning (what was learnt, where, when, how much)."""

    __tablename__ = "declaration"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), unique=True)
    claimed_outcomes: Mapped[str] = mapped_column(Text, default="")
    provider: Mapped[str] = mapped_column(String(300), default="")
    period_from: Mapped[date | None]
    period_to: Mapped[date | None]
    volume_hours: Mapped[float | None]
    volume_ects: Mapped[float | None]
    signed_on: Mapped[date | None]

    case: Mapped[Case] = relationship(back_populates="declaration")
