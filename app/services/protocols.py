"""Commissions, protocols, orders, the applicant's notification and appeals.

A commission is created by an order (number, date) and has members: a chair, a secretary and members, each with a
conflict-of-interest declaration. A member with a declared conflict (for the commission, or recused for one case)
neither votes nor signs.

The protocol is generated from the case's current decision lines. It stays a draft (and may be regenerated) until
it is signed; signing freezes the decision lines it contains. A signed protocol is never edited: a later change of
a decision creates a new line version, and a new protocol version (``supersedes_id``, ``change_reason``) records it.

``Protocol.snapshot`` keeps what was signed, verbatim, so that the text can be shown and printed at any time::

    {"case": {"reg_no", "applicant", "student_id", "programme", "academic_year", "semester", "policy"},
     "commission": {"name", "faculty", "founding_order_no", "founding_order_date"},
     "members": [{"id", "name", "role", "job_title", "present", "votes", "conflict", "conflict_note"}],
     "lines": [{"id", "row_version", "line_version", "supersedes_id", "change_reason", "component_code",
                "component_title", "component_type", "component_ects", "decision", "credits_recognised",
                "credits_remaining", "partial_scope", "points", "max_points", "grade_100", "grade_national",
                "grade_ects", "original_grade", "original_scale", "conversion_method", "reasons", "coverage_pct",
                "evidence": [{"id", "title", "awarding_body"}]}],
     "total_credits": float, "supersedes": {"id", "number", "version"} | None}
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.domain.commission import NOTIFICATION_METHODS, OFFICER_ROLES, MemberRole
from app.domain.status import APPEALABLE_STATES, COMMISSION_EDIT_STATES, CaseStatus
from app.domain.verdicts import AppealOutcome, ProtocolStatus
from app.errors import ConflictError, UserError
from app.messages import msg
from app.models import MEMBER_ROLES, Appeal, Case, Commission, CommissionMember, Notification, Order, Protocol
from app.models.base import utcnow
from app.services import audit, history
from app.services.concurrency import check_version
from app.services.workflow import (
    TransitionRefused,
    appeal_window_start,
    appeal_window_waiting,
    apply_transition,
    case_rules,
    current_lines,
    get_case,
    last_entered,
    latest_notification,
    latest_signed_protocol,
    require_status,
)

APPEAL_OUTCOMES = tuple(AppealOutcome)

# --- commissions -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberData:
    full_name: str
    role: str = MemberRole.MEMBER
    job_title: str = ""
    conflict_of_interest: bool = False
    conflict_note: str = ""
    coi_declared_on: date | None = None


@dataclass(frozen=True)
class MemberRow(MemberData):
    id: int = 0
    commission_id: int = 0
    position: int = 0

    @property
    def data(self) -> MemberData:
        return MemberData(self.full_name, self.role, self.job_title, self.conflict_of_interest, self.conflict_note,
                          self.coi_declared_on)


@dataclass(frozen=True)
class CommissionData:
    name: str
    faculty: str = ""
    founding_order_no: str = ""
    founding_order_date: date | None = None
    active: bool = True


@dataclass(frozen=True)
class CommissionRow(CommissionData):
    id: int = 0
    members: tuple[MemberRow, ...] = ()

    @property
    def data(self) -> CommissionData:
        return CommissionData(self.name, self.faculty, self.founding_order_no, self.founding_order_date, self.active)


def _member_row(m: CommissionMember) -> MemberRow:
    return MemberRow(m.full_name, m.role, m.job_title, m.conflict_of_interest, m.conflict_note, m.coi_declared_on,
                     id=m.id, commission_id=m.commission_id, position=m.position)


def _commission_row(c: Commission) -> CommissionRow:
    return CommissionRow(c.name, c.faculty, c.founding_order_no, c.founding_order_date, c.active, id=c.id,
                         members=tuple(_member_row(m) for m in c.members))


def list_commissions(db: Database, active_only: bool = False) -> list[CommissionRow]:
    with db.read() as session:
        query = select(Commission).order_by(Commission.name)
        if active_only:
            query = query.where(Commission.active.is_(True))
        return [_commission_row(c) for c in session.execute(query).scalars()]


def get_commission(db: Database, commission_id: int) -> CommissionRow:
    with db.read() as session:
        return _commission_row(_get_commission(session, commission_id))


def _get_commission(session: Session, commission_id: int) -> Commission:
    commission = session.get(Commission, commission_id)
    if commission is None:
        raise ConflictError(f"Commission {commission_id} no longer exists (removed by someone else). Reload.")
    return commission


def _check_commission_data(data: CommissionData) -> CommissionData:
    if not data.name.strip():
        raise UserError(msg("A commission needs a name."))
    if not data.founding_order_no.strip():
        raise UserError(msg("Commission “{commission}”: give the number of the order that created it.",
                            commission=data.name.strip()))
    return replace(data, name=data.name.strip(), faculty=data.faculty.strip(),
                   founding_order_no=data.founding_order_no.strip())


def create_commission(db: Database, actor: str, data: CommissionData) -> CommissionRow:
    data = _check_commission_data(data)
    with db.write() as session:
        commission = Commission(**asdict(data))
        session.add(commission)
        session.flush()
        audit.record(session, actor, "commission.create", "commission", commission.id, asdict(data))
        return _commission_row(commission)


def update_commission(db: Database, actor: str, expected: CommissionRow, data: CommissionData) -> CommissionRow:
    data = _check_commission_data(data)
    with db.write() as session:
        commission = _get_commission(session, expected.id)
        if _commission_row(commission).data != expected.data:
            raise ConflictError(f"Commission “{expected.name}” was changed by someone else after you opened it. "
                                "Your change was not saved: reload and make it again.")
        before = asdict(expected.data)
        for key, value in asdict(data).items():
            setattr(commission, key, value)
        session.flush()
        audit.record(session, actor, "commission.update", "commission", commission.id,
                     {"before": before, "after": asdict(data)})
        return _commission_row(commission)


def _check_member_data(session: Session, commission: Commission, data: MemberData, member_id: int | None
                       ) -> MemberData:
    name = data.full_name.strip()
    if not name:
        raise UserError(msg("A commission member needs a full name."))
    if data.role not in MEMBER_ROLES:
        raise UserError(f"Unknown role {data.role!r}: use one of {', '.join(MEMBER_ROLES)}.")
    if data.role in OFFICER_ROLES:
        for other in commission.members:
            if other.id != member_id and other.role == data.role:
                raise UserError(f"Commission “{commission.name}” already has a {data.role} ({other.full_name}); "
                                "change that member's role first.")
    if data.conflict_of_interest and not data.conflict_note.strip():
        raise UserError(msg("{name}: describe the declared conflict of interest.", name=name))
    return replace(data, full_name=name, job_title=data.job_title.strip(), conflict_note=data.conflict_note.strip())


def add_member(db: Database, actor: str, commission_id: int, data: MemberData) -> MemberRow:
    with db.write() as session:
        commission = _get_commission(session, commission_id)
        data = _check_member_data(session, commission, data, None)
        position = max((m.position for m in commission.members), default=-1) + 1
        member = CommissionMember(commission_id=commission.id, position=position, **asdict(data))
        session.add(member)
        session.flush()
        audit.record(session, actor, "commission.member.add", "commission", commission.id,
                     {"member_id": member.id, **asdict(data)})
        return _member_row(member)


def update_member(db: Database, actor: str, expected: MemberRow, data: MemberData) -> MemberRow:
    with db.write() as session:
        member = _get_member(session, expected)
        data = _check_member_data(session, member.commission, data, member.id)
        for key, value in asdict(data).items():
            setattr(member, key, value)
        session.flush()
        audit.record(session, actor, "commission.member.update", "commission", member.commission_id,
                     {"member_id": member.id, "before": asdict(expected.data), "after": asdict(data)})
        return _member_row(member)


def remove_member(db: Database, actor: str, expected: MemberRow) -> None:
    with db.write() as session:
        member = _get_member(session, expected)
        audit.record(session, actor, "commission.member.remove", "commission", member.commission_id,
                     {"member_id": member.id, "before": asdict(expected.data)})
        session.delete(member)


def _get_member(session: Session, expected: MemberRow) -> CommissionMember:
    member = session.get(CommissionMember, expected.id)
    if member is None:
        raise ConflictError(f"{expected.full_name} is no longer a member (removed by someone else). Reload.")
    if _member_row(member) != expected:
        raise ConflictError(f"The record of {expected.full_name} was changed by someone else after you opened it. "
                            "Your change was not saved: reload and make it again.")
    return member


def assign_commission(db: Database, actor: str, case_id: int, commission_id: int | None,
                      expected_case_version: int | None) -> int:
    """Assign the commission that decides the case; returns the case's new row version."""
    from app.services.cases import update_case

    with db.read() as session:
        case = get_case(session, case_id)
        require_status(case, COMMISSION_EDIT_STATES,
                       "changing the commission")
        if commission_id is not None:
            _get_commission(session, commission_id)
    return update_case(db, actor, case_id, expected_case_version, commission_id=commission_id)


