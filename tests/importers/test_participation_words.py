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
