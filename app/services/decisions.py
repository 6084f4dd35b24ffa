"""Decisions per programme component: requested components, matching results, the officer's judgements,
decision lines, cap accounting, precedents and assessment records.

A requested component is a decision line without a decision yet; the line keeps a snapshot of the component (the
catalogue may change later). Matching results are stored as outcome mappings on the line, and the officer confirms
or overrides each pair. Every edit is one transaction with an audit entry and an optimistic version check.

Once a protocol containing a line is signed the line is frozen: any change creates a new line version that points
to the one it supersedes, with a reason; the old version stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.db import Database
from app.domain.commission import (
    ASSESSMENT_FORMS,  # noqa: F401  (re-exported for the callers of this service)
    split_codes,
)
from app.domain.progress import Progress, check_cancelled
from app.domain.verdicts import DECISION_OF_PROPOSAL, RECOGNISED_DECISIONS, Decision, Proposal, ProtocolStatus
from app.errors import ConflictError, UserError
from app.matching import policy
from app.matching.policy import overridable as policy_overridable
from app.messages import Message, msg
from app.models import (
    DECISIONS,
    JUDGEMENTS,
    Assessment,
    Case,
    Component,
    DecisionLine,
    EvidenceItem,
    OutcomeMapping,
    Protocol,
)
from app.models.base import utcnow
from app.services import audit
from app.services import recognition_rules as bridge
from app.services.concurrency import check_version, serialise_student
from app.services.credited_hours import credited_elsewhere
from app.services.workflow import (
    EDIT_ASSESSMENTS_STATES,
    EDIT_COMPONENTS_STATES,
    EDIT_DECISIONS_STATES,
    case_rules,
    current_lines,
    get_case,
    require_status,
)
from app.translation import Translate, load_translator, render_message

Rules = bridge.policy.PolicyRules




# --- plain rows for the application ------------------------------------------------------------------------


@dataclass(frozen=True)
class MappingRow:
    id: int
    position: int
    component_outcome: str
    credential_outcome: str
    evidence_item_id: int | None
    evidence_title: str
    score: float | None
    layer: str
    explanation: str
    judgement: str | None
    comment: str


@dataclass(frozen=True)
class LineRow:
    id: int
    case_id: int
    component_id: int | None
    component_code: str
    component_title: str
    component_type: str
    component_semester: int | None
    component_ects: float
    component_hours: int | None
    component_control: str
    programme_version: str
    policy_version: str
    coverage_pct: float | None
    evidence_hours: float | None
    evidence_ects: float | None
    proposal: str
    proposal_reasons: list[dict[str, Any]]  # {"code", "rule", "params", "severity", "text"}
    decision: str | None
    credits_recognised: float | None
    credits_remaining: float | None
    partial_scope: str
    points: float | None
    max_points: float | None
    grade_100: float | None
    grade_national: str
    grade_ects: str
    original_grade: str
    original_scale: str
    conversion_method: str
    reasons: str
    cap_before: float | None
    cap_after: float | None
    decided_by: str
    decided_at: datetime | None
    line_version: int
    supersedes_id: int | None
    change_reason: str
    is_current: bool
    protocol_id: int | None
    frozen: bool
    row_version: int
    evidence_ids: list[int]
    mappings: list[MappingRow] = field(default_factory=list)
    outcome_threshold: float = 0.5  # the profile's score at which a pair counts as covered
    rule_overrides: list[dict[str, Any]] = field(default_factory=list)  # the commission's overrides of rules


def _line_row(session: Session, line: DecisionLine) -> LineRow:
    titles = {item_id: title or name for item_id, title, name in session.execute(
        select(EvidenceItem.id, EvidenceItem.title, EvidenceItem.original_name)
        .where(EvidenceItem.case_id == line.case_id))}
    frozen = is_frozen(session, line)
    coverage, proposal, reasons = shown_proposal(session, line, frozen)
    return LineRow(
        id=line.id, case_id=line.case_id, component_id=line.component_id, component_code=line.component_code,
        component_title=line.component_title, component_type=line.component_type,
        component_semester=line.component_semester, component_ects=line.component_ects,
        component_hours=line.component_hours, component_control=line.component_control,
        programme_version=line.programme_version, policy_version=line.policy_version,
        coverage_pct=coverage, evidence_hours=line.evidence_hours, evidence_ects=line.evidence_ects,
        proposal=proposal, proposal_reasons=[_reason(r) for r in reasons],
        decision=line.decision, credits_recognised=line.credits_recognised,
        credits_remaining=line.credits_remaining, partial_scope=line.partial_scope, points=line.points,
        max_points=line.max_points, grade_100=line.grade_100, grade_national=line.grade_national,
        grade_ects=line.grade_ects, original_grade=line.original_grade, original_scale=line.original_scale,
        conversion_method=line.conversion_method, reasons=line.reasons, cap_before=line.cap_before,
        cap_after=line.cap_after, decided_by=line.decided_by, decided_at=line.decided_at,
        line_version=line.line_version, supersedes_id=line.supersedes_id, change_reason=line.change_reason,
        is_current=line.is_current, protocol_id=line.protocol_id, frozen=frozen,
        row_version=line.row_version, evidence_ids=sorted(e.id for e in line.evidence),
        outcome_threshold=case_rules(line.case).outcome_threshold,
        rule_overrides=[dict(o) for o in line.rule_overrides or [] if isinstance(o, dict)],
        mappings=[
            MappingRow(m.id, m.position, m.component_outcome, m.credential_outcome, m.evidence_item_id,
                       titles.get(m.evidence_item_id, "") if m.evidence_item_id else "", m.score, m.layer,
                       m.explanation, m.judgement, m.comment)
            for m in line.mappings
        ],
    )


def shown_proposal(session: Session, line: DecisionLine,
                   frozen: bool | None = None) -> tuple[float | None, str, list[dict[str, Any]]]:
    """The line's coverage (%), proposal and reasons as the view and the case report show them. A proposal not
    decided on yet is shown as the rules give it now: a decision on another component may have spent credits under
    the cap, or hours of its credentials, since it was stored. A decided line keeps the proposal it was decided on."""
    if frozen is None:
        frozen = is_frozen(session, line)
    if line.decision is None and line.mappings and line.is_current and not frozen:
        return _proposal_now(session, line)
    return line.coverage_pct, line.proposal, list(line.proposal_reasons or [])


def _reason(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    return {"code": "", "rule": "", "params": {}, "severity": "info", "text": str(value)}


def case_lines(db: Database, case_id: int) -> list[LineRow]:
    """The case's current decision lines (one per requested component), with their outcome mappings."""
    with db.read() as session:
        get_case(session, case_id)
        return [_line_row(session, line) for line in current_lines(session, case_id)]


