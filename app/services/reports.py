"""Report data from the database, and the exports that the command line and the GUI share.

Queries return the plain values of ``app.reports.data``; the register is streamed (rows read in chunks with
``yield_per``, evidence looked up per chunk) so that 100,000 decision lines never sit in memory as ORM objects.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, extract, func, or_, select
from sqlalchemy.orm import Session

from app.db import Database
from app.domain.commission import split_codes
from app.domain.progress import Progress, check_cancelled
from app.domain.verdicts import DECISIONS, RECOGNISED_DECISIONS, ProtocolStatus, VerificationStatus
from app.errors import UserError
from app.matching.policy import Reason
from app.messages import msg
from app.models import (
    Appeal,
    Applicant,
    Assessment,
    Case,
    Commission,
    Component,
    DecisionLine,
    EvidenceItem,
    Order,
    OutcomeMapping,
    Programme,
    Protocol,
    decision_line_evidence,
)
from app.reports.data import (  # the report DTOs are this service's contract with its callers
    AppealInfo,
    ApplicantInfo,
    AssessmentInfo,
    CaseReportData,
    DecisionInfo,
    DecisionStat,
    EvidenceInfo,
    EvidenceRef,
    MemberInfo,
    MonthStat,
    OutcomeInfo,
    OutcomeMatch,
    ProgrammeInfo,
    ProtocolData,
    ProtocolLineInfo,
    ProviderStat,
    RegisterFilter,
    RegisterRow,
    Signatory,
    Statistics,
    VerificationStat,
)
from app.services.evidence_texts import stored_text
from app.services.recognition_rules import automatic_reason_texts

REGISTER_CHUNK = 2000
TOP_PROVIDERS = 10
RECOGNISED = RECOGNISED_DECISIONS


# --- helpers --------------------------------------------------------------------------------------------------
def find_case(session: Session, case_no: str | int) -> Case:
    """A case by its registration number (or, failing that, its numeric id)."""
    text = str(case_no).strip()
    found = session.execute(select(Case).where(Case.reg_no == text)).scalar()
    if found is None and text.isdigit():
        found = session.get(Case, int(text))
    if found is None:
        raise UserError(msg("Case {case} does not exist: check the registration number (e.g. RD-2026-00001).",
                            case=text))
    return found


def _applicant(a: Applicant) -> ApplicantInfo:
    return ApplicantInfo(
        full_name=a.full_name, full_name_latin=a.full_name_latin, student_id=a.student_id, edebo_id=a.edebo_id,
        faculty=a.faculty, specialty=a.specialty, level=a.level, study_year=a.study_year, group_name=a.group_name,
        study_form=a.study_form,
    )


def _programme(p: Programme | None) -> ProgrammeInfo | None:
    if p is None:
        return None
    return ProgrammeInfo(code=p.code, title=p.title, specialty=p.specialty, level=p.level,
                         total_ects=p.total_ects, academic_year=p.academic_year, faculty=p.faculty)


def _verification_detail(item: EvidenceItem) -> str:
    info = item.verification or {}
    message = str(info.get("message") or "")
    failed = [
        f"{c.get('name', '')}: {c.get('detail', '')}".strip(": ")
        for c in info.get("checks", []) or []
        if isinstance(c, dict) and c.get("passed") is False
    ]
    return "; ".join(x for x in [message, *failed] if x) or item.import_error


def _latest_protocol(session: Session, case_id: int) -> Protocol | None:
    return session.execute(
        select(Protocol).where(Protocol.case_id == case_id).order_by(Protocol.version.desc(), Protocol.id.desc())
        .limit(1)
    ).scalar()


def _current_lines(session: Session, case_id: int) -> list[DecisionLine]:
    return list(session.execute(
        select(DecisionLine)
        .outerjoin(Component, Component.id == DecisionLine.component_id)
        .where(DecisionLine.case_id == case_id, DecisionLine.is_current.is_(True))
        .order_by(func.coalesce(Component.position, 1_000_000), DecisionLine.component_code, DecisionLine.id)
    ).scalars())


def _line_evidence(session: Session, line_ids: list[int]) -> dict[int, list[tuple[int, str, str]]]:
    """Evidence (id, title, awarding body) used by each decision line."""
    result: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    if not line_ids:
        return result
    rows = session.execute(
        select(decision_line_evidence.c.decision_line_id, EvidenceItem.id, EvidenceItem.title,
               EvidenceItem.awarding_body, EvidenceItem.original_name)
        .join(EvidenceItem, EvidenceItem.id == decision_line_evidence.c.evidence_item_id)
        .where(decision_line_evidence.c.decision_line_id.in_(line_ids))
        .order_by(decision_line_evidence.c.decision_line_id, EvidenceItem.id)
    )
    for line_id, item_id, title, body, name in rows:
        result[line_id].append((item_id, title or name, body))
    return result


# --- case report ----------------------------------------------------------------------------------------------
def case_report_data(db: Database, case_no: str | int) -> CaseReportData:
    with db.read() as session:
        c = find_case(session, case_no)
        items = list(session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == c.id).order_by(EvidenceItem.id)
        ).scalars())
        number_of = {item.id: n for n, item in enumerate(items, start=1)}
        evidence = [
            EvidenceInfo(
                number=number_of[e.id], original_name=e.original_name, evidence_type=e.evidence_type,
                format=e.format, title=e.title, awarding_body=e.awarding_body, issuer_country=e.issuer_country,
                issued_on=e.issued_on, credential_id=e.credential_id, language=e.language,
                translation_required=e.translation_required, translation_attached=e.translation_attached,
                workload_hours=e.workload_hours, workload_ects=e.workload_ects, eqf_level=e.eqf_level,
                grade=e.grade, verification_status=e.verification_status,
                verification_detail=_verification_detail(e), verified_by=e.verified_by, verified_at=e.verified_at,
                missing_mandatory=tuple(str(x) for x in e.missing_mandatory or ()), import_error=e.import_error,
                sha256=e.sha256, issuer_binding=str((e.verification or {}).get("issuer_binding") or ""),
                revocation=str((e.verification or {}).get("revocation") or ""),
                outcome_notes=_outcome_notes(e),
            )
            for e in items
        ]
        titles = {e.id: f"[{number_of[e.id]}] {e.title or e.original_name}" for e in items}
        lines = _current_lines(session, c.id)
        used = _line_evidence(session, [line.id for line in lines])
        protocol_numbers = dict(session.execute(
            select(Protocol.id, Protocol.number).where(Protocol.case_id == c.id)
        ).all())
        from app.services.decisions import shown_proposal

        shown = {d.id: shown_proposal(session, d) for d in lines}
        decisions = [
            DecisionInfo(
                component_code=d.component_code, component_title=d.component_title, component_type=d.component_type,
                semester=d.component_semester, ects=d.component_ects, hours=d.component_hours,
                control=d.component_control, evidence=tuple(titles.get(i, t) for i, t, _b in used.get(d.id, [])),
                coverage_pct=shown[d.id][0], evidence_hours=d.evidence_hours, evidence_ects=d.evidence_ects,
                proposal=shown[d.id][1], decision=d.decision, credits_recognised=d.credits_recognised,
                credits_remaining=d.credits_remaining, partial_scope=d.partial_scope, points=d.points,
                max_points=d.max_points, grade_100=d.grade_100, grade_national=d.grade_national,
                grade_ects=d.grade_ects, original_grade=d.original_grade, original_scale=d.original_scale,
                conversion_method=d.conversion_method, reasons=d.reasons, cap_before=d.cap_before,
                cap_after=d.cap_after, decided_by=d.decided_by, decided_at=d.decided_at,
                line_version=d.line_version, protocol_no=protocol_numbers.get(d.protocol_id or -1, ""),
                auto_reasons=_reason_messages(shown[d.id][2]),
            )
            for d in lines
        ]
        by_line: dict[int, list[OutcomeMapping]] = {line.id: [] for line in lines}
        if by_line:
            for m in session.execute(
                select(OutcomeMapping).where(OutcomeMapping.decision_line_id.in_(list(by_line)))
                .order_by(OutcomeMapping.position, OutcomeMapping.id)
            ).scalars():
                by_line[m.decision_line_id].append(m)
        outcomes = [
            OutcomeInfo(
                component_code=line.component_code, component_title=line.component_title, position=m.position,
                component_outcome=m.component_outcome, credential_outcome=m.credential_outcome,
                evidence=titles.get(m.evidence_item_id or -1, ""), score=m.score, layer=m.layer,
                explanation=m.explanation, judgement=m.judgement, comment=m.comment,
            )
            for line in lines
            for m in by_line[line.id]
        ]
        protocol = _latest_protocol(session, c.id)
        order = session.execute(
            select(Order).where(Order.case_id == c.id).order_by(Order.id.desc()).limit(1)
        ).scalar()
        declaration = c.declaration
        appeal = session.execute(
            select(Appeal).where(Appeal.case_id == c.id).order_by(Appeal.id.desc()).limit(1)
        ).scalar()
        return CaseReportData(
            reg_no=c.reg_no, status=c.status, filed_on=c.filed_on, applicant=_applicant(c.applicant),
            programme=_programme(c.programme), deadline=c.deadline, academic_year=c.academic_year,
            semester=c.semester, procedure_type=c.procedure_type,
            policy=msg("{name}, v{version}", name=c.policy_profile.name, version=c.policy_profile.version)
            if c.policy_profile else "",
            commission=c.commission.name if c.commission else "",
            claimed_outcomes=declaration.claimed_outcomes if declaration else "",
            declared_provider=declaration.provider if declaration else "",
            declared_hours=declaration.volume_hours if declaration else None,
            protocol_no=protocol.number if protocol else "", protocol_date=protocol.meeting_date if protocol else None,
            order_no=order.number if order else "", order_date=order.order_date if order else None,
            appeal=AppealInfo(appeal.filed_on, appeal.deadline, appeal.within_deadline, appeal.grounds, appeal.panel,
                              appeal.outcome, appeal.decided_on) if appeal else None,
            evidence=evidence, decisions=decisions, outcomes=outcomes,
        )


# --- register -------------------------------------------------------------------------------------------------
def _register_conditions(flt: RegisterFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [DecisionLine.is_current.is_(True), DecisionLine.decision.is_not(None)]
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise UserError(msg("The period is empty: {start} is after {end}.", start=f"{flt.date_from:%d.%m.%Y}",
                             end=f"{flt.date_to:%d.%m.%Y}"))
    if flt.date_from:
        conditions.append(DecisionLine.decided_at >= datetime.combine(flt.date_from, time()))
    if flt.date_to:
        conditions.append(DecisionLine.decided_at < datetime.combine(flt.date_to + timedelta(days=1), time()))
    if flt.programme_code:
        conditions.append(Programme.code == flt.programme_code)
    if flt.faculty:
        conditions.append(or_(Applicant.faculty == flt.faculty, Programme.faculty == flt.faculty))
    return conditions


def _register_select(flt: RegisterFilter, *columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .select_from(DecisionLine)
        .join(Case, Case.id == DecisionLine.case_id)
        .join(Applicant, Applicant.id == Case.applicant_id)
        .outerjoin(Programme, Programme.id == Case.programme_id)
        .outerjoin(Protocol, Protocol.id == DecisionLine.protocol_id)
        .where(and_(*_register_conditions(flt)))
    )


def _check_programme(session: Session, code: str | None) -> None:
    if code and session.execute(select(Programme.id).where(Programme.code == code).limit(1)).scalar() is None:
        raise UserError(msg("Programme {code} is not in the catalogue.", code=code))


def count_register(db: Database, flt: RegisterFilter) -> int:
    with db.read() as session:
        _check_programme(session, flt.programme_code)
        return int(session.execute(_register_select(flt, func.count(DecisionLine.id))).scalar() or 0)


def iter_register(db: Database, flt: RegisterFilter, chunk: int = REGISTER_CHUNK) -> Iterator[RegisterRow]:
    """Current decision lines matching the filter, oldest case first, read ``chunk`` rows at a time."""
    faculty = func.coalesce(func.nullif(Applicant.faculty, ""), Programme.faculty, "")
    stmt = _register_select(
        flt,
        DecisionLine.id, Case.reg_no, Case.filed_on, Applicant.full_name, Applicant.student_id, faculty,
        func.coalesce(Programme.code, ""), Case.academic_year, DecisionLine.component_semester,
        DecisionLine.component_code, DecisionLine.component_title, DecisionLine.component_type,
        DecisionLine.component_ects, DecisionLine.component_control, DecisionLine.decision,
        DecisionLine.credits_recognised, DecisionLine.credits_remaining, DecisionLine.grade_100,
        DecisionLine.grade_national, DecisionLine.grade_ects, DecisionLine.original_grade,
        DecisionLine.original_scale, DecisionLine.decided_at, func.coalesce(Protocol.number, ""),
        Protocol.meeting_date, DecisionLine.decided_by, DecisionLine.reasons, Case.deadline, Case.status,
        DecisionLine.proposal_reasons,
    ).order_by(Case.id, DecisionLine.id)
    today = date.today()
    with db.read() as session:
        _check_programme(session, flt.programme_code)
        result = session.execute(stmt.execution_options(yield_per=chunk))
        for part in result.partitions():
            used = _line_evidence(session, [r[0] for r in part])
            for r in part:
                evidence = used.get(r[0], ())
                providers = list(dict.fromkeys(body for _i, _t, body in evidence if body))
                decided = r[22]
                yield RegisterRow(
                    r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13],
                    "; ".join(title for _i, title, _b in evidence), "; ".join(providers), r[14], r[15], r[16],
                    r[17], r[18], r[19], r[20], r[21], decided.date() if decided else None, r[23], r[24], r[25],
                    r[26], r[27], days_late(r[27], decided.date() if decided else None, r[28], today),
                    tuple(r[29] or ()),
                )


def days_late(deadline: date | None, decided_on: date | None, status: str, today: date) -> int | None:
    """How many days after the case's own limit the line was decided; for a line not decided yet, how many days
    the limit has passed while the case is open. None when in time (or without a limit)."""
    from app.domain.status import FINISHED_STATES

    if deadline is None:
        return None
    if decided_on is not None:
        late = (decided_on - deadline).days
    elif status not in FINISHED_STATES:
        late = (today - deadline).days
    else:
        return None
    return late if late > 0 else None


# --- statistics -----------------------------------------------------------------------------------------------
def _period(column: Any, date_from: date | None, date_to: date | None, is_datetime: bool) -> list[Any]:
    conditions = []
    if date_from:
        conditions.append(column >= (datetime.combine(date_from, time()) if is_datetime else date_from))
    if date_to:
        conditions.append(column < datetime.combine(date_to + timedelta(days=1), time()) if is_datetime
                          else column <= date_to)
    return conditions


def _month_key(column: Any, dialect: str) -> Any:
    """The month of a date or timestamp column as one cheap grouping key: on SQLite the stored ISO text's
    'YYYY-MM' (no date function per row), elsewhere year × 100 + month."""
    if dialect == "sqlite":
        return func.substr(column, 1, 7)
    return extract("year", column) * 100 + extract("month", column)


def _month_of(key: Any) -> date:
    if isinstance(key, str):
        return date(int(key[:4]), int(key[5:7]), 1)
    value = int(key)
    return date(value // 100, value % 100, 1)


def statistics(db: Database, date_from: date | None = None, date_to: date | None = None) -> Statistics:
    """Figures for the committee's periodic report: cases filed and evidence in the period (by filing date),
    decisions in the period (by decision date).

    Four aggregate queries, each reading its table once: cases by month; current decided lines by month and
    decision; evidence items by provider and verification status; recognised lines by provider. (Ten years of a
    faculty are 100,000 decision lines: every further pass over them costs as much as the figures themselves.)"""
    if date_from and date_to and date_from > date_to:
        raise UserError(msg("The period is empty: {start} is after {end}.", start=f"{date_from:%d.%m.%Y}",
                             end=f"{date_to:%d.%m.%Y}"))
    # Core statements on the tables (no ORM entities): nothing to map per row, and a fresh process does not
    # configure every mapper first (a fifth of a second) just to count.
    case_t, line_t, evidence_t = Case.__table__.c, DecisionLine.__table__.c, EvidenceItem.__table__.c
    link_t = decision_line_evidence.c
    case_period = _period(case_t.filed_on, date_from, date_to, False)
    line_period = [line_t.is_current.is_(True), line_t.decision.is_not(None),
                   *_period(line_t.decided_at, date_from, date_to, True)]
    with db.read() as session:
        conn = session.connection()
        dialect = conn.dialect.name
        months: dict[date, dict[str, Any]] = defaultdict(lambda: {"cases": 0, "lines": 0, "credits": 0.0})
        filed = _month_key(case_t.filed_on, dialect)
        for key, n in conn.execute(select(filed, func.count(case_t.id)).where(*case_period).group_by(filed)):
            months[_month_of(key)]["cases"] = int(n)
        cases = sum(v["cases"] for v in months.values())

        by_decision: dict[str, list[float]] = {}  # decision → [lines, credits of the components, recognised]
        decided = _month_key(line_t.decided_at, dialect)
        for key, decision, n, requested, recognised in conn.execute(
            select(decided, line_t.decision, func.count(line_t.id),
                   func.sum(line_t.component_ects), func.sum(line_t.credits_recognised))
            .where(*line_period).group_by(decided, line_t.decision)
        ):
            totals = by_decision.setdefault(str(decision), [0, 0.0, 0.0])
            totals[0] += int(n)
            totals[1] += float(requested or 0)
            totals[2] += float(recognised or 0)
            if key is not None:  # (a decided line always has its date; an imported one might not)
                bucket = months[_month_of(key)]
                bucket["lines"] += int(n)
                bucket["credits"] += float(recognised or 0)
        month_stats = [MonthStat(m, v["cases"], v["lines"], round(v["credits"], 4)) for m, v in sorted(months.items())]
        lines_decided = int(sum(v[0] for v in by_decision.values()))
        order = list(DECISIONS) + sorted(k for k in by_decision if k not in DECISIONS)
        decision_stats = [
            DecisionStat(d, int(by_decision[d][0]), by_decision[d][0] / lines_decided if lines_decided else 0.0,
                         round(by_decision[d][1], 4), round(by_decision[d][2], 4))
            for d in order if d in by_decision
        ]

        evidence = select(evidence_t.awarding_body, evidence_t.verification_status, func.count(evidence_t.id))
        if case_period:  # (without a period every case counts: no join needed)
            evidence = evidence.join(Case.__table__, case_t.id == evidence_t.case_id).where(*case_period)
        provider_items: dict[str, int] = defaultdict(int)
        verification: dict[str, int] = defaultdict(int)
        for body, status, n in conn.execute(
                evidence.group_by(evidence_t.awarding_body, evidence_t.verification_status)):
            provider_items[body] += int(n)
            verification[status] += int(n)
        # A line citing two items of one provider counts once for it: distinct (provider, line) pairs.
        used = (
            select(evidence_t.awarding_body.label("body"), line_t.id.label("line_id"),
                   line_t.credits_recognised.label("credits"))
            .select_from(DecisionLine.__table__)
            .join(decision_line_evidence, link_t.decision_line_id == line_t.id)
            .join(EvidenceItem.__table__, evidence_t.id == link_t.evidence_item_id)
            .where(*line_period, line_t.decision.in_(RECOGNISED))
            .distinct()
            .subquery()
        )
        provider_lines = {
            body: (int(n), float(credits or 0))
            for body, n, credits in conn.execute(
                select(used.c.body, func.count(used.c.line_id), func.sum(used.c.credits)).group_by(used.c.body)
            )
        }
        providers = [
            ProviderStat(body, provider_items.get(body, 0), *provider_lines.get(body, (0, 0.0)))
            for body in set(provider_items) | set(provider_lines)
        ]
        providers.sort(key=lambda p: (-p.evidence_items, -p.lines_recognised, -p.credits_recognised, p.provider))
    evidence_items = sum(verification.values())
    status_order: list[str] = [VerificationStatus.VERIFIED, VerificationStatus.UNVERIFIABLE_OFFLINE,
                               VerificationStatus.UNSIGNED,
                               VerificationStatus.INVALID, VerificationStatus.FAILED]
    status_order += sorted(s for s in verification if s not in status_order)
    verification_stats = [
        VerificationStat(s, int(verification[s]), verification[s] / evidence_items if evidence_items else 0.0)
        for s in status_order if s in verification
    ]
    recognised = sum(int(by_decision[d][0]) for d in RECOGNISED if d in by_decision)
    return Statistics(
        date_from=date_from, date_to=date_to, cases=cases, lines_decided=lines_decided, lines_recognised=recognised,
        credits_recognised=round(sum(v[2] for v in by_decision.values()), 4), evidence_items=evidence_items,
        evidence_verified=int(verification.get(VerificationStatus.VERIFIED, 0)), months=month_stats,
        decisions=decision_stats,
        providers=providers[:TOP_PROVIDERS], verification=verification_stats,
    )


# --- protocol -------------------------------------------------------------------------------------------------
def _signatories(raw: Any) -> list[Signatory]:
    """Signatories stored on a protocol: names, or objects with a name and a role."""
    people: list[Signatory] = []
    for entry in raw or []:
        if isinstance(entry, str) and entry.strip():
            people.append(Signatory(entry.strip()))
        elif isinstance(entry, dict):
            name = str(entry.get("full_name") or entry.get("name") or "").strip()
            if name:
                people.append(Signatory(name, str(entry.get("role") or "member"),
                                        str(entry.get("job_title") or entry.get("title") or "")))
    return people


def _evidence_refs(session: Session, line_ids: list[int]) -> dict[int, list[EvidenceRef]]:
    """The credentials each decision line rests on, with what the papers cite (identifier, hash, workload)."""
    result: dict[int, list[EvidenceRef]] = defaultdict(list)
    if not line_ids:
        return result
    rows = session.execute(
        select(decision_line_evidence.c.decision_line_id, EvidenceItem)
        .join(EvidenceItem, EvidenceItem.id == decision_line_evidence.c.evidence_item_id)
        .where(decision_line_evidence.c.decision_line_id.in_(line_ids))
        .order_by(decision_line_evidence.c.decision_line_id, EvidenceItem.id)
    )
    for line_id, e in rows:
        result[line_id].append(EvidenceRef(
            title=e.title or e.original_name, awarding_body=e.awarding_body, credential_id=e.credential_id,
            sha256=e.sha256, original_name=e.original_name, evidence_type=e.evidence_type, issued_on=e.issued_on,
            workload_hours=e.workload_hours, workload_ects=e.workload_ects, eqf_level=e.eqf_level, grade=e.grade,
            verification_status=e.verification_status, outcome_notes=_outcome_notes(e)))
    return result


def _outcome_notes(item: EvidenceItem) -> tuple[object, ...]:
    """What the reading noted on the credential's own outcomes (the importer's "outcomes" checks): those the
    document marks as not achieved, left out, and those it marks only partly achieved, as messages."""
    checks = (item.verification or {}).get("checks") or []
    return tuple(
        note for c in checks
        if isinstance(c, dict) and c.get("name") == "outcomes" and (note := stored_text(c, "detail"))
    )


def _outcome_matches(session: Session, line_ids: list[int]) -> dict[int, list[OutcomeMatch]]:
    result: dict[int, list[OutcomeMatch]] = defaultdict(list)
    if not line_ids:
        return result
    titles: dict[int, str] = dict(session.execute(
        select(EvidenceItem.id, func.coalesce(func.nullif(EvidenceItem.title, ""), EvidenceItem.original_name))
        .where(EvidenceItem.id.in_(select(OutcomeMapping.evidence_item_id)
                                   .where(OutcomeMapping.decision_line_id.in_(line_ids))))
    ).all())
    for m in session.execute(
        select(OutcomeMapping).where(OutcomeMapping.decision_line_id.in_(line_ids))
        .order_by(OutcomeMapping.decision_line_id, OutcomeMapping.position, OutcomeMapping.id)
    ).scalars():
        result[m.decision_line_id].append(OutcomeMatch(
            m.component_outcome, m.credential_outcome, str(titles.get(m.evidence_item_id or -1, "")),
            m.judgement, m.score))
    return result


def _member_details(protocol: Protocol | None, commission: Commission | None) -> list[MemberInfo]:
    """Members as the protocol recorded them (present, voting, conflicts); the commission's list before one."""
    if protocol is not None and protocol.snapshot.get("members"):
        return [MemberInfo(str(m.get("name", "")), str(m.get("role") or "member"), str(m.get("job_title") or ""),
                           bool(m.get("present", True)), bool(m.get("votes", True)), bool(m.get("conflict")),
                           str(m.get("conflict_note") or ""))
                for m in protocol.snapshot["members"]]
    return [MemberInfo(m.full_name, m.role, m.job_title, True, not m.conflict_of_interest, m.conflict_of_interest,
                       m.conflict_note) for m in (commission.members if commission else [])]