# --- protocols ---------------------------------------------------------------------------------------------


@dataclass
class ProtocolInput:
    number: str = ""  # empty: the next number of the year, "N/YYYY"
    meeting_date: date | None = None  # None: today
    present_member_ids: list[int] | None = None  # None: every member
    recused: dict[int, str] = field(default_factory=dict)  # member id → the case-specific conflict
    votes_for: int | None = None  # None: every voting member present
    votes_against: int = 0
    votes_abstained: int = 0
    change_reason: str = ""  # needed when a signed protocol exists (this one supersedes it)


@dataclass(frozen=True)
class ProtocolRow:
    id: int
    case_id: int
    commission_id: int | None
    number: str
    meeting_date: date | None
    votes_for: int
    votes_against: int
    votes_abstained: int
    signatories: list[dict[str, Any]]
    status: str
    signed_at: datetime | None
    signed_by: str
    version: int
    supersedes_id: int | None
    change_reason: str
    snapshot: dict[str, Any]

    @property
    def adopted(self) -> bool:
        voting = self.votes_for + self.votes_against + self.votes_abstained
        return voting > 0 and self.votes_for * 2 > voting


def _protocol_row(p: Protocol) -> ProtocolRow:
    return ProtocolRow(p.id, p.case_id, p.commission_id, p.number, p.meeting_date, p.votes_for, p.votes_against,
                       p.votes_abstained, list(p.signatories or []), p.status, p.signed_at, p.signed_by, p.version,
                       p.supersedes_id, p.change_reason, dict(p.snapshot or {}))


