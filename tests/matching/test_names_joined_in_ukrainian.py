"""A Ukrainian credential's module "Django і REST API" is Ukrainian, though most of its letters are Latin: its one
Ukrainian word joins two names. Read as English it took the curves of two languages apart, which are lenient, and the
embedding put it as near "Застосовувати гнучкі методології Scrum і Kanban" as a paraphrase."""

from __future__ import annotations

import numpy as np
import pytest

from app.matching.calibration import PAIRS, pair_codes
from app.matching.text import Stated, analyse_all, in_stated_language


@pytest.mark.parametrize(
    "text", ["Django і REST API", "Docker та Kubernetes", "Power BI для HR", "Git, GitHub і CI/CD"]
)
def test_names_joined_by_a_ukrainian_word_are_ukrainian(text: str) -> None:
    stated = in_stated_language(text, "uk")
    assert isinstance(stated, Stated)
    assert analyse_all([stated])[0].lang == "uk"


@pytest.mark.parametrize(
    "text", ["Python for Data Science", "Use SQL and Python", "SQL", "Django REST framework", "Docker and Kubernetes"]
)
def test_english_words_or_names_alone_keep_their_own_language(text: str) -> None:
    assert not isinstance(in_stated_language(text, "uk"), Stated)


def test_such_a_module_meets_a_ukrainian_outcome_as_ukrainian() -> None:
    module, outcome = analyse_all([in_stated_language("Django і REST API", "uk"), "Створювати серверні застосунки."])
    code = pair_codes(np.array([outcome.lang]), np.array([module.lang]))[0][0]
    assert PAIRS[int(code)] == "uk-uk"
