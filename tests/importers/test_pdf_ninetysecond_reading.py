"""Certificates as online platforms issue them, each followed by its course's page (the ninety-second set's shapes),
in other words."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_pages

LINE = "padding: 3px; border-bottom: 1px solid #dddddd;"


def test_a_week_by_week_table_of_what_the_learner_will_be_able_to_do(tmp_path: Path) -> None:
    weeks = [("Тиждень 1", "Ґрунти, їх склад і кислотність", "визначати тип ґрунту і його кислотність тест-смужками"),
             ("Тиждень 2", "Добрива органічні та мінеральні, норми внесення",
              "розраховувати норму внесення добрив для грядки площею до 10 кв. м"),
             ("Тиждень 3", "Сівозміна і сумісність культур", "складати сівозміну на чотири роки для городу"),
             ("Тиждень 4", "Повторення, підсумковий тест", "—")]
    rows = "".join(f'<tr><td style="{LINE}">{w}</td><td style="{LINE}">{t}</td><td style="{LINE}">{r}</td></tr>'
                   for w, t, r in weeks)
    first = """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Цей сертифікат засвідчує, що</p><p>Оксана Лисенко</p>
<p>успішно завершила онлайн-курс</p><p>«Городництво без хімії»</p>"""
    second = f"""<p>Городництво без хімії</p><p>Про курс. Курс для тих, хто має власну ділянку і хоче вирощувати
овочі без синтетичних засобів. Ми почнемо з ґрунту, а потім розберемо добрива й сівозміну.</p>
<p>Програма курсу</p><table style="width: 100%; border-collapse: collapse;">
<tr><td style="padding: 3px; width: 16%;"><b>Тиждень</b></td><td style="padding: 3px; width: 36%;"><b>Теми</b></td>
<td style="padding: 3px;"><b>Після тижня ви зможете</b></td></tr>{rows}</table>
<p>Оцінювання. Тести після кожного тижня (3 × 20% = 60%), фінальний тест — 40%. Для отримання сертифіката
потрібно набрати щонайменше 60%.</p>"""
    rec = inspect_pages(tmp_path, [first, second])
    # the results of the weeks, not the paragraph about the course; no row without a result, nor the paragraph's line
    assert rec.value("learning_outcomes") == [
        "визначати тип ґрунту і його кислотність тест-смужками",
        "розраховувати норму внесення добрив для грядки площею до 10 кв. м",
        "складати сівозміну на чотири роки для городу"]


def test_a_course_pages_headings_of_what_the_learner_will_learn(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p style="font-size:18pt">ZAŚWIADCZENIE</p><p>Zaświadcza się, że</p>
<p>Anna Kowalczyk</p><p>ukończyła kurs online Ogrodnictwo ekologiczne</p>""", """<p>O kursie. Kurs dla osób,
które mają własną działkę. Materiały to filmy i karty pracy.</p><p>Czego się nauczysz</p>
<ul><li>oznaczać odczyn gleby i dobierać nawozy organiczne;</li><li>planować płodozmian na cztery lata.</li></ul>"""])
    assert [o.rstrip(";.") for o in rec.value("learning_outcomes") or ()] == [
        "oznaczać odczyn gleby i dobierać nawozy organiczne", "planować płodozmian na cztery lata"]
    rec = inspect_pages(tmp_path, ["""<p style="font-size:18pt">Certificate of Achievement</p><p>Roman Savchuk</p>
<p>has completed the following course:</p><p>Organic Vegetable Growing</p>""", """<p>What topics will you
cover?</p><ul><li>Soil and its acidity</li><li>Crop rotation</li></ul><p>Learning on this course. By the end of the
course, you'll be able to:</p><ul><li>Test the acidity of a soil and choose organic fertilisers</li>
<li>Plan a four-year crop rotation for a vegetable plot</li></ul>"""])
    assert rec.value("learning_outcomes") == [
        "Test the acidity of a soil and choose organic fertilisers",
        "Plan a four-year crop rotation for a vegetable plot"]


def test_a_row_of_skills_names_gives_way_to_the_statements_further_down(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p style="font-size:18pt">COURSE BADGE</p><p>Organic Vegetable Growing</p>
<p>Issued to</p><p>Roman Savchuk</p><p>Skills</p><p>Soil Testing  ·  Composting  ·  Crop Rotation  ·  Seed
Saving</p>""", """<p>Learning objectives. After completing this course you will be able to:</p>
<ul><li>Test the acidity of a soil and choose organic fertilisers.</li><li>Make compost from garden waste in
eight weeks.</li></ul>"""])
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "Test the acidity of a soil and choose organic fertilisers", "Make compost from garden waste in eight weeks"]


def test_a_kind_of_course_with_its_adjective_then_its_name_below(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p style="font-size:18pt">Сертифікат</p><p>засвідчує, що</p>
<p>Дарина Коваль</p><p>пройшла інтенсивний буткемп</p><p style="font-size:15pt">Go Start: основи бекенду</p>
<p>10 тижнів · 150 годин</p>"""])
    assert rec.value("title") == "Go Start: основи бекенду"


