"""A long credential outcome is matched by its statements too, and the pair says which statement matched."""

import pytest

from app.matching.clauses import MAX_PIECES, clauses
from app.matching.coverage import match_credential_to_component
from app.matching.engine import Engine, EngineConfig


def test_a_comma_separates_two_statements_only_before_a_verb():
    text = "Визначає вимоги до проєкту, планує роботи та бюджет у MS Project, керує ризиками проєкту"
    assert clauses(text) == ["Визначає вимоги до проєкту", "планує роботи та бюджет у MS Project",
                             "керує ризиками проєкту"]
    assert clauses("Define a project scope, build a schedule") == ["Define a project scope", "build a schedule"]


def test_the_items_of_a_list_stay_together():
    assert clauses("досліджує функцію на монотонність, екстремуми та опуклість і будує її графік") == [
        "досліджує функцію на монотонність"  # the head the list elaborates, never "опуклість і будує її графік"
    ]
    assert clauses("take a schema through first, second, third and Boyce–Codd normal form") == [
        "take a schema through first"
    ]


def test_parenthesised_lists_are_left_out_and_semicolons_always_separate():
    assert clauses("Розгортає фронтенд і API на хмарних платформах (Render, Vercel), під’єднує власний домен") == [
        "Розгортає фронтенд і API на хмарних платформах, під’єднує власний домен",
        "Розгортає фронтенд і API на хмарних платформах",
        "під’єднує власний домен",
    ]
    assert clauses("writes unit tests in pytest; reviews pull requests in GitHub") == [
        "writes unit tests in pytest", "reviews pull requests in GitHub"
    ]


def test_sentences_separate_but_an_abbreviation_does_not():
    assert clauses("Веде реєстр ризиків проєкту. Організовує планування спринту, щоденні зустрічі") == [
        "Веде реєстр ризиків проєкту", "Організовує планування спринту",  # (its head)
        "Організовує планування спринту, щоденні зустрічі"]
    assert clauses("Проходив практику в м. Київ у школі програмування") == []


def test_a_long_paragraph_gives_a_bounded_number_of_pieces():
    paragraph = "; ".join(f"builds model number {i} of the orchard" for i in range(40))
    pieces = clauses(paragraph)
    assert len(pieces) == MAX_PIECES
    assert pieces[:2] == ["builds model number 0 of the orchard", "builds model number 1 of the orchard"]


def test_a_plain_outcome_or_a_short_piece_gives_nothing_more():
    assert clauses("Застосовувати методи кластеризації даних.") == []
    assert clauses("Python: lists, dicts") == []  # "lists, dicts": no statement of three words
    assert clauses("") == []


class _Recording(Engine):
    """The word-layer engine, noting with which layers each matrix was asked for."""

    def __init__(self) -> None:
        super().__init__(EngineConfig(embedding=False))
        self.asked: list[tuple[int, bool | None]] = []

    def matrices(self, queries, candidates, embedding=None):
        self.asked.append((len(candidates), embedding))
        return super().matrices(queries, candidates, embedding=False)


@pytest.fixture(scope="module")
def engine() -> _Recording:
    return _Recording()


def test_a_statement_of_a_long_outcome_covers_a_short_one(engine):
    long = "Визначає вимоги до проєкту, планує роботи та бюджет у MS Project, керує ризиками проєкту й командою"
    component = ["Керувати ризиками проєкту."]
    whole = engine.matrices(component, [long])[1].score[0, 0]
    result = match_credential_to_component([long], component, engine=engine)
    pair = result.pairs[0]
    assert whole < 0.5 <= pair.score  # the whole sentence dilutes it; its statement covers it
    assert pair.status == "covered"
    assert pair.credential_outcome == long  # the committee sees the whole outcome …
    assert pair.credential_part == "керує ризиками проєкту й командою"  # … and the statement that matched
    assert pair.credential_index == 0
    assert result.to_dict()["pairs"][0]["credential_part"] == pair.credential_part


def test_statements_are_scored_by_the_word_layers_only(engine):
    engine.asked.clear()
    match_credential_to_component(["знаходить SQL-ін’єкції вручну, виявляє command injection і SSTI"],
                                  ["Застосовувати гнучкі методології Scrum і Kanban."], engine=engine,
                                  embedding=True)
    # The whole outcome with every layer, each of its statements alone without the embedding (which rates a short
    # piece by its pattern: "… command injection і SSTI" against "… Scrum і Kanban").
    assert engine.asked == [(1, True), (1, False), (1, False)]


def test_a_pair_scores_the_best_of_the_whole_outcome_and_its_statements(engine):
    outcome = "Designs relational databases for small shops; writes SQL queries that join and group tables"
    component = ["Design relational databases", "Write SQL queries"]
    pieces = clauses(outcome)
    assert pieces == ["Designs relational databases for small shops", "writes SQL queries that join and group tables"]
    scores = engine.matrices(component, [outcome, *pieces])[1].score
    result = match_credential_to_component([outcome], component, engine=engine)
    for row, pair in zip(scores, result.pairs, strict=True):
        assert pair.score == pytest.approx(float(row.max()), abs=1e-4)
        best = int(row.argmax())
        assert pair.credential_part == ("" if best == 0 else pieces[best - 1])
