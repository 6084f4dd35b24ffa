"""International words Ukrainian and English share (``app.matching.loanwords``): one key for both spellings, only
between the two languages, shown to the committee as the two words."""

from __future__ import annotations

import pytest

from app.matching.engine import Engine, EngineConfig
from app.matching.glossary import CONCEPT_PREFIX, LOANWORD_CONCEPT, load_glossary
from app.matching.loanwords import loanword_key
from app.matching.text import analyse


def _lemma(word: str) -> str:
    return analyse(word).content[0]


@pytest.mark.parametrize(
    ("ukrainian", "english"),
    [
        ("кластеризація", "clustering"),
        ("алгоритм", "algorithm"),
        ("класифікація", "classification"),
        ("валідація", "validation"),
        ("регресія", "regression"),
        ("інтеграл", "integral"),
        ("функція", "function"),
        ("оптимізація", "optimisation"),
        ("архітектура", "architecture"),
        ("механізм", "mechanism"),
        ("комп'ютер", "computer"),
    ],
)
def test_both_spellings_of_an_international_word_have_one_key(ukrainian: str, english: str) -> None:
    key = loanword_key(_lemma(ukrainian))
    assert key is not None
    assert key == loanword_key(_lemma(english))


@pytest.mark.parametrize("word", ["модель", "model", "дані", "data", "sql", "python", "1234", "naïve"])
def test_short_skeletons_and_other_strings_have_no_key(word: str) -> None:
    assert loanword_key(word) is None


@pytest.mark.parametrize(("ukrainian", "english"), [("мережа", "network"), ("кластеризація", "classification"),
                                                    ("контроль", "contract")])
def test_different_words_keep_different_keys(ukrainian: str, english: str) -> None:
    assert loanword_key(_lemma(ukrainian)) != loanword_key(_lemma(english))


def test_the_key_binds_between_languages_only_and_is_shown_as_both_words() -> None:
    glossary = load_glossary()
    uk = analyse("Застосовувати методи кластеризації").content
    en = analyse("group unlabelled data with hierarchical clustering").content
    shared = set(glossary.features(uk)) & set(glossary.features(en))
    loan = [f for f in shared if f.startswith(CONCEPT_PREFIX + LOANWORD_CONCEPT)]
    assert len(loan) == 1
    assert glossary.describe(loan[0], "both") == "cluster / кластеризації"  # the words as the texts have them
    # two texts in one language are compared as before: no key among their features
    assert not any(LOANWORD_CONCEPT in f for f in glossary.features(en, bilingual=False))


def test_a_shared_international_word_raises_the_pair_and_can_be_switched_off() -> None:
    query = ["group unlabelled data with hierarchical clustering"]
    candidates = ["Застосовувати методи кластеризації даних.", "Готувати та очищати дані для навчання моделей."]
    with_loanwords = Engine(EngineConfig(embedding=False), glossary=load_glossary())
    without = load_glossary()
    without.loanwords = False
    plain = Engine(EngineConfig(embedding=False), glossary=without)
    got = with_loanwords.rank_detailed(query, candidates, 2)[0]
    before = plain.rank_detailed(query, candidates, 2)[0]
    assert got[0].index == 0
    assert got[0].glossary > next(s.glossary for s in before if s.index == 0)
    assert "cluster / кластеризації" in with_loanwords.explain(query[0], candidates[0]).shared_concepts
