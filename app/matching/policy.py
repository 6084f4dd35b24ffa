"""The institution's recognition rules (policy profile) and the proposal they give for one component.

Everything here is pure: ``propose`` reads a component, a match result and facts about the evidence and returns
a :class:`Proposal` ('recognise' | 'partial' | 'reject') with structured reasons. It never writes a decision;
the committee decides. ``PolicyRules`` round-trips through JSON (``to_dict`` / ``from_dict``) so the database
can keep every version of a profile.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from app.domain.countries import country_code, country_term, is_excluded
from app.domain.languages import language_term
from app.domain.policy_rules import (  # noqa: F401  (re-exported: the rules are applied here)
    _TIME_LIMIT_NAMES,
    COMPONENT_TYPES,
    CYCLE_EQF_LEVELS,
    DEFAULT_GRADE_TABLE,
    EXTRA_PREFIX,
    IDENTITY_RULES,
    LEGACY_VALUES,
    LEVEL_RULES,
    MAX_TIME_LIMIT_DAYS,
    PARTLY_EVIDENCE_SHARE,
    RULES_VERSION,
    TIME_LIMITS,
    VERIFICATION_LEVELS,
    WORKLOAD_RULES,
    CapBase,
    Decision,
    GradeBand,
    IdentityRule,
    LevelRule,
    PartialGradeRule,
    PolicyRules,
    Severity,
    WorkloadRule,
    _check_grade_table,
    is_extra_key,
    whole_days,
    workload_mismatch,
)
from app.matching.coverage import MatchResult
from app.messages import Message, msg
from app.translation import Translate, render_message

# -- grades ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grade:
    """A grade on the three scales, with the original and how it was converted."""

    points: float | None  # 100-point scale
    ects: str  # "A".."F", "" when not graded
    national: str  # "5 (відмінно)", "зараховано"
    national_en: str
    original: str
    original_scale: str
    method: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def band_for_points(points: float, table: Sequence[GradeBand] = DEFAULT_GRADE_TABLE) -> GradeBand:
    """The band containing ``points`` (rounded to two decimals); raises ValueError outside the table."""
    value = round(float(points), 2)
    for band in table:
        if band.contains(value):
            return band
    # Tolerate gaps between bands written as whole numbers (89 / 90): take the band below.
    below = [b for b in table if b.max_points < value]
    if below and 0 <= value <= 100:
        return max(below, key=lambda b: b.max_points)
    raise ValueError(f"{points} is outside the grade table")


_NATIONAL_DIGIT = re.compile(r"^\s*(\d)(?!\d)")
_FAILED = ("не зараховано", "fail")


def grade_problem(rules: PolicyRules, control: str, points: float | None, letter: str,
                  national: str) -> Message | None:
    """What in a recognised component's grade disagrees with the profile's grade table (the three scales must say
    the same, and a recognition is a pass), or None. Empty fields are not checked."""
    table = rules.grade_table
    letter = letter.strip().upper()
    band = None
    scored = float(points) if points is not None else 0.0
    if points is not None:
        if points < rules.pass_mark:
            return msg("{points} points is below the pass mark of {mark}: a recognised component cannot have a "
                       "failing grade.", points=scored, mark=float(rules.pass_mark))
        try:
            band = band_for_points(points, table)
        except ValueError:
            return None  # outside 0..100: refused with its own message
    if letter:
        named = next((b for b in table if b.letter.upper() == letter), None)
        if named is None:
            return msg("The ECTS grade {letter} is not in the profile's grade table ({letters}).", letter=letter,
                       letters=", ".join(b.letter for b in table))
        if not named.passed:
            return msg("The ECTS grade {letter} is a failing grade: a recognised component cannot have it.",
                       letter=letter)
        if band is not None and band.letter.upper() != letter:
            return msg("{points} points is {expected} on the profile's grade table, not {letter}.",
                       points=scored, expected=band.letter, letter=letter)
        band = named
    text = national.strip().lower()
    if text in _FAILED:
        return msg("The national grade {national} is a failing grade: a recognised component cannot have it.",
                   national=national.strip())
    digit = _NATIONAL_DIGIT.match(text)
    if digit and band is not None and control != "pass" and int(digit.group(1)) != band.national:
        return msg("The national grade {national} does not fit the ECTS grade {letter}: it is {expected} on the "
                   "profile's grade table.", national=national.strip(), letter=band.letter, expected=band.national)
    return None


def points_to_ects(points: float, table: Sequence[GradeBand] = DEFAULT_GRADE_TABLE) -> str:
    return band_for_points(points, table).letter


def ects_to_national(letter: str, table: Sequence[GradeBand] = DEFAULT_GRADE_TABLE) -> tuple[int, str, str]:
    letter = letter.strip().upper()
    for band in table:
        if band.letter.upper() == letter:
            return band.national, band.national_uk, band.national_en
    raise ValueError(f"unknown ECTS grade {letter!r}")


def convert_points(points: float, rules: PolicyRules | None = None, *, pass_only: bool = False) -> Grade:
    """100-point score → ECTS letter → national scale (or 'зараховано' for a pass-only component)."""
    rules = rules or PolicyRules()
    if not 0 <= points <= 100:
        raise ValueError(f"a 100-point score must be 0..100, got {points}")
    band = band_for_points(points, rules.grade_table)
    if pass_only:
        passed = points >= rules.pass_mark
        national, national_en = ("зараховано", "pass") if passed else ("не зараховано", "fail")
    else:
        national, national_en = f"{band.national} ({band.national_uk})", f"{band.national} ({band.national_en})"
    return Grade(
        points=round(points, 2),
        ects=band.letter,
        national=national,
        national_en=national_en,
        original=_fmt(points),
        original_scale="100-point",
        method="institutional table 100-point → ECTS → national",
    )


_PASS_WORDS = {"pass", "passed", "зараховано", "зарах", "зараховано.", "completed", "achieved", "satisfactory"}
_FAIL_WORDS = {"fail", "failed", "не зараховано", "незараховано"}


_GRADE_LEAD = re.compile(r"^(?:with\s+a\s+(?:grade|score)\s+of|з\s+оцінкою)\s*")
_GRADE_UNIT = re.compile(r"(?<=\d)\s*(?:балів|бали|бала|бал|points|point|pts|marks)\b")


def parse_grade(text: str) -> tuple[float | None, str]:
    """Read an original grade as written on a credential: '70%', '92/100', '19 / 20', '4.5 of 5', 'A',
    'Pass', 'зараховано'. Returns (percent or None, scale description); (None, 'pass') for pass-only,
    (None, 'ects:X') for a bare letter, (None, '') when it cannot be read."""
    raw = text.strip()
    low = raw.casefold().replace(",", ".")
    # As certificates write it: "with a grade of 4.5/5", "87 балів зі 100", "92 points out of 100"
    low = _GRADE_LEAD.sub("", low)
    low = " ".join(_GRADE_UNIT.sub(" ", low).split()).replace(" зі ", " з ").strip(" .")
    if not low:
        return None, ""
    # "91 (A, відмінно)": a 100-point score with its ECTS letter and national word beside it, as transcripts write it
    both = re.fullmatch(r"(\d+(?:\.\d+)?)\s*\((fx|[a-f])\b[^()]*\)", low)
    if both:
        if float(both.group(1)) <= 5:  # "4 (B, добре)": a five-point grade; its letter is what can be read
            return None, f"ects:{both.group(2).upper()}"
        low = both.group(1)
    if low in _PASS_WORDS:
        return None, "pass"
    if low in _FAIL_WORDS:
        return None, "fail"
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%", low)
    if m:
        return _bounded(float(m.group(1))), "percent"
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:/|of|з|із|out of)\s*(\d+(?:\.\d+)?)", low)
    if m:
        score, top = float(m.group(1)), float(m.group(2))
        if top > 0 and score <= top:
            return round(100.0 * score / top, 2), f"points out of {_fmt(top)}"
        return None, ""
    if re.fullmatch(r"fx|[a-f]", low):
        return None, f"ects:{raw.upper()}"
    m = re.fullmatch(r"\d+(?:\.\d+)?", low)
    if m:
        value = float(low)
        if value <= 100:
            return value, "100-point"
    return None, ""


def _bounded(value: float) -> float | None:
    return value if 0 <= value <= 100 else None


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def convert_original(text: str, rules: PolicyRules | None = None, *, pass_only: bool = False) -> Grade | None:
    """Convert a grade as written on a credential; None when the commission must assess it itself."""
    rules = rules or PolicyRules()
    percent, scale = parse_grade(text)
    if percent is not None:
        g = convert_points(percent, rules, pass_only=pass_only)
        return Grade(
            g.points,
            g.ects,
            g.national,
            g.national_en,
            text.strip(),
            scale,
            f"{scale} → 100-point → ECTS → national (institutional table)",
        )
    if scale == "pass":
        return Grade(
            None, "", "зараховано", "pass", text.strip(), "pass/fail", "pass-only certificate recorded as 'зараховано'"
        )
    if scale.startswith("ects:"):
        letter = scale.split(":", 1)[1]
        try:
            national, uk, en = ects_to_national(letter, rules.grade_table)
        except ValueError:
            return None
        nat = ("зараховано" if letter not in ("F", "FX") else "не зараховано") if pass_only else f"{national} ({uk})"
        nat_en = ("pass" if letter not in ("F", "FX") else "fail") if pass_only else f"{national} ({en})"
        return Grade(None, letter, nat, nat_en, text.strip(), "ECTS", "ECTS letter → national (institutional table)")
    return None


def partial_points(certificate_percent: float, module_points: float) -> float:
    """Points for a partially recognised module: certificate % × module points (70 % of 15 → 10.5)."""
    if not 0 <= certificate_percent <= 100:
        raise ValueError("certificate percent must be 0..100")
    if module_points < 0:
        raise ValueError("module points must not be negative")
    return round(certificate_percent / 100.0 * module_points, 2)


# -- proposal ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComponentFacts:
    """What the proposal needs to know about the programme component."""

    code: str
    title: str
    ects: float
    type: str = "mandatory"
    hours: float | None = None  # None: ects × hours per credit
    control: str = "exam"  # "exam" (graded) or "pass"
    module_points: float | None = None  # points of the module for a partial grade (e.g. 15)
    cycle: str = ""  # the programme's cycle ("bachelor", "master", ...; see CYCLE_EQF_LEVELS), "" when not known


@dataclass(frozen=True)
class EvidenceFacts:
    """Facts about one credential used for the component (from its evidence record)."""

    id: str = ""
    hours: float | None = None
    ects: float | None = None
    issued_on: date | None = None
    verification_status: str = "unsigned"  # importer verdict: verified | invalid | unverifiable-offline | ...
    manually_checked: bool = False  # a member of staff checked the original
    issuer_country: str = ""
    language: str = ""
    translation_attached: bool = False
    grade: str = ""  # as written on the credential
    # Who vouches for the signing key: "confirmed" | "self-asserted" | "none" ("" when not recorded).
    issuer_binding: str = ""
    issuer: str = ""  # the awarding body as named in the credential
    revocation: str = ""  # "checked" | "not-checked" | "" (no status declared)
    # The importer's comparison of the credential's learner with the applicant: "match" | "probable" | "mismatch" |
    # "unknown" | "not-checked" ("" when not recorded: nothing is said).
    learner_match: str = ""
    level: int | None = None  # the EQF/NQF level the credential states (element 8), None when it states none
    # Where the compared outcomes come from when the credential states none: "topics" (its course's topics), or ""
    # (the outcomes it states).
    outcomes_from: str = ""


_LEVEL_PATTERNS = (
    re.compile(r"^\s*([1-8])\s*$"),
    re.compile(r"(?:EQF|NQF|ЄРК|ЕРК|НРК|QF-EHEA|level|рівень)\D{0,25}?([1-8])\b", re.I),
    re.compile(r"\b([1-8])\s*(?:-?\s*(?:й|ий|th|st|nd|rd))?\s*(?:рівень\s+|level\s+)?(?:EQF|NQF|ЄРК|НРК)", re.I),
)


def stated_level(value: Any) -> int | None:
    """The EQF/NQF level element 8 states: 6, "6", "EQF 5", "NQF level 6", "Рівень НРК 6"; None when it states
    none that can be read (a missing level is no reason of its own)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value if 1 <= value <= 8 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and 1 <= value <= 8 else None
    text = str(value)
    for pattern in _LEVEL_PATTERNS:
        found = pattern.search(text)
        if found:
            return int(found.group(1))
    return None