@dataclass(frozen=True)
class OrderRow:
    id: int
    case_id: int
    protocol_id: int | None
    number: str
    order_date: date | None
    issued_by: str  # the signatory's position
    text: str
    signatory: str = ""  # the signatory's full name


@dataclass(frozen=True)
class AppealRow:
    id: int
    case_id: int
    filed_on: date
    grounds: str
    deadline: date | None
    within_deadline: bool
    panel: str
    outcome: str
    decided_on: date | None
    new_protocol_id: int | None


@dataclass(frozen=True)
class NotificationRow:
    id: int
    case_id: int
    notified_on: date
    method: str  # app.domain.commission.NOTIFICATION_METHODS
    note: str
    recorded_by: str
    in_force: bool  # the notification of the decision now in force (the appeal window may run from it)


@dataclass(frozen=True)
class CaseProtocols:
    case_id: int
    status: str
    row_version: int
    commission: CommissionRow | None
    protocols: list[ProtocolRow]  # newest first
    orders: list[OrderRow]
    appeals: list[AppealRow]
    appeal_deadline: date | None  # while an appeal may be filed
    notifications: list[NotificationRow] = field(default_factory=list)
    appeal_window_from: str = ""  # the profile's rule: "notification", "protocol" or "order"
    appeal_window_waiting: str = ""  # why the appeal window has not started yet (a translatable message), or ""

    @property
    def draft(self) -> ProtocolRow | None:
        return next((p for p in self.protocols if p.status == ProtocolStatus.DRAFT), None)

    @property
    def signed(self) -> ProtocolRow | None:
        return next((p for p in self.protocols if p.status == ProtocolStatus.SIGNED), None)


def case_protocols(db: Database, case_id: int) -> CaseProtocols:
    with db.read() as session:
        case = get_case(session, case_id)
        protocols = session.execute(
            select(Protocol).where(Protocol.case_id == case_id).order_by(Protocol.version.desc(), Protocol.id.desc())
        ).scalars()
        orders = session.execute(select(Order).where(Order.case_id == case_id).order_by(Order.id)).scalars()
        appeals = session.execute(select(Appeal).where(Appeal.case_id == case_id).order_by(Appeal.id)).scalars()
        window = None
        rules = case_rules(case)
        if case.status in APPEALABLE_STATES:
            start = appeal_window_start(session, case)
            window = start + timedelta(days=rules.appeal_days) if start else None
        return CaseProtocols(
            case.id, case.status, case.row_version,
            _commission_row(case.commission) if case.commission else None,
            [_protocol_row(p) for p in protocols],
            [OrderRow(o.id, o.case_id, o.protocol_id, o.number, o.order_date, o.issued_by, o.text, o.signatory)
             for o in orders],
            [_appeal_row(a) for a in appeals], window, _notification_rows(session, case),
            rules.appeal_window_from, appeal_window_waiting(session, case),
        )


def _notification_rows(session: Session, case: Case) -> list[NotificationRow]:
    in_force = latest_notification(session, case)
    rows = session.execute(select(Notification).where(Notification.case_id == case.id)
                           .order_by(Notification.notified_on, Notification.id)).scalars()
    return [NotificationRow(n.id, n.case_id, n.notified_on, n.method, n.note, n.recorded_by,
                            in_force is not None and n.id == in_force.id) for n in rows]


