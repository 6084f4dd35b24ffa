"""Use case: match credential files against the components of a catalogue programme and propose decisions.

Reads the programme (catalogue) and the policy profile from the database, reads the credential files with the
importers, and runs the engine and the policy through ``app.services.recognition_rules`` (``best_set``,
``apply_policy``), the same two steps a case's decision lines go through in ``app.services.decisions``. Nothing is
written: the proposals are for the committee.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.errors import UserError
from app.matching import coverage, policy
from app.matching.text import document_language
from app.messages import msg
from app.services import recognition_rules
from app.translation import Translate, render_message

if TYPE_CHECKING:
    from app.db import Database
    from app.domain.programme import ComponentData, ProgrammeData
    from app.importers.credentials.record import CredentialRecord


@dataclass(frozen=True)
class CredentialInput:
    """One credential file as the matcher needs it."""

    key: str  # unique label used in statements ("title (file)")
    file: str
    title: str
    outcomes: tuple[str, ...]
    outcomes_from_title: bool  # the file states no outcomes: its title stands in for them
    facts: policy.EvidenceFacts


@dataclass(frozen=True)
class ComponentMatch:
    code: str
    title: str
    ects: float
    coverage: float
    pairs: list[dict[str, Any]]
    workload_ok: bool | None
    proposal: str
    reasons: list[dict[str, Any]]
    statement: str
    credentials: list[str]
    credits: float = 0.0
    notes: list[str] = field(default_factory=list)

    def reason_texts(self, tr: Translate | None = None) -> list[str]:
        """The reasons in the language of ``tr`` (English without one)."""
        messages = recognition_rules.reason_messages(self.reasons)
        return [str(m) if tr is None else render_message(m, tr) for m in messages]

    def to_json(self, tr: Translate | None = None) -> dict[str, Any]:
        """The component's result as JSON data; texts in the language of ``tr`` (English without one), each reason
        also as its stable ``rule`` key with severity and parameters."""
        def text(value: str) -> str:
            return str(value) if tr is None else render_message(value, tr)

        return {
            "code": self.code,
            "title": self.title,
            "ects": self.ects,
            "coverage": self.coverage,
            "pairs": self.pairs,
            "workload_ok": self.workload_ok,
            "proposal": self.proposal,
            "reasons": self.reason_texts(tr),
            "reason_codes": [
                {"rule": r["code"], "code": r["code"], "severity": r["severity"], "params": r["params"]}
                for r in self.reasons
            ],
            "credits": self.credits,
            "credentials": self.credentials,
            "statement": text(self.statement),
            "notes": [text(note) for note in self.notes],
        }


@dataclass(frozen=True)
class MatchReport:
    programme: str
    academic_year: str
    profile: str
    components: list[ComponentMatch]


def _iso_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ".").strip())
        except ValueError:
            return None
    return None


def credential_from_record(record: CredentialRecord) -> CredentialInput:
    """A ``CredentialRecord`` (from ``app.importers.inspect_file``) as matcher input; UserError if unreadable."""
    if record.error:
        raise UserError(record.error)
    name = Path(record.file).name
    title = str(record.value("title") or "").strip()
    outcomes = tuple(o.strip() for o in record.learning_outcomes if isinstance(o, str) and o.strip())
    from_title = False
    if not outcomes and title:
        outcomes, from_title = (title,), True
    grade = record.value("grade")
    facts = policy.EvidenceFacts(
        id=title or name,
        hours=_number(record.value("workload_hours")),
        ects=_number(record.value("workload_ects")),
        issued_on=_iso_date(record.value("issued_on")),
        verification_status=record.verification.status,
        issuer_binding=record.verification.issuer_binding,
        issuer=str(record.value("awarding_body") or ""),
        revocation=record.verification.revocation,
        issuer_country=str(record.value("issuer_country") or ""),  # as written: the policy reads any form
        language=document_language(" ".join(outcomes)) if outcomes else "",
        grade=str(grade) if grade is not None else "",
        learner_match=record.learner_match.status,  # "not-checked" without an applicant: said so, never passed over
        level=policy.stated_level(record.value("eqf_level")),
        outcomes_from="topics" if record.outcomes_from_topics and not from_title else "",
    )
    label = f"{title} ({name})" if title else name
    return CredentialInput(label, str(record.file), title, outcomes, from_title, facts)


def read_credentials(paths: Sequence[str | Path]) -> list[CredentialInput]:
    from app.importers.credentials import inspect_file

    if not paths:
        raise UserError("no credential files given")
    out = []
    for p in paths:
        if not Path(p).is_file():
            raise UserError(f"{p}: no such file")
        out.append(credential_from_record(inspect_file(p)))
    keys: dict[str, int] = {}
    unique = []
    for c in out:
        keys[c.key] = keys.get(c.key, 0) + 1
        if keys[c.key] > 1:
            c = dataclasses.replace(c, key=f"{c.key} #{keys[c.key]}")
        unique.append(c)
    return unique


def match_components(
    data: ProgrammeData,
    credentials: Sequence[CredentialInput],
    rules: policy.PolicyRules,
    component_codes: Sequence[str] | None = None,
    *,
    cap_used: float = 0.0,
    embedding: bool | None = None,
    today: date | None = None,
) -> list[ComponentMatch]:
    """Match every (or each named) component against the credentials and propose a decision for each. The cap
    is applied cumulatively, starting from ``cap_used`` credits, in the order of evidence strength
    (``evidence_order``); the components are returned in their own order."""
    components = list(data.components)
    if component_codes:
        by_code = {c.code.strip().casefold(): c for c in components}
        missing = [code for code in component_codes if code.strip().casefold() not in by_code]
        if missing:
            known = ", ".join(c.code for c in components) or "none"
            raise UserError(f"programme {data.code} has no component {', '.join(missing)} (components: {known})")
        components = [by_code[code.strip().casefold()] for code in component_codes]
    usable = [c for c in credentials if c.outcomes]
    base = recognition_rules.cap_base_credits(rules, data.total_ects)
    notes: list[str] = [msg("{credential}: no learning outcomes in the file; its title was compared", credential=c.key)
                        for c in usable if c.outcomes_from_title]
    # All texts analysed and embedded in one call (new texts' windows on several threads), then every
    # component matched; then the policy (and so the cap) applied in the order of evidence strength.
    coverage.warm_up([*(o for comp in data.components for o in comp.outcomes),
                      *(o for c in usable for o in c.outcomes)], embedding)
    # Each credential text against every component outcome at once: the components below find their pairs ready.
    coverage.prepare_pairs([o for comp in components for o in comp.outcomes],
                           [(c.outcomes, c.facts.language) for c in usable], embedding)
    # Where each credential stands among all the programme's components, those asked for or not.
    with coverage.standings_among([comp.outcomes for comp in data.components],
                                  [(c.outcomes, c.facts.language) for c in usable], embedding):
        evaluated = [_evaluate(comp, usable, rules, embedding, data.level) for comp in components]
    proposals: dict[int, policy.Proposal] = {}
    # The credentials' hours each proposal takes, so that one taken by a better-evidenced component is not counted
    # again for another (policy.CreditedElsewhere); kept by credential, with the components that took them.
    taken: dict[str, float] = {}
    taken_by: dict[str, list[str]] = {}
    for index in evidence_order([(e.combo.coverage, _mean_score(e.combo.result)) for e in evaluated]):
        item = evaluated[index]
        facts = [c.facts for c in item.chosen]
        elsewhere = policy.CreditedElsewhere(
            tuple(taken.get(c.key, 0.0) for c in item.chosen),
            tuple(dict.fromkeys(name for c in item.chosen for name in taken_by.get(c.key, []))))
        proposal = recognition_rules.apply_policy(rules, item.facts, item.combo.result, facts, cap_used, base,
                                                  today=today, elsewhere=elsewhere)
        cap_used = proposal.cap_used_after
        proposals[index] = proposal
        for c, hours in zip(item.chosen, policy.hours_taken(item.facts, proposal.credits, facts, rules, elsewhere),
                            strict=True):
            if hours > 0:
                taken[c.key] = taken.get(c.key, 0.0) + hours
                taken_by.setdefault(c.key, []).append(policy.component_label(item.facts.code, item.facts.title))
    return [_component_match(item, proposals[index], notes) for index, item in enumerate(evaluated)]


def evidence_order(strengths: Sequence[tuple[float, float]]) -> list[int]:
    """The indices of components, best-evidenced first: by coverage, then by the mean score of their pairs (the
    component order breaks ties). The cap is spent in this order, so that a weakly evidenced component listed
    first cannot use up the credits a better-evidenced one needs."""
    return sorted(range(len(strengths)), key=lambda i: (-strengths[i][0], -strengths[i][1], i))


def _mean_score(result: coverage.MatchResult) -> float:
    scores = [p.score or 0.0 for p in result.pairs]
    return sum(scores) / len(scores) if scores else 0.0


@dataclass(frozen=True)
class _Evaluated:
    """One component matched against the credentials, before the policy is applied."""

    comp: ComponentData
    facts: policy.ComponentFacts
    combo: coverage.CombinationResult
    chosen: list[CredentialInput]


def _evaluate(comp: ComponentData, usable: Sequence[CredentialInput], rules: policy.PolicyRules,
              embedding: bool | None, cycle: str = "") -> _Evaluated:
    combo = recognition_rules.best_set(rules, {c.key: c.outcomes for c in usable}, comp.outcomes, embedding,
                                       languages={c.key: c.facts.language for c in usable})
    chosen = [c for c in usable if c.key in combo.chosen] or list(usable)
    facts = policy.ComponentFacts(
        code=comp.code,
        title=comp.title,
        ects=float(comp.ects or 0.0),
        type=comp.type or "mandatory",
        hours=float(comp.hours) if comp.hours else None,
        control=comp.control or "exam",
        cycle=cycle,
    )
    return _Evaluated(comp, facts, combo, chosen)


def _component_match(item: _Evaluated, proposal: policy.Proposal, notes: list[str]) -> ComponentMatch:
    comp, combo = item.comp, item.combo
    return ComponentMatch(
        code=comp.code,
        title=comp.title,
        ects=float(comp.ects or 0.0),
        coverage=combo.coverage,
        pairs=[
            {
                "component_outcome": p.component_outcome,
                "credential_outcome": p.credential_outcome,
                "credential_part": p.credential_part,
                "score": p.score,
                "layer": p.layer,
                "status": p.status,
                "credential": p.credential_id,
                "shared_terms": p.explanation.terms(),
                "bloom": {"component": p.component_bloom.level, "credential": p.credential_bloom.level},
            }
            for p in combo.result.pairs
        ],
        workload_ok=proposal.workload_ok,
        proposal=proposal.decision,
        reasons=[r.to_dict() for r in proposal.reasons],
        statement=combo.statement,
        credentials=list(combo.chosen),
        credits=proposal.credits,
        notes=[*notes, *(note for note in combo.result.notes if note not in notes)],
    )


def load_rules(db: Database, profile: str | None = None) -> tuple[policy.PolicyRules, str]:
    """The named policy profile's latest version, or the most recent profile; the defaults when there is none."""
    from app.models import PolicyProfile

    with db.read() as session:
        query = select(PolicyProfile)
        if profile:
            query = query.where(PolicyProfile.name == profile.strip())
        row = (
            session.execute(
                query.order_by(PolicyProfile.created_at.desc(), PolicyProfile.version.desc(), PolicyProfile.id.desc())
            )
            .scalars()
            .first()
        )
        if row is None:
            if profile:
                raise UserError(f"policy profile {profile!r} does not exist")
            return policy.PolicyRules(), "default rules (no policy profile in the database)"
        label = f"{row.name} v{row.version}"
        return recognition_rules.policy_rules(dict(row.rules or {}), label), label


def match_programme(
    db: Database,
    programme_code: str,
    credential_files: Sequence[str | Path],
    *,
    components: Sequence[str] | None = None,
    academic_year: str | None = None,
    profile: str | None = None,
    cap_used: float = 0.0,
    embedding: bool | None = None,
) -> MatchReport:
    from app.services.catalogue import find_programme, load_programme
    from app.services.vectors import attach

    attach(db)
    credentials = read_credentials(credential_files)
    programme_id = find_programme(db, programme_code, academic_year)
    data = load_programme(db, programme_id).data
    rules, label = load_rules(db, profile)
    matches = match_components(data, credentials, rules, components, cap_used=cap_used, embedding=embedding)
    return MatchReport(data.code, data.academic_year, label, matches)
