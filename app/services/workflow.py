"""The recognition procedure as a state machine.

registered → documents_checked → under_assessment → decided → protocol_signed → order_issued → closed, with an
appeal (``under_appeal``) from ``decided``, ``protocol_signed`` or ``order_issued`` (the appeal window runs from the
day the profile names, not until the order). Every move records who, when and why in the
case's status history and in the audit log; a move that the rules forbid is refused with the reason.

Some moves are the effect of an act rather than a button of their own: signing the protocol
(``app.services.protocols.sign_protocol``), issuing the order (``issue_order``), filing and resolving an appeal.
They are listed here too, so that the application can show them with the reason they are not yet possible, but
``transition`` refuses them and names the act that performs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db import Database
from app.domain.status import (  # noqa: F401  (re-exported for the callers of this service)
    APPEALABLE_STATES,
    BEFORE_DECISION_STATES,
    COMMISSION_EDIT_STATES,
    EDIT_ASSESSMENTS_STATES,
    EDIT_COMPONENTS_STATES,
    EDIT_DECISIONS_STATES,
    TRANSITIONS,
    Act,
    CaseStatus,
    TransitionRule,
    status_label,
)
from app.domain.verdicts import RECOGNISED_DECISIONS, ProtocolStatus, VerificationStatus
from app.errors import UserError
from app.matching.policy import VERIFICATION_LEVELS, PolicyRules, level_name, overridable, verification_level
from app.messages import msg
from app.models import Appeal, Case, CaseStatusChange, DecisionLine, EvidenceItem, Notification, Order, Protocol
from app.services import audit
from app.services.concurrency import check_version
from app.services.recognition_rules import evidence_blocks, evidence_input, policy_rules, reason_message

# The state machine lives in the domain; these names are kept for the callers of this service.
ACT_TRANSITION = Act.TRANSITION
ACT_SIGN_PROTOCOL = Act.SIGN_PROTOCOL
ACT_ISSUE_ORDER = Act.ISSUE_ORDER
ACT_FILE_APPEAL = Act.FILE_APPEAL
ACT_RESOLVE_APPEAL = Act.RESOLVE_APPEAL


def rules_of(case: Case) -> dict[str, Any]:
    """The stored rules of the policy profile version the case is decided under (empty when it has none)."""
    profile = case.policy_profile
    return dict(profile.rules or {}) if profile is not None else {}


def case_rules(case: Case) -> PolicyRules:
    """The rules of the case's policy profile version, time limits included (the defaults when the case has no
    profile, and for settings its version predates). Rules that cannot be read are a UserError naming the
    version: a deadline is never computed from a guess."""
    profile = case.policy_profile
    return policy_rules(rules_of(case), f"“{profile.name} v{profile.version}”" if profile is not None else "")


class TransitionRefused(UserError):
    """The move is not allowed now; the message says why."""


# --- reading -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransitionOption:
    to_status: str
    label: str
    act: str
    needs_comment: bool
    allowed: bool
    reason: str  # why it is not allowed now ("" when allowed)


@dataclass(frozen=True)
class Deadline:
    name: str  # "decision", "order", "appeal_window", "appeal_decision"
    label: str
    due: date
    overdue: bool
    days_left: int
    binding: bool  # True: the institution must act by then; False: the applicant's window (information)


@dataclass(frozen=True)
class Permission:
    """Whether an action is possible now and, when it is not, why (a translatable message)."""

    allowed: bool
    reason: str = ""


ALLOWED = Permission(True)


@dataclass(frozen=True)
class CaseCapabilities:
    """What the officer may do with the case now, each refusal with its reason.

    The interface enables its controls from this and never reads the case's status itself; the services refuse
    the same actions with the same reasons (``require_status`` and the guards of the moves).
    """

    add_evidence: Permission
    edit_components: Permission  # add and withdraw requested components
    run_matching: Permission
    edit_decisions: Permission  # outcome judgements and decision lines
    edit_assessments: Permission
    change_commission: Permission
    draw_up_protocol: Permission
    sign_protocol: Permission
    issue_order: Permission
    file_appeal: Permission
    record_notification: Permission
    resolve_appeal: Permission


@dataclass(frozen=True)
class WorkflowState:
    case_id: int
    reg_no: str
    status: str
    row_version: int
    options: list[TransitionOption]
    deadlines: list[Deadline]
    can: CaseCapabilities

    @property
    def overdue(self) -> bool:
        return any(d.overdue for d in self.deadlines)

    def move_to(self, status: str) -> TransitionOption | None:
        """The move to ``status`` from the current state (None when there is no such move)."""
        return next((o for o in self.options if o.to_status == status), None)


def workflow_state(db: Database, case_id: int, today: date | None = None) -> WorkflowState:
    """The case's status, every move out of it (allowed or with the reason it is not) and its deadlines."""
    with db.read() as session:
        case = get_case(session, case_id)
        options = []
        for rule in TRANSITIONS:
            if rule.from_status != case.status:
                continue
            reason = _guard(session, case, rule) or ""
            options.append(TransitionOption(rule.to_status, rule.label, rule.act, rule.needs_comment,
                                            not reason, reason))
        return WorkflowState(case.id, case.reg_no, case.status, case.row_version, options,
                             _deadlines(session, case, today or date.today()), _capabilities(case, options))