def _appeal_row(a: Appeal) -> AppealRow:
    return AppealRow(a.id, a.case_id, a.filed_on, a.grounds, a.deadline, a.within_deadline, a.panel, a.outcome,
                     a.decided_on, a.new_protocol_id)


def next_protocol_number(session: Session, year: int) -> str:
    numbers = session.execute(select(Protocol.number).where(Protocol.number.like(f"%/{year}"))).scalars()
    highest = 0
    for number in numbers:
        head = number.split("/", 1)[0]
        if head.isdigit():
            highest = max(highest, int(head))
    return f"{highest + 1}/{year}"


def generate_protocol(db: Database, actor: str, case_id: int, data: ProtocolInput,
                      expected_draft: ProtocolRow | None = None) -> ProtocolRow:
    """Create (or regenerate) the draft protocol from the case's current decision lines.

    A draft may be regenerated; ``expected_draft`` is the draft as the caller saw it (None when the caller saw
    none), so that two people regenerating at once get a conflict instead of overwriting each other.
    """
    with db.write() as session:
        case = get_case(session, case_id)
        require_status(case, (CaseStatus.DECIDED,), "drawing up the protocol")
        draft = session.execute(
            select(Protocol).where(Protocol.case_id == case_id, Protocol.status == ProtocolStatus.DRAFT)).scalar()
        seen = expected_draft.id if expected_draft else None
        if (draft.id if draft else None) != seen or (draft is not None and _protocol_row(draft) != expected_draft):
            raise ConflictError(f"The draft protocol of case {case.reg_no} was changed by someone else after you "
                                "opened it. Reload the case and generate it again.")
        commission = case.commission
        if commission is None:
            raise UserError(msg("Case {case} has no commission: choose the commission first.", case=case.reg_no))
        previous = latest_signed_protocol(session, case_id)
        reason = data.change_reason.strip()
        if previous is not None and not reason:
            raise UserError(msg("Protocol {protocol} of case {case} is signed and cannot be changed: a new protocol "
                                "version needs a reason for the change.", protocol=previous.number, case=case.reg_no))
        members, signatories, votes = _members_and_votes(commission, data, case.reg_no)
        lines = current_lines(session, case_id)
        meeting = data.meeting_date or date.today()
        number = data.number.strip() or (draft.number if draft else next_protocol_number(session, meeting.year))
        clash = session.execute(select(Protocol.id).where(
            Protocol.number == number, Protocol.id != (draft.id if draft else -1))).first()
        if clash:
            raise UserError(msg("Protocol number {number} is already used; choose another number.", number=number))
        snapshot = _snapshot(case, commission, members, lines, previous)
        if draft is None:
            draft = Protocol(case_id=case_id)
            session.add(draft)
        draft.commission_id = commission.id
        draft.number = number
        draft.meeting_date = meeting
        draft.votes_for, draft.votes_against, draft.votes_abstained = votes
        draft.signatories = signatories
        draft.version = (previous.version + 1) if previous else 1
        draft.supersedes_id = previous.id if previous else None
        draft.change_reason = reason if previous else ""
        draft.snapshot = snapshot
        draft.status = ProtocolStatus.DRAFT
        session.flush()
        audit.record(session, actor, "protocol.generate", "protocol", draft.id,
                     {"case": case.reg_no, "number": number, "version": draft.version, "votes": list(votes),
                      "lines": [(line["id"], line["row_version"]) for line in snapshot["lines"]],
                      "supersedes": draft.supersedes_id, "reason": draft.change_reason})
        return _protocol_row(draft)