def cycle_level(cycle: str) -> int | None:
    """The EQF level of a programme's cycle; None for a cycle the rules do not know."""
    return CYCLE_EQF_LEVELS.get(cycle.strip())


def verification_level(status: str, manually_checked: bool = False, issuer_binding: str = "") -> str:
    """Map an importer verdict (and a manual check) onto VERIFICATION_LEVELS; 'invalid' for a bad signature.

    A valid signature counts as "signature" only when something outside the file confirms the key belongs to the
    issuer; otherwise it is "self-asserted" (below a check of the original by staff)."""
    if status in ("invalid", "failed"):
        return "invalid"
    if status == "verified" and issuer_binding == "confirmed":
        return "signature"
    if manually_checked:
        return "checked"
    return "self-asserted" if status == "verified" else "none"


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity = "info"

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": dict(self.params),
            "severity": self.severity,
            "rule": self.code,
            "text": str(reason_message(self)),
        }


@dataclass(frozen=True)
class Proposal:
    decision: Decision
    reasons: tuple[Reason, ...]
    credits: float  # credits proposed for recognition
    remainder: float  # credits the student still has to earn for the component
    workload_ok: bool | None
    cap_used_before: float
    cap_used_after: float
    cap_limit: float
    grade: Grade | None = None
    partial_points: float | None = None

    @property
    def text_en(self) -> str:
        return self.text()

    def text(self, tr: Translate | None = None) -> str:
        """The reasons in the language of ``tr`` (English without one), separated by semicolons."""
        return "; ".join(render(r, tr) for r in self.reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision,
            "credits": self.credits,
            "remainder": self.remainder,
            "workload_ok": self.workload_ok,
            "cap": {"used_before": self.cap_used_before, "used_after": self.cap_used_after, "limit": self.cap_limit},
            "grade": None if self.grade is None else self.grade.to_dict(),
            "partial_points": self.partial_points,
            "reasons": [r.to_dict() for r in self.reasons],
            "text": self.text(),
        }


