"""Applicants, and the commissions that assess them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.commission import MEMBER_ROLES, MemberRole
from app.models.base import Base, TimestampMixin

__all__ = ["MEMBER_ROLES", "Applicant", "Commission", "CommissionMember"]


class Applicant(TimestampMixin, Base):
    __tablename__ = "applicant"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300), index=True)
    # Official Ukrainian transliteration (CMU Resolution No. 55 of 2010), kept for Latin-script search.
    full_name_latin: Mapped[str] = mapped_column(String(300), default="", index=True)
    student_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    edebo_id: Mapped[str] = mapped_column(String(64), default="")
    faculty: Mapped[str] = mapped_column(String(200), default="")
    specialty: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(64), default="")
    study_year: Mapped[int | None] = mapped_column(Integer)
    group_name: Mapped[str] = mapped_column(String(64), default="")
    study_form: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Commission(TimestampMixin, Base):
    __tablename__ = "commission"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    faculty: Mapped[str] = mapped_column(String(200), default="")
    founding_order_no: Mapped[str] = mapped_column(String(64), default="")
    founding_order_date: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)

    members: Mapped[list[CommissionMember]] = relationship(
        back_populates="commission", cascade="all, delete-orphan", order_by="CommissionMember.position"
    )


class CommissionMember(Base):
    __tablename__ = "commission_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("commission.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    full_name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16), default=MemberRole.MEMBER)
    job_title: Mapped[str] = mapped_column(String(300), default="")
    conflict_of_interest: Mapped[bool] = mapped_column(default=False)
    conflict_note: Mapped[str] = mapped_column(Text, default="")
    coi_declared_on: Mapped[date | None]

    commission: Mapped[Commission] = relationship(back_populates="members")
