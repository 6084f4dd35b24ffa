"""Certificates shaped like those of the fiftieth bench set (digital badges printed to PDF), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_badge_s_name_above_its_sentence_not_its_stack_s(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:20pt">МІКРО-<br>КВАЛІФІКАЦІЯ</p>
<p style="font-size:20pt">2 / 4</p>
<p>стек «Садівництво: базовий рівень»</p><p>ПОДІЛЬСЬКИЙ АГРАРНИЙ УНІВЕРСИТЕТ</p>
<p style="font-size:16pt">Обрізування плодових дерев для фермерів</p>
<p>Цей цифровий бейдж засвідчує, що Павленко Ірина Олегівна успішно здобула мікрокваліфікацію.</p>
<p>Результати навчання:</p><p>• обрізує плодові дерева у нотації «Т-подібне обрізування»;</p>
<p>• доглядає зрізи.</p>""")
    assert rec.value("title") == "Обрізування плодових дерев для фермерів"


def test_labs_completed_and_a_challenge_lab_passed_name_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:12pt">SKILL BADGE</p>
<p style="font-size:18pt">Plan and Plant a Small Orchard on<br>Greenfield</p><p>Awarded to</p>
<p style="font-size:14pt">Iryna Pavlenko</p><p>How it was earned</p>
<p>Completed five hands-on labs in a live Greenfield project (soil tests, planting, pruning) and passed the
final challenge lab, in which the earner planted a test row without instructions.</p>""")
    assert rec.value("title") == "Plan and Plant a Small Orchard on Greenfield"


def test_a_recipient_s_hashed_address_and_a_role_after_the_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Open Badge</p><p>Orchard Care Basics</p>
<p>Earner: Iryna Pavlenko (recipient: i.pavlenko@*****.com, hashed SHA-256)</p>
<p>Issuer: Orchard Academy, Lviv · https://orchard-academy.example</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("awarding_body") == "Orchard Academy, Lviv"
    rec = inspect_html(tmp_path, """<p>Цифровий бейдж</p><p>Догляд за садом</p>
<p>Здобувачка: Павленко Ірина Олегівна, вчителька біології ліцею № 4 м. Вінниці</p>""")
    assert rec.value("learner_name") == "Павленко Ірина Олегівна"
