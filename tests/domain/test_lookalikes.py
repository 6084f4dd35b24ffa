"""Latin letters typed inside Cyrillic words are read as the Cyrillic ones; Latin words keep their letters."""

from __future__ import annotations

import pytest

from app.domain.lookalikes import cyrillic_throughout, digits_throughout
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


@pytest.mark.parametrize(("typed", "meant"), [
    ("ЕCTS cr.", "ECTS cr."),  # a Cyrillic Е in a Latin word
    ("(ЕDA)", "(EDA)"),
    ("TOB «Датакрафт»", "ТОВ «Датакрафт»"),  # a legal form in Latin capitals before its name in quotes
])
def test_lookalikes_of_either_script_follow_their_word(typed: str, meant: str) -> None:
    assert cyrillic_throughout(typed) == meant


@pytest.mark.parametrize(("read", "meant"), [
    ("обсягом 9О годин", "обсягом 90 годин"),
    ("тести (4О %), іспит (3О %)", "тести (40 %), іспит (30 %)"),
    ("Модуль 1\nl2\nМодуль 2\n1б", "Модуль 1\n12\nМодуль 2\n16"),  # a table's cells of hours, each on its line
    ("KAARELA UNIVERSITY 0F APPLIED SCIENCES", "KAARELA UNIVERSITY OF APPLIED SCIENCES"),
])
def test_digits_a_scanner_read_as_letters(read: str, meant: str) -> None:
    assert digits_throughout(read) == meant


@pytest.mark.parametrize("text", ["кімната 5б", "група КН-2О1", "О147-HO/2025", "Windows 10", "ID 0A12", "rol 3"])
def test_letters_beside_digits_elsewhere_stay(text: str) -> None:
    assert digits_throughout(text) == text