def case_deadlines(db: Database, case_id: int, today: date | None = None) -> list[Deadline]:
    with db.read() as session:
        return _deadlines(session, get_case(session, case_id), today or date.today())


# --- moving ------------------------------------------------------------------------------------------------


def transition(db: Database, actor: str, case_id: int, to_status: str, expected_version: int | None,
               comment: str = "") -> int:
    """Move the case to ``to_status``; returns the case's new row version.

    Refused (TransitionRefused, nothing saved) when the move does not exist from the current status, when it is
    the effect of an act (signing, order, appeal), when a guard fails, or when a comment is required and missing.
    """
    with db.write() as session:
        case = get_case(session, case_id)
        check_version(case, expected_version, f"Case {case.reg_no}")
        rule = find_rule(case.status, to_status)
        if rule is None:
            raise TransitionRefused(_no_such_move(case, to_status))
        if rule.act != ACT_TRANSITION:
            raise TransitionRefused(msg(
                "Case {case}: “{move}” is done by its own action ({hint}), not by changing the status directly.",
                case=case.reg_no, move=rule.label, hint=_act_hint(rule.act)))
        reason = _guard(session, case, rule)
        if reason:
            raise TransitionRefused(msg("Case {case} cannot move to “{status}”: {reason}", case=case.reg_no,
                                        status=status_name(to_status), reason=reason))
        if rule.needs_comment and not comment.strip():
            raise TransitionRefused(msg("Case {case}: “{move}” needs a comment saying why.", case=case.reg_no,
                                        move=rule.label))
        apply_transition(session, case, to_status, actor, comment.strip())
        session.flush()
        return case.row_version


def status_name(code: str) -> str:
    """The state's name for a message (a translatable ``Message``; an unknown code as it is)."""
    return status_label(code)


def find_rule(from_status: str, to_status: str) -> TransitionRule | None:
    for rule in TRANSITIONS:
        if rule.from_status == from_status and rule.to_status == to_status:
            return rule
    return None


def apply_transition(session: Session, case: Case, to_status: str, actor: str, comment: str = "",
                     payload: dict[str, Any] | None = None) -> None:
    """Record the move (status, history row, audit entry) inside the caller's transaction.

    Used by ``transition`` and by the acts that move a case as their effect; the caller has checked the rules.
    """
    from_status = case.status
    case.status = to_status
    case.history.append(CaseStatusChange(from_status=from_status, to_status=to_status, actor=actor,
                                         comment=comment))
    if to_status == CaseStatus.UNDER_ASSESSMENT:
        locked = _lock_evidence(session, case.id)
        payload = {**(payload or {}), "evidence_locked": locked}
    session.flush()
    audit.record(session, actor, "case.transition", "case", case.id,
                 {"reg_no": case.reg_no, "from": from_status, "to": to_status, "comment": comment,
                  **(payload or {})})


def require_status(case: Case, allowed: tuple[str, ...], what: str) -> None:
    """Refuse an edit that the case's current status does not allow."""
    if case.status not in allowed:
        raise TransitionRefused(status_refusal(case, allowed, what))


def status_refusal(case: Case, allowed: tuple[str, ...], what: str) -> str:
    """Why ``what`` is not possible in the case's current status (it is in the ``allowed`` ones)."""
    allowed = tuple(dict.fromkeys(allowed))  # each state named once, in procedure order
    return msg("Case {case} is “{status}”: {what} is possible only when the case is {allowed}.",
               case=case.reg_no, status=status_name(case.status), what=what,
               allowed=" or ".join(f"“{status_name(s)}”" for s in allowed))


# --- capabilities ------------------------------------------------------------------------------------------

