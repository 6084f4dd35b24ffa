"""Certificates shaped like those of the fifty-fourth bench set (words and values broken across lines, as real
typesetting breaks them), in other wording."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.pdf import _rejoined_across
from tests.importers.pdfgen import inspect_html


def test_a_word_broken_at_a_line_end_is_whole_again_with_its_hyphen() -> None:
    assert _rejoined_across(["будує ER-\nмодель і хеш-\nтаблиці саду\n"]) == ["будує ER-модель\nі хеш-таблиці\nсаду\n"]


def test_a_broken_word_loses_its_hyphen_where_the_page_spells_it_whole() -> None:
    blocks = ["пройшла підви-\nщення кваліфікації\n", "Центр підвищення кваліфікації садівників\n"]
    assert _rejoined_across(blocks)[0] == "пройшла підвищення\nкваліфікації\n"


def test_a_soft_hyphen_always_goes() -> None:
    assert _rejoined_across(["обрізу\u00ad\nвання дерев\n"]) == ["обрізування дерев\n"]


def test_a_double_surname_broken_after_its_hyphen(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard Academy</p><p>Certificate of Completion</p>
<table><tr><td style="width: 60px;">Participant</td><td style="width: 120px;">Iryna Olehivna Pavlenko-<br>Kovalenko</td>
</tr><tr><td>Date</td><td>12 October 2024</td></tr></table>""")
    assert rec.value("learner_name") == "Iryna Olehivna Pavlenko-Kovalenko"


def test_a_patronymic_wrapped_below_a_labelled_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Сад»</p><p>СЕРТИФІКАТ</p><p>Слухачка</p>
<p>Павленко-Коваль Ірина<br>Олегівна</p><p>Обсяг</p><p>30 годин</p>""")
    assert rec.value("learner_name") == "Павленко-Коваль Ірина Олегівна"


def test_a_graduate_below_her_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Садова академія</p><p>Сертифікат</p><p>Випускниця</p>
<p>Ірина Олегівна Павленко-Коваль</p><p>Обсяг: 30 годин</p>""")
    assert rec.value("learner_name") == "Ірина Олегівна Павленко-Коваль"


def test_a_programme_named_below_a_line_of_its_completion(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>САДОВА АКАДЕМІЯ</p><p>Сертифікат</p>
<p>про успішне завершення інтенсивної програми</p><p>Обрізування плодових дерев: крона, щеплення і<br>
догляд за зрізами</p><p>Випускниця</p><p>Павленко Ірина Олегівна</p>""")
    assert rec.value("title") == "Обрізування плодових дерев: крона, щеплення і догляд за зрізами"


def test_an_award_named_below_the_line_that_grants_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ORCHARD INSTITUTE</p><p>This is to certify that</p><p>Iryna Pavlenko</p>
<p>having completed the approved programme of study and passed the prescribed examinations, has<br>
been granted the Special Purpose Award</p><p>Certificate in Orchard Management</p><p>with Merit</p>""")
    assert rec.value("title") == "Certificate in Orchard Management"


def test_a_programme_in_quotes_below_taking_part_in_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Засвідчує, що</p><p>Павленко Ірина Олегівна,</p>
<p>студентка, взяла участь у навчальній програмі</p><p>«Обрізування та щеплення<br>плодових дерев»</p>
<p>що відбулася 1–5 липня 2024 р.</p>""")
    assert rec.value("title") == "Обрізування та щеплення плодових дерев"


def test_a_name_in_latin_letters_with_its_surname_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard School</p><p>Certificate of Completion</p><p>Awarded to</p>
<p>Iryna Olehivna</p><p>Pavlenko</p><p>Course</p><p>Orchard Care: Pruning,</p><p>Grafting and Spraying</p>""")
    assert rec.value("learner_name") == "Iryna Olehivna Pavlenko"
    assert rec.value("title") == "Orchard Care: Pruning, Grafting and Spraying"


def test_an_outcome_ending_in_a_colon_goes_on_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard Academy</p><p>Iryna Pavlenko</p><p>Learning outcomes</p>
<p>LO1 prune a young apple tree:</p><p style="margin-left: 30px;">choose the leader, remove competing shoots and
shorten the laterals;</p><p>LO2 graft a pear onto quince rootstock.</p>""")
    assert rec.value("learning_outcomes") == [
        "prune a young apple tree: choose the leader, remove competing shoots and shorten the laterals",
        "graft a pear onto quince rootstock.",
    ]


def test_coded_competences_going_on_in_a_bracket(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Павленко Ірина Олегівна</p>
<p>ПК 1. Формує крону молодої яблуні</p><p>(розріджено-ярусна та веретеноподібна).</p>
<p>ПК 2. Щепить грушу на айву.</p>""")
    assert rec.value("learning_outcomes") == [
        "Формує крону молодої яблуні (розріджено-ярусна та веретеноподібна).", "Щепить грушу на айву.",
    ]


def test_exams_said_in_the_plural_and_none_said_at_all(tmp_path: Path) -> None:
    passed = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Павленко Ірина Олегівна</p>
<p>пройшла навчання за програмою «Садівник»</p><p>обсягом 60 годин та склала підсумкові іспити</p>""")
    assert passed.value("assessment_type") == "підсумкові іспити"
    none = inspect_html(tmp_path, """<p>Certificate</p><p>Iryna Pavlenko</p><p>Orchard Pathway</p>
<p>The Pathway has no exams.</p>""")
    assert none.value("assessment_type") is None


def test_a_quoted_name_wrapped_is_no_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>видано</p><p>Павленко Ірині Олегівні</p>
<p>про те, що вона пройшла навчання за програмою</p><p>«Садівник: формування крони<br>і фітосанітарне
тестування»</p><p>обсягом 60 годин</p>""")
    assert rec.value("assessment_type") is None
