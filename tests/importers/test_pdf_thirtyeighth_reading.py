"""Fields the thirty-eighth set's first reading got wrong, in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_outcomes_announced_with_an_adverb_before_the_colon(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHGATE NETWORK INSTITUTE</p><p>Statement of Achievement</p>
<p>Petro Ivanenko</p>
<p style="width:440px">has achieved student level credential for completing the Linux Essentials course (40 hours),
administered by the undersigned instructor. The student was able to confidently:</p>
<ul><li>Navigate the file system and manage files and permissions from the command line.</li>
<li>Write shell scripts with loops, conditions and functions.</li></ul>
<p>Date: May 2, 2025</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes[0].startswith("Navigate the file system")
    assert len(outcomes) == 2
    assert not any(item.rstrip(":").lower() == "confidently" for item in outcomes)


def test_a_german_certificate_of_one_participant_her_competences_and_teaching_units(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Volkshochschule Oberau</p><p>Teilnahmebescheinigung</p>
<p style="width:440px">Herr Oleh Marchenko, geboren am 02.05.2003 in Lwiw, hat vom 10.02.2025 bis 30.05.2025 am Kurs
„Statistik mit Tabellenkalkulation“ im Umfang von 40 Unterrichtseinheiten (à 45 Minuten) regelmäßig
teilgenommen.</p>
<p>Kursinhalte und erworbene Kompetenzen</p>
<p>Der Teilnehmer ist in der Lage,</p>
<ul><li>Lage- und Streuungsmaße einer Stichprobe zu berechnen und zu deuten,</li>
<li>Häufigkeitstabellen und Diagramme zu erstellen.</li></ul>
<p>Oberau, den 04.06.2025</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes and outcomes[0].startswith("Lage- und Streuungsmaße einer Stichprobe zu berechnen")
    assert len(outcomes) == 2
    assert rec.value("workload_hours") == 30  # 40 teaching units of 45 minutes


def test_a_module_named_below_its_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Національний університет «Степова академія»</p><p>СЕРТИФІКАТ</p>
<p>про успішне проходження відкритого онлайн-модуля</p><p>Коваль Ірина Олегівна</p>
<p>Назва модуля</p><p>Основи теорії графів</p><p>Обсяг</p><p>3 кредити ЄКТС (90 годин)</p>
<p>Результати навчання</p><ul><li>будує найкоротші шляхи у зважених графах</li></ul>""")
    assert rec.value("title") == "Основи теорії графів"


def test_prose_after_the_heading_without_who_learned_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Коваль Ірина Олегівна</p>
<p>Назва модуля</p><p>Основи теорії графів</p>
<p style="width:440px">Результати навчання. Слухачка навчилася будувати найкоротші шляхи у зважених графах
алгоритмом Дейкстри, знаходити мінімальні кістякові дерева й розфарбовувати графи.</p>
<p>Дата видачі: 16.06.2025</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes and outcomes[0].startswith("будувати найкоротші шляхи")


def test_the_learner_below_congratulations_and_the_course_below_its_date(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>LearnLoop</p><p>CERTIFICATE OF COMPLETION</p><p>Congratulations,</p>
<p style="font-size:16pt">Olena Marchuk</p><p>Course completed on Mar 3, 2025 at 10:02 AM UTC</p>
<p style="font-size:18pt">SQL Queries for Analysts</p>
<p>Write queries that join, filter and aggregate business data.</p>
<p>Skills covered</p><p>SQL</p><p>Data Analysis</p><p>Duration</p><p>2h 15m</p>""")
    assert rec.value("learner_name") == "Olena Marchuk"
    assert rec.value("title") == "SQL Queries for Analysts"


def test_the_learner_named_in_the_dative_before_a_bracket(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «Кодова Майстерня»</p><p>СЕРТИФІКАТ ПРО ПРОХОДЖЕННЯ СТАЖУВАННЯ</p>
<p style="width:440px">Цей сертифікат видано Мельнику Олегу Петровичу (Melnyk Oleh), здобувачу вищої освіти, у тому,
що він з 01.07.2025 по 29.08.2025 проходив стажування в ТОВ «Кодова Майстерня».</p>""")
    assert rec.value("learner_name") == "Мельнику Олегу Петровичу"  # as written: the comparison allows for the case


