"""The bridge between the decision record and ``app.matching`` (the engine and the policy rules).

The decision services turn rows into plain values here and get plain values back: which incoming outcome best
covers each component outcome (score, layer, explanation), which credentials together cover the component best,
the policy proposal with its reasons, grade conversion and the cap rule. Nothing here touches the database or Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.explanation import auto_status, pair_explanation
from app.domain.verdicts import Coverage
from app.errors import UserError
from app.matching import coverage as matching
from app.matching import policy
from app.messages import Message, from_data, msg, to_data
from app.models import DecisionLine, EvidenceItem
from app.services.evidence_checks import manual_check_of
from app.translation import load_translator, render_message

# Academic-year cap base: the standard annual load in ECTS credits.
ACADEMIC_YEAR_ECTS = 60.0

# Judgements of the officer override the engine's status of a pair.
JUDGEMENT_STATUS = {c.value: c.value for c in Coverage}


def policy_rules(rules: Mapping[str, Any], profile_name: str = "") -> policy.PolicyRules:
    """The profile's stored rules as ``PolicyRules`` (the procedure's time limits included; settings missing from
    older rules take their defaults). The documented extras (``x_…`` keys, see ``app.services.policy``) are
    passed over; any other key the rules do not know is reported, like an invalid value."""
    try:
        return policy.PolicyRules.from_dict(rules)
    except (TypeError, ValueError) as exc:
        where = f"The policy profile {profile_name}" if profile_name else "The policy profile"
        raise UserError(f"{where} has invalid rules: {exc}.") from None


# --- plain inputs ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceIn:
    id: int
    label: str
    outcomes: tuple[str, ...]
    facts: policy.EvidenceFacts
    readable: bool


def evidence_input(item: EvidenceItem) -> EvidenceIn:
    """An ``EvidenceItem`` row as plain values."""
    outcomes = tuple(o for o in (_outcome_text(x) for x in (item.learning_outcomes or [])) if o)
    label = (item.title or item.original_name or f"#{item.id}").strip()
    facts = policy.EvidenceFacts(
        id=label, hours=item.workload_hours, ects=item.workload_ects, issued_on=item.issued_on,
        verification_status=item.verification_status,
        manually_checked=manual_check_of(item.verification) is not None,
        issuer_binding=str((item.verification or {}).get("issuer_binding") or ""),
        issuer=item.awarding_body or "",
        revocation=str((item.verification or {}).get("revocation") or ""),
        issuer_country=item.issuer_country or "", language=item.language or "",
        translation_attached=bool(item.translation_attached), grade=item.grade or "",
        learner_match=str((item.learner_match or {}).get("status") or "not-checked"),
        level=policy.stated_level(item.eqf_level), outcomes_from="topics" if outcomes_are_topics(item) else "")
    return EvidenceIn(item.id, label, outcomes, facts, not item.import_error)


def outcomes_are_topics(item: EvidenceItem) -> bool:
    """Whether the item's outcomes are its course's topics (the credential states none): the Evidence tab notes
    it, and the rules warn on every proposal resting on them."""
    from app.importers.credentials.record import is_topics_source

    element = (item.elements or {}).get("learning_outcomes")
    return isinstance(element, dict) and is_topics_source(element.get("source"))


def _outcome_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        for key in ("text", "description", "name", "title", "value"):
            if isinstance(value.get(key), str):
                return str(value[key]).strip()
    return ""


def component_facts(line: DecisionLine) -> policy.ComponentFacts:
    """A decision line's component snapshot as the policy's facts."""
    return policy.ComponentFacts(
        code=line.component_code, title=line.component_title, ects=line.component_ects,
        type=line.component_type or "mandatory",
        hours=float(line.component_hours) if line.component_hours else None,
        control=line.component_control or "exam", module_points=line.max_points, cycle=_cycle_of(line))


def _cycle_of(line: DecisionLine) -> str:
    """The cycle of the case's programme (for the level rule); "" when the case has none."""
    case = line.case
    programme = case.programme if case is not None else None
    return str(programme.level or "") if programme is not None else ""


# --- matching ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    component_outcome: str
    credential_outcome: str
    evidence_item_id: int | None
    score: float | None
    layer: str
    explanation: str


@dataclass(frozen=True)
class LineMatch:
    pairs: list[Pair]
    evidence_ids: list[int]
    evidence_hours: float | None
    evidence_ects: float | None
    statement: str = ""
    engine: str = "app.matching"