def _members_and_votes(commission: Commission, data: ProtocolInput, reg_no: str
                       ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], tuple[int, int, int]]:
    present_ids = set(data.present_member_ids) if data.present_member_ids is not None else {
        m.id for m in commission.members}
    unknown = (present_ids | set(data.recused)) - {m.id for m in commission.members}
    if unknown:
        raise UserError(msg("Some chosen people are not members of commission “{commission}”.",
                            commission=commission.name))
    members = []
    for member in commission.members:
        conflict = member.conflict_of_interest or member.id in data.recused
        note = member.conflict_note if member.conflict_of_interest else data.recused.get(member.id, "")
        present = member.id in present_ids
        members.append({"id": member.id, "name": member.full_name, "role": member.role,
                        "job_title": member.job_title,
                        "present": present, "votes": present and not conflict, "conflict": conflict,
                        "conflict_note": note})
    chair = next((m for m in members if m["role"] == MemberRole.CHAIR), None)
    secretary = next((m for m in members if m["role"] == "secretary"), None)
    if chair is None or secretary is None:
        raise UserError(msg("Commission “{commission}” needs a chair and a secretary before a protocol.",
                            commission=commission.name))
    if not chair["present"] or chair["conflict"]:
        raise UserError(msg("The chair {name} must be present and free of conflicts of interest for case {case}; "
                            "otherwise the commission's order must appoint a substitute.",
                            name=chair["name"], case=reg_no))
    if not secretary["present"]:
        raise UserError(msg("The secretary {name} must be present to keep the protocol.", name=secretary["name"]))
    for m in members:
        if m["id"] in data.recused and not data.recused[m["id"]].strip():
            raise UserError(msg("{name}: describe the conflict of interest in case {case}.", name=m["name"],
                                case=reg_no))
    voting = [m for m in members if m["votes"]]
    eligible = [m for m in members if not m["conflict"]]
    if len(voting) * 2 <= len(eligible):
        raise UserError(msg("No quorum: {present} of {eligible} members without a conflict of interest are "
                            "present; more than half are needed.", present=len(voting), eligible=len(eligible)))
    votes_for = len(voting) if data.votes_for is None else data.votes_for
    votes = (votes_for, data.votes_against, data.votes_abstained)
    if min(votes) < 0 or sum(votes) != len(voting):
        raise UserError(msg("The votes ({votes_for} for, {against} against, {abstained} abstained) must add up to "
                            "the {voting} voting members present.", votes_for=votes_for,
                            against=data.votes_against, abstained=data.votes_abstained, voting=len(voting)))
    signatories = [{"name": m["name"], "role": m["role"], "job_title": m["job_title"]}
                   for m in members if m["present"] and (m["role"] in OFFICER_ROLES or m["votes"])]
    return members, signatories, votes


def _snapshot(case: Case, commission: Commission, members: list[dict[str, Any]], lines: list[Any],
              previous: Protocol | None) -> dict[str, Any]:
    programme = case.programme
    rows = []
    for line in lines:
        rows.append({
            "id": line.id, "row_version": line.row_version, "line_version": line.line_version,
            "supersedes_id": line.supersedes_id, "change_reason": line.change_reason,
            "component_code": line.component_code, "component_title": line.component_title,
            "component_type": line.component_type, "component_ects": line.component_ects,
            "decision": line.decision, "credits_recognised": line.credits_recognised,
            "credits_remaining": line.credits_remaining, "partial_scope": line.partial_scope,
            "points": line.points, "max_points": line.max_points, "grade_100": line.grade_100,
            "grade_national": line.grade_national, "grade_ects": line.grade_ects,
            "original_grade": line.original_grade, "original_scale": line.original_scale,
            "conversion_method": line.conversion_method, "reasons": line.reasons,
            "coverage_pct": line.coverage_pct,
            "evidence": [{"id": e.id, "title": e.title, "awarding_body": e.awarding_body} for e in line.evidence],
        })
    undecided = [r["component_code"] for r in rows if not r["decision"]]
    if undecided:
        raise UserError(msg("Case {case}: no decision yet for {components}.", case=case.reg_no,
                            components=", ".join(undecided)))
    return {
        "case": {"reg_no": case.reg_no, "applicant": case.applicant.full_name,
                 "student_id": case.applicant.student_id,
                 "programme": f"{programme.code} {programme.title} ({programme.academic_year})" if programme else "",
                 "academic_year": case.academic_year, "semester": case.semester,
                 "policy": f"{case.policy_profile.name} v{case.policy_profile.version}" if case.policy_profile
                 else ""},
        "commission": {"name": commission.name, "faculty": commission.faculty,
                       "founding_order_no": commission.founding_order_no,
                       "founding_order_date": commission.founding_order_date.isoformat()
                       if commission.founding_order_date else None},
        "members": members,
        "lines": rows,
        "total_credits": round(sum(r["credits_recognised"] or 0.0 for r in rows), 2),
        "supersedes": {"id": previous.id, "number": previous.number, "version": previous.version}
        if previous else None,
    }


def discard_draft(db: Database, actor: str, expected: ProtocolRow) -> None:
    with db.write() as session:
        protocol = _get_protocol(session, expected)
        if protocol.status != ProtocolStatus.DRAFT:
            raise UserError(msg("Protocol {protocol} is signed: a signed protocol is never removed.",
                                protocol=protocol.number))
        audit.record(session, actor, "protocol.discard", "protocol", protocol.id,
                     {"number": protocol.number, "case_id": protocol.case_id})
        session.delete(protocol)


