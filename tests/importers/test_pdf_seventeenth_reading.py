"""Wordings and layouts found on a seventeenth reading: a Europass Certificate Supplement (the name in its title
box, the skills of box 3 ending at the next numbered box in capitals, the total of hours after its parts), a printed
form's "Слухач/слухачка набув(-ла) умінь:", a course's kind before its name on the next line ("пройшла практичний
курс"), the profession after "пройшов професійне навчання за програмою …", a quoted programme's name wrapped to the
next line, a course after "опанував курс …", a total of hours below "Усього", a credit's worth in hours that is no
workload, and a column of results beside the parts ("Тема | Результат", set closely, without ruled lines). Each was
read wrong before (two tests guard neighbouring wordings that were read right: numbered items in lower case, and
"опанував курс" with no other quoted name above it); the wordings here are other than those of the certificates that
showed it."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.textparse import find_hours
from tests.importers.pdfgen import inspect_html


def test_certificate_supplement_title_box_and_skills_box(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Westbrook Technical College</p><p>Certificate Supplement</p>
<p>1. TITLE OF THE CERTIFICATE (EN)</p><p>Certificate in Greenhouse Horticulture</p>
<p>2. TRANSLATED TITLE OF THE CERTIFICATE</p><p>Not applicable.</p>
<p>3. PROFILE OF SKILLS AND COMPETENCES</p><p>The holder is able to:</p>
<p>– plan the planting of a greenhouse over a season;</p><p>– control humidity and temperature with sensors.</p>
<p>4. RANGE OF OCCUPATIONS ACCESSIBLE TO THE HOLDER</p><p>Greenhouse worker; nursery assistant.</p>
<p>6. OFFICIALLY RECOGNISED WAYS OF ACQUIRING THE CERTIFICATE</p>
<p>Lectures 30 h, practical work 60 h. Total 90 hours.</p>""")
    assert rec.value("title") == "Certificate in Greenhouse Horticulture"
    assert rec.value("learning_outcomes") == [
        "plan the planting of a greenhouse over a season", "control humidity and temperature with sensors."]
    assert rec.value("workload_hours") == 90


def test_numbered_items_in_lower_case_are_still_items(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>CERTIFICATE</h1><p>Course: Pruning Fruit Trees</p><p>Learning outcomes:</p>
<p>1. choose the time of pruning for each tree</p><p>2. cut a branch without harming the bark</p>""")
    assert rec.value("learning_outcomes") == [
        "choose the time of pruning for each tree", "cut a branch without harming the bark"]


def test_a_printed_form_names_both_genders(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Назва програми: «Догляд за садом»</p>
<p>Учасник/учасниця опанував/опанувала навички:</p>
<ul><li>обрізати плодові дерева;</li><li>щеплювати саджанці.</li></ul>""")
    assert rec.value("learning_outcomes") == ["обрізати плодові дерева", "щеплювати саджанці."]
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Назва програми: «Догляд за садом»</p>
<p>Здобувач(-ка) набув(-ла) таких умінь:</p><ul><li>обрізати плодові дерева;</li><li>щеплювати саджанці.</li></ul>""")
    assert rec.value("learning_outcomes") == ["обрізати плодові дерева", "щеплювати саджанці."]


def test_a_kind_of_course_before_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Цим підтверджується, що</p><p>Коваль Ірина Петрівна</p>
<p>успішно пройшла короткостроковий курс</p><p>Grafting and Budding Basics</p><p>Обсяг — 24 години.</p>""")
    assert rec.value("title") == "Grafting and Budding Basics"


def test_a_quoted_name_wrapped_to_the_next_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1>
<p>Назва програми: «Садівництво для громад: закладання саду,<br>догляд і збирання врожаю»</p>
<p>Обсяг: 30 годин</p>""")
    assert rec.value("title") == "Садівництво для громад: закладання саду, догляд і збирання врожаю"


def test_a_course_after_mastered_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Центр «Зелений світ»</p><p>засвідчує, що</p>
<p>Коваль Петро Іванович</p><p>опанував курс садівництва</p><p>«Обрізування плодових дерев» (базовий рівень)</p>""")
    assert rec.value("title") == "Обрізування плодових дерев"


def _hours(text: str) -> float | None:
    found = find_hours(text)
    return found[0] if found else None


def test_a_stated_total_wins_over_its_parts() -> None:
    assert find_hours("Теорія\n12 год\nПрактика\n40 год\nУсього\n52 год") == (52.0, "Усього\n52 год")
    assert _hours("lectures 10 h, labs 20 h, 30 hours in total") == 30.0
    assert _hours("Обсяг: 16 годин") == 16.0


def test_a_credits_worth_in_hours_is_no_workload() -> None:
    assert find_hours("Grades 0-5. One ECTS credit corresponds to about 27 hours of student work.") is None
    assert find_hours("1 кредит ЄКТС = 30 год.") is None
    # the course's own credits and hours stay its workload
    assert _hours("Обсяг: 3 кредити ЄКТС, що відповідає 90 годинам навчання (90 год.)") == 90.0
    assert _hours("5 ECTS credits – 150 hours") == 150.0