S = CaseStatus
PROTOCOL_STATES: tuple[str, ...] = (S.DECIDED,)  # a protocol is drawn up for the decisions taken
MATCHING_STATES: tuple[str, ...] = tuple(dict.fromkeys(EDIT_COMPONENTS_STATES + EDIT_DECISIONS_STATES))


def _capabilities(case: Case, options: list[TransitionOption]) -> CaseCapabilities:
    from app.services.evidence import IMPORT_ALLOWED

    def in_states(allowed: tuple[str, ...], what: str) -> Permission:
        return ALLOWED if case.status in allowed else Permission(False, status_refusal(case, allowed, what))

    def act(which: Act, what: str) -> Permission:
        # An act that moves the case is possible when its move is (its guard gives the reason when not).
        option = next((o for o in options if o.act == which), None)
        if option is not None:
            return Permission(option.allowed, option.reason)
        states = tuple(dict.fromkeys(r.from_status for r in TRANSITIONS if r.act == which))
        return in_states(states, what)

    return CaseCapabilities(
        add_evidence=in_states(IMPORT_ALLOWED, msg("adding evidence")),
        edit_components=in_states(EDIT_COMPONENTS_STATES, msg("changing the requested components")),
        run_matching=in_states(MATCHING_STATES, msg("matching")),
        edit_decisions=in_states(EDIT_DECISIONS_STATES, msg("changing a decision")),
        edit_assessments=in_states(EDIT_ASSESSMENTS_STATES, msg("recording an assessment")),
        change_commission=in_states(COMMISSION_EDIT_STATES, msg("changing the commission")),
        draw_up_protocol=in_states(PROTOCOL_STATES, msg("drawing up the protocol")),
        sign_protocol=act(Act.SIGN_PROTOCOL, msg("signing the protocol")),
        issue_order=act(Act.ISSUE_ORDER, msg("issuing the order")),
        file_appeal=act(Act.FILE_APPEAL, msg("filing an appeal")),
        record_notification=in_states(APPEALABLE_STATES, msg("recording the applicant's notification")),
        resolve_appeal=act(Act.RESOLVE_APPEAL, msg("recording the appeal's outcome")),
    )


# --- guards ------------------------------------------------------------------------------------------------


def _act_guard(session: Session, case: Case, act: str) -> str | None:
    """Why an act (signing, the order, an appeal) is not possible now, or None."""
    if act == ACT_SIGN_PROTOCOL:
        draft = session.execute(
            select(Protocol.id).where(Protocol.case_id == case.id, Protocol.status == ProtocolStatus.DRAFT)
        ).first()
        if draft is None:
            return msg("there is no protocol to sign: generate it on the “Commission & protocol” tab first")
        return None
    if act == ACT_ISSUE_ORDER:
        return None if latest_signed_protocol(session, case.id) else msg("no protocol has been signed")
    if act == ACT_RESOLVE_APPEAL:
        return None if open_appeal(session, case.id) else msg("there is no open appeal")
    return None  # filing an appeal: its time is checked with the appeal's date (a late one needs a reason)


def _guard(session: Session, case: Case, rule: TransitionRule) -> str | None:
    """Why the move is not possible now, or None."""
    to = rule.to_status
    if rule.act != ACT_TRANSITION:
        return _act_guard(session, case, rule.act)
    if to == CaseStatus.CLOSED and case.status == CaseStatus.ORDER_ISSUED:
        return _appeal_window_still_open(session, case)
    if to == CaseStatus.DOCUMENTS_CHECKED:
        if case.programme_id is None:
            return msg("no programme is chosen for the case")
        unreadable_item = or_(EvidenceItem.verification_status == VerificationStatus.FAILED,
                              EvidenceItem.import_error != "")
        count, unreadable = session.execute(
            select(func.count(EvidenceItem.id), func.coalesce(func.sum(sql_case((unreadable_item, 1), else_=0)), 0))
            .where(EvidenceItem.case_id == case.id)
        ).one()
        if not count:
            return msg("the case has no evidence: import the applicant's certificates first")
        if unreadable:
            return msg("{count} evidence file(s) could not be read: remove or replace them", count=unreadable)
        return None
    if to == CaseStatus.UNDER_ASSESSMENT and case.status == CaseStatus.DOCUMENTS_CHECKED:
        if not current_lines(session, case.id):
            return msg("no programme components are requested: add them on the “Components & matching” tab")
        return _verification_problem(session, case)
    if to == CaseStatus.DECIDED and case.status == CaseStatus.UNDER_ASSESSMENT:
        lines = current_lines(session, case.id)
        if not lines:
            return msg("no programme components are requested")
        open_lines = [line.component_code for line in lines if not line.decision]
        if open_lines:
            return msg("no decision yet for {components}", components=", ".join(open_lines))
        # Only the evidence a recognition rests on binds the decision (a refused certificate does not).
        return _rule_problem(session, case, lines)
    return None