def match_component(rules: policy.PolicyRules, component_outcomes: Sequence[str],
                    evidence: Sequence[EvidenceIn]) -> LineMatch:
    """The smallest set of credentials that covers the component best, and the best pair for each outcome."""
    usable = [e for e in evidence if e.readable and e.outcomes]
    outcomes = [o for o in component_outcomes if o.strip()]
    if not outcomes:
        return LineMatch([], [], None, None, "The component has no learning outcomes in the catalogue.")
    if not usable:
        return LineMatch([Pair(o, "", None, None, "", "") for o in outcomes], [], None, None,
                         "No evidence with learning outcomes.")
    keys = _unique_keys(usable)
    by_key = dict(zip(keys, usable, strict=True))
    combination = best_set(rules, {key: item.outcomes for key, item in by_key.items()}, outcomes,
                           languages={key: item.facts.language for key, item in by_key.items()})
    pairs = []
    for pair in combination.result.pairs:
        item = by_key.get(pair.credential_id or "")
        terms = pair.explanation.terms()
        explanation = pair_explanation(terms, pair.credential_part, pair.held, pair.points)
        pairs.append(Pair(pair.component_outcome, pair.credential_outcome, item.id if item else None, pair.score,
                          pair.layer, explanation))
    chosen = [by_key[key] for key in combination.chosen]
    hours = sum(e.facts.hours for e in chosen if e.facts.hours) or None
    ects = sum(e.facts.ects for e in chosen if e.facts.ects) or None
    return LineMatch(pairs, [e.id for e in chosen], hours, ects, combination.statement)


def best_set(rules: policy.PolicyRules, outcomes_by_key: Mapping[str, Sequence[str]],
             component_outcomes: Sequence[str], embedding: bool | None = None,
             languages: Mapping[str, str] | None = None) -> matching.CombinationResult:
    """Run the engine: the smallest set of credentials (by key) that covers the component's outcomes best, with the
    best pair for each outcome. The one entry to the engine for a case's evidence and for credential files.
    ``languages``: each credential's language (key → code) as the rules read it — read from its outcomes together,
    or corrected by an officer — in which its outcomes are matched too."""
    return matching.best_credential_set({key: list(texts) for key, texts in outcomes_by_key.items()},
                                        list(component_outcomes), threshold=rules.outcome_threshold,
                                        embedding=embedding, languages=languages)


def apply_policy(rules: policy.PolicyRules, component: policy.ComponentFacts, result: matching.MatchResult,
                 evidence: Sequence[policy.EvidenceFacts], cap_used: float, cap_base: float,
                 today: date | None = None, elsewhere: policy.CreditedElsewhere | None = None) -> policy.Proposal:
    """Apply the policy profile to one component's match: the proposal, its reasons, credits and grade. The one
    entry to the policy for a case's decision line and for a programme-wide match of credential files.
    ``elsewhere``: the credentials' hours other recognitions already took."""
    return policy.propose(component, result, list(evidence), rules, credits_already_recognised=cap_used,
                          cap_base_credits=cap_base, today=today, elsewhere=elsewhere)


def _unique_keys(items: Sequence[EvidenceIn]) -> list[str]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.label] = counts.get(item.label, 0) + 1
    return [item.label if counts[item.label] == 1 else f"{item.label} (#{item.id})" for item in items]


def match_result(rules: policy.PolicyRules,
                 pairs: Sequence[tuple[str, str, float | None, str, str | None, str]]) -> matching.MatchResult:
    """A match result from stored pairs (component outcome, incoming outcome, score, layer, judgement, stored
    explanation), where the officer's judgement replaces the engine's status, and the status the score gives is
    held where the stored explanation says a rule of the matching held it (``explanation.auto_status``)."""
    threshold = rules.outcome_threshold
    partly_threshold = threshold * 0.75  # the engine's default band for "partly"
    out = []
    for index, (component_outcome, credential_outcome, score, layer, judgement, stored) in enumerate(pairs):
        value = score or 0.0
        automatic = auto_status(value, threshold, stored)
        status = judgement or automatic
        # what holds the pair below its score's status: the commission's judgement, or a rule of the matching
        held = "judgement" if judgement else "rule" if automatic != auto_status(value, threshold) else ""
        out.append(matching.OutcomePair(
            component_index=index, component_outcome=component_outcome, credential_index=None,
            credential_outcome=credential_outcome, score=value,
            layer=layer if layer in ("lexical", "glossary", "embedding") else "lexical",  # type: ignore[arg-type]
            status=JUDGEMENT_STATUS.get(status, "not"), held=held))  # type: ignore[arg-type]
    return matching.MatchResult(tuple(out), threshold, partly_threshold)


