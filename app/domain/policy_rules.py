"""The institution's recognition rules (one version of a policy profile) and the grade conversion table.

Plain data with its own validation, shared by matching (which applies the rules), the services (which store every
version) and the interface (which edits them). ``PolicyRules`` round-trips through JSON (``to_dict`` /
``from_dict``) so the database can keep every version of a profile.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

from app.domain.components import COMPONENT_TYPES, LEGACY_COMPONENT_TYPES

Decision = Literal["recognise", "partial", "reject"]
# Evidence with less workload than the component: a warning, credits in proportion to the hours, or no full
# recognition ("hard").
WorkloadRule = Literal["warning", "proportional", "hard"]
WORKLOAD_RULES = ("warning", "proportional", "hard")
CapBase = Literal["programme", "academic_year"]
PartialGradeRule = Literal["proportional", "commission", "none"]
Severity = Literal["info", "warning", "blocking"]
# A credential whose learner does not match the applicant: shown only ("warn"), recognised only with an override
# reason that the protocol prints ("override"), or never recognised on that credential ("block").
IdentityRule = Literal["warn", "override", "block"]
IDENTITY_RULES = ("warn", "override", "block")
# A credential whose stated EQF/NQF level is below the level of the programme's cycle: not checked ("off"), shown
# ("warn"), or not recognised on that credential ("block").
LevelRule = Literal["off", "warn", "block"]
LEVEL_RULES = ("off", "warn", "block")
# The day the applicant's appeal window starts: the day the applicant is notified of the decision (recorded on the
# case), the day the protocol is signed, or the date of the order.
AppealWindowFrom = Literal["notification", "protocol", "order"]
APPEAL_WINDOW_FROM = ("notification", "protocol", "order")
# The EQF level of each cycle of a programme (DOMAIN.md: short cycle 5, bachelor 6, master 7, PhD 8).
CYCLE_EQF_LEVELS = {"junior_bachelor": 5, "bachelor": 6, "master": 7, "phd": 8}

# Verification strength, weakest first. An importer status maps onto it with ``verification_level``:
# "self-asserted" is a valid signature whose key nothing outside the file ties to the issuer; "signature" needs
# that tie (a trusted key, saved DID document, registry snapshot or certificate chain to a trusted anchor).
VERIFICATION_LEVELS = ("none", "self-asserted", "checked", "signature")
RULES_VERSION = 7  # 2: the procedure's time limits are settings of their own; 3: the learner identity rule; 4: the
# level rule; 5: the day the appeal window starts; 6: the share of outcomes partly evidenced; 7: outcomes nearly partly
# evidenced
# What the settings added in version 3 meant before they existed (the application did not read the learner check):
# migration 0005_policy_rules writes these into the versions stored before it, so that those versions keep their
# behaviour; a new profile takes the class defaults, the strict values.
LEGACY_VALUES: dict[str, Any] = {"identity_rule": "warn"}
# Settings whose absence from stored rules means what the application did before they existed (no migration:
# ``PolicyRules.from_dict`` reads a missing key as this value); a new profile takes the class default.
MISSING_VALUES: dict[str, Any] = {"level_rule": "off", "appeal_window_from": "protocol",
                                  "partly_evidence_partial": False, "partly_evidence_percent": 100,
                                  "nearly_partly_margin": 0.0}
# Where a component's outcomes are only partly evidenced (rule ``partly_evidence_partial``), the share of its
# credits each partly evidenced outcome gives a proposal: half of its own, until the commission confirms the pairs.
PARTLY_EVIDENCE_SHARE = 0.5
# The widest margin under the "partly" line the rule for outcomes nearly partly evidenced may take (on the 0..1 scale
# of the scores; the line itself is at 0.75 of the outcome threshold)
MAX_NEARLY_MARGIN = 0.05
# The procedure's time limits, in days: a whole number from 1 to MAX_TIME_LIMIT_DAYS each.
TIME_LIMITS = ("decision_days", "order_days", "appeal_days", "appeal_decision_days")
MAX_TIME_LIMIT_DAYS = 365
MAX_SNAPSHOT_AGE_DAYS = 3650
_TIME_LIMIT_NAMES = {
    "decision_days": "decision time limit",
    "order_days": "order time limit",
    "appeal_days": "appeal window",
    "appeal_decision_days": "appeal decision time limit",
}
# Texts the papers cite (see PolicyRules).
PAPER_TEXTS = ("institution_en", "legal_basis", "legal_basis_en", "regulation", "regulation_en", "appeal_contact",
               "appeal_contact_en")
# Stored keys that start with this prefix are the institution's own notes kept with the rules, for example
# "x_council_decision": "academic council, minutes 7". No rule reads them; the policy profiles carry them over
# from version to version. Any other key that is not a setting is an error: a typo must not pass unnoticed.
EXTRA_PREFIX = "x_"


def is_extra_key(key: str) -> bool:
    """Whether ``key`` is a documented extra of the stored rules (see ``EXTRA_PREFIX``), not a setting."""
    return key.startswith(EXTRA_PREFIX) and len(key) > len(EXTRA_PREFIX)


@dataclass(frozen=True)
class GradeBand:
    """One row of the grade conversion table: a 100-point range, its ECTS letter and the national grade."""

    letter: str
    min_points: float
    max_points: float
    national: int  # 5, 4, 3, 2
    national_uk: str  # "відмінно"
    national_en: str  # "excellent"
    passed: bool = True

    def contains(self, points: float) -> bool:
        return self.min_points <= points <= self.max_points


DEFAULT_GRADE_TABLE: tuple[GradeBand, ...] = (
    GradeBand("A", 90, 100, 5, "відмінно", "excellent"),
    GradeBand("B", 82, 89.99, 4, "добре", "good"),
    GradeBand("C", 74, 81.99, 4, "добре", "good"),
    GradeBand("D", 64, 73.99, 3, "задовільно", "satisfactory"),
    GradeBand("E", 60, 63.99, 3, "задовільно", "satisfactory"),
    GradeBand("FX", 35, 59.99, 2, "незадовільно", "fail", passed=False),
    GradeBand("F", 0, 34.99, 2, "незадовільно", "fail", passed=False),
)


@dataclass(frozen=True)
class PolicyRules:
    """One version of an institution's recognition rules and the procedure's time limits. Defaults follow the
    domain notes: full recognition needs every component outcome covered, partial needs at least one, workload is
    a warning, 30 h per credit; a decision within 30 days, the order within 10, appeals within 10 days, an
    appeal decided within 30."""

    outcome_threshold: float = 0.5  # match score at which a component outcome counts as covered
    full_coverage: float = 1.0  # coverage needed for 'recognise'
    partial_coverage: float = 0.0  # coverage above which (and with ≥1 covered outcome) 'partial' is proposed
    # No outcome covered, but at least ``partly_evidence_percent`` % of them (two or more) partly evidenced, each by
    # another outcome of the evidence: a long outcome in other words or another language rarely reaches "covered"
    # against a short one. 'partial' at PARTLY_EVIDENCE_SHARE of the partly evidenced outcomes' share of the
    # credits, with a warning that the commission confirms each pair; off, 'reject'. (Rules stored before the
    # setting existed keep 'reject', and before the share existed every outcome.) 66 %: two of three outcomes, three
    # of four, four of six.
    partly_evidence_partial: bool = True
    partly_evidence_percent: int = 66
    # With that rule: where no outcome is covered, at least one is partly evidenced and every other scores no more
    # than this far under the "partly" line, each by another outcome of the evidence, 'partial' at
    # PARTLY_EVIDENCE_SHARE of the partly evidenced outcomes' share of the credits (the outcomes nearly evidenced give
    # none), with a warning; 0 turns it off. A paraphrase of a component in other words often scores just under the
    # line on all its outcomes, an unrelated course on few of them (docs/matching.md, "Outcomes nearly partly
    # evidenced"). Rules stored before the setting existed keep it off.
    nearly_partly_margin: float = 0.01
    hours_per_ects: float = 30.0
    workload_rule: WorkloadRule = "warning"
    workload_min_ratio: float = 1.0  # evidence hours ≥ ratio × component hours
    # How far a credential's stated hours per stated ECTS credit may stray from the ECTS Users' Guide's 25–30 h
    # (and this profile's hours per credit) before its workload is flagged as inconsistent: 0.2 reads 20–36 h.
    workload_consistency_tolerance: float = 0.2
    cap_percent: float = 20.0
    cap_base: CapBase = "academic_year"
    eligible_component_types: tuple[str, ...] = ("mandatory", "elective")
    max_evidence_age_years: float | None = None
    required_verification: str = "none"  # one of VERIFICATION_LEVELS
    # A credential that declares a revocation status which could not be checked offline ("signature verified;
    # revocation not checked"): False accepts it with a warning, True blocks the proposal until it is checked.
    require_revocation_check: bool = False
    # How old a registry, federation or trusted-list snapshot (or a saved DID document) in the trusted store may be
    # before the trust page warns that it speaks for a day too long ago.
    max_snapshot_age_days: int = 365
    excluded_issuer_countries: tuple[str, ...] = ("RU",)  # also applied to the awarding body's country
    # A credential made out to someone else (or not matched to the applicant): see IdentityRule.
    identity_rule: IdentityRule = "block"
    # A credential stating a level below the programme's cycle (see LevelRule); no stated level, no check.
    level_rule: LevelRule = "warn"
    require_translation: bool = False  # evidence not in the languages below needs a translation attached
    working_languages: tuple[str, ...] = ("uk", "en")
    grade_table: tuple[GradeBand, ...] = DEFAULT_GRADE_TABLE
    pass_mark: float = 60.0  # on the 100-point scale: at or above it a pass-only component is "зараховано"
    partial_grade_rule: PartialGradeRule = "proportional"
    # The procedure's time limits (days). Rules stored before they were settings take these defaults.
    decision_days: int = 30  # the commission decides within this many days of the filing of the application
    order_days: int = 10  # the order is issued within this many days of the signing of the protocol
    appeal_days: int = 10  # the applicant may appeal within this many days of the day ``appeal_window_from`` names
    appeal_window_from: AppealWindowFrom = "notification"
    appeal_decision_days: int = 30  # an appeal is decided within this many days of its filing
    # What the papers cite and tell the applicant. Titles are written as they read in the nominative
    # ("наказ …", "Положення про …"); the ``_en`` texts serve the English versions of the papers.
    institution_en: str = ""  # the institution's name in the English papers
    legal_basis: str = "наказ Міністерства освіти і науки України від 08.02.2022 № 130"
    legal_basis_en: str = "Order of the Ministry of Education and Science of Ukraine No. 130 of 08.02.2022"
    regulation: str = ""  # the institution's own regulation on recognition
    regulation_en: str = ""
    appeal_contact: str = ""  # where the applicant asks or files an appeal (office, room, e-mail)
    appeal_contact_en: str = ""

    def __post_init__(self) -> None:
        problems = self.validate()
        if problems:
            raise ValueError("; ".join(problems))

    def validate(self) -> list[str]:  # noqa: C901 (one check per setting, in the order of the form; splitting scatters them)
        p: list[str] = []
        if not 0 < self.outcome_threshold <= 1:
            p.append("outcome threshold must be in (0, 1]")
        if not 0 < self.full_coverage <= 1:
            p.append("full coverage must be in (0, 1]")
        if not 0 <= self.partial_coverage <= self.full_coverage:
            p.append("partial coverage must be between 0 and the full coverage")
        share = self.partly_evidence_percent
        if isinstance(share, bool) or not isinstance(share, int) or not 50 <= share <= 100:
            p.append("share of outcomes partly evidenced must be a whole percentage 50..100")
        if isinstance(self.nearly_partly_margin, bool) or not 0 <= self.nearly_partly_margin <= MAX_NEARLY_MARGIN:
            p.append(f"margin for outcomes nearly partly evidenced must be in [0, {MAX_NEARLY_MARGIN}]")
        if not 0 < self.hours_per_ects <= 60:
            p.append("hours per ECTS credit must be in (0, 60]")
        if self.workload_rule not in WORKLOAD_RULES:
            p.append("workload rule must be 'warning', 'proportional' or 'hard'")
        if not 0 <= self.workload_min_ratio <= 2:
            p.append("workload ratio must be in [0, 2]")
        if not 0 <= self.workload_consistency_tolerance <= 1:
            p.append("workload consistency tolerance must be in [0, 1]")
        if not 0 <= self.cap_percent <= 100:
            p.append("cap must be a percentage 0..100")
        if self.cap_base not in ("programme", "academic_year"):
            p.append("cap base must be 'programme' or 'academic_year'")
        unknown = [t for t in self.eligible_component_types if t not in COMPONENT_TYPES]
        if unknown:
            p.append(f"unknown component types: {', '.join(unknown)}")
        if self.max_evidence_age_years is not None and self.max_evidence_age_years <= 0:
            p.append("maximum evidence age must be positive")
        days = self.max_snapshot_age_days
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_SNAPSHOT_AGE_DAYS:
            p.append(f"maximum age of a trust snapshot must be a whole number of days 1..{MAX_SNAPSHOT_AGE_DAYS}")
        if self.required_verification not in VERIFICATION_LEVELS:
            p.append(f"required verification must be one of {', '.join(VERIFICATION_LEVELS)}")
        if self.identity_rule not in IDENTITY_RULES:
            p.append("learner identity rule must be 'warn', 'override' or 'block'")
        if self.level_rule not in LEVEL_RULES:
            p.append("level rule must be 'off', 'warn' or 'block'")
        if self.appeal_window_from not in APPEAL_WINDOW_FROM:
            p.append("the appeal window must start at 'notification', 'protocol' or 'order'")
        if self.partial_grade_rule not in ("proportional", "commission", "none"):
            p.append("partial grade rule must be 'proportional', 'commission' or 'none'")
        if not 0 <= self.pass_mark <= 100:
            p.append("pass mark must be 0..100")
        for key in TIME_LIMITS:
            days = getattr(self, key)
            if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_TIME_LIMIT_DAYS:
                p.append(f"{_TIME_LIMIT_NAMES[key]} must be a whole number of days 1..{MAX_TIME_LIMIT_DAYS}")
        for key in PAPER_TEXTS:
            if not isinstance(getattr(self, key), str):
                p.append(f"{key.replace('_', ' ')} must be text")
        if isinstance(self.legal_basis, str) and not self.legal_basis.strip():
            p.append("legal basis must name the order the procedure follows")
        p.extend(_check_grade_table(self.grade_table))
        return p

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["eligible_component_types"] = list(self.eligible_component_types)
        data["excluded_issuer_countries"] = list(self.excluded_issuer_countries)
        data["working_languages"] = list(self.working_languages)
        data["grade_table"] = [asdict(b) for b in self.grade_table]
        data["rules_version"] = RULES_VERSION
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PolicyRules:
        """Build rules from stored JSON; missing keys take the defaults (rules stored before a setting existed
        get its default), unknown keys are an error. ``rules_version`` and documented extras (``is_extra_key``)
        are no settings and are passed over."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(k for k in data if k not in known and k != "rules_version" and not is_extra_key(k))
        if unknown:
            raise ValueError(f"unknown policy setting(s): {', '.join(unknown)}")
        kwargs: dict[str, Any] = {**MISSING_VALUES, **{k: v for k, v in data.items() if k in known}}
        try:
            for key in ("eligible_component_types", "excluded_issuer_countries", "working_languages"):
                if key in kwargs:
                    kwargs[key] = tuple(str(x) for x in kwargs[key])
            if "eligible_component_types" in kwargs:
                kwargs["eligible_component_types"] = tuple(dict.fromkeys(
                    LEGACY_COMPONENT_TYPES.get(x, x) for x in kwargs["eligible_component_types"]))
            if "grade_table" in kwargs:
                kwargs["grade_table"] = tuple(
                    b if isinstance(b, GradeBand) else GradeBand(**b) for b in kwargs["grade_table"]
                )
            for key in (*TIME_LIMITS, "max_snapshot_age_days"):
                if key in kwargs:
                    kwargs[key] = whole_days(kwargs[key])
            return cls(**kwargs)
        except TypeError as exc:
            raise ValueError(f"bad policy settings: {exc}") from exc