def get_line(db: Database, line_id: int) -> LineRow:
    with db.read() as session:
        return _line_row(session, _get_line(session, line_id))


def line_history(db: Database, line_id: int) -> list[LineRow]:
    """Every version of the line, newest first (older versions stay readable after a change)."""
    with db.read() as session:
        line: DecisionLine | None = _get_line(session, line_id)
        # Walk forward to the newest version, then back through ``supersedes_id``.
        while line is not None:
            newer = session.execute(
                select(DecisionLine).where(DecisionLine.supersedes_id == line.id).limit(1)).scalar()
            if newer is None:
                break
            line = newer
        versions = []
        while line is not None:
            versions.append(_line_row(session, line))
            line = session.get(DecisionLine, line.supersedes_id) if line.supersedes_id else None
        return versions


def is_frozen(session: Session, line: DecisionLine) -> bool:
    """True when the line is part of a signed protocol."""
    if line.protocol_id is None:
        return False
    protocol = session.get(Protocol, line.protocol_id)
    return protocol is not None and protocol.status == ProtocolStatus.SIGNED


# --- requested components ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComponentChoice:
    id: int
    code: str
    title: str
    type: str
    semester: int | None
    ects: float
    requested: bool
    eligible: bool
    note: str


def requestable_components(db: Database, case_id: int) -> list[ComponentChoice]:
    """The components of the case's programme, marked as requested or not and as eligible under the profile."""
    with db.read() as session:
        case = get_case(session, case_id)
        if case.programme_id is None:
            return []
        requested = {line.component_id for line in current_lines(session, case_id)}
        rules = case_rules(case)
        result = []
        for component in session.execute(
            select(Component).where(Component.programme_id == case.programme_id).order_by(Component.position)
        ).scalars():
            note = bridge.eligibility_problem(rules, component.type)
            result.append(ComponentChoice(component.id, component.code, component.title, component.type,
                                          component.semester, component.ects, component.id in requested,
                                          not note, note or ""))
        return result


def request_components(db: Database, actor: str, case_id: int, component_ids: Sequence[int]) -> list[int]:
    """Add decision lines (without a decision) for the components the applicant asks to have recognised."""
    with db.write() as session:
        case = get_case(session, case_id)
        require_status(case, EDIT_COMPONENTS_STATES, "changing the requested components")
        existing = {line.component_id for line in current_lines(session, case_id)}
        new_lines = []
        for component_id in component_ids:
            if component_id in existing:
                continue
            component = session.get(Component, component_id)
            if component is None or component.programme_id != case.programme_id:
                raise UserError(f"Component {component_id} is not part of the programme of case {case.reg_no}.")
            line = DecisionLine(case_id=case.id, **_snapshot(case, component))
            session.add(line)
            new_lines.append(line)
            existing.add(component_id)
        session.flush()
        for line in new_lines:
            audit.record(session, actor, "decision_line.request", "decision_line", line.id,
                         {"case": case.reg_no, "component": line.component_code})
        return [line.id for line in new_lines]


def _snapshot(case: Case, component: Component) -> dict[str, Any]:
    programme = component.programme
    profile = case.policy_profile
    return {
        "component_id": component.id, "component_code": component.code, "component_title": component.title,
        "component_type": component.type, "component_semester": component.semester,
        "component_ects": component.ects, "component_hours": component.hours,
        "component_control": component.control,
        "programme_version": f"{programme.code} {programme.academic_year}".strip(),
        "policy_version": f"{profile.name} v{profile.version}" if profile else "",
    }


def withdraw_component(db: Database, actor: str, line_id: int, expected_version: int | None) -> None:
    """Remove a requested component that has no decision yet and is in no protocol."""
    with db.write() as session:
        line = _get_line(session, line_id)
        case = line.case
        require_status(case, EDIT_COMPONENTS_STATES, "changing the requested components")
        check_version(line, expected_version, f"Decision line {line.component_code}")
        if line.decision or line.protocol_id or line.supersedes_id:
            raise UserError(msg("Component {component} of case {case} already has a decision and cannot be withdrawn; "
                                "record “not recognised” with a reason instead.",
                                component=line.component_code, case=case.reg_no))
        audit.record(session, actor, "decision_line.withdraw", "decision_line", line.id,
                     {"case": case.reg_no, "component": line.component_code})
        session.delete(line)


# --- matching ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceChoice:
    """A credential of the case as the officer chooses it for matching."""

    id: int
    title: str
    awarding_body: str
    verification_status: str
    outcomes: int  # how many learning outcomes it states (0: nothing to match)


def case_evidence(db: Database, case_id: int) -> list[EvidenceChoice]:
    with db.read() as session:
        get_case(session, case_id)
        items = session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == case_id).order_by(EvidenceItem.id)).scalars()
        return [EvidenceChoice(e.id, e.title or e.original_name, e.awarding_body, e.verification_status,
                               len(bridge.evidence_input(e).outcomes) if not e.import_error else 0) for e in items]


@dataclass(frozen=True)
class MatchingSummary:
    lines: int
    pairs: int
    skipped: list[str]  # messages about lines that could not be matched


def warm_up_matching(db: Database, case_id: int) -> int:
    """Prepare the matching of a case ahead of time (lemmas and, with the embedding layer, vectors of the
    requested components' outcomes and of the evidence outcomes), so that "Run matching" answers at once.
    Returns the number of texts prepared; changes no record (new vectors go to the vector cache)."""
    from app.matching.engine import default_engine
    from app.services.vectors import attach

    attach(db)
    with db.read() as session:
        texts = [outcome for item in session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == case_id)).scalars()
            for outcome in bridge.evidence_input(item).outcomes]
        for line in current_lines(session, case_id):
            component = session.get(Component, line.component_id) if line.component_id else None
            if component is not None:
                texts.extend(o.text for o in component.outcomes)
            else:
                texts.extend(m.component_outcome for m in line.mappings)
    unique = list(dict.fromkeys(t for t in texts if t))
    default_engine().warm_up(unique)
    return len(unique)