def protocol_data(db: Database, case_no: str | int) -> ProtocolData:
    with db.read() as session:
        return protocol_data_of(session, find_case(session, case_no))


def protocol_data_of(session: Session, c: Case) -> ProtocolData:
    """What the papers of case ``c`` print, read in the caller's session (the order is written in one)."""
    from app.services.workflow import appeal_window_start, case_rules

    protocol = _latest_protocol(session, c.id)
    commission: Commission | None = (protocol.commission if protocol and protocol.commission else c.commission)
    members = [
        Signatory(m.full_name, m.role, m.job_title)
        for m in (commission.members if commission else [])
        if not m.conflict_of_interest
    ]
    role_order = {"chair": 0, "secretary": 1}
    members.sort(key=lambda m: role_order.get(m.role, 2))
    signatories = _signatories(protocol.signatories if protocol else None) or members
    lines: list[DecisionLine] = []
    if protocol is not None:
        lines = list(session.execute(
            select(DecisionLine).where(DecisionLine.protocol_id == protocol.id).order_by(DecisionLine.id)
        ).scalars())
    if not lines:
        lines = [line for line in _current_lines(session, c.id) if line.decision]
    ids = [line.id for line in lines]
    used = _line_evidence(session, ids)
    refs = _evidence_refs(session, ids)
    matches = _outcome_matches(session, ids)
    shared = _shared_hours(session, lines)
    protocol_lines = [
        ProtocolLineInfo(
            component_code=d.component_code, component_title=d.component_title, ects=d.component_ects,
            evidence="; ".join(f"{t}" + (f" ({b})" if b else "") for _i, t, b in used.get(d.id, [])),
            decision=d.decision, credits_recognised=d.credits_recognised, credits_remaining=d.credits_remaining,
            partial_scope=d.partial_scope, grade_100=d.grade_100, grade_national=d.grade_national,
            grade_ects=d.grade_ects, original_grade=" ".join(x for x in (d.original_grade, d.original_scale) if x),
            reasons=d.reasons, line_id=d.id, line_version=d.line_version, component_type=d.component_type,
            control=d.component_control, evidence_refs=tuple(refs.get(d.id, ())),
            outcomes=tuple(matches.get(d.id, ())), original_grade_text=d.original_grade,
            original_scale=d.original_scale, conversion_method=d.conversion_method, points=d.points,
            max_points=d.max_points, coverage_pct=d.coverage_pct,
            auto_reasons=automatic_reason_texts(d.proposal_reasons or []),
            rule_notes=_rule_notes(d, shared.get(d.id)),
            hours_credited_elsewhere=_credited_elsewhere_of(shared.get(d.id)),
        )
        for d in lines
    ]
    assessments = [
        AssessmentInfo(a.form, a.held_on, a.assessors, a.score, a.max_score, a.note, split_codes(a.components))
        for a in session.execute(select(Assessment).where(Assessment.case_id == c.id)
                                 .order_by(Assessment.held_on, Assessment.id)).scalars()
    ]
    order = session.execute(
        select(Order).where(Order.case_id == c.id).order_by(Order.id.desc()).limit(1)).scalar()
    rules = case_rules(c)
    start = appeal_window_start(session, c) if protocol is not None and protocol.status == "signed" else None
    voted = protocol is not None and (protocol.votes_for or protocol.votes_against or protocol.votes_abstained)
    profile = c.policy_profile
    return ProtocolData(
        reg_no=c.reg_no, applicant=_applicant(c.applicant), programme=_programme(c.programme),
        institution=profile.institution if profile else "",
        commission_name=commission.name if commission else "",
        founding_order_no=commission.founding_order_no if commission else "",
        founding_order_date=commission.founding_order_date if commission else None,
        number=protocol.number if protocol else "", meeting_date=protocol.meeting_date if protocol else None,
        status=protocol.status if protocol else ProtocolStatus.DRAFT, version=protocol.version if protocol else 1,
        change_reason=protocol.change_reason if protocol else "", academic_year=c.academic_year,
        semester=c.semester, filed_on=c.filed_on, members=members, signatories=signatories,
        lines=protocol_lines,
        votes_for=protocol.votes_for if voted and protocol else None,
        votes_against=protocol.votes_against if voted and protocol else None,
        votes_abstained=protocol.votes_abstained if voted and protocol else None,
        case_id=c.id, case_status=c.status, member_details=_member_details(protocol, commission),
        assessments=assessments, signed_at=protocol.signed_at if protocol else None,
        order_no=order.number if order else "", order_date=order.order_date if order else None,
        order_issued_by=order.issued_by if order else "", order_signatory=order.signatory if order else "",
        policy_name=profile.name if profile else "", policy_version=profile.version if profile else None,
        legal_basis=rules.legal_basis, legal_basis_en=rules.legal_basis_en, regulation=rules.regulation,
        regulation_en=rules.regulation_en, appeal_contact=rules.appeal_contact,
        appeal_contact_en=rules.appeal_contact_en, institution_en=rules.institution_en, appeal_days=rules.appeal_days,
        appeal_deadline=start + timedelta(days=rules.appeal_days) if start else None,
        appeal_window_from=rules.appeal_window_from,
        grade_table=rules.grade_table,
        protocol_anchor=_anchor(session, "protocol.sign", "protocol", protocol.id) if protocol else "",
        order_anchor=_anchor(session, "order.issue", "order", order.id) if order else "",
    )


