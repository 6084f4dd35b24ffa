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


_COLUMNS = """<p>CERTIFICATE OF COMPLETION</p><p>Iryna Pavlenko</p><p>has successfully completed the course</p>
<p>Bookkeeping Basics for Freelancers</p><p>{heading}</p>
<table><tr><td>{left}</td><td>{right}</td></tr>
<tr><td>Double entry: accounts, debits and credits, the trial balance and its errors.</td>
<td>record a month of transactions and close the books with a balanced trial balance.</td></tr>
<tr><td>Invoices and taxes: VAT rates, invoice fields, deadlines for returns.</td>
<td>issue invoices and prepare a quarterly VAT return from the ledger.</td></tr></table>
<p>Assessment: a practical test, 86 / 100</p><p>Issued 2 February 2026</p>"""


def test_outcomes_in_columns_by_kind_each_cell_an_item(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _COLUMNS.format(heading="Learning outcomes", left="Knowledge — knows and explains",
                                                 right="Skills — is able to"))
    assert rec.value("learning_outcomes") == [
        "Double entry: accounts, debits and credits, the trial balance and its errors.",
        "record a month of transactions and close the books with a balanced trial balance.",
        "Invoices and taxes: VAT rates, invoice fields, deadlines for returns.",
        "issue invoices and prepare a quarterly VAT return from the ledger.",
    ]


def test_a_table_without_captions_of_a_kind_is_not_read_as_columns(tmp_path: Path) -> None:
    """(A guard: captions that name no kind of outcome leave the table to the list's reading.)"""
    rec = inspect_html(tmp_path, _COLUMNS.format(heading="Learning outcomes", left="Module", right="Result"))
    assert "Double entry: accounts, debits and credits, the trial balance and its errors." not in (
        rec.value("learning_outcomes") or [])


def test_a_badges_statement_of_what_earners_can_do_then_its_skills_up_to_its_evidence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>BADGE</p><p>Garden Safety: Practitioner</p>
<p>Issued by Greenway Skills Centre, Lviv, Ukraine</p><p>Earner</p><p>Yulia Marchuk</p>
<p>Recipients of this badge can inspect power tools before use and keep a site's first-aid kit complete.</p>
<p>Skills</p><p>Tool inspection</p><p>First aid kits</p><p>Site signage</p><p>Evidence</p>
<p>Final task</p><p>Inspection of a community garden's tool shed: 9 findings, a checklist and a repair plan.</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes[:1] == ["inspect power tools before use and keep a site's first-aid kit complete"] or (
        outcomes[:2] == ["inspect power tools before use", "keep a site's first-aid kit complete"])
    assert outcomes[-3:] == ["Tool inspection", "First aid kits", "Site signage"]


def test_a_signatory_with_an_academic_title_ends_the_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE</p><p>Course: Garden Design Basics</p><p>Learning outcomes</p>
<p>The learner is able to draw a planting plan to scale and choose plants for the soil of a site.</p>
<p>Prof. Ilse Tamm</p><p>Head of the School of Horticulture</p><p>Date of issue: 12 March 2026</p>""")
    # (the sentence's opening, who is able to, is not the outcome's)
    assert rec.value("learning_outcomes") == ["draw a planting plan to scale and choose plants for the soil of a site"]


def test_the_learner_after_their_profession_and_a_grade_in_words_before_the_next_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>засвідчує, що нотаріус</p><p>КОВАЛЬЧУК Ганна Степанівна</p>
<p>(свідоцтво про право на зайняття нотаріальною діяльністю № 5521 від 12.03.2018)</p>
<p>пройшла навчання за програмою</p><p>«Електронний документообіг у нотаріальній практиці»</p>
<p>Загальний результат: зараховано. Згідно з Порядком підвищення кваліфікації нараховано 6 балів.</p>
<p>Дата видачі: 14 листопада 2025 р.</p>""")
    assert rec.value("learner_name") == "КОВАЛЬЧУК Ганна Степанівна"
    assert rec.value("grade") == "зараховано"


def test_a_programmes_days_are_no_name_and_a_score_ends_before_the_next_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE OF ACHIEVEMENT</p><p>Olena Rudenko</p>
<p>Warehouse Team Leader, Northway Logistics LLC, has successfully completed</p>
<p>Safe Forklift Operations for Team Leaders</p><p>Programme</p><p>Day 1</p>
<p>Load charts and stability; daily checks.</p><p>Day 2</p><p>Traffic routes and pedestrians.</p>
<p>Assessment. Practical test 27/30. Project score 91/100. Distinction is awarded for 90 or more.</p>""")
    assert rec.value("title") == "Safe Forklift Operations for Team Leaders"
    assert rec.value("learner_name") == "Olena Rudenko"
    assert rec.value("grade") == "91/100"


def test_a_french_trainings_aims_and_its_duration_below_its_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ATTESTATION DE FIN DE FORMATION</p><p>Stagiaire</p>
<p>Mme Iryna SHEVCHUK, née le 02/03/2001 à Lviv (Ukraine)</p><p>Intitulé de la formation</p>
<p>Hygiène alimentaire en restauration commerciale</p><p>Durée</p>
<p>14 heures (2 jours de 7 h)</p><p>Objectifs pédagogiques</p>
<ul><li>Identifier les dangers biologiques, chimiques et physiques en cuisine.</li>
<li>Appliquer le plan de maîtrise sanitaire de l'établissement.</li></ul>
<p>Évaluation des acquis</p><p>Questionnaire (20 questions) — 17/20</p>""")
    assert rec.value("workload_hours") == 14
    assert rec.value("learning_outcomes") == [
        "Identifier les dangers biologiques, chimiques et physiques en cuisine.",
        "Appliquer le plan de maîtrise sanitaire de l'établissement.",
    ]


def test_a_course_below_its_label_with_its_bracket_closed_on_the_next_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>BADGE</p><p>Tree Care: Foundation</p><p>Earner</p><p>Petro Hnatiuk</p>
<p>Course:</p><p style="width:330px">Urban Tree Inspection and Pruning Fundamentals (UTC-101, cohort 2026-2)</p>
<p>Issued on</p><p>3 April 2026</p>""")
    assert rec.value("title") == "Urban Tree Inspection and Pruning Fundamentals (UTC-101, cohort 2026-2)"
