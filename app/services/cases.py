"""Cases: register, list and read. Every change is one transaction with its audit entry."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db import Database
from app.domain.status import FINISHED_STATES, CaseStatus
from app.domain.translit import transliterate
from app.errors import UserError
from app.messages import msg
from app.models import (
    Applicant,
    Case,
    CaseStatusChange,
    Declaration,
    EvidenceItem,
    PolicyProfile,
    Programme,
    RegNoCounter,
)
from app.services import audit
from app.services.case_list import CaseRow as CaseRow  # (its home: the light module the first page is read with)
from app.services.history import history_comment


def list_cases(db: Database) -> list[CaseRow]:
    evidence_counts = (
        select(EvidenceItem.case_id, func.count(EvidenceItem.id).label("n"))
        .group_by(EvidenceItem.case_id)
        .subquery()
    )
    query = (
        select(
            Case.id, Case.reg_no, Applicant.full_name, Applicant.full_name_latin, Applicant.student_id,
            func.coalesce(Programme.code, ""), Case.status, Case.filed_on, Case.deadline, Case.updated_at,
            func.coalesce(evidence_counts.c.n, 0),
        )
        .join(Applicant, Applicant.id == Case.applicant_id)
        .outerjoin(Programme, Programme.id == Case.programme_id)
        .outerjoin(evidence_counts, evidence_counts.c.case_id == Case.id)
        .order_by(Case.id)
    )
    with db.read() as session:
        return [CaseRow(*row) for row in session.execute(query)]


@dataclass
class ApplicantData:
    full_name: str
    student_id: str = ""
    edebo_id: str = ""
    faculty: str = ""
    specialty: str = ""
    level: str = ""
    study_year: int | None = None
    group_name: str = ""
    study_form: str = ""
    email: str = ""


@dataclass
class NewCase:
    applicant: ApplicantData
    programme_id: int | None = None
    policy_profile_id: int | None = None
    commission_id: int | None = None
    academic_year: str = ""
    semester: int | None = None
    procedure_type: str = "non-formal"
    filed_on: date = field(default_factory=date.today)
    deadline: date | None = None  # None: filed_on + the decision time limit of the case's policy profile
    reg_no: str | None = None
    claimed_outcomes: str = ""
    provider: str = ""
    volume_hours: float | None = None


def _reg_prefix(year: int | None) -> str:
    return f"RD-{year or date.today().year}-"


def next_reg_no(db: Database, year: int | None = None) -> str:
    """The number the next registration will probably get (a preview: the number itself is only allocated inside
    the transaction that saves the case, see ``allocate_reg_no``)."""
    prefix = _reg_prefix(year)
    with db.read() as session:
        last = session.execute(select(RegNoCounter.last_no).where(RegNoCounter.prefix == prefix)).scalar()
    return f"{prefix}{(last or 0) + 1:05d}"


def allocate_reg_no(session: Session, year: int | None = None) -> str:
    """Take the next registration number of the year inside the caller's write transaction.

    The counter row is bumped with one atomic upsert, which also locks it until commit: a concurrent registration
    waits and then gets the following number, and a rolled-back registration gives its number back. Numbers that
    were typed by hand are skipped."""
    prefix = _reg_prefix(year)
    dialect = session.get_bind().dialect.name
    insert_fn = pg_insert if dialect == "postgresql" else sqlite_insert
    while True:
        upsert = insert_fn(RegNoCounter).values(prefix=prefix, last_no=1).on_conflict_do_update(
            index_elements=[RegNoCounter.prefix], set_={"last_no": RegNoCounter.last_no + 1}
        ).returning(RegNoCounter.last_no)
        number = int(session.execute(upsert).scalar_one())
        reg_no = f"{prefix}{number:05d}"
        if not session.execute(select(Case.id).where(Case.reg_no == reg_no)).scalar():
            return reg_no


def _default_policy_id(session: Session) -> int | None:
    """The policy profile version a case gets when none is chosen: the one saved last."""
    return session.execute(
        select(PolicyProfile.id).order_by(PolicyProfile.created_at.desc(), PolicyProfile.id.desc()).limit(1)
    ).scalar()


def _decision_days(profile: PolicyProfile | None) -> int:
    """The decision time limit of a policy profile version (the default one without a profile)."""
    # Imported here: the rules bring the matching engine in, which listing cases does not need.
    from app.matching.policy import PolicyRules
    from app.services.recognition_rules import policy_rules

    if profile is None:
        return PolicyRules().decision_days
    return policy_rules(dict(profile.rules or {}), f"“{profile.name} v{profile.version}”").decision_days


def _profile(session: Session, profile_id: int | None) -> PolicyProfile | None:
    if profile_id is None:
        return None
    profile = session.get(PolicyProfile, profile_id)
    if profile is None:
        raise UserError(f"Policy profile version #{profile_id} does not exist (it may have been removed).")
    return profile


@dataclass(frozen=True)
class PolicyChoice:
    id: int  # the row of the profile's latest version
    label: str  # "name, vN"
    decision_days: int | None  # None when the version's rules cannot be read


def policy_choices(db: Database) -> list[PolicyChoice]:
    """The latest version of every policy profile: first the one a new case gets by default, then by name."""
    with db.read() as session:
        default_id = _default_policy_id(session)
        rows = session.execute(
            select(PolicyProfile).order_by(PolicyProfile.name, PolicyProfile.version.desc())
        ).scalars().all()
        latest: dict[str, PolicyProfile] = {}
        for row in rows:
            latest.setdefault(row.name, row)
        choices = []
        for profile in sorted(latest.values(), key=lambda p: (p.id != default_id, p.name.casefold())):
            try:
                days: int | None = _decision_days(profile)
            except UserError:
                days = None
            label = msg("{name}, v{version}", name=profile.name, version=profile.version)
            choices.append(PolicyChoice(profile.id, label, days))
        return choices


def register_case(db: Database, actor: str, data: NewCase) -> int:
    """Create the applicant (or reuse one with the same student ID), the case and its declaration.

    The case is decided under ``data.policy_profile_id`` (by default the policy profile version saved last); its
    decision deadline is ``data.deadline`` or, when that is None, the filing date plus that version's decision
    time limit."""
    if not data.applicant.full_name.strip():
        raise UserError("The applicant's full name is required.")
    data.applicant.email = check_email(data.applicant.email)
    with db.write() as session:
        if data.reg_no:
            reg_no = data.reg_no.strip()
            if session.execute(select(Case.id).where(Case.reg_no == reg_no)).scalar():
                raise UserError(f"A case with registration number {reg_no} already exists.")
        else:
            reg_no = allocate_reg_no(session, data.filed_on.year)
        applicant = None
        if data.applicant.student_id:
            applicant = session.execute(
                select(Applicant).where(Applicant.student_id == data.applicant.student_id)
            ).scalar()
        if applicant is None:
            applicant = Applicant(**vars(data.applicant))
            applicant.full_name_latin = transliterate(applicant.full_name)
            session.add(applicant)
        policy_id = data.policy_profile_id
        if policy_id is None:
            policy_id = _default_policy_id(session)
        profile = _profile(session, policy_id)
        deadline = data.deadline
        if deadline is None:
            deadline = data.filed_on + timedelta(days=_decision_days(profile))
        case = Case(
            reg_no=reg_no, applicant=applicant, programme_id=data.programme_id, policy_profile_id=policy_id,
            commission_id=data.commission_id, academic_year=data.academic_year, semester=data.semester,
            procedure_type=data.procedure_type, filed_on=data.filed_on, deadline=deadline,
            status=CaseStatus.REGISTERED,
        )
        session.add(case)
        case.history.append(CaseStatusChange(from_status=None, to_status=CaseStatus.REGISTERED, actor=actor))
        if data.claimed_outcomes or data.provider or data.volume_hours:
            case.declaration = Declaration(
                claimed_outcomes=data.claimed_outcomes, provider=data.provider, volume_hours=data.volume_hours,
                signed_on=data.filed_on,
            )
        session.flush()
        audit.record(session, actor, "case.register", "case", case.id,
                     {"reg_no": reg_no, "applicant": applicant.full_name, "programme_id": data.programme_id,
                      "policy_profile_id": policy_id, "deadline": deadline})
        return case.id


@dataclass(frozen=True)
class StatusChangeRow:
    from_status: str | None
    to_status: str
    actor: str
    at: datetime
    comment: str


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    original_name: str
    format: str
    title: str
    awarding_body: str
    issued_on: date | None
    verification_status: str
    missing_mandatory: list[str]
    import_error: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    reg_no: str
    status: str
    filed_on: date
    deadline: date | None
    academic_year: str
    semester: int | None
    procedure_type: str
    row_version: int
    applicant_id: int
    applicant_name: str
    applicant_latin: str
    student_id: str
    faculty: str
    group_name: str
    study_form: str
    programme_id: int | None
    programme: str
    policy: str
    commission: str
    claimed_outcomes: str
    history: list[StatusChangeRow]
    evidence: list[EvidenceRow]
    email: str = ""
    edebo_id: str = ""
    note: str = ""
    policy_profile_id: int | None = None
    commission_id: int | None = None
    decision_late: DecisionLateness | None = None  # the decision came (or is) past the case's own limit


@dataclass(frozen=True)
class DecisionLateness:
    """How far the case's decision is past its limit (``Case.deadline``)."""

    due: date
    days: int  # > 0
    decided_on: date | None  # None: not decided yet and the limit has passed