def _anchor(session: Session, action: str, entity: str, entity_id: int) -> str:
    from app.services.audit import chain_head

    head = chain_head(session, action, entity, entity_id)
    return f"{head[0]}:{head[1]}" if head else ""


# --- exports (shared by the command line and the GUI) ---------------------------------------------------------
def export_case_report(db: Database, case_no: str | int, path: str | os.PathLike[str], lang: str = "uk",
                       progress: Progress | None = None) -> Path:
    from app.reports.case_report import write_case_report
    from app.reports.output import check_output_path
    from app.reports.vocabulary import report_translator

    tr = report_translator(lang)
    check_output_path(path, ".xlsx")
    if progress is not None:
        progress.report(0, 2, "")
    data = case_report_data(db, case_no)
    check_cancelled(progress)
    if progress is not None:
        progress.report(1, 2, "")
    write_case_report(data, path, tr)
    if progress is not None:
        progress.report(2, 2, "")
    return Path(path)


def export_register(db: Database, path: str | os.PathLike[str], flt: RegisterFilter | None = None,
                    lang: str = "uk", progress: Progress | None = None) -> int:
    """Write the register of decisions; returns the number of lines."""
    from app.reports.output import check_output_path
    from app.reports.register import write_register
    from app.reports.vocabulary import report_translator

    flt = flt or RegisterFilter()
    tr = report_translator(lang)
    check_output_path(path, ".xlsx")
    total = count_register(db, flt)
    check_cancelled(progress)
    return write_register(iter_register(db, flt), path, tr, flt, total=total, progress=progress,
                          reason_messages=_reason_messages)


