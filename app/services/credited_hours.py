"""The hours of a student's credentials that already stand behind recognitions.

A credential of 60 hours that backs the recognition of one 60-hour component has no hours left for a second one:
the hours of learning are compared with the component's (the workload rule), and the same hours do not count twice.
The student's recognitions take their hours in the order they were decided, so that a decision made earlier keeps
the hours it took, whatever is decided later; a credential is the same file (its SHA-256) in whichever of the
student's cases it was filed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.matching import policy
from app.models import DecisionLine, EvidenceItem
from app.services import recognition_rules as bridge

Recognition = tuple[DecisionLine, Sequence[EvidenceItem], policy.PolicyRules]


def _key(item: EvidenceItem) -> str:
    return item.sha256 or f"#{item.id}"


def _label(line: DecisionLine) -> str:
    return policy.component_label(line.component_code, line.component_title)


def _order(line: DecisionLine) -> tuple[datetime, int]:
    return line.decided_at or datetime.min, line.id


def credited_elsewhere(evidence: Sequence[EvidenceItem], recognitions: Sequence[Recognition], line_id: int, *,
                       before_only: bool = False) -> policy.CreditedElsewhere:
    """The hours of each of ``evidence`` that the student's recognitions other than line ``line_id`` hold, with
    those recognitions named. ``recognitions``: every recognition of the student's (each line with the credentials
    it rests on and its case's rules), the line's own stored one included, which take their hours in the order they
    were decided. ``before_only``: only the recognitions decided before the line's own (what a decision already
    made was judged on, as its paper says); otherwise all the others, as a decision about to be made is judged: a
    line saved again keeps its place, and the recognitions after it hold only what it had left them."""
    ordered = sorted(recognitions, key=lambda r: _order(r[0]))
    own = next((i for i, r in enumerate(ordered) if r[0].id == line_id), None)
    if before_only:
        ordered = ordered[:own] if own is not None else []
    taken: dict[str, float] = {}  # by credential, all recognitions' takes in order
    held: dict[str, float] = {}  # the same, without the line's own
    names: dict[str, list[str]] = {}
    for line, items, rules in ordered:
        usable = [(item, e.facts) for item, e in ((i, bridge.evidence_input(i)) for i in items) if e.readable]
        if not usable or not line.credits_recognised:
            continue
        so_far = policy.CreditedElsewhere(tuple(taken.get(_key(item), 0.0) for item, _f in usable))
        hours = policy.hours_taken(bridge.component_facts(line), line.credits_recognised,
                                   [f for _i, f in usable], rules, so_far)
        for (item, _facts), h in zip(usable, hours, strict=True):
            if h <= 0:
                continue
            taken[_key(item)] = taken.get(_key(item), 0.0) + h
            if line.id != line_id:
                held[_key(item)] = held.get(_key(item), 0.0) + h
                names.setdefault(_key(item), []).append(_label(line))
    keys = [_key(item) for item in evidence]
    hours_held = tuple(round(held.get(k, 0.0), 2) for k in keys)
    components = tuple(dict.fromkeys(name for k in dict.fromkeys(keys) for name in names.get(k, [])))
    return policy.CreditedElsewhere(hours_held, components)
