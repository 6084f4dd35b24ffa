"""An outcome about one language is no evidence of an outcome about another, however alike their other words."""

from __future__ import annotations

import pytest

from app.matching.coverage import match_credential_to_component
from app.matching.languages_named import languages_named


@pytest.mark.parametrize(("text", "codes"), [
    ("Спілкуватися англійською мовою у професійному середовищі", {"en"}),
    ("Мова навчання — німецька", {"de"}),
    ("Читати тексти іноземною (французькою) мовою", {"fr"}),
    ("Communicate in Spanish with customers", {"es"}),
    ("Business English and Polish for beginners", {"en", "pl"}),
    ("Обробляти персональні дані відповідно до законодавства України", set()),
    ("Apply the Ukrainian law on personal data", set()),  # a country's law, not a language
])
def test_languages_named(text: str, codes: set[str]) -> None:
    assert languages_named(text) == codes


@pytest.mark.parametrize("embedding", [False, True])
def test_an_outcome_in_another_language_is_no_evidence(embedding: bool) -> None:
    result = match_credential_to_component(
        ["Вільно спілкуватися українською мовою у професійному середовищі", "Складати ділові листи"],
        ["Спілкуватися англійською мовою у професійному середовищі."], embedding=embedding)
    (pair,) = result.pairs
    assert pair.status == "not"


def test_the_same_language_still_covers() -> None:
    result = match_credential_to_component(["Communicate in English in a professional environment"],
                                           ["Спілкуватися англійською мовою у професійному середовищі."],
                                           embedding=False)
    (pair,) = result.pairs
    assert pair.status == "covered"


@pytest.mark.parametrize(("text", "codes"), [
    ("Перекладати німецьку технічну літературу", {"de"}),  # the language of what is read
    ("Вести іспанське ділове листування з партнерами", {"es"}),
    ("Оформлювати проєктну документацію", set()),
])
def test_the_language_of_what_is_read_or_written(text: str, codes: set[str]) -> None:
    assert languages_named(text) == codes


def test_reading_another_languages_documents_is_no_evidence_of_reading_english_ones() -> None:
    result = match_credential_to_component(["Читати й розуміти чеську технічну документацію до верстатів"],
                                           ["Читати та розуміти технічну документацію англійською мовою."],
                                           embedding=False)
    (pair,) = result.pairs
    assert pair.status == "not"
