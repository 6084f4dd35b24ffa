"""Certificates shaped like those of the sixty-third and sixty-fourth sets (a verdict wrapped below its grade, a
supervised part of the learning), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_grade_cut_after_its_dash_goes_on_with_the_verdict_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО</p><p>Слухач: Петренко Олег Іванович</p>
<p>Курс «Охорона праці на виробництві», 24 години.</p>
<p style="width: 260px;">Підсумковий контроль: тест і усна співбесіда. Оцінка: 76 балів —<br>задовільно.</p>""")
    assert rec.value("grade") == "76 балів — задовільно"


def test_supervised_fieldwork_says_nothing_of_how_the_assessment_was_supervised(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Attendance</p><p>Awarded to Marta Hnatiuk</p>
<p>for the course Coastal Geomorphology, held at Wexcombe from 2 to 6 June 2025 (30 hours of lectures and supervised
practice on the shore).</p><p>No formal assessment.</p>""")
    assert rec.value("supervision") is None
    rec = inspect_html(tmp_path, """<p>Certificate of Completion</p><p>Awarded to Marta Hnatiuk</p>
<p>for the course Coastal Geomorphology (30 hours). Final exam: supervised online, identity verified.</p>""")
    assert rec.value("supervision") is not None


def test_latin_letters_typed_inside_cyrillic_words_are_read_as_cyrillic(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «ВЕКТОР ЛАБ»</p><p>СЕРТИФIКАТ</p><p>Слухач: ПАВЛЕНКО ОЛЕКСIЙ IГОРОВИЧ</p>
<p>Курс: «Iнформацiйна безпека в офiсi i вдома»</p><p>Обсяг: 30 годин.</p>""")
    assert rec.value("learner_name") == "ПАВЛЕНКО ОЛЕКСІЙ ІГОРОВИЧ"
    assert rec.value("title") == "Інформаційна безпека в офісі і вдома"


def test_a_name_in_capitals_after_issued_to_in_the_dative(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОВІДКА</p><p>Видана ТКАЧУК ОЛЕНІ МИХАЙЛІВНІ в тому, що вона пройшла
навчання за програмою «Основи бухгалтерського обліку».</p>""")
    assert rec.value("learner_name") == "ТКАЧУК ОЛЕНІ МИХАЙЛІВНІ"
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО</p><p>Видане слухачу/слухачці</p><p>КОВАЛЬ ІРИНА СТЕПАНІВНА</p>
<p>у тому, що вона прослухала курс «Основи бухгалтерського обліку».</p>""")
    assert rec.value("learner_name") == "КОВАЛЬ ІРИНА СТЕПАНІВНА"


def test_a_form_field_of_the_full_name_wrapped_above_its_value(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО № 12-ОП</p><p>про навчання з питань охорони праці</p>
<table><tr><td style="width: 90px;">Прізвище, ім’я, по батькові:</td><td>ГРИЦЕНКО ТАРАС ОЛЕГОВИЧ</td></tr></table>
<p>Програма навчання: «Охорона праці для посадових осіб»</p>""")
    assert rec.value("learner_name") == "ГРИЦЕНКО ТАРАС ОЛЕГОВИЧ"
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>про підвищення кваліфікації педагогічних працівників</p>
<p>Педагогічна працівниця</p><p>МАРЧУК ОКСАНА ЮРІЇВНА, вчителька інформатики, гімназія № 3</p>
<p>Тема: «Цифрові інструменти на уроках»</p>""")
    assert rec.value("learner_name") == "МАРЧУК ОКСАНА ЮРІЇВНА"


def test_hours_with_their_number_in_words_before_the_hours_of_parts(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОВІДКА</p><p>Видана Петренку Івану Олеговичу в тому, що він пройшов курс
«Основи Excel» обсягом 36 (тридцять шість) годин, з них 12 год. практичних занять.</p>""")
    assert rec.value("workload_hours") == 36


def test_outcomes_listed_after_a_sentence_that_ends_with_its_results(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО № 0415-ОП</p><p>про навчання з питань охорони праці</p>
<table><tr><td style="width: 120px;">Прізвище, ім’я, по батькові:</td><td>ГРИЦЕНКО ТАРАС ОЛЕГОВИЧ</td></tr>
<tr><td>Програма навчання:</td><td>«Безпечна експлуатація вантажопідіймальних машин на складі»</td></tr>
<tr><td>Термін навчання:</td><td>з «3» по «5» квітня 2025 р., 24 години</td></tr></table>
<p>Слухач/слухачка на протязі навчання вивчив(-ла) вимоги Правил охорони праці і за підсумками навчання:</p>
<ul><li>вміє безпечно працювати з навантажувачем і стропувати вантажі;</li>
<li>знає порядок дій у разі аварії та надання домедичної допомоги.</li></ul>""")
    assert rec.value("learning_outcomes") == ["вміє безпечно працювати з навантажувачем і стропувати вантажі",
                                              "знає порядок дій у разі аварії та надання домедичної допомоги."]
