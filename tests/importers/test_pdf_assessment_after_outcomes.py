"""Outcomes told in paragraphs below their heading end at the section that says how the learner was assessed ("Як
оцінено", "How it was assessed"): its marks are no outcomes. Before, the assessment's sentences were read as
outcomes. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("heading", "outcome", "assessment", "assessed"),
    [
        ("Що вміє випускниця", "Упродовж курсу Олена навчилася будувати реляційні схеми й нормалізувати їх до 3НФ.",
         "Як оцінено", "5 практичних робіт — 45 з 50 балів; підсумковий тест — 40 з 50. Разом 85 балів."),
        ("What the graduate can do", "Over the course Olena learned to design relational schemas and normalise them.",
         "How it was assessed", "Five practical tasks — 45 of 50 points; a final test — 40 of 50. Total 85."),
    ],
    ids=["uk", "en"],
)
def test_the_assessment_section_ends_the_outcomes(
    tmp_path: Path, heading: str, outcome: str, assessment: str, assessed: str
) -> None:
    html = (
        "<p>Школа даних «Схема»</p><p>ДИПЛОМ</p><p>Олена Бондар</p>"
        f"<p>{heading}</p><p>{outcome}</p><p>{assessment}</p><p>{assessed}</p>"
        "<p>Ірина Лисенко, директорка</p>"
    )
    rec = inspect_html(tmp_path, html)
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes, outcomes
    assert not any("50" in o or "85" in o for o in outcomes), outcomes