def sign_protocol(db: Database, actor: str, expected: ProtocolRow, comment: str = "") -> ProtocolRow:
    """Sign the draft: its decision lines are frozen and the case becomes “protocol signed”."""
    with db.write() as session:
        protocol = _get_protocol(session, expected)
        case = get_case(session, protocol.case_id)
        if protocol.status != ProtocolStatus.DRAFT:
            raise UserError(msg("Protocol {protocol} is already signed.", protocol=protocol.number))
        require_status(case, (CaseStatus.DECIDED,), "signing the protocol")
        lines = current_lines(session, case.id)
        signed_lines = {(row["id"], row["row_version"]) for row in protocol.snapshot.get("lines", [])}
        if {(line.id, line.row_version) for line in lines} != signed_lines:
            raise TransitionRefused(msg("The decisions of case {case} changed after protocol {protocol} was drawn up: "
                                        "generate it again before signing.", case=case.reg_no,
                                        protocol=protocol.number))
        row = _protocol_row(protocol)
        if not row.adopted:
            raise TransitionRefused(msg("Protocol {protocol}: the decisions were not adopted ({votes_for} for, "
                                        "{against} against, {abstained} abstained); reopen the assessment instead.",
                                        protocol=protocol.number, votes_for=protocol.votes_for,
                                        against=protocol.votes_against, abstained=protocol.votes_abstained))
        protocol.status = ProtocolStatus.SIGNED
        protocol.signed_at = utcnow()
        protocol.signed_by = actor
        for line in lines:
            line.protocol_id = protocol.id
        appeal = session.execute(
            select(Appeal).where(Appeal.case_id == case.id, Appeal.outcome.in_(("granted", "partly_granted")),
                                 Appeal.new_protocol_id.is_(None))).scalar()
        if appeal is not None:
            appeal.new_protocol_id = protocol.id
        session.flush()
        audit.record(session, actor, "protocol.sign", "protocol", protocol.id,
                     {"case": case.reg_no, "number": protocol.number, "version": protocol.version,
                      "lines": sorted(signed_lines), "supersedes": protocol.supersedes_id,
                      "appeal": appeal.id if appeal else None})
        apply_transition(session, case, CaseStatus.PROTOCOL_SIGNED, actor,
                         comment.strip() or history.comment(history.PROTOCOL_SIGNED, protocol=protocol.number),
                         {"protocol_id": protocol.id})
        return _protocol_row(protocol)


def _get_protocol(session: Session, expected: ProtocolRow) -> Protocol:
    protocol = session.get(Protocol, expected.id)
    if protocol is None:
        raise ConflictError(f"Protocol {expected.number} no longer exists (removed by someone else). Reload.")
    if _protocol_row(protocol) != expected:
        raise ConflictError(f"Protocol {expected.number} was changed by someone else after you opened it. "
                            "Reload the case.")
    return protocol


# --- orders ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderInput:
    number: str
    order_date: date | None = None
    issued_by: str = ""  # the position of whoever signs it ("Декан факультету …")
    text: str = ""
    signatory: str = ""  # their full name ("Мельник Андрій Петрович")


def issue_order(db: Database, actor: str, case_id: int, data: OrderInput, expected_case_version: int | None
                ) -> OrderRow:
    """Record the dean's or rector's order that gives effect to the signed protocol."""
    if not data.number.strip():
        raise UserError(msg("The order needs a number."))
    # An order is signed by a named person: the paper's signature gives the position and the given name and
    # SURNAME (ДСТУ 4163:2020).
    if not data.issued_by.strip() or not data.signatory.strip():
        raise UserError(msg("The order needs the position and the full name of the person who signs it."))
    with db.write() as session:
        case = get_case(session, case_id)
        check_version(case, expected_case_version, f"Case {case.reg_no}")
        require_status(case, (CaseStatus.PROTOCOL_SIGNED,), "issuing the order")
        protocol = latest_signed_protocol(session, case_id)
        if protocol is None:
            raise TransitionRefused(msg("Case {case} has no signed protocol.", case=case.reg_no))
        order_date = data.order_date or date.today()
        if protocol.signed_at and order_date < protocol.signed_at.date():
            raise UserError(msg("The order cannot be dated before protocol {protocol} was signed ({signed:%d.%m.%Y}).",
                                protocol=protocol.number, signed=protocol.signed_at.date()))
        text = data.text.strip() or _order_text(session, case, data, order_date)
        order = Order(case_id=case_id, protocol_id=protocol.id, number=data.number.strip(), order_date=order_date,
                      issued_by=data.issued_by.strip(), signatory=data.signatory.strip(), text=text)
        session.add(order)
        session.flush()
        audit.record(session, actor, "order.issue", "order", order.id,
                     {"case": case.reg_no, "number": order.number, "protocol": protocol.number})
        apply_transition(session, case, CaseStatus.ORDER_ISSUED, actor,
                         history.comment(history.ORDER_ISSUED, order=order.number), {"order_id": order.id})
        return OrderRow(order.id, order.case_id, order.protocol_id, order.number, order.order_date, order.issued_by,
                        order.text, order.signatory)