def run_matching(db: Database, actor: str, case_id: int, line_ids: Sequence[int] | None = None,
                 progress: Progress | None = None, evidence_ids: Sequence[int] | None = None) -> MatchingSummary:
    """Match the case's evidence against each requested component and store the pairs and the proposal.

    ``evidence_ids`` limits the matching to the credentials the officer chose (default: all of the case's).
    The officer's judgements are kept for pairs that come out the same (same component outcome, same incoming
    outcome, same evidence item). Frozen lines are not touched (their matching is part of what was signed).
    """
    with db.read() as session:
        case = get_case(session, case_id)
        require_status(case, EDIT_COMPONENTS_STATES + EDIT_DECISIONS_STATES, "matching")
        rules = case_rules(case)
        evidence = [bridge.evidence_input(item) for item in session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == case_id).order_by(EvidenceItem.id)).scalars()]
        if evidence_ids is not None:
            unknown = set(evidence_ids) - {e.id for e in evidence}
            if unknown:
                raise UserError(f"Some chosen evidence does not belong to case {case.reg_no}.")
            evidence = [e for e in evidence if e.id in set(evidence_ids)]
        todo = []
        skipped = []
        for line in current_lines(session, case_id):
            if line_ids is not None and line.id not in line_ids:
                continue
            if is_frozen(session, line):
                skipped.append(f"{line.component_code}: signed in a protocol, not re-matched")
                continue
            component = session.get(Component, line.component_id) if line.component_id else None
            outcomes = ([o.text for o in component.outcomes] if component
                        else [m.component_outcome for m in line.mappings])
            todo.append((line.id, line.row_version, line.component_code, outcomes))
        # Every component of the case's programme, asked for or not: where each credential stands among them.
        programme = [[o.text for o in component.outcomes] for component in case.programme.components] \
            if case.programme is not None else []
    from app.matching.coverage import prepare_pairs, standings_among, warm_up
    from app.services.vectors import attach

    attach(db)
    # Every text embedded in one call (vectors already in the cache are read, not computed), then each credential
    # text scored against every component outcome at once (the components below find their pairs ready).
    programme_outcomes = [o for item in todo for o in item[3]]
    warm_up([*programme_outcomes, *(o for c in programme for o in c), *(o for e in evidence for o in e.outcomes)])
    matched = [(c.outcomes, c.facts.language) for c in evidence if c.readable and c.outcomes]
    for outcomes_and_language in matched:
        check_cancelled(progress)
        prepare_pairs(programme_outcomes, [outcomes_and_language])
    results = []
    # Where each credential stands among all the programme's components, for this matching only.
    with standings_among(programme, matched):
        for done, (line_id, version, code, outcomes) in enumerate(todo):
            check_cancelled(progress)
            if progress is not None:
                progress.report(done, len(todo), code)
            results.append((line_id, version, bridge.match_component(rules, outcomes, evidence)))
    check_cancelled(progress)
    pairs = 0
    with db.write() as session:
        for line_id, version, result in results:
            line = _get_line(session, line_id)
            check_version(line, version, f"Decision line {line.component_code}")
            _store_match(session, line, result)
            pairs += len(result.pairs)
            session.flush()
            audit.record(session, actor, "decision_line.match", "decision_line", line.id,
                         {"component": line.component_code, "coverage_pct": line.coverage_pct,
                          "proposal": line.proposal, "evidence": [e.id for e in line.evidence],
                          "statement": result.statement, "engine": result.engine,
                          "evidence_chosen_by_officer": list(evidence_ids) if evidence_ids is not None else None})
    if progress is not None:
        progress.report(len(todo), len(todo), "")
    return MatchingSummary(len(results), pairs, skipped)


def _store_match(session: Session, line: DecisionLine, result: bridge.LineMatch) -> None:
    previous = {(m.component_outcome, m.credential_outcome, m.evidence_item_id): m for m in line.mappings}
    mappings = []
    for position, pair in enumerate(result.pairs):
        old = previous.get((pair.component_outcome, pair.credential_outcome, pair.evidence_item_id))
        mappings.append(OutcomeMapping(
            position=position, component_outcome=pair.component_outcome,
            credential_outcome=pair.credential_outcome, evidence_item_id=pair.evidence_item_id,
            score=pair.score, layer=pair.layer, explanation=pair.explanation,
            judgement=old.judgement if old else None, comment=old.comment if old else "",
        ))
    line.mappings = mappings
    line.evidence = [item for item in (session.get(EvidenceItem, i) for i in result.evidence_ids) if item]
    line.evidence_hours = result.evidence_hours
    line.evidence_ects = result.evidence_ects
    _refresh_proposal(session, line, result.statement)


def _refresh_proposal(session: Session, line: DecisionLine, statement: str | None = None) -> None:
    """Coverage and the policy proposal from the stored pairs, with the officer's judgements where given."""
    line.coverage_pct, line.proposal, line.proposal_reasons = _proposal_now(session, line, statement)
    flag_modified(line, "proposal_reasons")


def _proposal_now(session: Session, line: DecisionLine,
                  statement: str | None = None) -> tuple[float | None, str, list[dict[str, Any]]]:
    """The line's coverage (%), proposal and reasons as the rules give them now, from its stored pairs."""
    rules = case_rules(line.case)
    if statement is None:  # keep what the matching said about the credentials used
        statement = bridge.stored_statement(line.proposal_reasons or [])
    result = bridge.match_result(rules, [(m.component_outcome, m.credential_outcome, m.score, m.layer, m.judgement,
                                          m.explanation) for m in line.mappings])
    proposal = _line_proposal(session, line, result, statement)
    return (None if proposal.coverage is None else round(proposal.coverage * 100, 1)), proposal.proposal, \
        proposal.reasons


def refresh_proposals(session: Session, case_id: int) -> None:
    """Recompute the proposals of the case's matched lines that are not signed (after a check of evidence)."""
    for line in current_lines(session, case_id):
        if line.mappings and not is_frozen(session, line):
            _refresh_proposal(session, line)


def _line_proposal(session: Session, line: DecisionLine, result: Any, statement: str = "") -> bridge.LineProposal:
    """The policy's proposal for the line on ``result``: its credentials, the credits under the cap and the hours
    the student's other recognitions took (the stored proposal and the form's suggestion alike)."""
    case = line.case
    rules = case_rules(case)
    items = _proposal_items(session, line)
    return bridge.propose(rules, line, result, [bridge.evidence_input(i) for i in items],
                          _cap_used(session, case, exclude_line_id=line.id), _cap_base(case, rules), statement,
                          elsewhere=_credited_elsewhere(session, line, items))


def _proposal_items(session: Session, line: DecisionLine) -> list[EvidenceItem]:
    """The credentials behind the line: those chosen by matching, else every readable one of the case."""
    return list(line.evidence) or list(session.execute(
        select(EvidenceItem).where(EvidenceItem.case_id == line.case_id, EvidenceItem.import_error == "")
    ).scalars())


def _credited_elsewhere(session: Session, line: DecisionLine, items: Sequence[EvidenceItem], *,
                        before_only: bool = False) -> policy.CreditedElsewhere:
    """The hours of ``items`` the student's other recognitions hold (``credited_hours.credited_elsewhere``)."""
    recognitions = [(other, _decision_evidence(session, other), case_rules(other_case))
                    for other, other_case in _student_lines(session, line.case)]
    return credited_elsewhere(items, recognitions, line.id, before_only=before_only)


