"""A matched pair's stored explanation: its shared terms and, when a statement of a long credential outcome matched,
that statement; read back and shown in the reader's language, a hand-written comment as it is."""

from app.domain.explanation import explanation_messages, explanation_parts, pair_explanation
from app.matching.policy import EvidenceFacts, PolicyRules
from app.reports.vocabulary import explanation_text
from app.services.recognition_rules import EvidenceIn, match_component
from app.translation import load_translator


def test_the_statement_and_the_shared_terms_are_read_back() -> None:
    stored = pair_explanation(["risk / ризик", "project / проєкт"], "керує ризиками проєкту")
    assert stored == "part matched: «керує ризиками проєкту»\nshared: risk / ризик, project / проєкт"
    assert explanation_parts(stored) == ("керує ризиками проєкту", ["risk / ризик", "project / проєкт"])
    # a statement written over two lines is stored on one
    assert explanation_parts(pair_explanation(["sql"], "writes queries\nthat join tables")) == (
        "writes queries that join tables", ["sql"])
    assert explanation_parts(pair_explanation(["sql"])) == ("", ["sql"])  # the whole outcome matched
    assert explanation_parts(pair_explanation([], "керує ризиками проєкту")) == ("керує ризиками проєкту", [])
    assert pair_explanation([]) == ""


def test_a_comment_written_by_hand_is_no_explanation() -> None:
    for comment in ("", "The commission accepts the pair", "shared: sql\nand more words"):
        assert explanation_parts(comment) is None
        assert explanation_messages(comment) is None
        assert explanation_text(comment, load_translator("uk")) == comment


def test_shown_in_ukrainian() -> None:
    stored = pair_explanation(["risk / ризик"], "manages project risks")
    assert explanation_text(stored, load_translator("uk")) == (
        "зіставлено частину результату: «manages project risks»; спільні терміни: risk / ризик")
    assert explanation_text(stored, load_translator("en")) == (
        "part matched: «manages project risks»; shared: risk / ризик")


def test_a_line_stores_the_statement_that_matched() -> None:
    long = "Визначає вимоги до проєкту, планує роботи та бюджет у MS Project, керує ризиками проєкту й командою"
    evidence = EvidenceIn(1, "PM course", (long,), EvidenceFacts(id="PM course"), True)
    line = match_component(PolicyRules(), ["Керувати ризиками проєкту."], [evidence])
    parts = explanation_parts(line.pairs[0].explanation)
    assert parts is not None and parts[0] == "керує ризиками проєкту й командою"
    assert line.pairs[0].credential_outcome == long


def test_a_rule_that_holds_a_pair_is_stored_with_it_and_binds_its_status() -> None:
    from app.domain.explanation import auto_status, held_message, held_of

    stored = pair_explanation(["apply / застосовувати", "method / метод"], "", "manner")
    assert explanation_parts(stored) == ("", ["apply / застосовувати", "method / метод"])
    assert held_of(stored) == "manner"
    assert auto_status(0.52, 0.5, stored) == "partly"  # the score alone says covered
    assert auto_status(0.40, 0.5, stored) == "partly"
    assert auto_status(0.20, 0.5, stored) == "not"
    assert auto_status(0.74, 0.5, pair_explanation(["мова / language"], "", "language")) == "not"
    assert auto_status(0.52, 0.5, pair_explanation(["sql"])) == "covered"
    messages = explanation_messages(stored)
    assert messages is not None and messages[-1] == held_message("manner")
