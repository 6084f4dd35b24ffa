"""The kind of assessment under its label: a grading scale's legend, whose label says "оцінювання" too, is no kind of
assessment; a label with a long dash counts; the value ends before the next labelled sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers.credentials.textparse import find_assessment
from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Шкала оцінювання: 90–100 A «відмінно»; 82–89 B «добре»\nПідсумковий контроль — залік", "залік"),
        ("Система оцінювання: 90–100 — A; 82–89 — B; 74–81 — C\nФорма контролю: екзамен", "екзамен"),
        ("Grading scale of assessment: 70–100 distinction; 50–69 pass\nAssessment: written examination",
         "written examination"),
        ("Valutazione: da 18/30 a 30/30 e lode\nVerifiche: prova scritta e colloquio orale",
         "da 18/30 a 30/30 e lode"),  # a scale in words and figures, not a legend of ranges: kept as written
        ("Verifiche: prova pratica di laboratorio", "prova pratica di laboratorio"),
        ("Forma zaliczenia: egzamin pisemny", "egzamin pisemny"),
    ],
)
def test_the_labelled_kind_and_not_a_scale(text: str, value: str) -> None:
    found = find_assessment(text)
    assert found is not None and found.value.strip() == value


def test_only_a_scale_names_no_kind() -> None:
    assert find_assessment("Шкала оцінювання: 90–100 A «відмінно»; 82–89 B «добре»; 74–81 C") is None
    assert find_assessment("Оцінювання: 90–100 — A; 82–89 — B; 74–81 — C; 64–73 — D") is None


def test_the_kind_ends_before_the_next_labelled_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОВІДКА</p><p>Видана Петренко Олені Іванівні в тому, що вона прослухала курс
«Теорія графів» обсягом 60 годин.</p><p style="width:440px">Форма підсумкового контролю — екзамен (11.06.2026).
Підсумкова оцінка — 84 бали, «добре».</p><p>Шкала оцінювання: 90–100 A «відмінно»; 82–89 B «добре»</p>""")
    assert rec.value("assessment_type") == "екзамен (11.06.2026)"