def decision_lateness(deadline: date | None, status: str, history: list[StatusChangeRow],
                      today: date | None = None) -> DecisionLateness | None:
    """The case's decision against its own limit: decided (first moved to "decided") after it, or still undecided
    past it while the case is open; None when in time, without a limit, or finished without a recorded decision.
    The register's "Days overdue" column follows the same rule (``reports.days_late``)."""
    from app.services.reports import days_late

    if deadline is None:
        return None
    decided = next((h.at for h in history if h.to_status == CaseStatus.DECIDED), None)
    decided_on = decided.date() if decided is not None else None
    if decided_on is None and status not in (CaseStatus.REGISTERED, CaseStatus.DOCUMENTS_CHECKED,
                                             CaseStatus.UNDER_ASSESSMENT):
        return None  # decided without a recorded move to "decided": nothing to measure against
    late = days_late(deadline, decided_on, status, today or date.today())
    return DecisionLateness(deadline, late, decided_on) if late else None


def get_case_detail(db: Database, case_id: int) -> CaseDetail:
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise UserError(f"Case {case_id} does not exist (it may have been removed by another user).")
        applicant = case.applicant
        programme = case.programme
        evidence = session.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == case_id).order_by(EvidenceItem.id)
        ).scalars()
        history = [StatusChangeRow(h.from_status, h.to_status, h.actor, h.at, history_comment(h.comment or ""))
                   for h in case.history]
        return CaseDetail(
            id=case.id, reg_no=case.reg_no, status=case.status, filed_on=case.filed_on, deadline=case.deadline,
            academic_year=case.academic_year, semester=case.semester, procedure_type=case.procedure_type,
            row_version=case.row_version, applicant_id=applicant.id, applicant_name=applicant.full_name,
            applicant_latin=applicant.full_name_latin, student_id=applicant.student_id, faculty=applicant.faculty,
            group_name=applicant.group_name, study_form=applicant.study_form,
            programme_id=case.programme_id,
            programme=f"{programme.code} {programme.title} ({programme.academic_year})" if programme else "",
            policy=msg("{name}, v{version}", name=case.policy_profile.name, version=case.policy_profile.version)
            if case.policy_profile else "",
            commission=case.commission.name if case.commission else "",
            claimed_outcomes=case.declaration.claimed_outcomes if case.declaration else "",
            history=history,
            evidence=[
                EvidenceRow(e.id, e.original_name, e.format, e.title, e.awarding_body, e.issued_on,
                            e.verification_status, list(e.missing_mandatory or []), e.import_error)
                for e in evidence
            ],
            email=applicant.email, edebo_id=applicant.edebo_id, note=case.note,
            policy_profile_id=case.policy_profile_id, commission_id=case.commission_id,
            decision_late=decision_lateness(case.deadline, case.status, history),
        )


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


