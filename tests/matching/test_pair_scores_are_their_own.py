"""A pair's score and status are the pair's own: they do not move with the credential's other outcomes.

The word layers weigh a term by how many of the compared texts contain it. Compared as one list, a credential's
other outcomes changed the weights, and with them a pair's score — enough to turn "covered" into "partly" when an
unrelated outcome was left out (marked not achieved, or entered again by hand)."""

import pytest

from app.matching import semantic
from app.matching.coverage import match_credential_to_component, prepare_pairs
from app.matching.engine import Engine, EngineConfig

COMPONENT = [
    "Використовувати систему контролю версій Git.",
    "Налагоджувати та тестувати програмний код.",
    "Документувати програмний код і API.",
]
CREDENTIAL = [
    "keep code under version control with Git: commits, branches, merge requests and code review",
    "write unit tests with pytest and find bugs with a debugger",
    "document a small REST API with OpenAPI",
    "present a project to the group",
    "use Git and GitHub to publish a portfolio",
    "work with lists, dictionaries and files in Python",
]


def _scores(engine: Engine, outcomes: list[str]) -> dict[tuple[str, str], tuple[float, str]]:
    """(component outcome, credential outcome) → (score, status) of every pair the matching shows."""
    result = match_credential_to_component(outcomes, COMPONENT, engine=engine)
    return {(p.component_outcome, p.credential_outcome): (p.score, p.status) for p in result.pairs}


ENGINES = [pytest.param(False, id="word-layers")]
if semantic.default_embedder() is not None:
    ENGINES.append(pytest.param(None, id="default-layers"))


@pytest.mark.parametrize("embedding", ENGINES)
def test_each_pair_scores_as_it_does_alone(embedding: bool | None) -> None:
    engine = Engine(EngineConfig(embedding=embedding))
    together = _scores(engine, CREDENTIAL)
    for (component, credential), found in together.items():
        alone = match_credential_to_component([credential], [component], engine=engine).pairs[0]
        assert (alone.score, alone.status) == found, (component, credential)


@pytest.mark.parametrize("embedding", ENGINES)
def test_leaving_an_outcome_out_changes_no_other_pair(embedding: bool | None) -> None:
    engine = Engine(EngineConfig(embedding=embedding))
    together = _scores(engine, CREDENTIAL)
    for left_out in CREDENTIAL:
        fewer = _scores(engine, [o for o in CREDENTIAL if o != left_out])
        for pair, found in fewer.items():
            if pair in together:
                assert together[pair] == found, (left_out, pair)


def test_the_same_outcome_twice_scores_once() -> None:
    engine = Engine(EngineConfig(embedding=False))
    once = match_credential_to_component(CREDENTIAL[:2], COMPONENT, engine=engine)
    twice = match_credential_to_component([*CREDENTIAL[:2], CREDENTIAL[0]], COMPONENT, engine=engine)
    assert [(p.score, p.status, p.credential_outcome) for p in once.pairs] == [
        (p.score, p.status, p.credential_outcome) for p in twice.pairs
    ]


def test_pairs_scored_for_the_whole_programme_at_once_are_the_same() -> None:
    # A programme's outcomes scored against a credential in one call (coverage.prepare_pairs), then a component's
    # pairs read from what was kept, equal the component's pairs scored on a fresh engine.
    other = ["Проєктувати реляційні бази даних.", "Писати SQL-запити з об'єднанням таблиць."]
    kept = Engine(EngineConfig(embedding=False))
    prepare_pairs([*other, *COMPONENT], [(CREDENTIAL, "en")], embedding=False, engine=kept)
    from_kept = match_credential_to_component(CREDENTIAL, COMPONENT, engine=kept, language="en")
    fresh = match_credential_to_component(CREDENTIAL, COMPONENT, engine=Engine(EngineConfig(embedding=False)),
                                          language="en")
    assert [(p.score, p.status, p.credential_outcome, p.credential_part) for p in from_kept.pairs] == [
        (p.score, p.status, p.credential_outcome, p.credential_part) for p in fresh.pairs
    ]
    assert kept._pairs_kept > 0  # the component's pairs came from what was kept