def _years_between(earlier: date, later: date) -> float:
    return (later - earlier).days / 365.25


def _partly_evidenced(result: MatchResult, percent: int) -> int:
    """How many outcomes are partly evidenced where none is covered, at least ``percent`` % of them (two or more)
    are, and each by another outcome of the evidence (one broad credential outcome "partly" near every component
    outcome is no such evidence); else 0."""
    pairs = result.pairs
    partly = [p for p in pairs if p.status == "partly"]
    if any(p.status == "covered" for p in pairs) or len(partly) < 2 or 100 * len(partly) < percent * len(pairs):
        return 0
    return len(partly) if len({(p.credential_id, p.credential_outcome) for p in partly}) == len(partly) else 0


def _nearly_partly_evidenced(result: MatchResult, margin: float) -> tuple[int, int] | None:
    """How many outcomes are partly evidenced and how many nearly so, where none is covered, at least one is partly
    evidenced, every other scores at most ``margin`` under the "partly" line (its own score: no rule of the matching
    and no judgement of the commission holds it down) and each by another outcome of the evidence; else None."""
    pairs = result.pairs
    if margin <= 0 or len(pairs) < 2 or any(p.status == "covered" for p in pairs):
        return None
    partly = sum(1 for p in pairs if p.status == "partly")
    line = round(result.partly_threshold - margin, 4)
    nearly = [p for p in pairs if p.status == "not"]
    if not partly or any(p.held or round(p.score or 0.0, 4) < line for p in nearly):
        return None
    if len({(p.credential_id, p.credential_outcome) for p in pairs}) != len(pairs):
        return None
    return partly, len(nearly)


@dataclass(frozen=True)
class CreditedElsewhere:
    """Hours of a component's credentials that already stand behind other recognitions: the student's other
    decisions (``app.services.credited_hours``), or the components a programme-wide match proposed before it. The
    same hours of learning do not back two components (Ukrainian regulations compare the hours of the learning with
    the component's)."""

    hours: tuple[float, ...] = ()  # of each credential, in the order of the evidence (missing ones: 0)
    components: tuple[str, ...] = ()  # the other recognitions, as the papers name them

    def of(self, index: int) -> float:
        return self.hours[index] if index < len(self.hours) else 0.0

    @property
    def total(self) -> float:
        return sum(self.hours)


def component_label(code: str, title: str) -> str:
    """A component as the papers name it among others: its code and its title in quotes (ОК5 «Бази даних»)."""
    return f"{code} «{title}»" if title else code


def credential_hours(ev: EvidenceFacts, rules: PolicyRules) -> float | None:
    """A credential's workload in hours: as stated, else its credits times the profile's hours per credit."""
    if ev.hours is not None:
        return ev.hours
    if ev.ects is not None:
        return ev.ects * rules.hours_per_ects
    return None


def hours_taken(component: ComponentFacts, credits: float, evidence: Sequence[EvidenceFacts], rules: PolicyRules,
                elsewhere: CreditedElsewhere | None = None) -> tuple[float, ...]:
    """The hours of each credential a recognition of ``credits`` of ``component`` stands for: the component's hours
    in proportion to the credits recognised, taken from the hours of its credentials not yet credited elsewhere,
    from each in proportion to them (so the order in which the credentials are listed does not matter)."""
    free = [max(0.0, (credential_hours(ev, rules) or 0.0) - (elsewhere.of(i) if elsewhere else 0.0))
            for i, ev in enumerate(evidence)]
    total_free = sum(free)
    if credits <= 0 or total_free <= 0 or component.ects <= 0:
        return tuple(0.0 for _ in evidence)
    stands_for = needed_hours_of(component, rules) * min(1.0, credits / component.ects)
    share = min(1.0, stands_for / total_free)
    return tuple(round(f * share, 4) for f in free)