def export_statistics(db: Database, path: str | os.PathLike[str], lang: str = "uk", date_from: date | None = None,
                      date_to: date | None = None, progress: Progress | None = None) -> Statistics:
    from app.reports.output import check_output_path
    from app.reports.statistics import write_statistics
    from app.reports.vocabulary import report_translator

    tr = report_translator(lang)
    check_output_path(path, ".xlsx")
    stats = statistics(db, date_from, date_to)
    check_cancelled(progress)
    write_statistics(stats, path, tr)
    return stats


def _check_language(lang: str) -> None:
    if lang not in ("uk", "en"):
        raise UserError(msg("Unknown language {lang}: use uk or en.", lang=repr(lang)))


def export_protocol(db: Database, case_no: str | int, path: str | os.PathLike[str],
                    progress: Progress | None = None, lang: str = "uk") -> Path:
    from app.reports.output import check_output_path
    from app.reports.protocol_pdf import write_protocol_pdf

    _check_language(lang)
    check_output_path(path, ".pdf")
    data = protocol_data(db, case_no)
    check_cancelled(progress)
    write_protocol_pdf(data, path, lang)
    return Path(path)


def signed_protocol_data(db: Database, case_no: str | int) -> ProtocolData:
    """The papers' data of a case whose protocol is signed; UserError before that."""
    data = protocol_data(db, case_no)
    if data.is_draft or not data.number:
        raise UserError(msg("Case {case} has no signed protocol yet: sign the protocol first.", case=data.reg_no))
    return data