def suggested_decision(db: Database, line_id: int, lang: str = "en") -> DecisionInput | None:
    """The policy proposal as decision values the officer can start from (None before matching)."""
    with db.read() as session:
        line = _get_line(session, line_id)
        case = line.case
        rules = case_rules(case)
        result = bridge.match_result(rules, [(m.component_outcome, m.credential_outcome, m.score, m.layer,
                                              m.judgement, m.explanation) for m in line.mappings])
        proposal = _line_proposal(session, line, result)
        if not proposal.proposal:
            return None
        decision = DECISION_OF_PROPOSAL[Proposal(proposal.proposal)]
        grade = proposal.grade
        texts = bridge.reason_texts(proposal.reasons, lang)
        covered = [pair.component_outcome for pair in result.pairs if pair.status == "covered"]
        scope = ""
        if decision == "partial" and covered:
            scope = render_message(msg("Recognised outcomes: {outcomes}", outcomes="; ".join(covered)),
                                   load_translator(lang))
        elif decision == "partial":  # none covered, most partly evidenced (rule partly_evidence_partial)
            partly = [pair.component_outcome for pair in result.pairs if pair.status == "partly"]
            scope = render_message(msg("Outcomes partly evidenced, each pair to be confirmed by the commission: "
                                       "{outcomes}", outcomes="; ".join(partly)), load_translator(lang))
        return DecisionInput(
            decision=decision,
            credits_recognised=proposal.credits if decision != Decision.NONE else 0.0, partial_scope=scope,
            points=proposal.partial_points, max_points=line.max_points,
            grade_100=grade.points if grade and decision != Decision.NONE else None,
            grade_national=grade.national if grade and decision != Decision.NONE else "",
            grade_ects=grade.ects if grade and decision != Decision.NONE else "",
            original_grade=grade.original if grade else "", original_scale=grade.original_scale if grade else "",
            conversion_method=grade.method if grade else "",
            reasons="; ".join(texts),
            evidence_ids=sorted(e.id for e in line.evidence) or None,
        )


def _session_of(obj: Any) -> Session:
    from sqlalchemy.orm import object_session

    session = object_session(obj)
    assert session is not None
    return session


# --- the officer's judgement of one pair -------------------------------------------------------------------


@dataclass(frozen=True)
class EditResult:
    line_id: int  # the line that now holds the change (a new version's id when the old one was frozen)
    row_version: int
    new_version: bool = False
    mapping_id: int | None = None
    cap: CapCheck | None = None


def judge_pair(db: Database, actor: str, mapping_id: int, judgement: str | None, comment: str,
               expected_line_version: int | None, change_reason: str = "") -> EditResult:
    """Confirm or override one pair: covered / partly / not (None clears the judgement), with a comment."""
    if judgement is not None and judgement not in JUDGEMENTS:
        raise UserError(f"Unknown judgement {judgement!r}: use one of {', '.join(JUDGEMENTS)}.")
    with db.write() as session:
        mapping = session.get(OutcomeMapping, mapping_id)
        if mapping is None:
            raise ConflictError("This outcome pair no longer exists (the matching was re-run by someone else). "
                                "Reload the case.")
        line = mapping.decision_line
        _check_editable(session, line, expected_line_version)
        position = mapping.position
        target, new_version = _editable_line(session, line, actor, change_reason)
        mapping = next(m for m in target.mappings if m.position == position)
        before = {"judgement": mapping.judgement, "comment": mapping.comment}
        mapping.judgement = judgement
        mapping.comment = comment.strip()
        _refresh_proposal(session, target)
        session.flush()
        audit.record(session, actor, "outcome_mapping.judge", "decision_line", target.id,
                     {"component": target.component_code, "position": position,
                      "component_outcome": mapping.component_outcome, "before": before,
                      "after": {"judgement": judgement, "comment": mapping.comment},
                      "coverage_pct": target.coverage_pct, "proposal": target.proposal})
        return EditResult(target.id, target.row_version, new_version, mapping.id)


# --- the decision itself -----------------------------------------------------------------------------------


@dataclass
class DecisionInput:
    decision: str | None  # "full", "partial", "none"; None clears an unsigned decision
    credits_recognised: float | None = None
    partial_scope: str = ""
    points: float | None = None
    max_points: float | None = None
    grade_100: float | None = None
    grade_national: str = ""
    grade_ects: str = ""
    original_grade: str = ""
    original_scale: str = ""
    conversion_method: str = ""
    reasons: str = ""
    evidence_ids: list[int] | None = None  # None keeps the evidence linked by matching


def decision_input_of(line: LineRow) -> DecisionInput:
    """The editable values of a line (to restore them on undo)."""
    return DecisionInput(
        decision=line.decision, credits_recognised=line.credits_recognised, partial_scope=line.partial_scope,
        points=line.points, max_points=line.max_points, grade_100=line.grade_100,
        grade_national=line.grade_national, grade_ects=line.grade_ects, original_grade=line.original_grade,
        original_scale=line.original_scale, conversion_method=line.conversion_method, reasons=line.reasons,
        evidence_ids=list(line.evidence_ids),
    )


@dataclass(frozen=True)
class CapCheck:
    base: str  # "programme" or "academic_year"
    percent: float
    cap_credits: float
    used_before: float  # the student's recognised credits without this line
    this_line: float
    used_after: float
    exceeded: bool
    message: str


class CapExceeded(UserError):
    """The decision would pass the profile's cap; saving needs an explicit override with a reason."""

    def __init__(self, check: CapCheck) -> None:
        super().__init__(check.message + " Save it anyway only with an override and a reason.")
        self.check = check


class OverrideNeeded(UserError):
    """The rules let the commission pass a reason only with an override reason of its own; ``rules`` lists
    the reason codes to override and ``messages`` what each says."""

    def __init__(self, component: str, rules: Sequence[str], messages: Sequence[object]) -> None:
        super().__init__(msg("{component}: recognition needs the commission's override with a reason: {reasons}.",
                             component=component, reasons=list(messages)))
        self.rules = list(rules)
        self.messages = list(messages)


class RuleRefusal(UserError):
    """The rules do not allow recognition on the chosen evidence (no override can pass them)."""


def preview_cap(db: Database, line_id: int, credits: float | None) -> CapCheck:
    """What the student's cumulative recognised credits would be with ``credits`` on this line."""
    with db.read() as session:
        line = _get_line(session, line_id)
        return _cap_check(session, line.case, line, credits or 0.0)


def case_cap(db: Database, case_id: int) -> CapCheck:
    """The student's cumulative recognised credits including this case, against the cap."""
    with db.read() as session:
        case = get_case(session, case_id)
        return _cap_check(session, case, None, 0.0)