def _appeal_window_still_open(session: Session, case: Case) -> str | None:
    """A case is not closed while the applicant may still appeal (a closed case takes no appeal)."""
    start = appeal_window_start(session, case)
    if start is None:
        return appeal_window_waiting(session, case) or None
    deadline = start + timedelta(days=case_rules(case).appeal_days)
    if date.today() <= deadline:
        return msg("appeals are accepted until {deadline:%d.%m.%Y}: the case can be closed after that day",
                   deadline=deadline)
    return None


def _verification_problem(session: Session, case: Case) -> str | None:
    """The profile's required verification level, for every readable credential of the case."""
    rules = case_rules(case)
    if rules.required_verification == "none":
        return None
    items = session.execute(
        select(EvidenceItem).where(EvidenceItem.case_id == case.id, EvidenceItem.import_error == "")
        .order_by(EvidenceItem.id)).scalars()
    short = []
    for item in items:
        facts = evidence_input(item).facts
        level = verification_level(facts.verification_status, facts.manually_checked, facts.issuer_binding)
        if level == "invalid" or VERIFICATION_LEVELS.index(level) < VERIFICATION_LEVELS.index(
                rules.required_verification):
            short.append(item.title or item.original_name)
    if short:
        return msg("the policy profile requires the verification level “{required}”, not reached by {evidence}: "
                   "record a person's check of the original on the “Evidence” tab",
                   required=level_name(rules.required_verification), evidence=", ".join(short))
    return None


def _rule_problem(session: Session, case: Case, lines: list[DecisionLine]) -> str | None:
    """A recognition the rules refuse on its evidence, or allow only with an override the line does not have."""
    rules = case_rules(case)
    for line in lines:
        if line.decision not in RECOGNISED_DECISIONS:
            continue
        items = list(line.evidence) or [i for i in session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == case.id, EvidenceItem.import_error == "")).scalars()]
        kept = {str(o.get("rule")) for o in line.rule_overrides or [] if isinstance(o, dict)}
        for reason in evidence_blocks(rules, [evidence_input(i) for i in items]):
            if overridable(reason) and reason.code in kept:
                continue
            return msg("{component} is recognised although {reason}", component=line.component_code,
                       reason=reason_message(reason))
    return None


def _no_such_move(case: Case, to_status: str) -> str:
    allowed = [r.to_status for r in TRANSITIONS if r.from_status == case.status]
    if case.status == to_status:
        return msg("Case {case} is already “{status}”.", case=case.reg_no, status=status_name(to_status))
    if not allowed:
        return msg("Case {case} is “{status}”: no further moves are possible.", case=case.reg_no,
                   status=status_name(case.status))
    return msg("Case {case} cannot go from “{status}” to “{to_status}”; from “{status}” it can go to {allowed}.",
               case=case.reg_no, status=status_name(case.status), to_status=status_name(to_status),
               allowed=", ".join(f"“{status_name(s)}”" for s in allowed))


def _act_hint(act: str) -> str:
    hints: dict[str, str] = {
        ACT_SIGN_PROTOCOL: msg("sign the protocol on the “Commission & protocol” tab"),
        ACT_ISSUE_ORDER: msg("issue the order on the “Commission & protocol” tab"),
        ACT_FILE_APPEAL: msg("file the appeal on the “Commission & protocol” tab"),
        ACT_RESOLVE_APPEAL: msg("record the appeal's outcome on the “Commission & protocol” tab"),
    }
    return hints.get(act, act)


# --- helpers shared with the decision and protocol services ------------------------------------------------


def get_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise UserError(msg("Case {case} does not exist (it may have been removed by another user).", case=case_id))
    return case



def current_lines(session: Session, case_id: int) -> list[DecisionLine]:
    return list(session.execute(
        select(DecisionLine).where(DecisionLine.case_id == case_id, DecisionLine.is_current.is_(True))
        .order_by(DecisionLine.id)
    ).scalars())



def latest_signed_protocol(session: Session, case_id: int) -> Protocol | None:
    return session.execute(
        select(Protocol).where(Protocol.case_id == case_id, Protocol.status == ProtocolStatus.SIGNED)
        .order_by(Protocol.signed_at.desc(), Protocol.id.desc()).limit(1)
    ).scalar()



