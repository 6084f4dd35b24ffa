"""Wordings and layouts found on a nineteenth reading: outcomes below "Випускник програми:" as dashed lines, and
numbered 1) … 5) inside a paragraph after "Over the course the learner"; the course's name in the line above "awarded
to", after "attended and completed the one-day masterclass …" on the next line; "чинний до …" as a validity's end,
never the date of issue. Each was read wrong before; the wordings here are other than those of the certificates that
showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_who_the_list_is_about_then_dashed_items(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс: «Садівництво»</p><p>Учасниця тренінгу:</p>
<p>— обрізує плодові дерева навесні;</p><p>— щеплює саджанці живцем.</p><p>Директор ____ І. Петренко</p>""")
    assert rec.value("learning_outcomes") == ["обрізує плодові дерева навесні", "щеплює саджанці живцем."]


def test_a_numbered_list_inside_a_paragraph(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>CERTIFICATE</h1><p>Orchard Care</p><p>awarded to</p><p>Olha Koval</p>
<p>During the course the participant 1) pruned young apple trees; 2) grafted pears by cleft grafting; 3) planned a
season of spraying.</p><p>Capstone: “A year in the orchard”.</p>""")
    assert rec.value("learning_outcomes") == [
        "pruned young apple trees", "grafted pears by cleft grafting", "planned a season of spraying."]
    assert rec.value("title") == "Orchard Care"


def test_the_course_below_attended_and_completed(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CPD Certificate</p><p>Petro Lysenko, gardener,</p>
<p>attended and completed the two-day workshop with e-learning</p><p>Pruning Old Orchards</p>
<p>Date of workshop: 5 May 2026</p>""")
    assert rec.value("title") == "Pruning Old Orchards"


def test_valid_until_in_ukrainian_is_no_date_of_issue(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>ПОСВІДЧЕННЯ</h1><p>Курс: «Садівництво»</p>
<p>Посвідчення чинне до 1 червня 2030 р.</p><p>м. Київ, 2 червня 2026 р.</p>""")
    assert rec.value("issued_on") == "2026-06-02"
