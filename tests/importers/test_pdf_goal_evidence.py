"""An outcome listed with the evidence that showed it and its date beside it ("… Lab 2 · 23 Jan"): the outcome alone."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_each_goal_without_its_evidence_and_date(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>RIVERSIDE ADULT LEARNING</p><p>Record of achievement</p>
<p>Learner: Anna Moroz</p><p>Learning outcomes:</p>
<ul><li>write SQL queries that join three tables Quiz 1 · 12 Feb</li>
<li>design a normalised schema for a small shop Project · 2025-03-14</li>
<li>back up and restore a database</li></ul>
<p>Date: 20 March 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "write SQL queries that join three tables", "design a normalised schema for a small shop",
        "back up and restore a database"]


def test_ukrainian_evidence_and_date_too(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ЦЕНТР ОСВІТИ ДОРОСЛИХ</p><p>Відомість досягнень</p>
<p>Слухач: Петро Коваль</p><p>Результати навчання:</p>
<ul><li>будувати зведені таблиці в Excel Лабораторна 4 · 12.02</li>
<li>будувати діаграми Парето Проєкт · 3 бер.</li></ul>
<p>Дата: 20.03.2025</p>""")
    assert rec.value("learning_outcomes") == ["будувати зведені таблиці в Excel", "будувати діаграми Парето"]