def shared_hours_reason(evidence: Sequence[EvidenceFacts], rules: PolicyRules,
                        elsewhere: CreditedElsewhere | None) -> Reason | None:
    """Why fewer of the credentials' hours count for a component, when some already back other recognitions."""
    return _elsewhere_reason(_evidence_hours(evidence, rules, elsewhere), elsewhere)


def _elsewhere_reason(hours: float | None, elsewhere: CreditedElsewhere | None) -> Reason | None:
    if elsewhere is None or elsewhere.total <= 0 or hours is None:
        return None
    return Reason("workload_elsewhere", {"hours": _round(elsewhere.total), "left": _round(hours),
                                         "components": list(elsewhere.components)}, "warning")


def propose(  # noqa: C901 (the policy rules applied in their documented order, each adding its reason)
    component: ComponentFacts,
    match_result: MatchResult,
    evidence: Sequence[EvidenceFacts],
    rules: PolicyRules,
    credits_already_recognised: float,
    cap_base_credits: float,
    *,
    today: date | None = None,
    elsewhere: CreditedElsewhere | None = None,
) -> Proposal:
    """Apply ``rules`` to one component. Blocking reasons lead to 'reject'; a hard workload rule stops full
    recognition; warnings are listed but do not change the proposal. ``elsewhere``: the credentials' hours that
    already back other recognitions, which do not count for this one."""
    today = today or date.today()
    reasons: list[Reason] = []
    blocking = False

    # Eligibility of the component type.
    not_eligible = eligibility_reason(component, rules)
    if not_eligible is not None:
        reasons.append(not_eligible)
        blocking = True

    # Evidence checks.
    if not evidence:
        reasons.append(Reason("no_evidence", {}, "blocking"))
        blocking = True
    for ev in evidence:
        found = evidence_reasons(ev, rules, today)
        reasons.extend(found)
        blocking = blocking or any(r.severity == "blocking" for r in found)

    # Level: a credential stating a level below the programme's cycle (no stated level, no reason).
    found = level_reasons(component, evidence, rules)
    reasons.extend(found)
    blocking = blocking or any(r.severity == "blocking" for r in found)

    # Coverage of the component's outcomes.
    covered, total = match_result.covered, match_result.total
    coverage = match_result.coverage
    partly_share = 0.0  # of the credits, where no outcome is covered and most are partly evidenced
    level: Decision
    if total == 0:
        reasons.append(Reason("no_component_outcomes", {}, "blocking"))
        blocking = True
        level = "reject"
    elif coverage >= rules.full_coverage:
        level = "recognise"
    elif covered >= 1 and coverage > rules.partial_coverage:
        level = "partial"
    elif rules.partly_evidence_partial and (partly := _partly_evidenced(match_result, rules.partly_evidence_percent)):
        level = "partial"
        partly_share = round(PARTLY_EVIDENCE_SHARE * partly / total, 4)
        reasons.append(Reason("partly_evidence", {"total": total, "partly": partly, "share": partly_share}, "warning"))
    elif rules.partly_evidence_partial and (near := _nearly_partly_evidenced(match_result, rules.nearly_partly_margin)):
        level = "partial"
        partly_share = round(PARTLY_EVIDENCE_SHARE * near[0] / total, 4)
        reasons.append(Reason("nearly_partly_evidence",
                              {"total": total, "partly": near[0], "nearly": near[1], "share": partly_share}, "warning"))
    else:
        level = "reject"
    if total:
        reasons.append(
            Reason(
                "coverage",
                {"covered": covered, "total": total, "coverage": coverage, "partly": match_result.partly},
                "info" if level != "reject" else "blocking",
            )
        )

    # Cognitive level: covered outcomes whose evidence sits at a lower Bloom level than the component asks.
    lower = [p for p in match_result.pairs if p.status == "covered" and (p.bloom_gap or 0) < 0]
    if lower:
        reasons.append(Reason("bloom_lower", {"count": len(lower), "covered": covered}, "warning"))

    # Workload.
    needed_hours = needed_hours_of(component, rules)
    hours = _evidence_hours(evidence, rules, elsewhere)
    shared = _elsewhere_reason(hours, elsewhere)
    if shared is not None:  # a warning where too few hours are left (below), else for the record
        reasons.append(shared if hours is not None and hours < rules.workload_min_ratio * needed_hours
                       else replace(shared, severity="info"))
    workload_ok: bool | None
    if hours is None:
        workload_ok = None
        reasons.append(Reason("workload_unknown", {"needed": _round(needed_hours)}, "warning"))
    else:
        workload_ok = hours >= rules.workload_min_ratio * needed_hours
        if not workload_ok:
            severity: Severity = "blocking" if rules.workload_rule == "hard" else "warning"
            reasons.append(
                Reason(
                    "workload_short",
                    {"hours": _round(hours), "needed": _round(needed_hours), "rule": rules.workload_rule},
                    severity,
                )
            )
            if rules.workload_rule == "hard" and level == "recognise":
                level = "partial"
        else:
            reasons.append(Reason("workload_ok", {"hours": _round(hours), "needed": _round(needed_hours)}))

    decision: Decision = "reject" if blocking else level
    credits = 0.0
    if decision == "recognise":
        credits = component.ects
    elif decision == "partial":
        share = covered / total if covered else partly_share  # no outcome covered, most partly evidenced
        credits = round(component.ects * share, 1)
    if rules.workload_rule == "proportional" and workload_ok is False and hours is not None and decision != "reject":
        # Credits in proportion to the evidenced hours: 60 h of a 150 h component give 2 of its 5 credits.
        share = round(component.ects * min(1.0, hours / needed_hours), 1) if needed_hours else credits
        if share < credits:
            reasons.append(Reason("workload_proportional", {"credits": share, "ects": component.ects,
                                                            "hours": _round(hours), "needed": _round(needed_hours)},
                                  "warning"))
            credits = share
            decision = "partial" if share > 0 else "reject"

    # Cap on recognised credits (cumulative over earlier decisions).
    limit = round(rules.cap_percent / 100.0 * cap_base_credits, 2)
    used_before = round(credits_already_recognised, 2)
    if decision != "reject" and used_before + credits > limit + 1e-9:
        room = round(max(0.0, limit - used_before), 2)
        params = {"used": used_before, "adding": credits, "limit": limit, "base": rules.cap_base, "room": room}
        if room >= 0.01:
            # Recognise what the cap leaves room for; more needs the commission's override with a reason.
            reasons.append(Reason("cap_remainder", {**params, "overridable": True}, "warning"))
            decision, credits = "partial", room
        else:
            reasons.append(Reason("cap_exceeded", {**params, "overridable": True}, "blocking"))
            decision, credits = "reject", 0.0
    used_after = round(used_before + credits, 2)
    reasons.append(
        Reason("cap", {"used": used_after, "limit": limit, "base": rules.cap_base, "percent": rules.cap_percent})
    )

    # Grade.
    grade = None
    points = None
    if decision != "reject":
        grade, points = _grade(component, evidence, rules, decision)
        if grade is None:
            reasons.append(Reason("grade_by_commission", {}, "info"))
        else:
            reasons.append(
                Reason(
                    "grade",
                    {
                        "original": grade.original,
                        "points": grade.points,
                        "ects": grade.ects,
                        "national": grade.national,
                    },
                )
            )
        if points is not None:
            reasons.append(Reason("partial_points", {"points": points, "module": component.module_points}))

    # Put the decision-making reasons first: coverage, then blocking, then warnings, then information.
    order = {"coverage": 0}
    sev_order = {"blocking": 1, "warning": 2, "info": 3}
    reasons.sort(key=lambda r: (order.get(r.code, sev_order[r.severity]),))
    return Proposal(
        decision=decision,
        reasons=tuple(reasons),
        credits=credits,
        remainder=round(component.ects - credits, 2),
        workload_ok=workload_ok,
        cap_used_before=used_before,
        cap_used_after=used_after,
        cap_limit=limit,
        grade=grade,
        partial_points=points,
    )