def save_decision(db: Database, actor: str, line_id: int, expected_version: int | None, data: DecisionInput, *,
                  cap_override_reason: str = "", change_reason: str = "",
                  rule_overrides: Mapping[str, str] | None = None) -> EditResult:
    """Save the decision of one line.

    Validated first (nothing is saved on error). A decision that would pass the cap raises ``CapExceeded``
    before anything is written, unless ``cap_override_reason`` is given. A recognition on evidence the rules
    refuse raises ``RuleRefusal``; one the rules allow only with an override raises ``OverrideNeeded`` unless
    ``rule_overrides`` gives a reason for each such rule (by reason code, e.g. "learner_identity_mismatch").
    A line in a signed protocol is not changed: a new version is created with ``change_reason``.
    """
    with db.write() as session:
        line = _get_line(session, line_id)
        serialise_student(session, line.case)  # the checks below read the student's other decisions
        session.expire_all()  # read again: another save may have been committed while this one waited
        _check_editable(session, line, expected_version)
        if data.decision is None and is_frozen(session, line):
            raise UserError(msg("The decision on {component} was signed in a protocol: it can be changed "
                                "(as a new version) but not cleared.", component=line.component_code))
        values = _validated(line, data)
        cap = _cap_check(session, line.case, line, values["credits_recognised"] or 0.0)
        if cap.exceeded and not cap_override_reason.strip():
            raise CapExceeded(cap)
        overrides = {k: v.strip() for k, v in (rule_overrides or {}).items() if v and v.strip()}
        if data.decision in RECOGNISED_DECISIONS:
            chosen = ([i for i in (session.get(EvidenceItem, e) for e in data.evidence_ids) if i is not None]
                      if data.evidence_ids is not None else None)
            _check_rules(session, line, chosen, overrides)
            _check_bounds(session, line, chosen, data.decision, values["credits_recognised"] or 0.0)
            _check_grade(line, data)
        _check_grounds(line, data)
        target, new_version = _editable_line(session, line, actor, change_reason)
        before = _decision_values(target)
        for key, value in values.items():
            setattr(target, key, value)
        if data.evidence_ids is not None:
            items = [session.get(EvidenceItem, i) for i in data.evidence_ids]
            if any(i is None or i.case_id != target.case_id for i in items):
                raise UserError("Some evidence chosen for the decision does not belong to this case.")
            target.evidence = items  # type: ignore[assignment]
        elif data.decision and not target.evidence:
            target.evidence = list(session.execute(
                select(EvidenceItem).where(EvidenceItem.case_id == target.case_id,
                                           EvidenceItem.import_error == "")).scalars())
        if data.decision:
            target.cap_before, target.cap_after = cap.used_before, cap.used_after
            target.decided_by, target.decided_at = actor, utcnow()
            if cap.exceeded:
                note = f"Cap override: {cap_override_reason.strip()}"
                target.reasons = (target.reasons + "\n" + note).strip() if note not in target.reasons else \
                    target.reasons
                overrides["cap_exceeded"] = cap_override_reason.strip()
            _record_overrides(target, overrides if data.decision in RECOGNISED_DECISIONS else {}, actor)
        else:
            target.cap_before = target.cap_after = None
            target.decided_by, target.decided_at = "", None
        session.flush()
        audit.record(session, actor, "decision_line.decide", "decision_line", target.id,
                     {"case": target.case.reg_no, "component": target.component_code, "before": before,
                      "after": _decision_values(target), "evidence": [e.id for e in target.evidence],
                      "cap": asdict(cap), "cap_override_reason": cap_override_reason.strip() if cap.exceeded else "",
                      "rule_overrides": list(target.rule_overrides or []), "line_version": target.line_version})
        return EditResult(target.id, target.row_version, new_version, cap=cap)


def _check_rules(session: Session, line: DecisionLine, chosen: Sequence[EvidenceItem] | None,
                 overrides: Mapping[str, str]) -> None:
    """Refuse a recognition the rules of the case's profile do not allow on its evidence (see ``save_decision``)."""
    rules = case_rules(line.case)
    items = list(chosen) if chosen is not None else _decision_evidence(session, line)
    blocks = bridge.evidence_blocks(rules, [bridge.evidence_input(i) for i in items])
    hard = [r for r in blocks if not policy_overridable(r)]
    what = f"{line.component_code} {line.component_title}"
    if hard:
        raise RuleRefusal(msg("{component}: the rules do not allow recognition: {reasons}.", component=what,
                              reasons=[bridge.reason_message(r) for r in hard]))
    kept = {str(o.get("rule")) for o in line.rule_overrides or [] if isinstance(o, dict)}
    pending = [r for r in blocks if r.code not in overrides and r.code not in kept]
    if pending:
        raise OverrideNeeded(what, list(dict.fromkeys(r.code for r in pending)),
                             [bridge.reason_message(r) for r in pending])


def _check_grounds(line: DecisionLine, data: DecisionInput) -> None:
    """Refuse a recognition in full of a component fewer of whose outcomes are covered (by the pairs and the
    commission's own judgements of them, as the proposal counted them) than the profile asks for it, unless the
    commission gives its own reasons. The proposal's texts, which the form starts from, are not the commission's
    reasons. (A partial or negative decision needs reasons anyway: see ``_validated``.)"""
    if data.decision != Decision.FULL:
        return
    counted = next((r.get("params") or {} for r in line.proposal_reasons or []
                    if isinstance(r, dict) and r.get("code") == "coverage"), None)
    if not counted or not counted.get("total"):
        return  # not matched yet, or a component without outcomes: nothing counted to go beyond
    if float(counted.get("coverage") or 0.0) >= case_rules(line.case).full_coverage - 1e-9:
        return
    if bridge.own_words(data.reasons, line.proposal_reasons or []):
        return
    raise UserError(msg(
        "{what}: only {covered} of the component's {total} outcomes are covered (by the pairs and the commission's "
        "judgements), fewer than the profile asks for recognition in full; give the commission's own reasons, or "
        "judge the outcome pairs first.", what=f"{line.component_code} {line.component_title}",
        covered=int(counted.get("covered") or 0), total=int(counted["total"])))


def _check_grade(line: DecisionLine, data: DecisionInput) -> None:
    """Refuse a recognised component's grade whose scales disagree with the profile's grade table, or that fails."""
    problem = policy.grade_problem(case_rules(line.case), line.component_control, data.grade_100, data.grade_ects,
                                   data.grade_national)
    if problem is not None:
        raise UserError(msg("{what}: {problem}", what=f"{line.component_code} {line.component_title}",
                            problem=problem))