def test_a_kind_of_training_before_the_programme(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО</p><p>Державний заклад «Зелений центр освіти»</p>
<p>Це свідоцтво видане Коваль Ірині Петрівні про те, що вона пройшла дистанційне навчання за програмою
професійної підготовки за професією «Садівник» у формі курсового навчання.</p>""")
    assert rec.value("title") == "Садівник"


RESULTS_TABLE = """<h1>СЕРТИФІКАТ</h1><p>успішно пройшла курс</p><p>Garden Design Basics</p>
<p>Зміст курсу</p>
<table style="width:100%; font-size:10pt" cellpadding="2">
<tr><td width="22%"><b>Тема</b></td><td><b>Результат</b></td></tr>
<tr><td>Site survey</td><td>вимірює ділянку, наносить на план будівлі, дерева й ухили, визначає освітленість кожної
частини саду протягом дня</td></tr>
<tr><td>Planting plans and seasonal care</td><td>добирає рослини за ґрунтом і світлом</td></tr>
<tr><td>Paths</td><td>розмічає доріжки й майданчики та рахує матеріали для їх мощення</td></tr>
</table><p>Підсумкова атестація: проєкт саду, захищено.</p>"""


def test_a_column_of_results_beside_the_parts(tmp_path: Path) -> None:
    # a result of two lines, a part's name of two lines beside a result of one, rows set closely
    rec = inspect_html(tmp_path, RESULTS_TABLE)
    assert rec.value("learning_outcomes") == [
        "вимірює ділянку, наносить на план будівлі, дерева й ухили, визначає освітленість кожної частини саду протягом "
        "дня",
        "добирає рослини за ґрунтом і світлом",
        "розмічає доріжки й майданчики та рахує матеріали для їх мощення",
    ]


def test_a_two_column_table_of_other_labels_gives_no_results(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, RESULTS_TABLE.replace("<b>Результат</b>", "<b>Викладач</b>"))
    outcomes = rec.value("learning_outcomes") or []
    assert "добирає рослини за ґрунтом і світлом" not in outcomes


def test_certificate_supplement_skills_box_without_a_lead_in(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate Supplement</p><p>1. TITLE OF THE CERTIFICATE</p>
<p>Certificate in Beekeeping</p><p>3. PROFILE OF SKILLS AND COMPETENCES</p>
<ul><li>inspect a colony and judge its health;</li><li>extract and store honey safely.</li></ul>
<p>4. RANGE OF OCCUPATIONS ACCESSIBLE TO THE HOLDER OF THE CERTIFICATE</p><p>Beekeeper's assistant.</p>""")
    assert rec.value("title") == "Certificate in Beekeeping"
    assert rec.value("learning_outcomes") == [
        "inspect a colony and judge its health", "extract and store honey safely."]
    rec = inspect_html(tmp_path, """<p>ДОДАТОК ДО СЕРТИФІКАТА</p><p>1. НАЗВА СЕРТИФІКАТА</p><p>Сертифікат пасічника</p>
<p>3. ПРОФІЛЬ НАВИЧОК І КОМПЕТЕНТНОСТЕЙ</p><ul><li>оглядати бджолину сім'ю;</li><li>відкачувати мед.</li></ul>
<p>4. ПЕРЕЛІК ПРОФЕСІЙ, ДОСТУПНИХ ВЛАСНИКОВІ СЕРТИФІКАТА</p><p>Помічник пасічника.</p>""")
    assert rec.value("title") == "Сертифікат пасічника"
    assert rec.value("learning_outcomes") == ["оглядати бджолину сім'ю", "відкачувати мед."]


def test_a_title_field_that_is_no_numbered_box_leaves_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>CERTIFICATE</h1><p>Course: Pruning Fruit Trees</p>
<p>Title of the qualification: Gardener</p><p>Learning outcomes:</p><ul><li>prune a young apple tree</li>
<li>choose the time of pruning</li></ul>""")
    assert rec.value("title") == "Pruning Fruit Trees"


def test_a_transcripts_unit_descriptions_are_its_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>EXAMPLE UNIVERSITY</p><p>TRANSCRIPT OF RECORDS</p><p>Completed studies</p>
<p>HORT201 Orchard Care 3 4</p><p>HORT202 Soil Science 2 5</p>
<p>Module descriptions (learning outcomes, curriculum 2025)</p>
<p>HORT201. The student can prune fruit trees and<br>plan an orchard's year.</p>
<p>HORT202. The student can test a soil sample and read its acidity.</p>
<p>Teaching: lectures and field work.</p>""")
    assert rec.value("title") != "HORT201 Orchard Care 3 4"
    # (each without its unit's code and who can do it, as the outcomes of a list under a heading)
    assert rec.value("learning_outcomes") == [
        "prune fruit trees and plan an orchard's year.", "test a soil sample and read its acidity."]


def test_a_transcripts_printed_date_is_its_date_not_the_end_of_a_period(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>EXAMPLE UNIVERSITY</p><p>Printed 2026-02-03</p><p>TRANSCRIPT OF RECORDS</p>
<p>Right to study: 2025-09-01 – 2026-08-31</p><p>Course: Orchard Care</p>""")
    assert rec.value("issued_on") == "2026-02-03"