def evidence_reasons(ev: EvidenceFacts, rules: PolicyRules, today: date | None = None) -> list[Reason]:  # noqa: C901
    """What the rules say about one credential, whatever component it backs: authenticity, verification level,
    learner identity, age, countries, translation. A "blocking" reason stops recognition on it; one whose
    parameters say ``overridable`` may be passed by the commission with a reason (``overridable``)."""
    today = today or date.today()
    reasons: list[Reason] = []
    label = ev.id or "evidence"
    vlevel = verification_level(ev.verification_status, ev.manually_checked, ev.issuer_binding)
    below = vlevel != "invalid" and VERIFICATION_LEVELS.index(vlevel) < VERIFICATION_LEVELS.index(
        rules.required_verification)
    if ev.verification_status == "verified" and ev.issuer_binding == "self-asserted":
        reasons.append(
            Reason("signature_self_asserted", {"evidence": label, "issuer": ev.issuer or "the issuer"}, "warning")
        )
    if ev.verification_status == "verified" and ev.revocation == "not-checked":
        revocation_severity: Severity = "blocking" if rules.require_revocation_check else "warning"
        reasons.append(Reason("revocation_not_checked", {"evidence": label}, revocation_severity))
    if vlevel == "invalid":
        reasons.append(Reason("evidence_invalid", {"evidence": label}, "blocking"))
    elif ev.verification_status == "unverifiable-offline":
        # Named whatever the profile requires: the consequence depends on it (and on a person's check).
        consequence = "blocks" if below else "checked" if ev.manually_checked else "accepted"
        severities: dict[str, Severity] = {"blocks": "blocking", "checked": "info", "accepted": "warning"}
        severity = severities[consequence]
        reasons.append(Reason("authenticity_unverifiable", {"evidence": label, "consequence": consequence,
                                                            "required": rules.required_verification}, severity))
    elif below:
        reasons.append(
            Reason(
                "verification_insufficient",
                {"evidence": label, "level": vlevel, "required": rules.required_verification},
                "blocking",
            )
        )
    reasons.extend(_identity_reasons(ev, rules, label))
    if rules.max_evidence_age_years is not None:
        if ev.issued_on is None:
            reasons.append(Reason("evidence_date_unknown", {"evidence": label}, "warning"))
        else:
            age = _years_between(ev.issued_on, today)
            if age > rules.max_evidence_age_years:
                reasons.append(
                    Reason(
                        "evidence_too_old",
                        {"evidence": label, "age": round(age, 1), "max": rules.max_evidence_age_years},
                        "blocking",
                    )
                )
    written = ev.issuer_country.strip()
    country = country_code(written)
    if written and country is None:  # never silently eligible: the officer must see what was written
        reasons.append(Reason("issuer_country_unrecognised", {"evidence": label, "country": written}, "warning"))
    elif is_excluded(country, rules.excluded_issuer_countries):
        reasons.append(Reason("issuer_country_excluded", {"evidence": label, "country": country}, "blocking"))
    # The awarding body may sit in an excluded country although the credential names another (or none).
    body_country = country_code(ev.issuer) if ev.issuer.strip() else None
    if body_country != country and is_excluded(body_country, rules.excluded_issuer_countries):
        reasons.append(Reason("awarding_body_country_excluded",
                              {"evidence": label, "body": ev.issuer.strip(), "country": body_country}, "blocking"))
    if (
        rules.require_translation
        and ev.language
        and ev.language not in rules.working_languages
        and not ev.translation_attached
    ):
        reasons.append(Reason("translation_missing", {"evidence": label, "language": ev.language}, "blocking"))
    if ev.outcomes_from == "topics":  # what a course covered is weaker evidence than what its learners can do
        reasons.append(Reason("outcomes_are_topics", {"evidence": label}, "warning"))
    mismatch = workload_mismatch(ev.hours, ev.ects, rules)
    if mismatch is not None:  # the stated hours are what counts: say that the credential contradicts itself
        reasons.append(Reason("workload_inconsistent", {
            "evidence": label, "hours": _round(mismatch.hours), "ects": _round(mismatch.ects),
            "per_credit": mismatch.per_credit, "low": mismatch.low, "high": mismatch.high}, "warning"))
    return reasons