def export_extract(db: Database, case_no: str | int, path: str | os.PathLike[str], lang: str = "uk") -> Path:
    """The extract from the signed protocol for the applicant (PDF)."""
    from app.reports.output import check_output_path
    from app.reports.protocol_pdf import write_extract_pdf

    _check_language(lang)
    check_output_path(path, ".pdf")
    return write_extract_pdf(signed_protocol_data(db, case_no), path, lang)


def export_notice(db: Database, case_no: str | int, path: str | os.PathLike[str], lang: str = "uk") -> Path:
    """The applicant's notice of the decision (PDF)."""
    from app.reports.output import check_output_path
    from app.reports.protocol_pdf import write_notice_pdf

    _check_language(lang)
    check_output_path(path, ".pdf")
    return write_notice_pdf(signed_protocol_data(db, case_no), path, lang)


def export_order(db: Database, case_no: str | int, path: str | os.PathLike[str]) -> Path:
    """The order (наказ) from the institution's template: as issued, or a draft before it is issued."""
    from app.reports.output import check_output_path
    from app.reports.protocol_pdf import write_order_pdf

    check_output_path(path, ".pdf")
    return write_order_pdf(signed_protocol_data(db, case_no), path)


def export_decision(db: Database, case_no: str | int, path: str | os.PathLike[str]) -> Path:
    """The decision record as JSON, validated against its schema before it is written."""
    from app.reports.decision_record import write_record
    from app.reports.output import check_output_path

    check_output_path(path, ".json")
    return write_record(signed_protocol_data(db, case_no), path)


