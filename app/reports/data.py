"""Plain report data: what the report writers need, read from the database by ``app.services.reports``.

Nothing here knows about the database or Qt, so writers can be tested and benchmarked with hand-made values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from app.domain.policy_rules import GradeBand
from app.domain.verdicts import ProtocolStatus


@dataclass(frozen=True)
class ApplicantInfo:
    full_name: str
    full_name_latin: str = ""
    student_id: str = ""
    edebo_id: str = ""
    faculty: str = ""
    specialty: str = ""
    level: str = ""
    study_year: int | None = None
    group_name: str = ""
    study_form: str = ""


@dataclass(frozen=True)
class ProgrammeInfo:
    code: str
    title: str
    specialty: str = ""
    level: str = ""
    total_ects: float = 0.0
    academic_year: str = ""
    faculty: str = ""

    @property
    def label(self) -> str:
        year = f" ({self.academic_year})" if self.academic_year else ""
        return f"{self.code} {self.title}{year}"


@dataclass(frozen=True)
class EvidenceInfo:
    number: int
    original_name: str
    evidence_type: str = ""
    format: str = ""
    title: str = ""
    awarding_body: str = ""
    issuer_country: str = ""
    issued_on: date | None = None
    credential_id: str = ""
    language: str = ""
    translation_required: bool = False
    translation_attached: bool = False
    workload_hours: float | None = None
    workload_ects: float | None = None
    eqf_level: int | None = None
    grade: str = ""
    verification_status: str = "unsigned"
    verification_detail: str = ""
    verified_by: str = ""
    verified_at: datetime | None = None
    missing_mandatory: tuple[str, ...] = ()
    import_error: str = ""
    sha256: str = ""
    issuer_binding: str = ""  # confirmed / self-asserted / none (see app.importers.credentials.record)
    revocation: str = ""  # checked / not-checked / "" (no status declared)
    outcome_notes: tuple[object, ...] = ()  # the reading's notes on its outcomes (messages; see EvidenceRef)


@dataclass(frozen=True)
class OutcomeInfo:
    component_code: str
    component_title: str
    position: int
    component_outcome: str
    credential_outcome: str = ""
    evidence: str = ""
    score: float | None = None
    layer: str = ""
    explanation: str = ""
    judgement: str | None = None
    comment: str = ""


@dataclass(frozen=True)
class DecisionInfo:
    component_code: str
    component_title: str
    component_type: str = ""
    semester: int | None = None
    ects: float = 0.0
    hours: int | None = None
    control: str = ""
    evidence: tuple[str, ...] = ()
    coverage_pct: float | None = None
    evidence_hours: float | None = None
    evidence_ects: float | None = None
    proposal: str = ""
    decision: str | None = None
    credits_recognised: float | None = None
    credits_remaining: float | None = None
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
    cap_before: float | None = None
    cap_after: float | None = None
    decided_by: str = ""
    decided_at: datetime | None = None
    line_version: int = 1
    protocol_no: str = ""
    auto_reasons: tuple[object, ...] = ()  # what the recognition rules wrote into ``reasons``, as messages


@dataclass(frozen=True)
class AppealInfo:
    filed_on: date
    deadline: date | None
    within_deadline: bool
    grounds: str
    panel: str
    outcome: str  # "" while pending, else an AppealOutcome value
    decided_on: date | None


@dataclass(frozen=True)
class CaseReportData:
    reg_no: str
    status: str
    filed_on: date
    applicant: ApplicantInfo
    programme: ProgrammeInfo | None = None
    deadline: date | None = None
    academic_year: str = ""
    semester: int | None = None
    procedure_type: str = ""
    policy: str = ""
    commission: str = ""
    claimed_outcomes: str = ""
    declared_provider: str = ""
    declared_hours: float | None = None
    protocol_no: str = ""
    protocol_date: date | None = None
    order_no: str = ""
    order_date: date | None = None
    appeal: AppealInfo | None = None  # the latest appeal, if one was filed
    evidence: list[EvidenceInfo] = field(default_factory=list)
    decisions: list[DecisionInfo] = field(default_factory=list)
    outcomes: list[OutcomeInfo] = field(default_factory=list)
    generated_at: datetime = field(default_factory=datetime.now)


class RegisterRow(NamedTuple):
    """One current decision line of the register (a tuple: the register may hold 100,000 of them)."""

    reg_no: str
    filed_on: date | None
    applicant: str
    student_id: str
    faculty: str
    programme_code: str
    academic_year: str
    semester: int | None
    component_code: str
    component_title: str
    component_type: str
    ects: float | None
    control: str
    evidence: str
    provider: str
    decision: str | None
    credits_recognised: float | None
    credits_remaining: float | None
    grade_100: float | None
    grade_national: str
    grade_ects: str
    original_grade: str
    original_scale: str
    decided_at: date | None
    protocol_no: str
    protocol_date: date | None
    decided_by: str
    reasons: str
    deadline: date | None = None  # the case's own decision time limit
    days_late: int | None = None  # decided (or, undecided, still open) this many days after it; None: in time
    # The proposal's reasons as stored (codes and parameters): the writer renders them in its language when the
    # text needs it (see ``app.reports.register``), so that a register in the language it was written costs nothing.
    stored_reasons: tuple[Any, ...] = ()


@dataclass(frozen=True)
class RegisterFilter:
    date_from: date | None = None
    date_to: date | None = None
    programme_code: str | None = None
    faculty: str | None = None


@dataclass(frozen=True)
class MonthStat:
    month: date  # first day of the month
    cases_filed: int = 0
    lines_decided: int = 0
    credits_recognised: float = 0.0


@dataclass(frozen=True)
class DecisionStat:
    decision: str
    lines: int
    share: float
    credits_requested: float
    credits_recognised: float

    @property
    def credit_rate(self) -> float:
        return self.credits_recognised / self.credits_requested if self.credits_requested else 0.0


@dataclass(frozen=True)
class ProviderStat:
    provider: str
    evidence_items: int
    lines_recognised: int
    credits_recognised: float


@dataclass(frozen=True)
class VerificationStat:
    status: str
    items: int
    share: float


@dataclass(frozen=True)
class Statistics:
    date_from: date | None
    date_to: date | None
    cases: int
    lines_decided: int
    lines_recognised: int
    credits_recognised: float
    evidence_items: int
    evidence_verified: int
    months: list[MonthStat]
    decisions: list[DecisionStat]
    providers: list[ProviderStat]
    verification: list[VerificationStat]
    generated_at: datetime = field(default_factory=datetime.now)

    @property
    def recognition_rate(self) -> float:
        return self.lines_recognised / self.lines_decided if self.lines_decided else 0.0

    @property
    def verified_share(self) -> float:
        return self.evidence_verified / self.evidence_items if self.evidence_items else 0.0


@dataclass(frozen=True)
class Signatory:
    full_name: str
    role: str = "member"  # chair / secretary / member
    job_title: str = ""


@dataclass(frozen=True)
class ProtocolLineInfo:
    component_code: str
    component_title: str
    ects: float
    evidence: str
    decision: str | None
    credits_recognised: float | None
    credits_remaining: float | None
    partial_scope: str
    grade_100: float | None
    grade_national: str
    grade_ects: str
    original_grade: str
    reasons: str
    # What the papers and the decision record add to the protocol's table.
    line_id: int = 0
    line_version: int = 1
    component_type: str = ""
    control: str = ""
    evidence_refs: tuple[EvidenceRef, ...] = ()
    outcomes: tuple[OutcomeMatch, ...] = ()
    original_grade_text: str = ""  # the grade as written on the credential
    original_scale: str = ""
    conversion_method: str = ""
    points: float | None = None
    max_points: float | None = None
    coverage_pct: float | None = None
    auto_reasons: tuple[str, ...] = ()  # what the recognition rules wrote into ``reasons`` (either language)
    # The rules' notes on the decision (messages, translated by the paper): binding reasons and overrides.
    rule_notes: tuple[str, ...] = ()
    # The hours of its credentials that recognitions decided before it had taken: {"hours", "left", "taken_by"}
    hours_credited_elsewhere: dict[str, Any] | None = None

    @property
    def recognised(self) -> bool:
        return self.decision in ("full", "partial")

    @property
    def outcomes_covered(self) -> int:
        return sum(1 for o in self.outcomes if o.judgement in ("covered", "partly"))


@dataclass(frozen=True)
class EvidenceRef:
    """A credential a decision rests on, as the papers and the decision record cite it."""

    title: str
    awarding_body: str = ""
    credential_id: str = ""
    sha256: str = ""
    original_name: str = ""
    evidence_type: str = ""
    issued_on: date | None = None
    workload_hours: float | None = None
    workload_ects: float | None = None
    eqf_level: int | None = None
    grade: str = ""
    verification_status: str = ""
    # The reading's notes on the credential's own outcomes (messages, translated by the paper): those the document
    # marks as not achieved, left out as evidence, and those it marks only partly achieved.
    outcome_notes: tuple[object, ...] = ()


@dataclass(frozen=True)
class OutcomeMatch:
    """One component outcome and the credential outcome judged against it."""

    component_outcome: str
    credential_outcome: str = ""
    evidence: str = ""
    judgement: str | None = None  # covered / partly / not / None (not judged)
    score: float | None = None


@dataclass(frozen=True)
class AssessmentInfo:
    """An interview, test or other check the commission held; the decision rests on its result."""

    form: str
    held_on: date | None = None
    assessors: str = ""
    score: float | None = None
    max_score: float | None = None
    note: str = ""
    components: tuple[str, ...] = ()  # the codes of the components it assessed; empty: the whole application


@dataclass(frozen=True)
class MemberInfo:
    """A commission member as the protocol records them: present or not, voting, a declared conflict."""

    full_name: str
    role: str = "member"
    job_title: str = ""
    present: bool = True
    votes: bool = True
    conflict: bool = False
    conflict_note: str = ""


@dataclass(frozen=True)
class ProtocolData:
    reg_no: str
    applicant: ApplicantInfo
    programme: ProgrammeInfo | None
    institution: str = ""
    commission_name: str = ""
    founding_order_no: str = ""
    founding_order_date: date | None = None
    number: str = ""
    meeting_date: date | None = None
    status: str = ProtocolStatus.DRAFT
    version: int = 1
    change_reason: str = ""
    academic_year: str = ""
    semester: int | None = None
    filed_on: date | None = None
    members: list[Signatory] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    lines: list[ProtocolLineInfo] = field(default_factory=list)
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None
    # Added for the papers (protocol, extract, order, notice) and the decision record.
    case_id: int = 0
    case_status: str = ""
    member_details: list[MemberInfo] = field(default_factory=list)
    assessments: list[AssessmentInfo] = field(default_factory=list)
    signed_at: datetime | None = None
    order_no: str = ""
    order_date: date | None = None
    order_issued_by: str = ""  # the position of the order's signatory
    order_signatory: str = ""  # their full name
    policy_name: str = ""
    policy_version: int | None = None
    legal_basis: str = ""
    legal_basis_en: str = ""
    regulation: str = ""
    regulation_en: str = ""
    appeal_contact: str = ""
    appeal_contact_en: str = ""
    institution_en: str = ""
    appeal_days: int | None = None
    appeal_deadline: date | None = None  # None while the appeal window has not started (no notification yet, …)
    appeal_window_from: str = "protocol"  # the profile's rule: "notification", "protocol" or "order"
    grade_table: tuple[GradeBand, ...] = ()
    # The audit chain head ("N:HASH") recorded when the protocol was signed and when the order was issued.
    protocol_anchor: str = ""
    order_anchor: str = ""

    @property
    def is_draft(self) -> bool:
        return self.status != ProtocolStatus.SIGNED
