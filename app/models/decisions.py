"""Assessments, decision lines (one per component), outcome mappings, protocols, orders, notifications and appeals.

Once a protocol is signed its decision lines are frozen: a change creates a new line version that points to the
one it supersedes, with a reason, and the old line stays readable.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.commission import AssessmentForm
from app.domain.verdicts import DECISIONS, JUDGEMENTS, PROPOSALS, ProtocolStatus
from app.models.base import Base, TimestampMixin
from app.models.cases import Case
from app.models.catalogue import Component
from app.models.evidence import EvidenceItem
from app.models.people import Commission

# The vocabularies live in the domain; the names stay here for the callers of the models.
__all__ = ["DECISIONS", "JUDGEMENTS", "PROPOSALS"]

decision_line_evidence = Table(
    "decision_line_evidence",
    Base.metadata,
    Column("decision_line_id", ForeignKey("decision_line.id", ondelete="CASCADE"), primary_key=True),
    Column("evidence_item_id", ForeignKey("evidence_item.id", ondelete="CASCADE"), primary_key=True),
)


class Assessment(TimestampMixin, Base):
    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    form: Mapped[str] = mapped_column(String(32), default=AssessmentForm.DOCUMENT_REVIEW)
    held_on: Mapped[date | None]
    assessors: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None]
    max_score: Mapped[float | None]
    note: Mapped[str] = mapped_column(Text, default="")
    # The components it assessed, as comma-separated codes ("ОК5,ВК2"); empty: the application as a whole. Its
    # result is then shown on those decision lines and beside them in the protocol.
    components: Mapped[str] = mapped_column(Text, default="")


class DecisionLine(TimestampMixin, Base):
    __tablename__ = "decision_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    component_id: Mapped[int | None] = mapped_column(ForeignKey("component.id", ondelete="SET NULL"), index=True)
    # Snapshot of the component as it was when decided (the catalogue may change later).
    component_code: Mapped[str] = mapped_column(String(32))
    component_title: Mapped[str] = mapped_column(String(400))
    component_type: Mapped[str] = mapped_column(String(16), default="")
    component_semester: Mapped[int | None] = mapped_column(Integer)
    component_ects: Mapped[float] = mapped_column(default=0.0)
    component_hours: Mapped[int | None] = mapped_column(Integer)
    component_control: Mapped[str] = mapped_column(String(16), default="")
    programme_version: Mapped[str] = mapped_column(String(80), default="")
    policy_version: Mapped[str] = mapped_column(String(80), default="")

    coverage_pct: Mapped[float | None]
    evidence_hours: Mapped[float | None]
    evidence_ects: Mapped[float | None]
    proposal: Mapped[str] = mapped_column(String(16), default="")
    proposal_reasons: Mapped[list[Any]] = mapped_column(default=list)

    decision: Mapped[str | None] = mapped_column(String(16))
    credits_recognised: Mapped[float | None]
    credits_remaining: Mapped[float | None]
    partial_scope: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[float | None]
    max_points: Mapped[float | None]
    grade_100: Mapped[float | None]
    grade_national: Mapped[str] = mapped_column(String(32), default="")
    grade_ects: Mapped[str] = mapped_column(String(4), default="")
    original_grade: Mapped[str] = mapped_column(String(64), default="")
    original_scale: Mapped[str] = mapped_column(String(64), default="")
    conversion_method: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[str] = mapped_column(Text, default="")
    # The commission's overrides of rules the profile lets it pass with a reason (learner identity, cap), each
    # {"rule": reason code, "reason": text, "by": user, "at": ISO time}; printed in the protocol.
    rule_overrides: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    cap_before: Mapped[float | None]
    cap_after: Mapped[float | None]
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime | None]

    line_version: Mapped[int] = mapped_column(default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("decision_line.id", ondelete="SET NULL"))
    change_reason: Mapped[str] = mapped_column(Text, default="")
    is_current: Mapped[bool] = mapped_column(default=True, index=True)
    protocol_id: Mapped[int | None] = mapped_column(ForeignKey("protocol.id", ondelete="SET NULL"), index=True)
    row_version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": row_version}
    # Covering index of the statistics (migration 0004): their scans never touch the wide rows.
    __table_args__ = (Index("ix_decision_line_stats", "is_current", "decided_at", "decision", "credits_recognised",
                            "component_ects"),)

    case: Mapped[Case] = relationship()
    component: Mapped[Component | None] = relationship()
    evidence: Mapped[list[EvidenceItem]] = relationship(secondary=decision_line_evidence)
    mappings: Mapped[list[OutcomeMapping]] = relationship(
        back_populates="decision_line", cascade="all, delete-orphan", order_by="OutcomeMapping.position"
    )


class OutcomeMapping(Base):
    """One component outcome against the best incoming outcome, with the officer's judgement."""

    __tablename__ = "outcome_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_line_id: Mapped[int] = mapped_column(ForeignKey("decision_line.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    component_outcome: Mapped[str] = mapped_column(Text)
    credential_outcome: Mapped[str] = mapped_column(Text, default="")
    evidence_item_id: Mapped[int | None] = mapped_column(ForeignKey("evidence_item.id", ondelete="SET NULL"))
    score: Mapped[float | None]
    layer: Mapped[str] = mapped_column(String(16), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    judgement: Mapped[str | None] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")

    decision_line: Mapped[DecisionLine] = relationship(back_populates="mappings")


class Protocol(TimestampMixin, Base):
    __tablename__ = "protocol"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    commission_id: Mapped[int | None] = mapped_column(ForeignKey("commission.id", ondelete="SET NULL"))
    number: Mapped[str] = mapped_column(String(64))
    meeting_date: Mapped[date | None]
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_abstained: Mapped[int] = mapped_column(Integer, default=0)
    signatories: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default=ProtocolStatus.DRAFT)
    signed_at: Mapped[datetime | None]
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("protocol.id", ondelete="SET NULL"))
    change_reason: Mapped[str] = mapped_column(Text, default="")
    # What was signed, kept verbatim so the signed text can be shown even after later versions.
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)

    case: Mapped[Case] = relationship()
    commission: Mapped[Commission | None] = relationship()


class Order(TimestampMixin, Base):
    """The dean's or rector's order that gives effect to the protocol."""

    __tablename__ = "order"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    protocol_id: Mapped[int | None] = mapped_column(ForeignKey("protocol.id", ondelete="SET NULL"))
    number: Mapped[str] = mapped_column(String(64))
    order_date: Mapped[date | None]
    issued_by: Mapped[str] = mapped_column(String(300), default="")  # the signatory's position
    # The signatory's full name ("Прізвище Ім'я По батькові"); the order's signature shows "Ім'я ПРІЗВИЩЕ".
    signatory: Mapped[str] = mapped_column(String(300), default="", server_default="")
    text: Mapped[str] = mapped_column(Text, default="")


class Appeal(TimestampMixin, Base):
    __tablename__ = "appeal"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    filed_on: Mapped[date]
    grounds: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None]
    within_deadline: Mapped[bool] = mapped_column(default=True)
    panel: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(32), default="")
    decided_on: Mapped[date | None]
    new_protocol_id: Mapped[int | None] = mapped_column(ForeignKey("protocol.id", ondelete="SET NULL"))


class Notification(TimestampMixin, Base):
    """The applicant was told of the decision: the day the appeal window starts when the profile counts it from
    the notification. A decision revised after an appeal is notified again (a new row)."""

    __tablename__ = "notification"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    notified_on: Mapped[date]
    method: Mapped[str] = mapped_column(String(32), default="")  # app.domain.commission.NOTIFICATION_METHODS
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
