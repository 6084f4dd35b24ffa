"""Outcomes listed with their codes under a heading ("РН1. …", "LO2: …"): each outcome without its code, as a coded
list found without a heading gives it (the code is the credential's label, not words of the outcome)."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_codes_under_a_heading_are_no_part_of_the_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс «Садівництво для початківців»</p>
<p>Результати навчання:</p><p>РН1. Обрізувати плодові дерева навесні та восени.</p>
<p>РН2. Щеплювати саджанці живцем і вічком.</p><p>РН3. Складати календар обприскування саду.</p>
<p>Директорка ____ І. Петренко</p>""")
    assert rec.value("learning_outcomes") == ["Обрізувати плодові дерева навесні та восени.",
                                              "Щеплювати саджанці живцем і вічком.",
                                              "Складати календар обприскування саду."]