# --- proposal ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineProposal:
    proposal: str  # "recognise", "partial", "reject" or "" (nothing to propose yet)
    reasons: list[dict[str, Any]]  # each {"code", "rule", "params", "severity", "text"} (see reason_messages)
    coverage: float | None
    credits: float = 0.0
    grade: policy.Grade | None = None
    partial_points: float | None = None
    extra: list[str] = field(default_factory=list)


def propose(rules: policy.PolicyRules, line: DecisionLine, result: matching.MatchResult, evidence: Sequence[EvidenceIn],
            cap_used: float, cap_base: float, statement: str = "",
            elsewhere: policy.CreditedElsewhere | None = None) -> LineProposal:
    if not result.pairs:
        return LineProposal("", [], None)
    proposal = apply_policy(rules, component_facts(line), result, [e.facts for e in evidence], cap_used, cap_base,
                            elsewhere=elsewhere)
    reasons = [r.to_dict() for r in proposal.reasons]
    if statement:
        reasons.append(statement_reason(statement))
    return LineProposal(proposal.decision, reasons, result.coverage, proposal.credits, proposal.grade,
                        proposal.partial_points)


def evidence_blocks(rules: policy.PolicyRules, evidence: Sequence[EvidenceIn],
                    today: date | None = None) -> list[policy.Reason]:
    """The blocking reasons the rules give on these credentials, whatever component they back (those the
    commission may pass with an override included: ``policy.overridable``)."""
    out: list[policy.Reason] = []
    for item in evidence:
        if item.readable:
            out.extend(r for r in policy.evidence_reasons(item.facts, rules, today) if r.severity == "blocking")
    return out


def reason_message(reason: policy.Reason) -> Message:
    """One reason of the rules as a translatable message."""
    return policy.reason_message(reason)


def cap_base_credits(rules: policy.PolicyRules, programme_total: float) -> float:
    return ACADEMIC_YEAR_ECTS if rules.cap_base == "academic_year" else float(programme_total or 0.0)


def eligibility_problem(rules: policy.PolicyRules, component_type: str) -> str | None:
    if component_type not in rules.eligible_component_types:
        return (f"the policy profile recognises only {', '.join(rules.eligible_component_types)} components, "
                f"not {component_type}")
    return None


# --- grades ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GradeConversion:
    grade_100: float | None
    grade_national: str
    grade_ects: str
    original_scale: str
    method: str
    points: float | None = None  # for a partial recognition: original share × the module's points


def convert_grade(rules: policy.PolicyRules, original: str, control: str = "exam",
                  max_points: float | None = None) -> GradeConversion:
    """An original grade on the 100-point, ECTS and national scales, by the profile's table."""
    grade = policy.convert_original(original, rules, pass_only=control == "pass")
    if grade is None:
        return GradeConversion(None, "", "", "", "The original grade cannot be converted: the commission grades.")
    points = None
    if max_points and grade.points is not None and rules.partial_grade_rule == "proportional":
        points = policy.partial_points(grade.points, max_points)
    return GradeConversion(grade.points, grade.national, grade.ects, grade.original_scale, grade.method, points)


CREDENTIAL_SET = "credential_set"  # the reason that says which credentials cover the component


def statement_reason(statement: str) -> dict[str, Any]:
    """The matching's statement about the credentials used, as a stored reason."""
    params = {"message": to_data(statement)} if isinstance(statement, Message) else {}
    return {"code": CREDENTIAL_SET, "rule": CREDENTIAL_SET, "params": params, "severity": "info",
            "text": str(statement)}


def stored_statement(reasons: Sequence[Any]) -> str:
    """The statement kept in a line's stored reasons ("" when there is none)."""
    for reason in reasons:
        if isinstance(reason, dict) and reason.get("code") == CREDENTIAL_SET:
            message = from_data((reason.get("params") or {}).get("message"))
            return message if message is not None else str(reason.get("text") or reason.get("text_en") or "")
    return ""