def _identity_reasons(ev: EvidenceFacts, rules: PolicyRules, label: str) -> list[Reason]:
    """The importer's learner check as a reason: a mismatch follows the profile's identity rule."""
    if ev.learner_match == "mismatch":
        rule = rules.identity_rule
        params: dict[str, Any] = {"evidence": label, "rule": rule}
        if rule == "override":
            params["overridable"] = True
        return [Reason("learner_identity_mismatch", params, "warning" if rule == "warn" else "blocking")]
    if ev.learner_match in ("unknown", "not-checked"):
        return [Reason("learner_identity_unconfirmed", {"evidence": label}, "warning")]
    if ev.learner_match == "probable":
        return [Reason("learner_identity_probable", {"evidence": label}, "info")]
    return []


def level_reasons(component: ComponentFacts, evidence: Sequence[EvidenceFacts], rules: PolicyRules) -> list[Reason]:
    """A ``level_below_cycle`` reason for each credential whose stated level is below the cycle's, per the
    profile's level rule."""
    required = cycle_level(component.cycle)
    if rules.level_rule == "off" or required is None:
        return []
    severity: Severity = "blocking" if rules.level_rule == "block" else "warning"
    return [Reason("level_below_cycle", {"evidence": ev.id or "—", "level": ev.level, "required": required,
                                         "cycle": component.cycle, "rule": rules.level_rule}, severity)
            for ev in evidence if ev.level is not None and ev.level < required]


def eligibility_reason(component: ComponentFacts, rules: PolicyRules) -> Reason | None:
    """``type_not_eligible`` when the profile does not recognise components of this type, else None."""
    if component.type in rules.eligible_component_types:
        return None
    return Reason("type_not_eligible", {"type": component.type, "eligible": list(rules.eligible_component_types)},
                  "blocking")


def needed_hours_of(component: ComponentFacts, rules: PolicyRules) -> float:
    """The component's workload in hours: as stated, else its credits times the profile's hours per credit."""
    return component.hours if component.hours is not None else component.ects * rules.hours_per_ects


@dataclass(frozen=True)
class DecisionBounds:
    """What the profile's rules allow a commission's decision on one component and its credentials, whatever the
    outcomes: the same rules :func:`propose` applies, for the guard of the decision itself."""

    refusals: tuple[Reason, ...] = ()  # no recognition at all (the component's type, a level below the cycle)
    no_full: Reason | None = None  # the hard workload rule: a partial recognition at most
    credit_limit: float | None = None  # the proportional workload rule: at most these credits
    limit_reason: Reason | None = None
    shared: Reason | None = None  # why fewer hours count: some already back other recognitions


def decision_bounds(component: ComponentFacts, evidence: Sequence[EvidenceFacts], rules: PolicyRules,
                    elsewhere: CreditedElsewhere | None = None) -> DecisionBounds:
    """The bounds the profile sets on a decision resting on ``evidence`` (see :class:`DecisionBounds`), whose hours
    already credited ``elsewhere`` do not count."""
    refusals = [r for r in (eligibility_reason(component, rules),) if r is not None]
    refusals += [r for r in level_reasons(component, evidence, rules) if r.severity == "blocking"]
    needed = needed_hours_of(component, rules)
    hours = _evidence_hours(evidence, rules, elsewhere)
    if hours is None or hours >= rules.workload_min_ratio * needed or rules.workload_rule not in ("hard",
                                                                                                 "proportional"):
        return DecisionBounds(tuple(refusals))
    shared = _elsewhere_reason(hours, elsewhere)
    if rules.workload_rule == "hard":
        short = Reason("workload_short", {"hours": _round(hours), "needed": _round(needed), "rule": "hard"},
                       "blocking")
        return DecisionBounds(tuple(refusals), no_full=short, shared=shared)
    limit = round(component.ects * min(1.0, hours / needed), 1) if needed else component.ects
    share = Reason("workload_proportional", {"credits": limit, "ects": component.ects, "hours": _round(hours),
                                             "needed": _round(needed)}, "blocking")
    return DecisionBounds(tuple(refusals), credit_limit=limit, limit_reason=share, shared=shared)


def overridable(reason: Reason) -> bool:
    """Whether the commission may pass this blocking reason with an override reason of its own."""
    return bool(reason.params.get("overridable"))


def _evidence_hours(evidence: Sequence[EvidenceFacts], rules: PolicyRules,
                    elsewhere: CreditedElsewhere | None = None) -> float | None:
    """The credentials' hours that count for this component (None when none states its workload): those not
    already credited ``elsewhere``."""
    total = 0.0
    known = False
    for i, ev in enumerate(evidence):
        hours = credential_hours(ev, rules)
        if hours is not None:
            total += max(0.0, hours - (elsewhere.of(i) if elsewhere else 0.0))
            known = True
    return total if known else None


def _grade(
    component: ComponentFacts, evidence: Sequence[EvidenceFacts], rules: PolicyRules, decision: Decision
) -> tuple[Grade | None, float | None]:
    graded = [(ev, parse_grade(ev.grade)) for ev in evidence if ev.grade.strip()]
    pass_only = component.control == "pass"
    percents = [p for _, (p, _) in graded if p is not None]
    grade: Grade | None = None
    if percents:
        # Several credentials: the mean of their percentages (the commission may decide otherwise).
        mean = sum(percents) / len(percents)
        originals = ", ".join(ev.grade.strip() for ev, (p, _) in graded if p is not None)
        g = convert_points(mean, rules, pass_only=pass_only)
        method = (
            "mean of credential percentages → 100-point → ECTS → national"
            if len(percents) > 1
            else f"{graded[0][1][1]} → 100-point → ECTS → national"
        )
        grade = Grade(
            g.points,
            g.ects,
            g.national,
            g.national_en,
            originals,
            "; ".join(dict.fromkeys(s for _, (p, s) in graded if p is not None)),
            method,
        )
    elif graded:
        grade = convert_original(graded[0][0].grade, rules, pass_only=pass_only)
        if grade is not None and grade.original_scale == "pass/fail" and not pass_only:
            grade = None  # a graded component cannot take a pass-only certificate's grade: the commission assesses
    points = None
    if (
        decision == "partial"
        and rules.partial_grade_rule == "proportional"
        and component.module_points
        and grade is not None
        and grade.points is not None
    ):
        points = partial_points(grade.points, component.module_points)
    return grade, points


def _round(value: float) -> float:
    return float(round(value, 1))


