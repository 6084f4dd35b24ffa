"""Wordings and layouts found on a thirteenth reading: a heading that names the learner ("Marta is able to"), "Чого
навчився учасник" without a colon, labels without colons in a table of two columns, "completing the track …", a
sentence inside a paragraph ("… They can now …"), a line of topics between middle dots that wraps, "Програма
охоплювала такі теми:", a programme named after "за програмою" where a school is named in quotes first, and a
centred name whose second line is a block of its own. Each was read wrong before; the wordings here are other than
those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html

LIST = "<ul><li>plan a small garden irrigation system</li><li>estimate water needs of plants</li></ul>"
OUTCOMES = ["plan a small garden irrigation system", "estimate water needs of plants"]


@pytest.mark.parametrize("heading", ["<h3>Olha is able to</h3>", "<h3>Що вміє випускниця</h3>",
                                     "<p>Чого навчилася слухачка</p>"])
def test_headings_without_a_colon(tmp_path: Path, heading: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Certificate</p><h2>Olha Koval</h2><p>has completed</p><h1>Garden Water</h1>
{heading}{LIST}<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == OUTCOMES


def test_labels_without_colons_in_two_columns(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1 style="text-align:center">Сертифікат</h1>
<p style="text-align:center">Садова школа «Приклад»</p><table>
<tr><td>Учасниця</td><td><b>Коваль Ірина Петрівна</b></td></tr>
<tr><td>Курс</td><td>Крапельне зрошення: від проєкту до монтажу</td></tr>
<tr><td>Обсяг</td><td>48 годин, 8 тижнів</td></tr><tr><td>Дата</td><td>1 жовтня 2025 року</td></tr></table>""")
    assert rec.value("learner_name") == "Коваль Ірина Петрівна"
    assert rec.value("title") == "Крапельне зрошення: від проєкту до монтажу"


def test_a_track_with_its_hours_in_brackets(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>SUMMER ACADEMY OF GARDENING</p><h1>Certificate</h1><p>awarded to</p>
<h2>Olha Koval</h2>
<p>for completing the pathway <b>Sustainable Irrigation for Small Gardens and Allotments</b> (40 contact hours,
lectures and field work).</p><p>Issued 2 May 2025</p>""")
    assert rec.value("title") == "Sustainable Irrigation for Small Gardens and Allotments"


def test_outcomes_in_a_sentence_inside_a_paragraph(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Water</h1><p>Awarded to Olha Koval</p>
<p>Participants worked in the school garden for six weeks and kept a watering diary. Participants can now plan a drip
line for a small garden and estimate the water needs of common vegetables.</p><p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == [  # two verb clauses, two outcomes (test_pdf_verb_clauses)
        "plan a drip line for a small garden", "estimate the water needs of common vegetables"]
    assert rec.elements["learning_outcomes"].source.endswith("(sentence)")


def test_topics_between_middle_dots_over_several_lines(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Water</h1><p>Awarded to Olha Koval</p>
<p>Topics covered: soil moisture and its measurement · choosing drip emitters and pipes · timers and controllers ·
rainwater collection and storage · mulching and shading · watering schedules for vegetables and fruit trees · winter
care of an irrigation system</p><p>Issued 2 May 2025</p>""")
    topics = rec.value("learning_outcomes")
    assert topics[0] == "soil moisture and its measurement" and topics[-1] == "winter care of an irrigation system"
    assert len(topics) == 7


def test_topics_that_a_programme_covered_and_the_programme_named_after_za_prohramoiu(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Сільська громада · Садова школа «Приклад»</p><h1>ДОВІДКА</h1>
<p>Видана Коваль Ірині Петрівні про те, що вона відвідувала заняття за програмою «Зрошення присадибної ділянки»
загальним обсягом 30 годин.</p><p>Курс охоплював такі теми:</p>
<ul><li>вологість ґрунту та її вимірювання;</li><li>крапельні системи і таймери.</li></ul>""")
    assert rec.value("title") == "Зрошення присадибної ділянки"
    assert rec.value("learning_outcomes") == ["вологість ґрунту та її вимірювання", "крапельні системи і таймери."]


def test_a_centred_name_whose_last_words_are_a_block_of_their_own() -> None:
    from app.importers.credentials.pdf import _wrapped_line

    lines = [(1, "This is to confirm that Olha Koval attended the weekend course"),
             (1, "Drip Irrigation, Rainwater Harvesting, Mulching"), (1, "and Shading for Urban Gardens"),
             (1, "8 and 9 November 2025 · 16 hours")]
    assert _wrapped_line(lines, 1, {0, 1, 2, 3}) == (
        "Drip Irrigation, Rainwater Harvesting, Mulching and Shading for Urban Gardens"
    )
    assert _wrapped_line(lines[:2] + [(1, "held in the school garden from 8 to 9 November")], 1, {0, 1, 2}) == (
        "Drip Irrigation, Rainwater Harvesting, Mulching"
    )


def test_a_grade_below_a_name_does_not_go_on_with_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate</h1><p>Olha Koval has completed the course</p>
<h2 style="text-align:center">Garden Water</h2><p style="text-align:center">with a final grade of 87/100</p>""")
    assert rec.value("title") == "Garden Water"