def _check_bounds(session: Session, line: DecisionLine, chosen: Sequence[EvidenceItem] | None, decision: str,
                  credits: float) -> None:
    """Refuse a recognition the profile's rules on the component and its credentials do not allow, whatever the
    outcomes: a component type the profile does not recognise, a credential below the programme's cycle under the
    level rule "block", recognition in full under the hard workload rule on too few hours, more credits than the
    proportional workload rule gives. The proposal applies the same rules (``policy.decision_bounds``)."""
    rules = case_rules(line.case)
    items, facts = _readable(list(chosen) if chosen is not None else _decision_evidence(session, line))
    binding = rules.workload_rule in ("hard", "proportional")  # (the warning rule sets no bound on hours)
    bounds = policy.decision_bounds(bridge.component_facts(line), facts, rules,
                                    _credited_elsewhere(session, line, items) if binding else None)
    what = f"{line.component_code} {line.component_title}"
    if bounds.refusals:
        raise RuleRefusal(msg("{component}: the rules do not allow recognition: {reasons}.", component=what,
                              reasons=[bridge.reason_message(r) for r in bounds.refusals]))
    if bounds.no_full is not None and decision == Decision.FULL:
        raise UserError(msg("{component}: the profile's workload rule allows no recognition in full on this "
                            "evidence ({reason}); a partial recognition is possible.", component=what,
                            reason=_workload_messages(bounds.no_full, bounds.shared)))
    if bounds.credit_limit is not None and bounds.limit_reason is not None and credits > bounds.credit_limit + 1e-9:
        raise UserError(msg("{component}: the profile's workload rule gives at most {limit} credits on this evidence "
                            "({reason}).", component=what, limit=float(bounds.credit_limit),
                            reason=_workload_messages(bounds.limit_reason, bounds.shared)))


def shared_hours_reason(session: Session, line: DecisionLine) -> policy.Reason | None:
    """For the papers: why fewer of a recognition's credential hours counted, when the student's recognitions
    decided before it had taken some (None otherwise, or when the line recognises nothing)."""
    if line.decision not in RECOGNISED_DECISIONS:
        return None
    items, facts = _readable(_decision_evidence(session, line))
    return policy.shared_hours_reason(facts, case_rules(line.case),
                                      _credited_elsewhere(session, line, items, before_only=True))


def _readable(items: Sequence[EvidenceItem]) -> tuple[list[EvidenceItem], list[policy.EvidenceFacts]]:
    """The credentials the rules can read, and their facts."""
    inputs = [(item, bridge.evidence_input(item)) for item in items]
    kept = [(item, e.facts) for item, e in inputs if e.readable]
    return [item for item, _f in kept], [f for _i, f in kept]


def _workload_messages(rule: policy.Reason, shared: policy.Reason | None) -> Message:
    """The workload rule's reason, and why fewer hours count (some back other recognitions) where that is so."""
    if shared is None:
        return bridge.reason_message(rule)
    return msg("{reason}; {shared}", reason=bridge.reason_message(rule), shared=bridge.reason_message(shared))


def _decision_evidence(session: Session, line: DecisionLine) -> list[EvidenceItem]:
    """The credentials a decision on the line rests on: those chosen, else every readable one of the case."""
    return list(line.evidence) or list(session.execute(
        select(EvidenceItem).where(EvidenceItem.case_id == line.case_id, EvidenceItem.import_error == "")
    ).scalars())


def _record_overrides(line: DecisionLine, overrides: Mapping[str, str], actor: str) -> None:
    """Keep the commission's overrides on the line (a new reason for a rule replaces the old one)."""
    if not overrides:
        return
    at = utcnow().isoformat(timespec="seconds")
    kept = [o for o in line.rule_overrides or [] if isinstance(o, dict) and o.get("rule") not in overrides]
    line.rule_overrides = kept + [{"rule": rule, "reason": reason, "by": actor, "at": at}
                                  for rule, reason in overrides.items()]
    flag_modified(line, "rule_overrides")


_DECISION_FIELDS = ("decision", "credits_recognised", "credits_remaining", "partial_scope", "points", "max_points",
                    "grade_100", "grade_national", "grade_ects", "original_grade", "original_scale",
                    "conversion_method", "reasons")


def _decision_values(line: DecisionLine) -> dict[str, Any]:
    return {key: getattr(line, key) for key in _DECISION_FIELDS}


def _validated(line: DecisionLine, data: DecisionInput) -> dict[str, Any]:
    """The stored values for ``data``, or a UserError naming the component and the problem."""
    what = f"{line.component_code} {line.component_title}"
    ects = line.component_ects
    if data.decision is None:
        return {key: (None if key in ("decision", "credits_recognised", "credits_remaining", "points", "max_points",
                                      "grade_100") else "") for key in _DECISION_FIELDS}
    if data.decision not in DECISIONS:
        raise UserError(msg("{what}: unknown decision {decision!r} (use {allowed}).", what=what, decision=data.decision,
                            allowed=", ".join(DECISIONS)))
    reasons = data.reasons.strip()
    credits = data.credits_recognised
    if data.decision == Decision.FULL:
        credits = ects if credits is None else credits
        if abs(credits - ects) > 1e-9:
            raise UserError(msg("{what}: recognition in full gives the component's {ects} credits, not {credits}; "
                                "use a partial recognition for fewer credits.", what=what, ects=float(ects),
                                credits=float(credits)))
    elif data.decision == "partial":
        if credits is None or not 0 < credits < ects:
            raise UserError(msg("{what}: a partial recognition needs credits between 0 and {ects}.", what=what,
                                ects=float(ects)))
        if not data.partial_scope.strip():
            raise UserError(msg("{what}: say which module or points are recognised for a partial recognition.",
                                what=what))
    else:
        credits = 0.0
    if data.decision in (Decision.PARTIAL, Decision.NONE) and not reasons:
        raise UserError(msg("{what}: give the reasons for a partial or negative decision.", what=what))
    if data.points is not None and data.points < 0:
        raise UserError(msg("{what}: points cannot be negative.", what=what))
    if data.max_points is not None and data.max_points < 0:
        raise UserError(msg("{what}: maximum points cannot be negative.", what=what))
    if data.points is not None and data.max_points is not None and data.points > data.max_points:
        raise UserError(msg("{what}: {points} points is more than the maximum of {max_points}.", what=what,
                            points=float(data.points), max_points=float(data.max_points)))
    if data.grade_100 is not None and not 0 <= data.grade_100 <= 100:
        raise UserError(msg("{what}: the grade on the 100-point scale must be between 0 and 100.", what=what))
    negative = data.decision == Decision.NONE
    return {
        "decision": data.decision, "credits_recognised": round(credits, 2),
        "credits_remaining": round(ects - credits, 2), "partial_scope": data.partial_scope.strip(),
        "points": data.points, "max_points": data.max_points,
        "grade_100": None if negative else data.grade_100,
        "grade_national": "" if negative else data.grade_national.strip(),
        "grade_ects": "" if negative else data.grade_ects.strip().upper(),
        "original_grade": data.original_grade.strip(), "original_scale": data.original_scale.strip(),
        "conversion_method": data.conversion_method.strip(), "reasons": reasons,
    }