# -- reason texts -----------------------------------------------------------------------------------------
# Each reason is a message of app.messages: an English template with its fields, translated by the one catalogue
# (resources/i18n/*.ts, context "Messages") when it is shown; the code and parameters are what is stored.

_DECISIONS = {"recognise": msg("recognise"), "partial": msg("recognise partially"),
              "reject": msg("do not recognise")}
_LEVELS = {"none": msg("none"), "self-asserted": msg("signature with an unconfirmed key"),
           "checked": msg("checked by staff"), "signature": msg("digital signature"), "invalid": msg("invalid")}
_COMPONENT_TYPES = {"mandatory": msg("mandatory"), "elective": msg("elective"), "practice": msg("practice"),
                    "attestation": msg("attestation"), "thesis": msg("thesis")}


def level_name(level: str) -> Message:
    """A verification level in words (translated with the message around it)."""
    return _term(_LEVELS, level)


def _term(table: Mapping[str, Message], code: str) -> Message:
    """A word of the rules (a verification level, a component type…) as a message, so that it is translated with
    the reason around it; an unknown code stays as it is."""
    return table[code] if code in table else msg("{code}", code=code)


def _num(value: Any) -> Any:
    """Numbers as the reasons show them: whole numbers without a fraction, at most two decimals."""
    if isinstance(value, float):
        value = round(value, 2)
        return int(value) if value.is_integer() else value
    return value


REASON_CODES = frozenset({
    "coverage", "bloom_lower", "workload_ok", "workload_short", "workload_unknown", "cap", "cap_exceeded",
    "type_not_eligible", "no_evidence", "evidence_invalid", "verification_insufficient", "evidence_date_unknown",
    "evidence_too_old", "issuer_country_excluded", "issuer_country_unrecognised", "translation_missing",
    "no_component_outcomes", "grade",
    "grade_by_commission", "partial_points", "revocation_not_checked", "signature_self_asserted",
    "authenticity_unverifiable", "awarding_body_country_excluded", "learner_identity_mismatch",
    "learner_identity_unconfirmed", "learner_identity_probable", "cap_remainder", "workload_proportional",
    "level_below_cycle", "workload_inconsistent", "outcomes_are_topics", "partly_evidence", "nearly_partly_evidence",
    "workload_elsewhere",
})


_NATIONAL_WORDS = {"відмінно": "excellent", "добре": "good", "задовільно": "satisfactory",
                   "незадовільно": "unsatisfactory"}


def national_message(stored: str) -> str:
    """A national grade as the converter stores it ("4 (добре)", "зараховано") as a message in the reader's
    language; anything else as written."""
    match = re.fullmatch(r"\s*(\d)\s*\((.+)\)\s*", stored)
    word = match.group(2).strip() if match else ""
    word = _NATIONAL_WORDS.get(word, word)
    if match and word == "excellent":
        return msg("{grade} (excellent)", grade=match.group(1))
    if match and word == "good":
        return msg("{grade} (good)", grade=match.group(1))
    if match and word == "satisfactory":
        return msg("{grade} (satisfactory)", grade=match.group(1))
    if match and word == "unsatisfactory":
        return msg("{grade} (unsatisfactory)", grade=match.group(1))
    if stored.strip() in ("зараховано", "pass"):
        return msg("pass")
    if stored.strip() in ("не зараховано", "fail"):
        return msg("fail")
    return stored


