"""Wordings and layouts found on a fourteenth reading: a justified line that the text layer gives a word at a time,
outcomes numbered "1) … ; 2) …" inside a paragraph after "За результатами навчання слухачка:", "Що ви тепер
вмієте" as a heading, "Learners who … will be able to" with two verbs sharing an object, the learner after
"Слухач" with the sentence going on, labels in a row with their values in the row below, and a sentence saying who
made the course that is not the issuer's name. Each was read wrong before; the wordings here are other than those of
the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.pdf import _justified
from tests.importers.pdfgen import inspect_html

HEAD = "<h1>СЕРТИФІКАТ</h1><p>Садова школа «Приклад»</p><p>Видано Коваль Ірині Петрівні</p>"


def test_a_justified_line_given_a_word_at_a_time_is_one_line() -> None:
    assert _justified("Після \nкурсу \nслухачка \nвміє: \nполивати\nрослини.") == (
        "Після курсу слухачка вміє: поливати\nрослини.")
    assert _justified("Полив\nрослин \nвлітку") == "Полив\nрослин \nвлітку"  # a space at one line's end only


def test_outcomes_numbered_inside_a_justified_paragraph(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""{HEAD}<p>пройшла навчання за програмою «Крапельне зрошення» (30 годин).</p>
<p style="text-align:justify">За результатами навчання слухачка: 1) проєктує систему крапельного зрошення для
присадибної ділянки з урахуванням рельєфу; 2) добирає крапельниці, фільтри та трубки відповідно до потреб рослин;
3) складає графік поливу овочевих культур і коригує його за погодою.</p><p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "проєктує систему крапельного зрошення для присадибної ділянки з урахуванням рельєфу",
        "добирає крапельниці, фільтри та трубки відповідно до потреб рослин",
        "складає графік поливу овочевих культур і коригує його за погодою."]


def test_what_you_can_now_do_without_a_colon(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""{HEAD}<p>за курс «Крапельне зрошення»</p><h3>Що ви вже вмієте</h3>
<p>— розраховувати потребу рослин у воді;</p><p>— монтувати крапельну лінію.</p><p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learning_outcomes") == ["розраховувати потребу рослин у воді", "монтувати крапельну лінію."]


def test_learners_who_and_two_verbs_sharing_an_object(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Water</h1><p>Awarded to Olha Koval</p>
<p>Participants who attend all six sessions will be able to measure soil moisture with a probe, install and test drip
emitters on a bed, and plan the watering of a small orchard.</p><p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "measure soil moisture with a probe", "install and test drip emitters on a bed",
        "plan the watering of a small orchard"]


def test_the_learner_after_a_label_with_the_sentence_going_on(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ № 12</h1><p>Садова школа «Приклад»</p>
<p>Учасник Лисенко Андрій Миколайович пройшов навчання за програмою «Крапельне зрошення» (30 годин).</p>
<p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learner_name") == "Лисенко Андрій Миколайович"


def test_labels_in_a_row_and_their_values_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Сертифікат</h1><h2>Крапельне зрошення</h2>
<p>Курс підготувала Садова школа «Приклад».</p><table style="width:100%">
<tr><td>Отримувач сертифіката</td><td style="text-align:right">Дата видачі</td></tr>
<tr><td><b>Андрій Лисенко</b></td><td style="text-align:right">12.05.2025</td></tr></table>""")
    assert rec.value("learner_name") == "Андрій Лисенко"


def test_who_made_the_course_is_not_the_issuers_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Садова платформа</p><h1>Крапельне зрошення</h1>
<p>сертифікат про проходження курсу</p><p>Курс розроблено Національним університетом біоресурсів разом із ГО
«Сад».</p><p>Отримувач: Андрій Лисенко</p><p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("awarding_body") != "Курс розроблено Національним університетом біоресурсів разом із ГО"
    assert "розроблено" not in (rec.value("awarding_body") or "")


def test_courses_announced_by_a_sentence_are_the_topics(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Garden Academy</p><h2>Olha Koval</h2><p>has completed the programme</p>
<h1>Water in the Garden</h1><p>The programme is made of three short courses, each with a practical
assignment:</p><ol><li>Soil and Water. How soil holds water; measuring moisture.</li>
<li>Drip Irrigation. Emitters, pipes and filters.</li><li>Rainwater. Barrels, gutters and pumps.</li></ol>
<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Soil and Water. How soil holds water", "measuring moisture.", "Drip Irrigation. Emitters, pipes and filters.",
        "Rainwater. Barrels, gutters and pumps."]
    assert rec.outcomes_from_topics


