"""Wordings and layouts found on a twenty-first reading: a table of topics (№ | Тема | Годин) read line by line with
its cells run together; a Polish zaświadczenie ("Zaświadcza się, że Pan …, urodzony …", a table of modules with
"Ocena" over its first row's number and a "Razem" row); "attended and successfully completed the assessed short
course" above the course's name; a student's specialty and a grade in words in quotes; a sentence, a signature's line
or a column's label set in large type; a table's total row whose label states a part of it ("Разом (з них 52 год.
…)" | 84); "Holders have shown that they can …". Each was read wrong before; the wordings here are other than those
of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_table_of_topics_read_as_its_rows(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс «Садівництво для початківців»</p><p>Програма курсу</p>
<table><tr><td>№</td><td>Тема</td><td>Годин</td></tr>
<tr><td>1</td><td>Обрізування плодових дерев навесні та восени</td><td>6</td></tr>
<tr><td>2</td><td>Щеплення саджанців живцем і вічком</td><td>8</td></tr>
<tr><td>3</td><td>Календар обприскування саду від шкідників</td><td>4</td></tr>
<tr><td></td><td>Разом</td><td>18</td></tr></table><p>Директорка ____ І. Петренко</p>""")
    assert rec.value("learning_outcomes") == [
        "Обрізування плодових дерев навесні та восени", "Щеплення саджанців живцем і вічком",
        "Календар обприскування саду від шкідників"]


def test_a_polish_certificate_with_a_table_of_modules(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>ZAŚWIADCZENIE</h1>
<p>Zaświadcza się, że Pani Olha Koval, urodzona 2 maja 2001 r. w Równem, ukończyła kurs „Sadownictwo”.</p>
<p>Program kursu i uzyskane oceny:</p>
<table><tr><td>Lp.</td><td>Moduł i zakres</td><td>Godz.</td><td>Ocena</td></tr>
<tr><td>1.</td><td>Cięcie drzew owocowych wiosną i jesienią w sadzie przydomowym</td><td>10</td><td>dobry</td></tr>
<tr><td>2.</td><td>Szczepienie podkładek w szparę i okulizacja drzewek owocowych</td><td>12</td>
<td>bardzo dobry</td></tr>
<tr><td></td><td>Razem; ocena końcowa</td><td>22</td><td>dobry</td></tr></table>""")
    assert rec.value("learner_name") == "Olha Koval"
    assert rec.value("grade") is None  # not "1.", the number below the "Ocena" column's label
    assert rec.value("learning_outcomes") == ["Cięcie drzew owocowych wiosną i jesienią w sadzie przydomowym",
                                              "Szczepienie podkładek w szparę i okulizacja drzewek owocowych"]


def test_the_course_below_attended_and_successfully_completed(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>This is to certify that</p><p>Olha Koval</p>
<p>attended and successfully completed the assessed short course</p><p>Orchard Care for Beginners</p>
<p>Date of issue: 8 April 2026</p>""")
    assert rec.value("title") == "Orchard Care for Beginners"


def test_a_specialty_or_a_grade_in_quotes_names_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>ДОВІДКА</h1><p>Видана Коваль Ользі Петрівні, здобувачці спеціальності 201
«Агрономія», у тому, що вона склала залік з оцінкою «зараховано».</p>""")
    assert rec.value("title") is None  # neither "Агрономія" nor "зараховано"


def test_no_sentence_signature_or_columns_label_in_large_type_as_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:8px">Довідка № 12</p>
<p style="font-size:14px">Назва дисципліни Кредити ЄКТС</p><p style="font-size:14px">Годин Форма контролю</p>
<p style="font-size:14px">Проректор ____________ Марина ПАЛІЙ</p>
<p style="font-size:14px">Дисципліну викладала кафедра екології. Довідка видана для подання за місцем вимоги.</p>""")
    assert rec.value("title") is None


def test_a_total_row_whose_label_states_a_part(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс «Садівництво для початківців»</p><p>Програма курсу</p>
<table><tr><td>№</td><td>Тема</td><td>Годин</td></tr>
<tr><td>1</td><td>Обрізування плодових дерев навесні та восени</td><td>20</td></tr>
<tr><td>2</td><td>Щеплення саджанців живцем і вічком</td><td>16</td></tr>
<tr><td></td><td>Разом (з них 12 год. практичних занять у саду)</td><td>36</td></tr></table>""")
    assert rec.value("workload_hours") == 36


def test_what_holders_have_shown_they_can_do(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certified Associate</h1><p>Orchard Care</p><p>Awarded to</p><p>Olha Koval</p>
<p>Holders have shown that they can prune young apple trees, graft pears by cleft grafting and plan a season of
spraying.</p><p>Issued 30 October 2026</p>""")
    assert rec.value("learning_outcomes") == ["prune young apple trees, graft pears by cleft grafting",
                                              "plan a season of spraying"]
