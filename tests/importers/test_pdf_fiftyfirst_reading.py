"""Certificates shaped like those of the fifty-first and fifty-second bench sets (bilingual papers; records of a
short programme's modules), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_bilingual_completion_line_leaves_the_name_to_the_line_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Szkoła Sadownicza Wisła</p><p>ZAŚWIADCZENIE O UKOŃCZENIU KURSU</p>
<p>Pani / Ms</p><p>Iryna Pavlenko</p><p>ukończyła kurs / has completed the course</p>
<p>Cięcie drzew owocowych w praktyce</p><p>Pruning Fruit Trees in Practice</p>""")
    assert rec.value("title") == "Cięcie drzew owocowych w praktyce"


def test_a_bilingual_issuer_is_named_in_its_first_language(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Освітній центр «Садок» | Sadok Education Centre</p><p>СЕРТИФІКАТ</p>
<p>Цим засвідчується, що</p><p>Павленко Ірина Олегівна</p><p>успішно завершила курс «Догляд за садом»</p>""")
    assert rec.value("awarding_body") == "Освітній центр «Садок»"


def test_outcomes_in_rows_captioned_by_their_module(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОДАТОК ДО СЕРТИФІКАТА</p><p>Слухачка: Павленко Ірина Олегівна</p>
<p>Результати навчання модуля</p>
<p>М1. Обрізування<br>30 год</p><p>Обрізує плодові дерева навесні та влітку; доглядає зрізи після обрізування.</p>
<p>М2. Щеплення<br>30 год</p><p>Щепить яблуні способом копулювання; готує підщепи до щеплення.</p>
<p>Підсумкова оцінка: 89 балів із 100</p>""")
    assert rec.value("learning_outcomes") == ["Обрізує плодові дерева навесні та влітку",
                                              "доглядає зрізи після обрізування.",
                                              "Щепить яблуні способом копулювання",
                                              "готує підщепи до щеплення."]


def test_the_learner_of_a_record_of_achievement(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>RECORD OF ACHIEVEMENT</p><p>This is to record that Iryna Olehivna Pavlenko took
part in the winter school «Orchard Care»</p>""")
    assert rec.value("learner_name") == "Iryna Olehivna Pavlenko"


def test_numbered_titles_of_groups_of_items_are_said_with_their_items(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Павленко Ірина Олегівна</p><p>Результати навчання:</p>
<p>1. Обрізування</p><p>1.1 обрізує плодові дерева навесні;</p><p>1.2 доглядає зрізи.</p><p>2. Щеплення</p>
<p>2.1 щепить яблуні способом копулювання.</p><p>Дата видачі: 12.10.2026</p>""")
    assert rec.value("learning_outcomes") == ["Обрізування: обрізує плодові дерева навесні",
                                              "Обрізування: доглядає зрізи.",
                                              "Щеплення: щепить яблуні способом копулювання."]


def test_the_learner_and_what_they_can_now_do_in_one_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard Academy</p><p>Certificate of Completion</p>
<p>This certifies that Iryna Olehivna Pavlenko, who is now able to prune young fruit trees, graft apples onto
dwarfing rootstocks and keep a spraying calendar, has completed the course</p><p>Orchard Care in Practice</p>""")
    assert rec.value("learner_name") == "Iryna Olehivna Pavlenko"
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and outcomes[0].startswith("prune young fruit trees")
    assert not any("has completed" in o for o in outcomes)
