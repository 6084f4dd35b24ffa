"""Fields the thirty-ninth set's first reading got wrong, in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_competences_coded_as_in_a_standard_of_higher_education(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОВІДКА</p><p>Петренко Олег Іванович</p>
<p>Набуті компетентності:</p>
<p>1. ЗК2 Здатність застосовувати знання у практичних ситуаціях: розв'язував задачі лінійного програмування.</p>
<p>2. СК4 Здатність до математичного моделювання: будував моделі транспортних задач.</p>
<p>Дата видачі: 12.05.2025</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes[0].startswith("Здатність застосовувати знання у практичних ситуаціях")
    assert outcomes[1].startswith("Здатність до математичного моделювання")


TWO_COLUMNS = """<p>NORTHERN UNIVERSITY OF APPLIED SCIENCES</p><p>CERTIFICATE OF COMPLETION</p>
<p style="width:440px">This is to certify that Oksana Hrytsai successfully completed the course “Computer Networks
Basics”, 60 hours total workload, 2 ECTS credits.</p>
<table style="border-collapse:collapse">
<tr><td style="width:280pt;border:1px solid #000">Learning outcome</td>
<td style="width:160pt;border:1px solid #000">Assessment method</td></tr>
<tr><td style="width:280pt;border:1px solid #000">Configured IPv4 addressing and subnetting for a small office network
with three VLANs and verified it with ping and traceroute.</td>
<td style="width:160pt;border:1px solid #000">Laboratory exercise with oral defence</td></tr>
<tr><td style="width:280pt;border:1px solid #000">Analysed captured traffic with Wireshark to explain how TCP
establishes and closes a connection.</td>
<td style="width:160pt;border:1px solid #000">Written report, graded</td></tr></table>
<p>Gdańsk, 3 June 2025</p>"""


def test_a_table_of_each_learning_outcome_and_its_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, TWO_COLUMNS)
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes and outcomes[0].startswith("Configured IPv4 addressing and subnetting")
    assert not any(item.startswith(("Laboratory exercise", "Written report")) for item in outcomes)
    assert not str(rec.value("assessment_type") or "").startswith("Configured")  # an outcome is no assessment


def test_content_and_results_told_in_small_print_after_their_heading(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Мельник Олена Петрівна</p>
<p>«Основи теорії ймовірностей»</p>
<p style="font-size:7pt;width:440px">Зміст курсу та результати. Протягом навчання слухачка навчилася обчислювати
ймовірності подій за класичним означенням і формулою Баєса; будувати закони розподілу дискретних випадкових величин
та знаходити їхні числові характеристики.</p><p>Перевірка сертифіката: https://verify.example/123</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes and outcomes[0].startswith("обчислювати ймовірності подій")  # without who learned it
    assert any(item.startswith("будувати закони розподілу") for item in outcomes)
    assert not any("https" in item for item in outcomes)


def test_a_letter_telling_what_she_learned_during_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbourside Maritime Museum</p><p>To whom it may concern</p>
<p style="width:440px">I am writing to confirm that Ms Iryna Shevchuk attended our short course “Caring for Ship
Models”, 30 hours, in May 2025.</p>
<p style="width:440px">During the course she learned to clean painted and varnished surfaces without damaging them,
to record the condition of each model in a standard report and to pack models safely for transport.</p>
<p>Yours faithfully,</p><p>Dr Alan Reeve, Head of Collections</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes and outcomes[0].startswith("clean painted and varnished surfaces")


def test_a_status_line_and_a_law_in_quotes_name_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:16pt">Nordic Summer School in Data Protection 2024</p>
<p>ACADEMIC RECORD</p><p>Participant</p><p>Taras Kovalenko</p>
<p>Status</p><p>Non-degree participant; all courses completed and graded</p>
<p>Course descriptions</p>
<p style="width:440px">DP101 Privacy Law. Lawful grounds for processing under the GDPR, compared with the Law of
Ukraine “On Personal Data Protection”.</p>""")
    assert rec.value("title") not in ("and graded", "On Personal Data Protection")


def test_a_clause_about_the_one_before_it_stays_with_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДИПЛОМ</p><p>Коваль Андрій Петрович</p><p>«Аналітик вимог»</p>
<p style="width:440px">Випускник здатен: збирати вимоги зацікавлених сторін, упорядковувати їх за пріоритетом і
погоджувати з замовником; описувати сценарії використання.</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert "збирати вимоги зацікавлених сторін, упорядковувати їх за пріоритетом" in outcomes[0]
    assert not any(item.startswith("упорядковувати їх") for item in outcomes)


def test_a_name_on_two_lines_and_the_course_below_a_school_named_in_capitals(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «ШКОЛА ВЕБДИЗАЙНУ «ПІКСЕЛЬ» · М. ЛЬВІВ</p><p>СЕРТИФІКАТ</p>
<p>цим засвідчується, що</p><p style="font-size:30pt">Марина</p><p style="font-size:30pt">Оліфіренко</p>
<p>Maryna Olifirenko</p><p>~ ◆ ~</p><p style="font-size:16pt">«Адаптивна верстка сайтів»</p><p>~ ◆ ~</p>
<p>48 годин · 3 березня – 30 квітня 2025 р.</p>""")
    assert rec.value("learner_name") == "Марина Оліфіренко"
    assert rec.value("title") == "Адаптивна верстка сайтів"


def test_a_corporate_programme_named_in_quotes_below_the_verb(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>АКАДЕМІЯ ЛОГІСТИКИ «ШЛЯХ»</p><p>СЕРТИФІКАТ</p><p>Цим засвідчується, що</p>
<p>Гончар Ольга Василівна</p>
<p style="width:440px">диспетчерка складу ТОВ «Торговий дім «Колос»», пройшла корпоративну програму</p>
<p>«Адресне зберігання і комплектування замовлень на складі»</p><p>Обсяг: 24 години</p>""")
    assert rec.value("title") == "Адресне зберігання і комплектування замовлень на складі"