def programme_choices(db: Database) -> list[Choice]:
    with db.read() as session:
        rows = session.execute(
            select(Programme.id, Programme.code, Programme.title, Programme.academic_year)
            .order_by(Programme.code, Programme.academic_year.desc())
        )
        return [Choice(pid, f"{code} — {title} ({year})") for pid, code, title, year in rows]


EDITABLE_CASE_FIELDS = {"deadline", "note", "semester", "academic_year", "procedure_type", "programme_id",
                        "commission_id", "policy_profile_id", "filed_on", "claimed_outcomes"}
EDITABLE_APPLICANT_FIELDS = {"full_name", "student_id", "edebo_id", "faculty", "specialty", "level", "study_year",
                             "group_name", "study_form", "email"}
# What decides the case may change only while nothing was assessed under it.
BEFORE_ASSESSMENT_FIELDS = {"programme_id", "policy_profile_id"}
# The applicant's contact stays correctable after the case is finished (an appeal, a late notification).
CONTACT_FIELDS = {"email"}
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_email(value: str) -> str:
    """The e-mail address as it will be stored ("" when none), or a one-line refusal."""
    email = value.strip()
    if email and not EMAIL_PATTERN.match(email):
        raise UserError(msg("“{email}” is not an e-mail address (expected name@domain).", email=email))
    return email


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def update_case(db: Database, actor: str, case_id: int, expected_version: int | None, *,  # noqa: C901 (each field's own guard)
                applicant: dict[str, object] | None = None, **changes: object) -> int:
    """Change the registered data of a case and of its applicant; returns the case's new row version.

    ``expected_version`` is the case's row version the caller read: a case changed since (by anyone, also its
    applicant's data through this function) is refused with a clear message and nothing is saved. Only values
    that differ are written; the audit entry holds each one before and after."""
    from app.services.concurrency import check_version
    from app.services.workflow import current_lines

    applicant_changes = dict(applicant or {})
    unknown = (set(changes) - EDITABLE_CASE_FIELDS) | (set(applicant_changes) - EDITABLE_APPLICANT_FIELDS)
    if unknown:
        raise UserError(msg("These case fields cannot be edited here: {fields}.", fields=sorted(unknown)))
    if "full_name" in applicant_changes:
        applicant_changes["full_name"] = str(applicant_changes["full_name"] or "").strip()
        if not applicant_changes["full_name"]:
            raise UserError(msg("The applicant's full name is required."))
    if "email" in applicant_changes:
        applicant_changes["email"] = check_email(str(applicant_changes["email"] or ""))
    with db.write() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise UserError(msg("Case {case} does not exist (it may have been removed by another user).",
                                case=case_id))
        check_version(case, expected_version, f"Case {case.reg_no}")
        person = case.applicant
        declaration = case.declaration
        case_before = {k: (declaration.claimed_outcomes if declaration else "") if k == "claimed_outcomes"
                       else getattr(case, k) for k in changes}
        case_new = {k: v for k, v in changes.items() if v != case_before[k]}
        person_new = {k: v for k, v in applicant_changes.items() if v != getattr(person, k)}
        if not case_new and not person_new:
            return case.row_version
        touched = set(case_new) | set(person_new)
        if case.status in FINISHED_STATES and touched - CONTACT_FIELDS:
            raise UserError(msg("Case {case} is “{status}”: only the applicant's e-mail can still be corrected.",
                                case=case.reg_no, status=case.status))
        if set(case_new) & BEFORE_ASSESSMENT_FIELDS:
            from app.domain.status import EVIDENCE_IMPORT_STATES

            if case.status not in EVIDENCE_IMPORT_STATES:
                raise UserError(msg("Case {case} is “{status}”: its programme and policy profile can be changed "
                                    "only before the assessment starts.", case=case.reg_no, status=case.status))
            if "programme_id" in case_new and current_lines(session, case.id):
                raise UserError(msg("Case {case} has requested components of its programme: withdraw them before "
                                    "choosing another programme.", case=case.reg_no))
            if "policy_profile_id" in case_new:
                chosen = case_new["policy_profile_id"]
                _profile(session, None if chosen is None else int(str(chosen)))
        if person_new.get("student_id"):
            other = session.execute(select(Applicant.full_name).where(
                Applicant.student_id == person_new["student_id"], Applicant.id != person.id)).scalar()
            if other is not None:
                raise UserError(msg("Student ID {student_id} already belongs to another applicant ({name}).",
                                    student_id=person_new["student_id"], name=other))
        for key, value in case_new.items():
            if key == "claimed_outcomes":
                if declaration is None:
                    case.declaration = declaration = Declaration(signed_on=case.filed_on)
                declaration.claimed_outcomes = str(value or "")
            else:
                setattr(case, key, value)
        person_before = {k: getattr(person, k) for k in person_new}
        for key, value in person_new.items():
            setattr(person, key, value)
        if "full_name" in person_new:
            person.full_name_latin = transliterate(person.full_name)
        # The case's own row changes too, so that its version moves on with any change of its data.
        case.updated_at = datetime.now(UTC).replace(tzinfo=None)
        session.flush()
        payload: dict[str, object] = {}
        if case_new:
            payload["before"] = {k: _plain(case_before[k]) for k in case_new}
            payload["after"] = {k: _plain(v) for k, v in case_new.items()}
        if person_new:
            payload["applicant_id"] = person.id
            payload["applicant_before"] = {k: _plain(v) for k, v in person_before.items()}
            payload["applicant_after"] = {k: _plain(v) for k, v in person_new.items()}
        audit.record(session, actor, "case.update", "case", case.id, payload)
        return case.row_version