def test_rows_numbered_close_to_their_text(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{n}</td><td>{topic}</td><td>{hours}</td></tr>" for n, topic, hours in (
        (1, "Ґрунт і вологість: як виміряти потребу у воді", 4), (2, "Крапельні лінії, фільтри та регулятори тиску", 6),
        (3, "Автоматичні таймери поливу та датчики дощу", 2)))
    rec = inspect_html(tmp_path, f"""<h1>СЕРТИФІКАТ</h1><p>Садова школа «Приклад»</p>
<p>Учасник Лисенко Андрій Миколайович пройшов навчання за програмою «Крапельне зрошення».</p>
<table style="width:100%"><tr><th style="width:6%">№</th><th>Тема</th><th style="width:10%">Год.</th></tr>{rows}
</table><p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Ґрунт і вологість: як виміряти потребу у воді", "Крапельні лінії, фільтри та регулятори тиску",
        "Автоматичні таймери поливу та датчики дощу"]


def test_a_heading_of_modules_completed_is_not_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GARDEN ACADEMY</p><h1>Summer School Water in the Garden</h1>
<p>Participant: Olha Koval</p><p>Modules completed and the hours of each:</p>
<p>Soil and water — 10 hours; drip irrigation — 14 hours</p><p>Issued 2 May 2025</p>""")
    assert rec.value("title") != "and the hours of each"


def test_a_seasons_school_named_in_body_type_beside_a_law_in_quotes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="text-align:center"><b>EXAMPLE UNIVERSITY OF AGRICULTURE</b></p>
<h2 style="text-align:center">Certificate of Participation and Completion</h2>
<p style="text-align:center">Winter School Irrigation and Water Law<br>Lviv, 3–14 February 2025</p>
<table style="width:100%; font-size:10pt"><tr><td>Participant:</td><td>Olha Koval</td></tr>
<tr><td>Home institution:</td><td>Example Agrarian College</td></tr></table>
<p style="font-size:10pt">Topics: the Water Code, the Law “On Land Reclamation”, drip irrigation design.</p>""")
    assert rec.value("title") == "Winter School Irrigation and Water Law"


def test_top_skills_covered(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Water</h1><p>Congratulations, Olha Koval</p>
<p>Course completed on May 2, 2025 · 2 hours</p><p>Main skills covered: Drip Irrigation · Soil Moisture ·
Rainwater Harvesting</p>""")
    assert rec.value("learning_outcomes") == ["Drip Irrigation", "Soil Moisture", "Rainwater Harvesting"]


def test_an_assessment_named_in_quotes_over_two_lines(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""{HEAD}<p>за курс «Крапельне зрошення»</p><p>Підсумковий контроль: захист
навчального проєкту «Система крапельного зрошення для шкільної теплиці, саду та городу на десять грядок» — зараховано.
</p>
<p>Дата видачі: 12.05.2025</p>""")
    # (the verdict after the dash is the result, no part of the kind)
    assert rec.value("assessment_type") == (
        "захист навчального проєкту «Система крапельного зрошення для шкільної теплиці, саду та городу на десять "
        "грядок»")


def test_a_table_of_modules_hours_and_what_was_demonstrated(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{module}</td><td>{hours}</td><td>{shown}</td></tr>" for module, hours, shown in (
        ("Soil water and moisture measurement", 10, "measured soil moisture with a probe and read a tensiometer in "
         "three beds of the school garden"),
        ("Drip irrigation design", 16, "drew a drip irrigation plan for a vegetable plot, chose emitters and sized "
         "the main line"),
        ("Rainwater harvesting and storage", 8, "sized a rain barrel for a shed roof and connected it to a drip line")))
    rec = inspect_html(tmp_path, f"""<h1>Garden Water</h1><table style="width:100%; font-size:10pt">
<tr><td style="width:30%">Participant:</td><td>Olha Koval</td></tr><tr><td>Home school:</td><td>Example College of
Horticulture, second year</td></tr></table><p style="font-size:10pt">Modules completed and what was shown in each:</p>
<table style="width:100%; font-size:9pt" cellpadding="3"><tr><th>Module</th><th>Hours</th>
<th>Demonstrated in the final project</th></tr>{rows}</table><p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "measured soil moisture with a probe and read a tensiometer in three beds of the school garden",
        "drew a drip irrigation plan for a vegetable plot, chose emitters and sized the main line",
        "sized a rain barrel for a shed roof and connected it to a drip line"]


def test_a_grid_of_skills_whose_captions_run_into_their_sentences(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Water</h1><p>Awarded to Olha Koval</p><p>Skills confirmed:</p>
<table><tr><td><b>Полив</b></td><td>Складає графік поливу овочів і коригує його за погодою.</td></tr>
<tr><td><b>Зрошення (drip)</b></td><td>Монтує крапельну лінію, підбирає фільтри та регулятори тиску.</td></tr>
<tr><td><b>Microsoft Excel</b></td><td>Веде журнал поливу в електронній таблиці.</td></tr></table>
<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes")[:2] == [
        "Полив: складає графік поливу овочів і коригує його за погодою.",
        "Зрошення (drip): монтує крапельну лінію, підбирає фільтри та регулятори тиску."]
