"""Latin letters typed inside Cyrillic words are read as the Cyrillic ones; Latin words keep their letters."""

from __future__ import annotations

import pytest

from app.domain.lookalikes import cyrillic_throughout
from app.matching.text import analyse, normalise


@pytest.mark.parametrize(("typed", "meant"), [
    ("Iнформацiйнi технологiї", "Інформаційні технології"),  # Latin I and i
    ("Пpогpамування мовою Python", "Програмування мовою Python"),  # Latin p; Python stays
    ("ВIДПОВIДАЛЬНIСТЮ", "ВІДПОВІДАЛЬНІСТЮ"),
    ("xронологiя подiй", "хронологія подій"),
    ("навчання з учителем i без учителя", "навчання з учителем і без учителя"),  # a conjunction typed in Latin
])
def test_lookalikes_become_cyrillic(typed: str, meant: str) -> None:
    assert cyrillic_throughout(typed) == meant


@pytest.mark.parametrize("text", ["SQL, Python i Git", "Scrum i Kanban", "Kharkivський кластер", "TKACHUK Olena",
                                  "Секʼюріті", "пункт a) і b)"])
def test_words_in_latin_letters_and_unlike_letters_stay(text: str) -> None:
    assert cyrillic_throughout(text) == text


def test_an_outcome_typed_with_latin_letters_is_matched_as_the_cyrillic_one() -> None:
    typed, meant = "Проектувати реляцiйнi бази даних", "Проектувати реляційні бази даних"
    assert normalise(typed) == normalise(meant)
    assert analyse(typed).content == analyse(meant).content