def convert_grade(db: Database, case_id: int, original_grade: str, control: str = "exam",
                  max_points: float | None = None) -> bridge.GradeConversion:
    """The grade on the 100-point, national and ECTS scales for an original grade, by the case's profile."""
    with db.read() as session:
        rules = case_rules(get_case(session, case_id))
    return bridge.convert_grade(rules, original_grade, control, max_points)


# --- cap accounting ----------------------------------------------------------------------------------------


def _student_lines(session: Session, case: Case) -> list[tuple[DecisionLine, Case]]:
    """Current decided lines of every case of the same student (same applicant or same student ID)."""
    from app.models import Applicant

    applicant = case.applicant
    same_student = Case.applicant_id == applicant.id
    if applicant.student_id:
        same_student = same_student | Case.applicant_id.in_(
            select(Applicant.id).where(Applicant.student_id == applicant.student_id))
    rows = session.execute(
        select(DecisionLine, Case).join(Case, Case.id == DecisionLine.case_id)
        .where(same_student, DecisionLine.is_current.is_(True), DecisionLine.decision.in_(RECOGNISED_DECISIONS))
    ).all()
    return list(rows)


def _cap_used(session: Session, case: Case, exclude_line_id: int | None) -> float:
    base = case_rules(case).cap_base
    total = 0.0
    for line, other in _student_lines(session, case):
        if line.id == exclude_line_id:
            continue
        if base == "academic_year" and other.academic_year != case.academic_year:
            continue
        total += line.credits_recognised or 0.0
    return round(total, 2)


def _cap_base(case: Case, rules: Rules) -> float:
    return bridge.cap_base_credits(rules, case.programme.total_ects if case.programme else 0.0)


def _cap_check(session: Session, case: Case, line: DecisionLine | None, credits: float) -> CapCheck:
    rules = case_rules(case)
    used_before = _cap_used(session, case, exclude_line_id=line.id if line is not None else None)
    used_after = round(used_before + credits, 2)
    cap = round(rules.cap_percent / 100 * _cap_base(case, rules), 2)
    scope = "the academic year" if rules.cap_base == "academic_year" else "the programme"
    exceeded = used_after > cap + 1e-9 and credits > 0
    if exceeded:
        message = (f"This decision passes the cap: {used_after:g} credits would be recognised for the student, "
                   f"the policy profile allows {cap:g} ({rules.cap_percent:g}% of {scope}).")
    else:
        message = f"Cap: {used_after:g} of {cap:g} credits used ({rules.cap_percent:g}% of {scope})."
    return CapCheck(rules.cap_base, rules.cap_percent, cap, used_before, credits, used_after, exceeded, message)


# --- precedents --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Precedent:
    line_id: int
    case_id: int
    reg_no: str
    decided_at: datetime | None
    component_code: str
    component_title: str
    programme_version: str
    decision: str
    credits_recognised: float | None
    grade_100: float | None
    grade_ects: str
    reasons: str
    credential_title: str
    awarding_body: str


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def find_precedents(db: Database, line_id: int) -> list[Precedent]:
    """Earlier decisions on the same component code backed by the same credential (same awarding body and title)."""
    with db.read() as session:
        line = _get_line(session, line_id)
        items = list(line.evidence) or list(session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == line.case_id)).scalars())
        keys = {(_norm(e.awarding_body), _norm(e.title)) for e in items if e.title.strip()}
        if not keys:
            return []
        from app.models import decision_line_evidence as link

        rows = session.execute(
            select(DecisionLine, EvidenceItem, Case)
            .join(link, link.c.decision_line_id == DecisionLine.id)
            .join(EvidenceItem, EvidenceItem.id == link.c.evidence_item_id)
            .join(Case, Case.id == DecisionLine.case_id)
            .where(DecisionLine.is_current.is_(True), DecisionLine.decision.is_not(None),
                   DecisionLine.component_code == line.component_code, DecisionLine.case_id != line.case_id)
            .order_by(DecisionLine.decided_at.desc(), DecisionLine.id.desc())
        ).all()
        result: list[Precedent] = []
        seen: set[int] = set()
        for other, item, other_case in rows:
            if other.id in seen or (_norm(item.awarding_body), _norm(item.title)) not in keys:
                continue
            seen.add(other.id)
            result.append(Precedent(
                other.id, other_case.id, other_case.reg_no, other.decided_at, other.component_code,
                other.component_title, other.programme_version, other.decision or "", other.credits_recognised,
                other.grade_100, other.grade_ects, other.reasons, item.title, item.awarding_body))
        return result


# --- assessments -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentData:
    form: str = "interview"
    held_on: date | None = None
    assessors: str = ""
    score: float | None = None
    max_score: float | None = None
    note: str = ""
    components: tuple[str, ...] = ()  # the codes of the components it assessed; empty: the whole application


@dataclass(frozen=True)
class AssessmentRow(AssessmentData):
    id: int = 0
    case_id: int = 0

    @property
    def data(self) -> AssessmentData:
        return AssessmentData(self.form, self.held_on, self.assessors, self.score, self.max_score, self.note,
                              self.components)


def _assessment_row(item: Assessment) -> AssessmentRow:
    return AssessmentRow(item.form, item.held_on, item.assessors, item.score, item.max_score, item.note,
                         split_codes(item.components), id=item.id, case_id=item.case_id)


def _assessment_columns(data: AssessmentData) -> dict[str, Any]:
    return {**asdict(data), "components": ",".join(data.components)}


def _check_assessed_components(session: Session, case: Case, codes: tuple[str, ...]) -> None:
    """Only the components the applicant asked to have recognised can have been assessed."""
    requested = {line.component_code for line in current_lines(session, case.id)}
    unknown = [code for code in codes if code not in requested]
    if unknown:
        raise UserError(msg("Case {case}: {codes} is not among the components requested ({requested}).",
                            case=case.reg_no, codes=", ".join(unknown),
                            requested=", ".join(sorted(requested)) or "—"))


def list_assessments(db: Database, case_id: int) -> list[AssessmentRow]:
    with db.read() as session:
        get_case(session, case_id)
        return [_assessment_row(a) for a in session.execute(
            select(Assessment).where(Assessment.case_id == case_id).order_by(Assessment.held_on, Assessment.id)
        ).scalars()]


def _check_assessment(data: AssessmentData) -> AssessmentData:
    if data.form not in ASSESSMENT_FORMS:
        raise UserError(f"Unknown assessment form {data.form!r}: use one of {', '.join(ASSESSMENT_FORMS)}.")
    if data.score is not None and data.score < 0:
        raise UserError(msg("An assessment score cannot be negative."))
    if data.max_score is not None and data.max_score <= 0:
        raise UserError(msg("The maximum score of an assessment must be positive."))
    if data.score is not None and data.max_score is not None and data.score > data.max_score:
        raise UserError(msg("The score {score} is more than the maximum {max_score}.", score=float(data.score),
                            max_score=float(data.max_score)))
    return replace(data, assessors=data.assessors.strip(), note=data.note.strip(),
                   components=tuple(dict.fromkeys(c.strip() for c in data.components if c.strip())))


