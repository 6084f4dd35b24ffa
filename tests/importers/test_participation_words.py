"""The form of participation is read from any word of its patterns, whatever its case, although a text with none of
their letters is not scanned (``find_participation``), and a stated total of hours is read only where a total is
named."""

from __future__ import annotations

import pytest

from app.importers.credentials.textparse import PARTICIPATION, find_hours, find_participation

WORDS = {
    "blended": ["blended", "Hybrid", "змішане", "ГІБРИДНЕ", "Blended Learning"],
    "online": ["online", "On-line", "дистанційна", "Онлайн", "e-learning", "REMOTE", "à distance", "Fernunterricht"],
    "onsite": ["onsite", "on-site", "in person", "In-person", "face-to-face", "очна", "аудиторні", "Präsenzkurs",
               "PRESENCIAL"],
}


@pytest.mark.parametrize(("label", "word"), [(label, word) for label, words in WORDS.items() for word in words])
def test_every_word_of_a_form_is_read(label: str, word: str) -> None:
    found = find_participation(f"Course held 2025. Form: {word}. Grade: A")
    assert found is not None and found[0] == label


def test_the_words_cover_every_pattern() -> None:
    assert [label for _pat, label in PARTICIPATION] == list(WORDS)


def test_no_form_named() -> None:
    assert find_participation("Certificate of completion. Grade: A") is None


def test_hours_without_a_total_named() -> None:
    assert find_hours("Lectures 12 h, labs 20 h") == (12.0, "12 h")
    assert find_hours("Лекції 12 год, практика 20 год, разом 32 год") == (32.0, "разом 32 год")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the kind named as the form wins over another named elsewhere
        ("ukończył szkolenie w formie stacjonarnej (zajęcia wieczorowe) z zadaniami online", "onsite"),
        ("Mode of delivery: face-to-face. Materials are available online.", "onsite"),
        ("Форма навчання: очна, з домашніми завданнями на онлайн-платформі", "onsite"),
        ("Corso erogato in modalità a distanza, con un incontro in presenza finale", "online"),
        ("Kurz proběhl v prezenční formě.", "onsite"),
        ("formation en présentiel, 21 heures", "onsite"),
        ("curso semipresencial de 60 horas", "blended"),
        ("szkolenie w trybie zdalnym", "online"),
        # the kind before the word for the form ("змішана форма", "prezenční formě"), which may name another kind
        ("за програмою (змішана форма: 14 онлайн-лекцій, 12 практичних занять)", "blended"),
        ("Навчання у гібридному форматі (офіс у Чернівцях і дистанційно)", "blended"),
        ("Форма: очно-дистанційна. Обсяг: 30 годин", "blended"),
        # a massive open online course is online; a Spanish outcome about advertising "en línea" names no form
        ("este curso en línea masivo y abierto (MOOC) de la Universidad", "online"),
        ("Planificar el presupuesto de publicidad en línea.", None),
        # words about checking the document near a kind, not further along its line
        ("Змішана (онлайн-лекції, очні практичні заняття) · перевірка документа за QR-кодом", "blended"),
        ("Held in person in Kyiv. Verify this certificate online at https://example.org/v/123", "onsite"),
        ("Перевірити справжність сертифіката можна онлайн за QR-кодом", None),
        # "формування" (forming) is no word for the form
        ("Курс спрямований на формування очних навичок спілкування. Форма навчання: онлайн", "online"),
    ],
)
def test_the_form_named_as_such_and_not_the_checking(text: str, label: str | None) -> None:
    found = find_participation(text)
    assert (found[0] if found else None) == label
