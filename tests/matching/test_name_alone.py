"""A credential's text that is a name alone (a tag: "Python", "SQL") is at most "partly" evidence of a component
outcome that says what is done with it: it shows the subject, not that the outcome was achieved. It binds in every
layer, travels with the stored pair and is told in the explanation."""

from __future__ import annotations

from app.domain.explanation import HELD_AT, held_message, pair_explanation
from app.matching.coverage import a_name_alone, match_credential_to_component
from app.matching.policy import PolicyRules
from app.services.recognition_rules import match_result

OUTCOME = "Розробляти програми мовою Python з використанням умов, циклів і функцій."


def test_a_tag_alone_is_a_name_and_a_phrase_is_not() -> None:
    assert a_name_alone("Python", OUTCOME)
    assert a_name_alone("SQL", "Створювати SQL-запити для вибірки, агрегування та зміни даних.")
    assert not a_name_alone("REST API", "Створювати серверні застосунки та REST API.")
    assert not a_name_alone("write Python programs with loops", OUTCOME)
    assert not a_name_alone("Python", "Python")  # (an outcome that is itself a name)


def test_a_tag_that_the_layers_call_covered_is_held_at_partly() -> None:
    for embedding in (False, None):  # the word layers, and the default layers with the embedding where it is
        result = match_credential_to_component(["Python"], [OUTCOME], embedding=embedding)
        (pair,) = result.pairs
        if pair.score >= result.threshold:  # the layers' score alone would call it covered
            assert (pair.status, pair.held) == ("partly", "name")
        else:
            assert pair.status != "covered"


def test_a_statement_that_says_what_was_done_is_taken_before_the_tag() -> None:
    for embedding in (False, None):
        result = match_credential_to_component(
            ["Python", "Розробляти програми мовою Python з умовами, циклами та функціями."], [OUTCOME],
            embedding=embedding)
        (pair,) = result.pairs
        assert pair.status == "covered" and pair.held == ""
        assert pair.credential_outcome.startswith("Розробляти програми")


def test_stored_pairs_keep_the_rule_and_the_officer_still_decides() -> None:
    stored = [(OUTCOME, "Python", 0.57, "embedding", None, pair_explanation(["python"], "", "name"))]
    assert match_result(PolicyRules(), stored).pairs[0].status == "partly"
    judged = [(*stored[0][:4], "covered", stored[0][5])]
    assert match_result(PolicyRules(), judged).pairs[0].status == "covered"


def test_the_rule_is_told_in_both_languages() -> None:
    from app.translation import load_translator  # the same translation system as every other text

    assert HELD_AT["name"] == "partly"
    message = held_message("name")
    assert "names the subject alone" in str(message)
    assert "називає предмет" in load_translator("uk").message(message)