def open_appeal(session: Session, case_id: int) -> Appeal | None:
    return session.execute(
        select(Appeal).where(Appeal.case_id == case_id, Appeal.outcome == "").order_by(Appeal.id.desc()).limit(1)
    ).scalar()



def _lock_evidence(session: Session, case_id: int) -> int:
    items = session.execute(
        select(EvidenceItem).where(EvidenceItem.case_id == case_id, EvidenceItem.locked.is_(False))
    ).scalars().all()
    for item in items:
        item.locked = True
    return len(items)


def last_entered(case: Case, status: str) -> date | None:
    """The date the case last entered ``status`` (from its history)."""
    for change in reversed(case.history):
        if change.to_status == status:
            return change.at.date()
    return None


def _deadlines(session: Session, case: Case, today: date) -> list[Deadline]:
    result: list[Deadline] = []
    read: list[PolicyRules] = []

    def rules() -> PolicyRules:  # read only when a deadline needs them (not for a closed case, say)
        if not read:
            read.append(case_rules(case))
        return read[0]

    def add(name: str, label: str, due: date, binding: bool = True) -> None:
        days_left = (due - today).days
        result.append(Deadline(name, label, due, binding and days_left < 0, days_left, binding))

    if case.status in BEFORE_DECISION_STATES:
        due = case.deadline or case.filed_on + timedelta(days=rules().decision_days)
        add("decision", "Decision due", due)
    if case.status == CaseStatus.PROTOCOL_SIGNED:
        protocol = latest_signed_protocol(session, case.id)
        signed = protocol.signed_at.date() if protocol and protocol.signed_at else last_entered(case, case.status)
        if signed:
            add("order", "Order due", signed + timedelta(days=rules().order_days))
    if case.status in APPEALABLE_STATES:
        start = appeal_window_start(session, case)
        if start:
            add("appeal_window", "Appeals accepted until", start + timedelta(days=rules().appeal_days),
                binding=False)
    if case.status == CaseStatus.UNDER_APPEAL:
        appeal = open_appeal(session, case.id)
        if appeal is not None:
            add("appeal_decision", "Appeal decision due",
                appeal.filed_on + timedelta(days=rules().appeal_decision_days))
    return result


def appeal_window_start(session: Session, case: Case) -> date | None:
    """The day the applicant's appeal window starts, per the profile's ``appeal_window_from``; None while that day
    has not come (no notification recorded since the decision, no order yet): an appeal is then in time.

    "protocol" (the behaviour of profile versions stored before the setting): the latest signed protocol, or
    before one is signed, the day of the decision."""
    basis = case_rules(case).appeal_window_from
    if basis == "notification":
        notification = latest_notification(session, case)
        return notification.notified_on if notification is not None else None
    if basis == "order":
        order = latest_order(session, case.id)
        return order.order_date if order is not None else None
    protocol = latest_signed_protocol(session, case.id)
    if protocol is not None and protocol.signed_at is not None:
        return protocol.signed_at.date()
    return last_entered(case, CaseStatus.DECIDED)


def latest_notification(session: Session, case: Case) -> Notification | None:
    """The applicant's latest notification of the decision now in force (one recorded before the decision was
    revised, after an appeal say, concerns the old decision and does not count)."""
    decided_at = next((c.at for c in reversed(case.history) if c.to_status == CaseStatus.DECIDED), None)
    query = select(Notification).where(Notification.case_id == case.id)
    if decided_at is not None:  # recorded after the decision now in force was taken
        query = query.where(Notification.created_at >= decided_at)
    return session.execute(query.order_by(Notification.notified_on.desc(), Notification.id.desc()).limit(1)).scalar()


def latest_order(session: Session, case_id: int) -> Order | None:
    return session.execute(
        select(Order).where(Order.case_id == case_id, Order.order_date.is_not(None))
        .order_by(Order.order_date.desc(), Order.id.desc()).limit(1)
    ).scalar()


def appeal_window_waiting(session: Session, case: Case) -> str:
    """Why the appeal window has not started yet ("" when it has, or when the case cannot be appealed now)."""
    if case.status not in APPEALABLE_STATES or appeal_window_start(session, case) is not None:
        return ""
    basis = case_rules(case).appeal_window_from
    if basis == "notification":
        return msg("The appeal window starts when the applicant is notified of the decision: record the "
                   "notification.")
    if basis == "order":
        return msg("The appeal window starts on the date of the order.")
    return ""