def add_assessment(db: Database, actor: str, case_id: int, data: AssessmentData) -> AssessmentRow:
    data = _check_assessment(data)
    with db.write() as session:
        case = get_case(session, case_id)
        require_status(case, EDIT_ASSESSMENTS_STATES, "recording an assessment")
        _check_assessed_components(session, case, data.components)
        item = Assessment(case_id=case_id, **_assessment_columns(data))
        session.add(item)
        session.flush()
        audit.record(session, actor, "assessment.add", "assessment", item.id, {"case": case.reg_no, **asdict(data)})
        return _assessment_row(item)


def update_assessment(db: Database, actor: str, expected: AssessmentRow, data: AssessmentData) -> AssessmentRow:
    """Change an assessment record; ``expected`` is the row as the caller read it (a conflict if it changed)."""
    data = _check_assessment(data)
    with db.write() as session:
        item = _get_assessment(session, expected)
        require_status(item_case := get_case(session, item.case_id), EDIT_ASSESSMENTS_STATES,
                       "changing an assessment")
        _check_assessed_components(session, item_case, data.components)
        before = asdict(_assessment_row(item).data)
        for key, value in _assessment_columns(data).items():
            setattr(item, key, value)
        session.flush()
        audit.record(session, actor, "assessment.update", "assessment", item.id,
                     {"case": item_case.reg_no, "before": before, "after": asdict(data)})
        return _assessment_row(item)


def delete_assessment(db: Database, actor: str, expected: AssessmentRow) -> None:
    with db.write() as session:
        item = _get_assessment(session, expected)
        case = get_case(session, item.case_id)
        require_status(case, EDIT_ASSESSMENTS_STATES, "removing an assessment")
        audit.record(session, actor, "assessment.delete", "assessment", item.id,
                     {"case": case.reg_no, "before": asdict(_assessment_row(item).data)})
        session.delete(item)


def restore_assessment(db: Database, actor: str, row: AssessmentRow) -> AssessmentRow:
    """Re-create a removed assessment (undo of a removal); it gets a new id."""
    return add_assessment(db, actor, row.case_id, row.data)


def _get_assessment(session: Session, expected: AssessmentRow) -> Assessment:
    item = session.get(Assessment, expected.id)
    if item is None:
        raise ConflictError("This assessment record was removed by someone else after you opened it. Reload the "
                            "case.")
    if _assessment_row(item) != expected:
        raise ConflictError("This assessment record was changed by someone else after you opened it. Your change "
                            "was not saved: reload the case and make it again.")
    return item


# --- shared ------------------------------------------------------------------------------------------------


def _get_line(session: Session, line_id: int) -> DecisionLine:
    line = session.get(DecisionLine, line_id)
    if line is None:
        raise ConflictError(f"Decision line {line_id} no longer exists (it was removed by someone else). "
                            "Reload the case.")
    return line


def _check_editable(session: Session, line: DecisionLine, expected_version: int | None) -> None:
    """The line is current, unchanged since the caller read it, and its case allows decision edits."""
    check_version(line, expected_version, f"The decision on {line.component_code}")
    if not line.is_current:
        raise ConflictError(f"The decision on {line.component_code} was replaced by a newer version after you "
                            "opened it. Your change was not saved: reload the case.")
    require_status(line.case, EDIT_DECISIONS_STATES, "changing a decision")


def _editable_line(session: Session, line: DecisionLine, actor: str, change_reason: str
                   ) -> tuple[DecisionLine, bool]:
    """The line to write to: itself, or a new version when it is part of a signed protocol."""
    if not is_frozen(session, line):
        return line, False
    reason = change_reason.strip()
    if not reason:
        protocol = session.get(Protocol, line.protocol_id)
        raise UserError(msg("The decision on {component} was signed in protocol {protocol}: a change makes a new "
                            "version and needs a reason.", component=line.component_code,
                            protocol=protocol.number if protocol else ""))
    new = DecisionLine(case_id=line.case_id)
    skip = {"id", "created_at", "row_version", "line_version", "supersedes_id", "change_reason", "is_current",
            "protocol_id"}
    for column in DecisionLine.__table__.columns:
        if column.key not in skip:
            setattr(new, column.key, getattr(line, column.key))
    new.proposal_reasons = list(line.proposal_reasons or [])
    new.rule_overrides = list(line.rule_overrides or [])
    new.line_version = line.line_version + 1
    new.supersedes_id = line.id
    new.change_reason = reason
    new.evidence = list(line.evidence)
    new.mappings = [OutcomeMapping(position=m.position, component_outcome=m.component_outcome,
                                   credential_outcome=m.credential_outcome, evidence_item_id=m.evidence_item_id,
                                   score=m.score, layer=m.layer, explanation=m.explanation, judgement=m.judgement,
                                   comment=m.comment) for m in line.mappings]
    line.is_current = False
    session.add(new)
    session.flush()
    audit.record(session, actor, "decision_line.new_version", "decision_line", new.id,
                 {"component": line.component_code, "supersedes": line.id, "line_version": new.line_version,
                  "reason": reason})
    return new, True


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def scale_shown(stored: str, translate: Translate) -> str:
    """A grade scale as the converter stores it ("points out of 100", "ects:B") in the reader's language; a scale the
    commission typed itself as written."""
    from app.reports.vocabulary import scale_text

    return scale_text(stored, translate) if stored.strip() else ""


def method_shown(stored: str, translate: Translate) -> str:
    """A conversion method as the converter stores it ("… → 100-point → ECTS → national (institutional table)") in
    the reader's language; a method the commission typed itself as written."""
    from app.reports.vocabulary import conversion_method_text

    return conversion_method_text(stored, translate) if stored.strip() else ""


def original_grade_text(grade: str, scale: str, translate: Translate) -> str:
    """The grade as on the credential with the scale it was read on, in the reader's language: "92% (percent)"
    reads "92% (відсотки)" in Ukrainian, and a decimal point in the grade is the language's ("18,5/20")."""
    from app.reports.vocabulary import scale_text
    from app.translation import DECIMAL_POINT, FORMAT_CONTEXT

    decimal_point = translate(FORMAT_CONTEXT, DECIMAL_POINT) or DECIMAL_POINT
    shown = _DECIMAL_POINT.sub(decimal_point, grade.strip())
    scale_name = scale_text(scale, translate) if scale.strip() else ""
    return f"{shown} ({scale_name})" if shown and scale_name else shown or scale_name
