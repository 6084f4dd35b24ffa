"""The hours of a student's credentials that already stand behind recognitions.

A credential of 60 hours that backs the recognition of one 60-hour component has no hours left for a second one:
the hours of learning are compared with the component's (the workload rule), and the same hours do not count twice.
The student's recognitions are taken in the order they were decided, so that a decision made earlier keeps the
hours it took, whatever is decided later; a credential is the same file (its SHA-256) in whichever of the
student's cases it was filed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.matching import policy
from app.models import DecisionLine, EvidenceItem
from app.services import recognition_rules as bridge


def _key(item: EvidenceItem) -> str:
    return item.sha256 or f"#{item.id}"


def _label(line: DecisionLine) -> str:
    return policy.component_label(line.component_code, line.component_title)


def _decided_before(line: DecisionLine, before: datetime | None, before_id: int | None) -> bool:
    if before is None:
        return True
    if line.decided_at is None:
        return False
    return (line.decided_at, line.id) < (before, before_id if before_id is not None else line.id + 1)


def credited_elsewhere(
    evidence: Sequence[EvidenceItem],
    others: Sequence[tuple[DecisionLine, Sequence[EvidenceItem], policy.PolicyRules]],
    *,
    before: datetime | None = None,
    before_id: int | None = None,
) -> policy.CreditedElsewhere:
    """The hours of each of ``evidence`` that the student's other recognitions (``others``: each line with the
    credentials it rests on and its case's rules) already took, with those recognitions named. ``before``: only
    the recognitions decided before that time (and, at the same time, with a line id below ``before_id``), as a
    decision already made is judged; None: all of them, as a decision about to be made is."""
    taken: dict[str, float] = {}
    names: dict[str, list[str]] = {}
    ordered = sorted((o for o in others if _decided_before(o[0], before, before_id)),
                     key=lambda o: (o[0].decided_at or datetime.min, o[0].id))
    for line, items, rules in ordered:
        inputs = [bridge.evidence_input(i) for i in items]
        usable = [(item, e.facts) for item, e in zip(items, inputs, strict=True) if e.readable]
        if not usable or not line.credits_recognised:
            continue
        so_far = policy.CreditedElsewhere(tuple(taken.get(_key(item), 0.0) for item, _f in usable))
        hours = policy.hours_taken(bridge.component_facts(line), line.credits_recognised,
                                   [f for _i, f in usable], rules, so_far)
        for (item, _facts), h in zip(usable, hours, strict=True):
            if h > 0:
                taken[_key(item)] = taken.get(_key(item), 0.0) + h
                names.setdefault(_key(item), []).append(_label(line))
    keys = [_key(item) for item in evidence]
    hours = tuple(round(taken.get(k, 0.0), 2) for k in keys)
    components = tuple(dict.fromkeys(name for k in dict.fromkeys(keys) for name in names.get(k, [])))
    return policy.CreditedElsewhere(hours, components)
