"""Printed forms filled in (the ninetieth set's shapes), in other words: the blanks' underscores around the values
typed into them are no part of the values, a field's ticked choices are its value and the unticked ones are not, a
line to sign on and a blank left empty stay as they are; a learner's blank after "Видано" above its caption is the
name alone."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.pdf_forms import filled_in, without_blanks
from tests.importers.pdfgen import inspect_html


def test_blanks_around_values() -> None:
    assert filled_in("Слухач: ______Бондар Ігор Петрович______") == "Слухач: Бондар Ігор Петрович"
    assert filled_in("has attended ____Excel for Planners____") == "has attended Excel for Planners"
    assert filled_in("2. __ складає кошторис проєкту ___") == "2. складає кошторис проєкту"
    assert without_blanks("the Odesa region ___") == "the Odesa region"
    assert filled_in("________________ Н. В. Гнатюк") == "________________ Н. В. Гнатюк"  # a line to sign on
    assert filled_in("Оцінка: ____") == "Оцінка: ____"  # a blank left empty
    assert filled_in("df.pivot_table and df.group_by") == "df.pivot_table and df.group_by"


def test_ticked_choices() -> None:
    assert filled_in("Форма навчання: ☐ очна ☐ дистанційна ☒ змішана") == "Форма навчання: змішана"
    assert filled_in("Assessment: [ ] exam [x] portfolio [ ] test") == "Assessment: portfolio"
    assert filled_in("Result: [x] Pass [ ] Fail Score: 71 / 100") == "Result: Pass Score: 71 / 100"
    assert filled_in("☐ так ☐ ні") == "☐ так ☐ ні"  # nothing ticked: as printed


def test_a_filled_in_form(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="text-align:right; font-size:8pt">Форма № ПК-9</p>
<p style="font-size:18pt">СВІДОЦТВО</p><p>Видано ________Коваль Марті Ігорівні________</p>
<p style="font-size:7pt">(прізвище, ім'я, по батькові)</p><p>про те, що вона пройшла навчання за програмою</p>
<p>______«Електронні таблиці для економістів»______</p><p style="font-size:7pt">(назва програми)</p>
<p>обсягом ____30____ годин</p><p>Форма навчання: ☐ очна ☒ дистанційна ☐ змішана</p>
<p>Форма підсумкового контролю: ☐ іспит ☒ тест ☐ захист проєкту</p>
<p>Набуті компетентності (заповнюється провайдером):</p>
<p>1. __ будує зведені таблиці й діаграми за даними обліку ___</p>
<p>2. __ розраховує показники рентабельності у формулах ___</p>""")
    assert rec.value("learner_name") == "Коваль Марті Ігорівні"
    assert rec.value("title") == "Електронні таблиці для економістів"
    assert rec.value("participation_form") == "online"
    assert rec.value("assessment_type") == "тест"
    assert rec.value("learning_outcomes") == ["будує зведені таблиці й діаграми за даними обліку",
                                              "розраховує показники рентабельності у формулах"]