def filter_choices(db: Database) -> tuple[list[tuple[str, str]], list[str]]:
    """Programme codes (with a title) and faculty names to choose from when filtering the register."""
    with db.read() as session:
        programmes: dict[str, str] = {}
        for code, title in session.execute(
            select(Programme.code, Programme.title).order_by(Programme.code, Programme.academic_year.desc())
        ):
            programmes.setdefault(code, title)
        faculties = {f for (f,) in session.execute(select(Programme.faculty).distinct()) if f}
        faculties |= {f for (f,) in session.execute(select(Applicant.faculty).distinct()) if f}
    return sorted(programmes.items()), sorted(faculties)


def _shared_hours(session: Session, lines: list[DecisionLine]) -> dict[int, Reason]:
    """Each recognition's credential hours that recognitions decided before it had taken (the reason, by line)."""
    from app.services.decisions import shared_hours_reason

    found = {line.id: shared_hours_reason(session, line) for line in lines}
    return {line_id: reason for line_id, reason in found.items() if reason is not None}


def _credited_elsewhere_of(reason: Reason | None) -> dict[str, Any] | None:
    """The hours taken elsewhere as the decision record states them."""
    if reason is None:
        return None
    return {"hours": reason.params["hours"], "left": reason.params["left"],
            "taken_by": list(reason.params["components"])}


def _rule_notes(line: DecisionLine, shared: Reason | None = None) -> tuple[str, ...]:
    """The rules' notes the protocol prints beside the decision (messages; the paper translates them)."""
    from app.services.recognition_rules import protocol_notes

    return protocol_notes(line.proposal_reasons or [], line.rule_overrides or [], shared)


def _reason_messages(stored: Any) -> tuple[object, ...]:
    """A line's stored proposal reasons as messages, for the reports to render in their own language."""
    if not stored:
        return ()
    from app.services.recognition_rules import reason_messages

    return tuple(reason_messages(list(stored)))