def test_a_grade_received_in_the_course_named_below(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p style="font-size:18pt">VERIFIED CERTIFICATE</p><p>This is to certify
that</p><p>Ivan Moroz</p><p>successfully completed and received a passing grade in<br>
<b style="font-size:15pt">GEO201x: Soils of the Steppe</b><br>a course of study offered by SteppeX, an online learning
initiative of the Southern Agrarian University.</p>"""])
    assert rec.value("title") == "GEO201x: Soils of the Steppe"


def test_a_platforms_course_name_wrapped_after_its_colon(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p>Mar 9, 2025</p><p>Ivan Moroz</p><p>has successfully completed</p>
<p style="font-size:15pt">Soil Science for Growers:</p><p style="font-size:15pt">Texture, Water and Nutrients</p>
<p>an online non-credit course authorized by Meadowbank University and offered through Courshub</p>"""])
    assert rec.value("title") == "Soil Science for Growers: Texture, Water and Nutrients"


def test_a_badges_name_above_its_issuer_not_the_tasks_done(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p>badgely digital credentials</p><p>SKILLS NETWORK</p><p>COURSE BADGE</p>
<p style="font-size:15pt">Soil Testing with Field Kits</p><p>Issued by Meadowbank Skills</p><p>Issued to</p>
<p>Ivan Moroz</p><p>Description</p><p>The earner of this badge can sample a field and test its soil. They completed</p>
<p>hands-on labs on real farms and passed a final exam.</p>"""])
    assert rec.value("title") == "Soil Testing with Field Kits"


def test_the_date_a_printout_was_made_is_no_issue_date(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p>badgely.example/badges/7a1c · printed 12/05/2025, 10:40</p>
<p style="font-size:15pt">Soil Testing with Field Kits</p><p>Issued by Meadowbank Skills</p><p>Issued on</p>
<p>May 9, 2025</p>"""])
    assert rec.value("issued_on") == "2025-05-09"
    rec = inspect_pages(tmp_path, ["""<p>Apr 2, 2025</p><p>Ivan Moroz</p><p>has successfully completed</p>
<p>Soil Science for Growers</p>""", "<p>courshub.example/learn/soil · printed 03/04/2025</p><p>About this course</p>"])
    assert rec.value("issued_on") == "2025-04-02"
    # (nor a date after it: the end of a period of study)
    rec = inspect_pages(tmp_path, ["""<p>TRANSCRIPT OF RECORDS</p><p>Printed 2026-01-20</p><p>Student: Ivan Moroz</p>
<p>Open studies, 2025-09-01 – 2026-06-30</p><p>Meadowbank, 20 January 2026</p>"""])
    assert rec.value("issued_on") == "2026-01-20"


def test_the_issuer_without_its_label_its_description_or_a_tags_signs(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p>AGROMOOC</p><p>СЕРТИФІКАТ</p><p>Цей сертифікат засвідчує, що</p>
<p>Назар Лисенко</p><p>успішно завершив онлайн-курс</p><p>«Ґрунтознавство для фермерів»</p>
<p>Автор курсу: Полтавський аграрний інститут · 6 тижнів · 40 годин</p>"""])
    assert rec.value("awarding_body") == "Полтавський аграрний інститут"
    rec = inspect_pages(tmp_path, ["""<p>Certificate of Achievement</p><p>Roman Savchuk</p><p>has completed the
following course:</p><p>Soil Science for Growers</p><p>Issued 2 May 2025</p><p>GrowForward Ltd, an online learning
platform. This certificate is not an academic qualification.</p>"""])
    assert rec.value("awarding_body") == "GrowForward Ltd"


def test_the_assessment_under_a_course_pages_labels(tmp_path: Path) -> None:
    head = """<p style="font-size:18pt">Certificate</p><p>Roman Savchuk completed the course Soil Science for
Growers.</p>"""
    rec = inspect_pages(tmp_path, [head, """<p>Week 3: soil testing and train/test plots</p><p>Grading. Weekly quizzes
40% · Field report 30% · Final exam 30% (timed, online).</p>"""])
    assert rec.value("assessment_type") == "Weekly quizzes 40% · Field report 30% · Final exam 30% (timed, online)."
    rec = inspect_pages(tmp_path, [head, """<p>Tydzień 6: Powtórka i test końcowy</p><p>Warunki zaliczenia. Quizy po
każdym tygodniu — 50%; raport z pola — 50%.</p>"""])
    assert rec.value("assessment_type") == "Quizy po każdym tygodniu — 50%; raport z pola — 50%."
    rec = inspect_pages(tmp_path, [head, """<p>Learning outcomes (assessed by two field reports and a written
examination)</p><ul><li>Test the acidity of a soil.</li></ul>"""])
    assert rec.value("assessment_type") == "two field reports and a written examination"


def test_the_form_the_course_was_not_held_in_and_prerequisites_as_a_sentence(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Олеся Коваль успішно пройшла
онлайн-курс «Ґрунтознавство для фермерів».</p><p>Сертифікат засвідчує теоретичну підготовку в онлайн-форматі й не
замінює очного практичного заняття.</p><p>Prerequisites. Basic chemistry; no field experience required.</p>"""])
    assert rec.value("participation_form") == "online"
    assert rec.value("prerequisites") == "Basic chemistry; no field experience required."