def last_order_signatory(db: Database) -> tuple[str, str]:
    """The position and full name of whoever signed the last order issued (offered for the next one), or blanks."""
    with db.read() as session:
        row = session.execute(select(Order.issued_by, Order.signatory).order_by(Order.id.desc()).limit(1)).first()
        return (row[0], row[1]) if row is not None else ("", "")


def _order_text(session: Session, case: Case, data: OrderInput, order_date: date) -> str:
    """The order's text in Ukrainian from the institution's template (``resources/templates/order_uk.txt``)."""
    from app.reports.papers import order_text
    from app.services.reports import protocol_data_of

    papers = replace(protocol_data_of(session, case), order_no=data.number.strip(), order_date=order_date,
                     order_issued_by=data.issued_by.strip(), order_signatory=data.signatory.strip())
    return order_text(papers)


# --- appeals -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NotificationInput:
    notified_on: date
    method: str  # one of NOTIFICATION_METHODS
    note: str = ""  # needed when the decision's notification is already recorded (what is corrected, and why)


def record_notification(db: Database, actor: str, case_id: int, data: NotificationInput,
                        expected_case_version: int | None) -> NotificationRow:
    """Record the day the applicant was told of the decision; where the profile counts the appeal window from the
    notification, the window starts on that day. A second record for the same decision (a correction) needs a
    note and takes the place of the first for the window."""
    if data.method not in NOTIFICATION_METHODS:
        raise UserError(f"Unknown notification method {data.method!r}: use one of {', '.join(NOTIFICATION_METHODS)}.")
    if data.notified_on > date.today():
        raise UserError(msg("A notification cannot be dated in the future."))
    with db.write() as session:
        case = get_case(session, case_id)
        check_version(case, expected_case_version, f"Case {case.reg_no}")
        require_status(case, APPEALABLE_STATES, msg("recording the applicant's notification"))
        decided = last_entered(case, CaseStatus.DECIDED)
        if decided is not None and data.notified_on < decided:
            raise UserError(msg("Case {case}: the applicant cannot have been notified on {day:%d.%m.%Y}, before the "
                                "decision of {decided:%d.%m.%Y}.", case=case.reg_no, day=data.notified_on,
                                decided=decided))
        earlier = latest_notification(session, case)
        if earlier is not None and not data.note.strip():
            raise UserError(msg("Case {case}: the notification of this decision is already recorded ({day:%d.%m.%Y}). "
                                "Say in the note what is corrected and why.", case=case.reg_no,
                                day=earlier.notified_on))
        row = Notification(case_id=case.id, notified_on=data.notified_on, method=data.method,
                           note=data.note.strip(), recorded_by=actor)
        session.add(row)
        session.flush()
        start = appeal_window_start(session, case)
        deadline = start + timedelta(days=case_rules(case).appeal_days) if start else None
        audit.record(session, actor, "case.notify", "notification", row.id,
                     {"case": case.reg_no, "notified_on": data.notified_on, "method": data.method,
                      "note": row.note, "replaces": earlier.id if earlier is not None else None,
                      "appeal_deadline": deadline})
        return NotificationRow(row.id, case.id, row.notified_on, row.method, row.note, row.recorded_by, True)


@dataclass(frozen=True)
class AppealInput:
    filed_on: date
    grounds: str
    panel: str
    late_reason: str = ""  # needed to accept an appeal filed after the deadline


@dataclass(frozen=True)
class AppealResult:
    appeal: AppealRow
    warnings: list[str]


