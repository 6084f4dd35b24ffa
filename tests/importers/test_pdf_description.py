"""A course described in prose under "About this course" (and its forms in other languages), with no outcomes or
topics anywhere else: each clause of the description stands in for the course's topics, and says so; sentences about
the paper itself are left out. The wordings are other than those of the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.record import is_topics_source
from tests.importers.pdfgen import inspect_html

_DISCLAIMER = ("<p>This certificate does not confer academic credit or a degree, and it does not verify the identity "
               "of the learner.</p>")


def test_the_description_under_its_heading_stands_in_for_the_topics(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Certificate of Completion</h1><p>Petro Savchuk</p>
<p>has completed <b>Hydroponic Vegetable Growing</b></p><p>Issued 12 October 2026</p>
<h3>Course description</h3>
<p>Participants set up a small nutrient film system, prepare nutrient solutions, and monitor the pH and
electrical conductivity. They then grow lettuce and basil from seed, record growth every week, and recognise the
signs of root disease.</p>{_DISCLAIMER}""")
    assert rec.value("learning_outcomes") == [
        "Set up a small nutrient film system",
        "Prepare nutrient solutions",
        "Monitor the pH and electrical conductivity",
        "Grow lettuce and basil from seed",
        "Record growth every week",
        "Recognise the signs of root disease",
    ]
    assert is_topics_source(rec.elements["learning_outcomes"].source)


def test_a_ukrainian_description(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Олена Гуменюк</p>
<p>завершила курс «Основи фотографії»</p><p>Дата видачі: 3 листопада 2026 р.</p>
<p><b>Про курс</b></p>
<p>Слухачі вивчають експозицію та глибину різкості, будують кадр за правилом третин, обробляють знімки в
редакторі. Сертифікат не є документом про освіту.</p>""")
    assert rec.value("learning_outcomes") == [
        "Вивчають експозицію та глибину різкості",
        "Будують кадр за правилом третин",
        "Обробляють знімки в редакторі",
    ]


def test_outcomes_elsewhere_come_first(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Certificate of Completion</h1><p>Petro Savchuk</p>
<p>has completed <b>Hydroponic Vegetable Growing</b></p>
<h3>About this course</h3><p>A short practical course for allotment holders who want to grow indoors.</p>
<h3>Learning outcomes</h3><ul><li>Set up a nutrient film system</li><li>Keep pH within range</li></ul>
{_DISCLAIMER}""")
    assert rec.value("learning_outcomes") == ["Set up a nutrient film system", "Keep pH within range"]
    assert not is_topics_source(rec.elements["learning_outcomes"].source)


def test_a_description_only_about_the_paper_gives_nothing(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Certificate of Completion</h1><p>Petro Savchuk</p>
<p>has completed <b>Hydroponic Vegetable Growing</b></p><h3>About this course</h3>{_DISCLAIMER}""")
    assert rec.value("learning_outcomes") is None
