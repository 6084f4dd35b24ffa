"""A learner's label alone on its line is followed by a person's name only: a table's next header cell ("Що вміє
учасниця" / "Чим підтверджено") or the next label of a row ("УЧАСНИЦЯ" / "ПЕРІОД") is no learner (both were read as
the learner before). Other wording than the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_header_cell_after_the_label_is_no_learner(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ № 7</p><p>виданий Коваль Олені Петрівні про завершення курсу</p>
<p>«Сад на схилі»</p><table><tr><td>Що вміє<br>учасниця</td><td>Як перевірено</td></tr>
<tr><td>Обрізає молоді дерева</td><td>практичне завдання</td></tr></table><p>Київ, 2 травня 2026 р.</p>""")
    assert rec.value("learner_name") == "Коваль Олені Петрівні"


def test_the_next_label_of_a_row_is_no_learner(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>курсу «Сад на схилі»</p>
<table><tr><td>УЧАСНИЦЯ</td><td>ТРИВАЛІСТЬ</td></tr><tr><td>Олена Коваль</td><td>12 годин</td></tr></table>
<p>Київ, 2 травня 2026 р.</p>""")
    assert rec.value("learner_name") != "ТРИВАЛІСТЬ"


def test_the_holder_label_alone_above_the_name(tmp_path: Path) -> None:
    """"Holder" alone on its line, the name below it (a sports or a skills certificate's form)."""
    rec = inspect_html(tmp_path, "<p>RIVERBEND ROWING ASSOCIATION</p><p>Certificate of Competence</p>"
                                 "<p>Sculling Level 1</p><p>Holder</p><p>Iryna Bondar</p><p>Result</p><p>Competent</p>")
    assert rec.value("learner_name") == "Iryna Bondar"


def test_the_learner_below_a_row_of_labels(tmp_path: Path) -> None:
    """A row of labels ("УЧАСНИК | ПЕРІОД | ОБСЯГ") with the values in a row below, each wrapped in its column: the
    learner is what stands below the learner's label, not the next label."""
    html = ("<p>СЕРТИФІКАТ УЧАСНИКА</p><p>Школа фотожурналістики</p>"
            "<table style='width:100%'><tr><td style='width:30%'>УЧАСНИК</td><td style='width:30%'>ПЕРІОД</td>"
            "<td style='width:40%'>ОБСЯГ</td></tr>"
            "<tr><td>Гнатюк Остап<br>Васильович</td><td>3.02–<br>28.03.2026</td><td>6 занять по 2 год</td></tr>"
            "</table><p>Результат: зараховано</p>")
    assert inspect_html(tmp_path, html).value("learner_name") == "Гнатюк Остап Васильович"