def file_appeal(db: Database, actor: str, case_id: int, data: AppealInput, expected_case_version: int | None
                ) -> AppealResult:
    """Register an appeal against the decision or the signed protocol; the case goes “under appeal”."""
    if not data.grounds.strip():
        raise UserError(msg("An appeal needs its grounds."))
    if not data.panel.strip():
        raise UserError(msg("Name the appeal panel (its members, one per line)."))
    with db.write() as session:
        case = get_case(session, case_id)
        check_version(case, expected_case_version, f"Case {case.reg_no}")
        require_status(case, APPEALABLE_STATES, "filing an appeal")
        if data.filed_on > date.today():
            raise UserError(msg("An appeal cannot be filed in the future."))
        start = appeal_window_start(session, case)
        deadline = start + timedelta(days=case_rules(case).appeal_days) if start else None
        within = deadline is None or data.filed_on <= deadline
        if not within and not data.late_reason.strip():
            assert deadline is not None
            raise TransitionRefused(
                msg("Case {case}: the appeal was filed {days} day(s) after the deadline of {deadline:%d.%m.%Y}. "
                    "It can be accepted only with a recorded reason.", case=case.reg_no,
                    days=(data.filed_on - deadline).days, deadline=deadline))
        panel = [name.strip() for name in data.panel.splitlines() if name.strip()]
        warnings = _panel_warnings(session, case, panel)
        appeal = Appeal(case_id=case.id, filed_on=data.filed_on, grounds=data.grounds.strip(), deadline=deadline,
                        within_deadline=within, panel="\n".join(panel))
        session.add(appeal)
        session.flush()
        audit.record(session, actor, "appeal.file", "appeal", appeal.id,
                     {"case": case.reg_no, "filed_on": data.filed_on, "deadline": deadline, "within": within,
                      "late_reason": data.late_reason.strip(), "panel": panel, "warnings": warnings})
        comment: str = data.grounds.strip()
        if not within:
            comment = history.comment(history.APPEAL_LATE, grounds=comment, reason=data.late_reason.strip())
        apply_transition(session, case, CaseStatus.UNDER_APPEAL, actor, comment, {"appeal_id": appeal.id})
        return AppealResult(_appeal_row(appeal), warnings)


def _panel_warnings(session: Session, case: Case, panel: list[str]) -> list[str]:
    """The appeal panel should not be the people who took the decision."""
    protocol = latest_signed_protocol(session, case.id)
    deciders = {s.get("name", "").casefold() for s in (protocol.signatories if protocol else [])}
    if not deciders and case.commission is not None:
        deciders = {m.full_name.casefold() for m in case.commission.members}
    overlap = [name for name in panel if name.casefold() in deciders]
    if overlap:
        return [f"{', '.join(overlap)} also took the appealed decision; an appeal panel should be independent."]
    return []


def resolve_appeal(db: Database, actor: str, appeal_id: int, outcome: str, decided_on: date | None, comment: str,
                   expected_case_version: int | None) -> AppealRow:
    """Record the appeal's outcome.

    Rejected: the case returns to where it was before the appeal. Granted (fully or partly): the case returns to
    “decided” so the decisions can be revised (as new line versions) and a new protocol signed.
    """
    if outcome not in APPEAL_OUTCOMES:
        raise UserError(f"Unknown appeal outcome {outcome!r}: use one of {', '.join(APPEAL_OUTCOMES)}.")
    if not comment.strip():
        raise UserError(msg("Give the panel's reasoning for the appeal outcome."))
    with db.write() as session:
        appeal = session.get(Appeal, appeal_id)
        if appeal is None:
            raise ConflictError(f"Appeal {appeal_id} no longer exists. Reload the case.")
        case = get_case(session, appeal.case_id)
        check_version(case, expected_case_version, f"Case {case.reg_no}")
        require_status(case, (CaseStatus.UNDER_APPEAL,), "recording the appeal's outcome")
        if appeal.outcome:
            raise ConflictError(f"The appeal of case {case.reg_no} was already resolved ({appeal.outcome}).")
        decided = decided_on or date.today()
        if decided < appeal.filed_on:
            raise UserError(msg("The appeal cannot be decided before it was filed."))
        appeal.outcome = outcome
        appeal.decided_on = decided
        session.flush()
        audit.record(session, actor, "appeal.resolve", "appeal", appeal.id,
                     {"case": case.reg_no, "outcome": outcome, "decided_on": decided, "comment": comment.strip()})
        if outcome == "rejected":
            back_to = _status_before_appeal(case)
            apply_transition(session, case, back_to, actor,
                             history.comment(history.APPEAL_REJECTED, comment=comment.strip()),
                             {"appeal_id": appeal.id})
        else:
            apply_transition(session, case, CaseStatus.DECIDED, actor,
                             history.comment(history.APPEAL_GRANTED if outcome == "granted"
                                             else history.APPEAL_PARTLY_GRANTED, comment=comment.strip()),
                             {"appeal_id": appeal.id})
        return _appeal_row(appeal)


def _status_before_appeal(case: Case) -> str:
    for change in reversed(case.history):
        if change.to_status == CaseStatus.UNDER_APPEAL and change.from_status in APPEALABLE_STATES:
            return change.from_status
    return CaseStatus.DECIDED
