"""What an assessor confirmed of each assessed part ("Рецензент підтвердив: …", "The examiner confirmed: …"), one part
after another with other lines between: the learner's outcomes, each statement over its wrapped lines, split where
semicolons list several. And a total said to be about so many hours ("разом близько 170 годин") is the workload, not
a session's length. Other wording than the certificate that showed them."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_what_the_examiner_confirmed_of_each_project(tmp_path: Path) -> None:
    html = ("<p>NORTHGATE DATA ACADEMY</p><p>Certificate of completion</p>"
            "<p>Awarded to Petro Savchuk for the programme Applied Statistics in Python.</p>"
            "<p>Project 1. Survey of commuters · examiner's mark: 9/10</p>"
            "<p>The examiner confirmed: cleaned and weighted the survey data; estimated means and proportions with "
            "confidence intervals.</p>"
            "<p>Project 2. A/B test of a landing page · examiner's mark: 8/10</p>"
            "<p>The examiner confirmed: planned the sample size; tested the difference of conversion rates and "
            "reported the effect with its uncertainty.</p>"
            "<p>Issued 2 June 2026</p>")
    outcomes = inspect_html(tmp_path, html).value("learning_outcomes")
    assert outcomes == [
        "cleaned and weighted the survey data",
        "estimated means and proportions with confidence intervals.",
        "planned the sample size",
        "tested the difference of conversion rates and reported the effect with its uncertainty.",
    ]


def test_about_so_many_hours_in_total(tmp_path: Path) -> None:
    html = ("<p>СЕРТИФІКАТ</p><p>Коваль Марія Петрівна завершила програму «Аналітика для HR».</p>"
            "<p>12 зустрічей з ментором по 2 години, відеолекції і практика — разом близько 90 годин.</p>")
    assert inspect_html(tmp_path, html).value("workload_hours") == 90
