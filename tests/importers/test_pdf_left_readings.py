"""Certificates shaped like those an earlier set's reading had left wrong (a table of outcomes by kind with a column
of evidence; …), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_CELL = 'style="border: 1px solid #777; padding: 3px;"'


def test_a_ruled_table_of_outcomes_by_kind_with_a_column_of_evidence(tmp_path: Path) -> None:
    rows = [
        ("Знання", "Знає будову плодового дерева, типи пагонів і строки обрізування кісточкових і зерняткових порід",
         "тест — 90/100"),
        ("", "Розуміє, як крона впливає на врожай", "тест — 85/100"),
        ("Уміння", "Формує крону молодої яблуні за схемою розрідженого-ярусної системи", "завдання 1 — зараховано"),
        ("", "Щепить черешню способом поліпшеного копулювання", "завдання 2 — 27/30"),
    ]
    body = "".join(
        f"<tr><td {_CELL}>{kind}</td><td {_CELL}>{outcome}</td><td {_CELL}>{evidence}</td></tr>"
        for kind, outcome, evidence in rows
    )
    rec = inspect_html(tmp_path, f"""<p>СВІДОЦТВО ПРО МІКРОКВАЛІФІКАЦІЮ</p><p>Здобувач: Павленко Ірина Олегівна</p>
<p>«Обрізування і щеплення плодових дерев»</p><p>Результати навчання та їх підтвердження</p>
<table style="border-collapse: collapse; width: 100%;"><tr><th {_CELL}>Вимір</th><th {_CELL}>Результат навчання</th>
<th {_CELL}>Підтверджено</th></tr>{body}</table><p>Загальний результат: 88/100</p>""")
    assert rec.value("learning_outcomes") == [outcome for _kind, outcome, _evidence in rows]


def test_a_course_beside_its_french_label_wrapped_in_its_cell(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CENTRE DE FORMATION HORTICOLE DE TOURAINE</p><p>Passeport de compétences</p>
<table style="width: 100%;"><tr><td style="width: 18%;">Stagiaire</td><td>Iryna Olehivna Pavlenko</td></tr>
<tr><td>Formation</td><td>Taille et greffe des arbres fruitiers : formation de la couronne, greffe en fente et en
écusson, soins des plaies de taille</td></tr>
<tr><td>Durée</td><td>21 heures : 2, 3 et 4 décembre 2024</td></tr></table>""")
    assert rec.value("title") == ("Taille et greffe des arbres fruitiers : formation de la couronne, greffe en fente "
                                  "et en écusson, soins des plaies de taille")


def test_the_learner_named_in_minutes_after_where_they_study(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ВИТЯГ з протоколу № 4 засідання кафедри садівництва</p>
<p>СЛУХАЛИ: доц. Коваль Р. М. про розгляд заяви студентки 3 курсу групи СД-22-2 спеціальності 203
«Садівництво та виноградарство» Павленко Ірини Олегівни щодо визнання результатів навчання, здобутих на курсі
«Обрізування плодових дерев» (90 годин).</p>""")
    assert rec.value("learner_name") == "Павленко Ірини Олегівни"


def test_a_learning_paths_column_of_what_was_learned(tmp_path: Path) -> None:
    modules = [
        ("1. Pruning basics", "Why and when to prune; tools and their care", "20"),
        ("2. Young trees", "Forming the crown of a young apple tree; central leader and open centre", "35"),
        ("3. Grafting", "Whip and tongue grafting; choosing rootstocks", "40"),
    ]
    body = "".join(f"<tr><td {_CELL}>{a}</td><td {_CELL}>{b}</td><td {_CELL}>{c}</td></tr>" for a, b, c in modules)
    rec = inspect_html(tmp_path, f"""<p>Orchard Learn</p><p>CERTIFICATE OF COMPLETION · LEARNING PATH</p>
<p>Iryna Pavlenko</p><p>has completed every module of the learning path</p><p>Orchard Care for Beginners</p>
<table style="border-collapse: collapse; width: 100%;"><tr><th {_CELL}>Module</th><th {_CELL}>What you learned</th>
<th {_CELL}>Minutes</th></tr>{body}</table>""")
    assert rec.value("learning_outcomes") == [b for _a, b, _c in modules]


def test_a_course_below_its_label_with_its_last_word_wrapped(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Сад» · м. Умань</p><p>Курс</p>
<p>Обрізування плодових дерев: формування крони, щеплення і догляд за<br>зрізами</p>
<p>СЕРТИФІКАТ</p><p>Слухачка</p><p>Павленко Ірина Олегівна</p>""")
    assert rec.value("title") == "Обрізування плодових дерев: формування крони, щеплення і догляд за зрізами"


def test_a_badges_label_set_one_word_a_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>orchardbadges.example/badges/pruning/public</p>
<p style="font-size: 16pt;">Pruning Practitioner</p>
<table><tr><td style="width: 40px;">Earned by</td><td>Iryna Pavlenko</td></tr>
<tr><td>Issued</td><td>12 October 2024</td></tr></table>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"


def test_a_credits_worth_in_hours_is_no_workload(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>STUDIJNÍ ODDĚLENÍ</p><p>Transcript of records</p><p>Student: Olha Marchenko</p>
<p>Conversion: 1 ECTS credit = 25 hours of workload.</p>
<p>Course unit: Numerical Methods, 5 ECTS credits, grade B</p>""")
    assert rec.value("workload_ects") == 5
    rec = inspect_html(tmp_path, """<p>Довідка</p><p>Слухач: Марченко Ольга Петрівна</p>
<p>Примітка: 1 кредит ЄКТС = 30 годин навчального навантаження.</p><p>Курс «Чисельні методи», 3 кредити ЄКТС.</p>""")
    assert rec.value("workload_ects") == 3


def test_the_sending_institution_of_a_mobility_is_not_the_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Universidade da Serra do Caramulo</p><p>Gabinete de Relações Internacionais</p>
<p>TRANSCRIPT OF RECORDS</p><p>Student: Taras Bondar</p>
<p>Home institution: Volyn National University of Technology, Lutsk, Ukraine</p>
<p>Course unit: Computer Networks, 6 ECTS credits, local grade 15/20</p>""")
    assert rec.value("awarding_body") == "Universidade da Serra do Caramulo"
    rec = inspect_html(tmp_path, """<p>BATI KARADENİZ ÜNİVERSİTESİ</p><p>Erasmus Ofisi</p><p>TRANSCRIPT OF RECORDS</p>
<p>Student: Iryna Savchuk</p><p>Sending institution: Chernihiv Polytechnic University, Ukraine</p>
<p>Course unit: Operating Systems, 5 ECTS credits</p>""")
    assert rec.value("awarding_body") == "BATI KARADENİZ ÜNİVERSİTESİ"
    rec = inspect_html(tmp_path, """<p>Learning Agreement · After the mobility</p><p>Student: Iryna Savchuk</p>
<p>Sending institution: Chernihiv Polytechnic University, faculty of electronics; coordinator: Olha Panchenko</p>
<p>Receiving institution: Hochschule Lindenfeld, Kassel, Germany (D KASSEL09); coordinator: Dr. Jan Brandt</p>
<p>Course: Embedded Systems, 5 ECTS credits, grade 1,7</p>""")
    assert rec.value("awarding_body") == "Hochschule Lindenfeld"