def test_a_course_named_below_for_successful_completion_of_without_its_code(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>HARBOUR SAFETY INSTITUTE</p><p>Certificate of Training</p><p>awarded to</p>
<p>Taras Bondar</p><p>for successful completion of the practical course</p>
<p>Rope Access for Window Cleaners (course HS-RA-11)</p><p>Duration</p><p>24 hours</p>
<p>Valid until</p><p>2027-05-01</p>""")
    assert rec.value("title") == "Rope Access for Window Cleaners"


def test_a_programme_in_quotes_after_a_long_description_of_whom_it_trains(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Обрій»</p><p>СВІДОЦТВО</p>
<p style="width:430px">Видане Коваль Марії Іванівні про те, що вона з 3 по 7 березня 2025 року пройшла навчання за
програмою підвищення кваліфікації працівників служб охорони праці промислових підприємств «Оцінювання професійних
ризиків на робочих місцях: ідентифікація небезпек і заходи контролю» в обсязі 40 академічних годин.</p>""")
    assert rec.value("title") == ("Оцінювання професійних ризиків на робочих місцях: ідентифікація небезпек і заходи "
                                  "контролю")


def test_a_tag_wrapped_in_its_table_cell_is_one_tag(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CodeTrail</p><p>CERTIFICATE OF COMPLETION</p>
<p style="font-size:16pt">Iryna Kovalenko</p><p style="font-size:18pt">Relational Data Modelling</p>
<p><b>Skills covered</b></p>
<table style="border-collapse:separate;border-spacing:6pt">
<tr><td style="width:86pt;border:1px solid #888;text-align:center">SQL</td>
<td style="width:86pt;border:1px solid #888;text-align:center">Normal Forms</td>
<td style="width:86pt;border:1px solid #888;text-align:center">Entity Relationship Modelling</td>
<td style="width:86pt;border:1px solid #888;text-align:center">Indexes</td></tr>
<tr><td style="width:86pt;border:1px solid #888;text-align:center">Views</td>
<td style="width:86pt;border:1px solid #888;text-align:center">Transactions</td>
<td style="width:86pt;border:1px solid #888;text-align:center">PostgreSQL</td>
<td style="width:86pt;border:1px solid #888;text-align:center">Joins</td></tr></table>
<p>Duration</p><p>3h 10m</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert "Entity Relationship Modelling" in outcomes
    assert "PostgreSQL" in outcomes and "Views" in outcomes  # the next row's cells stay tags of their own


def test_a_discipline_named_in_quotes_below_its_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Університет «Приморський»</p><p>ДОВІДКА</p><p>Петренко Анна Іванівна</p>
<p>Назва дисципліни</p><p>«Чисельні методи в інженерних розрахунках»</p><p>Обсяг</p><p>4 кредити ЄКТС</p>""")
    assert rec.value("title") == "Чисельні методи в інженерних розрахунках"


def test_a_partner_association_in_quotes_is_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ЗНАННЯ.UA</p><p>освітній онлайн-портал</p>
<p>спільно з Асоціацією садівників-аматорів «Зелений Сад»</p><p>СЕРТИФІКАТ</p><p>засвідчує, що</p>
<p>Бондар Ганна Петрівна</p><p>успішно переглянула освітній серіал і склала підсумковий тест</p>
<p>«Догляд за плодовими деревами: обрізка, щеплення і захист</p><p>від шкідників»</p>
<p>Тривалість</p><p>3 години (6 серій)</p>""")
    assert rec.value("title") == "Догляд за плодовими деревами: обрізка, щеплення і захист від шкідників"
