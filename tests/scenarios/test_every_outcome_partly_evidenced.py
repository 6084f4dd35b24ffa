"""Rule: a component none of whose outcomes is covered but every one — or the profile's share of them, two or more —
partly evidenced, each by another outcome of the evidence, is proposed as a partial recognition at half the partly
evidenced outcomes' share of its credits with a warning that the commission confirms each pair; the suggested
decision names those outcomes, the protocol carries the warning, and the officer gets out of the state by confirming
the pairs (the usual shares then apply), by raising the share or by switching the rule off in the profile."""

from __future__ import annotations

from app.db import Database
from app.reports.papers import reasons_text
from app.services import decisions, reports
from app.translation import load_translator
from tests.scenarios.conftest import codes, move, set_rules, to_assessment


def _all_partly(db: Database, line: decisions.LineRow, unevidenced: int = 0) -> decisions.LineRow:
    """Every pair of the line judged partly evidenced, the last ``unevidenced`` not evidenced."""
    version = line.row_version
    for n, mapping in enumerate(line.mappings, 1):
        judgement = "not" if n > len(line.mappings) - unevidenced else "partly"
        version = decisions.judge_pair(db, "officer", mapping.id, judgement, "частково", version).row_version
    return decisions.get_line(db, line.id)


def _on_the_protocol(db: Database, case: int, line: decisions.LineRow, suggestion: decisions.DecisionInput) -> str:
    """The line's reasons as the signed protocol states them, once the suggested decision is taken."""
    decisions.save_decision(db, "officer", line.id, line.row_version, suggestion)
    move(db, case, "decided")
    paper = next(x for x in reports.protocol_data(db, "RD-TEST-001").lines if x.component_code == line.component_code)
    return reasons_text(paper, "uk", load_translator("uk"))


def test_every_outcome_partly_evidenced_is_proposed_at_half_the_credits(demo_db: Database, sql_case: int) -> None:
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    assert len({m.credential_outcome for m in line.mappings}) == len(line.mappings) >= 2
    line = _all_partly(demo_db, line)
    assert line.proposal == "partial" and codes(line)["partly_evidence"] == "warning"
    suggestion = decisions.suggested_decision(demo_db, line.id, "uk")
    assert suggestion is not None and suggestion.credits_recognised == round(line.component_ects * 0.5, 1)
    assert suggestion.partial_scope.startswith("Результати навчання, підтверджені частково")
    assert "підтверджено лише частково" in suggestion.reasons
    assert "підтверджено лише частково" in _on_the_protocol(demo_db, sql_case, line, suggestion)


def test_the_officer_gets_out_by_confirming_pairs_or_by_the_profile(demo_db: Database, sql_case: int) -> None:
    line = _all_partly(demo_db, next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5"))
    first = line.mappings[0]
    decisions.judge_pair(demo_db, "officer", first.id, "covered", "підтверджено на співбесіді", line.row_version)
    line = decisions.get_line(demo_db, line.id)
    assert line.proposal == "partial" and "partly_evidence" not in codes(line)  # the covered share now
    set_rules(demo_db, sql_case, partly_evidence_partial=False)
    decisions.judge_pair(demo_db, "officer", first.id, "partly", "", line.row_version)
    line = decisions.get_line(demo_db, line.id)
    assert line.proposal == "reject" and "partly_evidence" not in codes(line)


def test_most_outcomes_partly_evidenced_bind_in_the_proposal_the_suggestion_and_the_paper(
    demo_db: Database, sql_case: int
) -> None:
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    total = len(line.mappings)
    assert total == 3 and len({m.credential_outcome for m in line.mappings}) == total
    line = _all_partly(demo_db, line, unevidenced=1)  # two of three: at least the default 66 %
    assert line.proposal == "partial" and codes(line)["partly_evidence"] == "warning"
    suggestion = decisions.suggested_decision(demo_db, line.id, "uk")
    assert suggestion is not None and suggestion.credits_recognised == round(line.component_ects * 0.5 * 2 / 3, 1)
    named = [m.component_outcome for m in line.mappings]
    assert named[0] in suggestion.partial_scope and named[1] in suggestion.partial_scope
    assert named[2] not in suggestion.partial_scope  # the outcome the credential does not evidence is not named
    assert "2 з 3 результатів навчання підтверджено лише частково" in suggestion.reasons
    assert "2 з 3 результатів навчання підтверджено лише частково" in _on_the_protocol(demo_db, sql_case, line,
                                                                                      suggestion)


def test_a_profile_asking_for_every_outcome_proposes_nothing_for_two_of_three(demo_db: Database, sql_case: int) -> None:
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    set_rules(demo_db, sql_case, partly_evidence_percent=100)
    line = _all_partly(demo_db, line, unevidenced=1)
    assert line.proposal == "reject" and "partly_evidence" not in codes(line)
    set_rules(demo_db, sql_case, partly_evidence_percent=66)
    first = line.mappings[0]
    decisions.judge_pair(demo_db, "officer", first.id, "partly", "знову", line.row_version)  # proposed again
    line = decisions.get_line(demo_db, line.id)
    assert line.proposal == "partial" and "partly_evidence" in codes(line)