def reason_messages(reasons: Sequence[Any]) -> list[str]:
    """Stored reasons as messages, to be shown in the reader's language (``app.translation.render_message`` or
    the interface's ``translate_message``). Reasons are stored by code and parameters; a reason whose code is not
    known any more (or an old record without parameters) keeps the English text stored with it."""
    out: list[str] = []
    for reason in reasons:
        if not isinstance(reason, dict):
            out.append(str(reason))
            continue
        code = str(reason.get("code") or "")
        stored = str(reason.get("text") or reason.get("text_en") or code)
        if code == CREDENTIAL_SET:
            out.append(stored_statement([reason]) or stored)
        elif code in policy.REASON_CODES:
            try:
                out.append(policy.reason_message(policy.Reason(code, dict(reason.get("params") or {}),
                                                               reason.get("severity", "info"))))
            except (KeyError, TypeError, ValueError):  # parameters of an older version of the rule
                out.append(stored)
        else:
            out.append(stored)
    return out


# The reasons of the rules the protocol prints beside a decision (what binds it, or what the commission passed).
PROTOCOL_NOTE_CODES = frozenset({
    "issuer_country_excluded", "issuer_country_unrecognised", "awarding_body_country_excluded",
    "learner_identity_mismatch", "learner_identity_unconfirmed", "authenticity_unverifiable", "evidence_invalid",
    "verification_insufficient", "cap_remainder", "cap_exceeded", "workload_proportional", "level_below_cycle",
    "workload_inconsistent", "outcomes_are_topics", "translation_missing", "partly_evidence", "nearly_partly_evidence",
})
_OVERRIDDEN_RULES: dict[str, Message] = {
    "learner_identity_mismatch": msg("a credential made out to another person"),
}


def _binding_short(reason: dict[str, Any]) -> bool:
    """Too few hours under the hard workload rule, which allowed no recognition in full (a warning is not noted)."""
    return reason.get("code") == "workload_short" and (reason.get("params") or {}).get("rule") == "hard"


def protocol_notes(reasons: Sequence[Any], overrides: Sequence[Any],
                   shared: policy.Reason | None = None) -> tuple[Message | str, ...]:
    """What the protocol notes beside a decision: the binding reasons of the rules (country, identity,
    authenticity, cap, workload, level) and the warnings a commission must be seen to have weighed (a credential
    whose hours and credits contradict each other), the hours of its credentials earlier recognitions had taken
    (``shared``), and each override of a rule by the commission with its reason. The cap's override is in the
    commission's reasons already (``save_decision`` writes it there)."""
    overridden = {str(o.get("rule")) for o in overrides if isinstance(o, dict) and o.get("reason")}
    kept = [r for r in reasons if isinstance(r, dict) and (r.get("code") in PROTOCOL_NOTE_CODES or _binding_short(r))
            and r.get("code") not in overridden - {"cap_exceeded"}]
    notes: list[Message | str] = list(reason_messages(kept))
    if shared is not None:  # worked out when the paper is made: later decisions do not change an earlier one's
        notes.append(reason_message(shared))
    for item in overrides:
        if not isinstance(item, dict) or item.get("rule") == "cap_exceeded" or not item.get("reason"):
            continue
        rule = str(item.get("rule") or "")
        notes.append(msg("recognised by the commission's override ({rule}): {reason}",
                         rule=_OVERRIDDEN_RULES.get(rule, msg("{code}", code=rule)), reason=str(item["reason"])))
    return tuple(dict.fromkeys(notes))


def reason_texts(reasons: Sequence[Any], lang: str = "en") -> list[str]:
    """Reason texts in ``lang`` (translated by the catalogue of that language)."""
    tr = load_translator(lang)
    return [render_message(message, tr) for message in reason_messages(reasons)]


def automatic_reason_texts(stored: Sequence[Any]) -> tuple[str, ...]:
    """What the recognition rules wrote into a line's reasons, in every language it may have been written in, so
    that the papers and the decision's guard can tell the commission's own words from them."""
    from app.translation import available_languages

    texts: set[str] = set()
    for language in available_languages():
        texts.update(reason_texts(stored, language))
    for reason in stored:
        if isinstance(reason, dict):
            texts.update(str(reason[key]) for key in ("text", "text_uk", "text_en") if reason.get(key))
    return tuple(sorted(texts))


def own_words(reasons: str, stored: Sequence[Any]) -> str:
    """The commission's own words in a line's ``reasons``: its parts (split at "; " and line ends) that are none of
    the texts the recognition rules wrote (``stored``: the line's proposal reasons)."""
    from app.domain.commission import commission_words

    return commission_words(reasons, automatic_reason_texts(stored))


def severities(reasons: Sequence[Any]) -> list[str]:
    return [str(r.get("severity", "info")) if isinstance(r, dict) else "info" for r in reasons]
