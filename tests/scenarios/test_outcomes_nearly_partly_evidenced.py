"""Rule: a component none of whose outcomes is covered, one partly evidenced and every other scored just under the
"partly" line (within the profile's margin), each by another outcome of the evidence, is proposed as a partial
recognition at half the partly evidenced outcome's share of the credits, with a warning that the commission confirms
each pair; the suggested decision and the protocol carry it. Ways out: the commission's judgement of a pair (a pair
judged "not" is no longer nearly evidenced), or a profile version with the margin 0."""

from __future__ import annotations

from sqlalchemy import select

from app.db import Database
from app.models import OutcomeMapping
from app.reports.papers import reasons_text
from app.services import decisions, reports
from app.translation import load_translator
from tests.scenarios.conftest import codes, move, set_rules, to_assessment

NEARLY = "решту (2) — майже, кожен — іншим результатом документа"


def _scored(db: Database, line: decisions.LineRow, scores: list[float]) -> decisions.LineRow:
    """The line's pairs as the matching would have scored another wording of the course (no rule holding any)."""
    with db.write() as session:
        for mapping, score in zip(line.mappings, scores, strict=True):
            stored = session.execute(select(OutcomeMapping).where(OutcomeMapping.id == mapping.id)).scalar_one()
            stored.score, stored.layer, stored.explanation = score, "embedding", ""
    return decisions.get_line(db, line.id)


def test_one_outcome_partly_and_the_others_nearly_bind_in_the_proposal_the_suggestion_and_the_paper(
    demo_db: Database, sql_case: int
) -> None:
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert len(line.mappings) == 3 and len({m.credential_outcome for m in line.mappings}) == 3
    line = _scored(demo_db, line, [0.42, 0.368, 0.366])
    assert line.proposal == "partial" and codes(line)["nearly_partly_evidence"] == "warning"
    suggestion = decisions.suggested_decision(demo_db, line.id, "uk")
    assert suggestion is not None and suggestion.decision == "partial"
    assert suggestion.credits_recognised == round(line.component_ects * 0.5 / 3, 1)
    assert NEARLY in suggestion.reasons
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, suggestion)
    move(demo_db, sql_case, "decided")
    paper = next(x for x in reports.protocol_data(demo_db, "RD-TEST-001").lines if x.component_code == "ОК5")
    assert NEARLY in reasons_text(paper, "uk", load_translator("uk"))


def test_the_officer_gets_out_by_judging_a_pair_or_by_the_profile(demo_db: Database, sql_case: int) -> None:
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    line = _scored(demo_db, line, [0.42, 0.368, 0.366])
    assert line.proposal == "partial"
    # a pair the commission judges not evidenced is no longer "nearly": nothing is proposed
    edit = decisions.judge_pair(demo_db, "officer", line.mappings[2].id, "not", "інша тема", line.row_version)
    judged = decisions.get_line(demo_db, line.id)
    assert judged.proposal == "reject" and "nearly_partly_evidence" not in codes(judged)
    decisions.judge_pair(demo_db, "officer", line.mappings[2].id, None, "", edit.row_version)
    assert decisions.get_line(demo_db, line.id).proposal == "partial"
    # a profile version without the margin
    set_rules(demo_db, sql_case, nearly_partly_margin=0.0)
    line = decisions.get_line(demo_db, line.id)
    assert line.proposal == "reject" and "nearly_partly_evidence" not in codes(line)
