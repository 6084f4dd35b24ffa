"""The institution's programmes: components, their outcomes, programme outcomes and the matrix.

A programme is versioned by academic year: (code, academic_year) is unique, and decisions keep a snapshot of the
component they replaced, so a later edit of the catalogue never changes an old decision.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, TimestampMixin

component_programme_outcome = Table(
    "component_programme_outcome",
    Base.metadata,
    Column("component_id", ForeignKey("component.id", ondelete="CASCADE"), primary_key=True),
    Column("programme_outcome_id", ForeignKey("programme_outcome.id", ondelete="CASCADE"), primary_key=True),
)


class Programme(TimestampMixin, Base):
    __tablename__ = "programme"
    __table_args__ = (UniqueConstraint("code", "academic_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(400))
    specialty: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(64), default="")
    total_ects: Mapped[float] = mapped_column(default=0.0)
    academic_year: Mapped[str] = mapped_column(String(16), default="")
    language: Mapped[str] = mapped_column(String(16), default="uk")
    faculty: Mapped[str] = mapped_column(String(200), default="")
    source_file: Mapped[str] = mapped_column(String(400), default="")

    components: Mapped[list[Component]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="Component.position"
    )
    outcomes: Mapped[list[ProgrammeOutcome]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="ProgrammeOutcome.position"
    )

    def __repr__(self) -> str:
        return f"Programme({self.code!r}, {self.academic_year!r})"


class Component(Base):
    __tablename__ = "component"
    __table_args__ = (UniqueConstraint("programme_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(400))
    type: Mapped[str] = mapped_column(String(16), default="mandatory")
    semester: Mapped[int | None] = mapped_column(Integer)
    ects: Mapped[float] = mapped_column(default=0.0)
    hours: Mapped[int | None] = mapped_column(Integer)
    control: Mapped[str] = mapped_column(String(16), default="exam")

    programme: Mapped[Programme] = relationship(back_populates="components")
    outcomes: Mapped[list[ComponentOutcome]] = relationship(
        back_populates="component", cascade="all, delete-orphan", order_by="ComponentOutcome.position"
    )
    programme_outcomes: Mapped[list[ProgrammeOutcome]] = relationship(
        secondary=component_programme_outcome, back_populates="components"
    )


class ComponentOutcome(Base):
    """A learning outcome of one component, as written in its syllabus."""

    __tablename__ = "component_outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    component_id: Mapped[int] = mapped_column(ForeignKey("component.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)

    component: Mapped[Component] = relationship(back_populates="outcomes")


class ProgrammeOutcome(Base):
    __tablename__ = "programme_outcome"
    __table_args__ = (UniqueConstraint("programme_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)

    programme: Mapped[Programme] = relationship(back_populates="outcomes")
    components: Mapped[list[Component]] = relationship(
        secondary=component_programme_outcome, back_populates="programme_outcomes"
    )