def reason_message(reason: Reason) -> Message:  # noqa: C901 (one branch per reason code)
    """The reason as a translatable message (English by ``str()``)."""
    p = {k: _num(v) for k, v in reason.params.items()}
    c = reason.code
    if c == "coverage":
        if reason.params.get("partly"):
            return msg("covers {covered} of %n outcome(s) ({partly} more partly)", n=p["total"],
                       covered=p["covered"], partly=p["partly"])
        return msg("covers {covered} of %n outcome(s)", n=p["total"], covered=p["covered"])
    if c == "partly_evidence":
        percent = _num(round(float(reason.params["share"]) * 100, 1))
        if p.get("partly", p["total"]) != p["total"]:
            return msg("{partly} of %n outcome(s) are only partly evidenced, each by another outcome of the "
                       "credential, and none covered: partial recognition at {percent}% of the credits — the "
                       "commission confirms each pair", n=p["total"], partly=p["partly"], percent=percent)
        return msg("each of the %n outcome(s) is only partly evidenced, each by another outcome of the credential: "
                   "partial recognition at {percent}% of the credits — the commission confirms each pair",
                   n=p["total"], percent=percent)
    if c == "nearly_partly_evidence":
        percent = _num(round(float(reason.params["share"]) * 100, 1))
        return msg("{partly} of %n outcome(s) partly evidenced and the other {nearly} nearly so, each by another "
                   "outcome of the credential, and none covered: partial recognition at {percent}% of the credits — "
                   "the commission confirms each pair", n=p["total"], partly=p["partly"], nearly=p["nearly"],
                   percent=percent)
    if c == "bloom_lower":
        return msg("{count} of %n covered outcome(s) evidenced at a lower Bloom level", n=p["covered"],
                   count=p["count"])
    if c == "workload_ok":
        return msg("workload {hours} h vs {needed} h — sufficient", hours=p["hours"], needed=p["needed"])
    if c == "workload_short":
        if p.get("rule") in ("warning", "proportional"):
            return msg("workload {hours} h vs {needed} h — warning", hours=p["hours"], needed=p["needed"])
        return msg("workload {hours} h vs {needed} h — too little", hours=p["hours"], needed=p["needed"])
    if c == "workload_elsewhere":
        return msg("{hours} h of the credentials already back other recognitions ({components}); {left} h are left "
                   "for this component", hours=p["hours"], components=p["components"], left=p["left"])
    if c == "workload_proportional":
        return msg("credits in proportion to the workload: {credits} of {ects} ({hours} h of {needed} h)",
                   credits=p["credits"], ects=p["ects"], hours=p["hours"], needed=p["needed"])
    if c == "level_below_cycle":
        if p.get("rule") == "block":
            return msg("{evidence}: level {level} is below level {required} of the programme's cycle; the rules do "
                       "not allow recognition on it", evidence=p["evidence"], level=p["level"], required=p["required"])
        return msg("{evidence}: level {level} is below level {required} of the programme's cycle — check before "
                   "deciding", evidence=p["evidence"], level=p["level"], required=p["required"])
    if c == "workload_inconsistent":
        return msg("{evidence}: {hours} h for {ects} ECTS credits is {per_credit} h per credit, outside "
                   "{low}–{high} h — check the credential's workload", evidence=p["evidence"], hours=p["hours"],
                   ects=p["ects"], per_credit=p["per_credit"], low=p["low"], high=p["high"])
    if c == "outcomes_are_topics":
        return msg("{evidence}: the credential states no learning outcomes; the topics of its course were compared "
                   "— check before deciding", evidence=p["evidence"])
    if c == "workload_unknown":
        return msg("workload of the evidence unknown ({needed} h needed) — warning", needed=p["needed"])
    if c == "cap" and p.get("base") == "academic_year":
        return msg("cap: {used} of {limit} credits used ({percent}% of the academic year)", used=p["used"],
                   limit=p["limit"], percent=p["percent"])
    if c == "cap":
        return msg("cap: {used} of {limit} credits used ({percent}% of the programme)", used=p["used"],
                   limit=p["limit"], percent=p["percent"])
    if c == "cap_exceeded":
        return msg("cap exceeded: {used} + {adding} credits > {limit} ({room} left)", used=p["used"],
                   adding=p["adding"], limit=p["limit"], room=p["room"])
    if c == "cap_remainder":
        return msg("cap: {room} of {adding} credits can be recognised ({used} of {limit} used); recognising more "
                   "needs the commission's override with a reason", room=p["room"], adding=p["adding"],
                   used=p["used"], limit=p["limit"])
    if c == "type_not_eligible":
        return msg("component type '{type}' is not eligible (eligible: {eligible})",
                   type=_component_type(str(p["type"])),
                   eligible=[_component_type(str(t)) for t in p.get("eligible", [])])
    if c == "no_evidence":
        return msg("no evidence attached")
    if c == "evidence_invalid":
        return msg("{evidence}: authenticity check failed", evidence=p["evidence"])
    if c == "verification_insufficient":
        return msg("{evidence}: verification '{level}' is below the required '{required}'", evidence=p["evidence"],
                   level=_term(_LEVELS, str(p["level"])), required=_term(_LEVELS, str(p["required"])))
    if c == "revocation_not_checked":
        return msg("{evidence}: signature verified; revocation not checked", evidence=p["evidence"])
    if c == "signature_self_asserted":
        return msg(
            "{evidence}: the signature is valid, but nothing outside the file confirms that this key belongs to "
            "{issuer}",
            evidence=p["evidence"],
            issuer=p["issuer"],
        )
    if c == "authenticity_unverifiable":
        if p.get("consequence") == "blocks":
            return msg("{evidence}: authenticity cannot be verified offline and the rules require '{required}': not "
                       "recognised until a person confirms the original", evidence=p["evidence"],
                       required=_term(_LEVELS, str(p["required"])))
        if p.get("consequence") == "checked":
            return msg("{evidence}: authenticity cannot be verified offline; a person confirmed the original",
                       evidence=p["evidence"])
        return msg("{evidence}: authenticity cannot be verified offline; the rules accept it — check the original",
                   evidence=p["evidence"])
    if c == "learner_identity_mismatch":
        if p.get("rule") == "block":
            return msg("{evidence}: made out to another person than the applicant; the rules do not allow "
                       "recognition on it", evidence=p["evidence"])
        if p.get("rule") == "override":
            return msg("{evidence}: made out to another person than the applicant; recognition needs the "
                       "commission's override with a reason", evidence=p["evidence"])
        return msg("{evidence}: made out to another person than the applicant — check before deciding",
                   evidence=p["evidence"])
    if c == "learner_identity_unconfirmed":
        return msg("{evidence}: the learner could not be compared with the applicant — check the identity",
                   evidence=p["evidence"])
    if c == "learner_identity_probable":
        return msg("{evidence}: the learner's name agrees with the applicant's after transliteration",
                   evidence=p["evidence"])
    if c == "awarding_body_country_excluded":
        return msg("{evidence}: the awarding body {body} is in {country}, which the rules exclude",
                   evidence=p["evidence"], body=p["body"], country=country_term(str(p["country"])))
    if c == "evidence_date_unknown":
        return msg("{evidence}: date of issue unknown — age cannot be checked", evidence=p["evidence"])
    if c == "evidence_too_old":
        return msg("{evidence}: {age} years old, more than {max}", evidence=p["evidence"], age=p["age"],
                   max=p["max"])
    if c == "issuer_country_unrecognised":
        return msg("{evidence}: the issuer's country “{country}” is not recognised; check it before deciding",
                   evidence=p["evidence"], country=p["country"])
    if c == "issuer_country_excluded":
        return msg("{evidence}: issued in {country}, which the rules exclude", evidence=p["evidence"],
                   country=country_term(str(p["country"])))
    if c == "translation_missing":
        return msg("{evidence}: written in {language}, no translation into a working language attached",
                   evidence=p["evidence"], language=language_term(str(p["language"])))
    if c == "no_component_outcomes":
        return msg("the component has no learning outcomes to compare")
    if c == "grade":
        return msg("grade {original} → {points} / {ects} / {national}", original=p["original"],
                   points=p["points"] if p["points"] is not None else "—", ects=p["ects"] or "—",
                   national=national_message(str(p["national"] or "")))
    if c == "grade_by_commission":
        return msg("grade to be set by the commission")
    if c == "partial_points":
        return msg("partial grade: {points} of {module} module points", points=p["points"], module=p["module"])
    return msg("{code}", code=c)


def _component_type(code: str) -> Message:
    return _term(_COMPONENT_TYPES, code)


def render(reason: Reason, tr: Translate | None = None) -> str:
    """The reason's text in the language of ``tr`` (English without one)."""
    message = reason_message(reason)
    return str(message) if tr is None else render_message(message, tr)


def decision_message(decision: str) -> Message:
    """The proposal ('recognise' | 'partial' | 'reject') in words."""
    return _term(_DECISIONS, decision)