# One ECTS credit is 25 to 30 hours of work (ECTS Users' Guide 2015, section 3.2).
ECTS_GUIDE_HOURS_PER_CREDIT = (25.0, 30.0)


@dataclass(frozen=True)
class WorkloadMismatch:
    """A credential whose stated hours and stated ECTS credits disagree: ``per_credit`` hours per credit where the
    rules expect ``low`` to ``high``."""

    hours: float
    ects: float
    per_credit: float
    low: float
    high: float


def workload_mismatch(hours: float | None, ects: float | None, rules: PolicyRules) -> WorkloadMismatch | None:
    """Whether the hours and ECTS credits a credential states contradict each other (None: they agree, or one of
    them is not stated). The expected hours per credit are the ECTS Users' Guide's 25–30 h, widened to take in the
    profile's own hours per credit, and by the profile's tolerance on each side."""
    if hours is None or ects is None or hours <= 0 or ects <= 0:
        return None
    low = min(ECTS_GUIDE_HOURS_PER_CREDIT[0], rules.hours_per_ects) * (1 - rules.workload_consistency_tolerance)
    high = max(ECTS_GUIDE_HOURS_PER_CREDIT[1], rules.hours_per_ects) * (1 + rules.workload_consistency_tolerance)
    per_credit = hours / ects
    if low - 1e-9 <= per_credit <= high + 1e-9:
        return None
    return WorkloadMismatch(float(hours), float(ects), round(per_credit, 1), round(low, 1), round(high, 1))


def whole_days(value: Any) -> Any:
    """A time limit as stored: 30.0 (JSON written by another tool) is 30 days; anything else is left for
    ``PolicyRules.validate`` to judge."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _check_grade_table(table: Sequence[GradeBand]) -> list[str]:
    if not table:
        return ["the grade table is empty"]
    problems = []
    for band in table:
        if band.min_points > band.max_points:
            problems.append(f"grade {band.letter}: minimum above maximum")
    ordered = sorted(table, key=lambda b: b.min_points)
    for lower, upper in zip(ordered, ordered[1:], strict=False):
        if upper.min_points <= lower.max_points:
            problems.append(f"grades {lower.letter} and {upper.letter} overlap")
    return problems
