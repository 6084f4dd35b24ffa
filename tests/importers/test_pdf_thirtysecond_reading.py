"""Fields the thirty-second set's first reading got wrong, in other wording: the outcomes below "Skills you practised"
ending at "How you were assessed"; a Polish course's name in quotes on a line of its own below a completion line
whose rest says when and how; the learner on a line of its own above the line of their birth."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_skills_practised_up_to_how_the_learner_was_assessed(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>COURSE CERTIFICATE</p><p>Marko Ilyin</p>
<p>has successfully completed the online course</p><p>Spreadsheet Modelling for Small Firms</p>
<p>Skills you practised</p><ul><li>Building a monthly cash-flow model with named ranges and data validation.</li>
<li>Comparing scenarios with what-if tables and goal seek.</li></ul>
<p>How you were graded</p><ul><li>Six weekly quizzes (30%) and a final model reviewed by staff (70%).</li></ul>
<p>Issued March 3, 2026</p>""")
    assert rec.value("learning_outcomes") == [
        "Building a monthly cash-flow model with named ranges and data validation.",
        "Comparing scenarios with what-if tables and goal seek.",
    ]


def test_a_quoted_name_below_a_completion_line_that_says_when_and_how(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ZAŚWIADCZENIE</p><p>o ukończeniu szkolenia</p><p>Pani</p>
<p>Olena KRAVETS</p><p>urodzona 12 maja 2004 r. w Kijowie (Ukraina)</p>
<p style="width:430px">ukończyła w okresie od 2.03.2026 r. do 30.04.2026 r. szkolenie w formie zdalnej z konsultacjami
indywidualnymi</p><p>„Rachunkowość małej firmy w praktyce”</p>
<p>w wymiarze 40 godzin dydaktycznych (16 h wykładów, 24 h ćwiczeń)</p><p>Wynik egzaminu końcowego:</p>
<p>45 pkt / 50 — ocena bardzo dobra (5,0)</p>""")
    assert rec.value("title") == "Rachunkowość małej firmy w praktyce"
    assert rec.value("learner_name") == "Olena KRAVETS"
    assert rec.value("workload_hours") == 40
    assert rec.value("grade") == "45 pkt / 50 — ocena bardzo dobra (5,0)"
