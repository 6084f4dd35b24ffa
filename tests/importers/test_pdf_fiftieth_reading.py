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


def test_a_badge_s_owner_and_issuer_below_their_labels_and_a_wallet_s_name_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Цифровий гаманець «Мої нагороди»</p><p>Експорт у PDF · 20.02.2026</p>
<p style="font-size:16pt">Обрізування плодових дерев: зимовий сезон</p><p>Власник</p>
<p>Павленко Ірина Олегівна, агрономка ТОВ «Сад-Поділля»</p><p>Видавець</p>
<p>Навчальний центр садівництва «Яблунька», м. Вінниця</p><p>Видано</p><p>12 лютого 2026 р.</p>""")
    assert rec.value("learner_name") == "Павленко Ірина Олегівна"
    assert rec.value("awarding_body") == "Навчальний центр садівництва «Яблунька», м. Вінниця"
    assert rec.value("title") == "Обрізування плодових дерев: зимовий сезон"


def test_a_printed_digital_credential_s_learner_and_awarding_body(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>EUROPEAN DIGITAL CREDENTIALS FOR LEARNING</p><p>Applied Orchard Care</p>
<p>Micro-credential · issued to Iryna Pavlenko</p><p>Awarding body</p>
<p>Podillia University of Agriculture, Faculty of Horticulture (Vinnytsia,<br>Ukraine)</p><p>Date of award</p>
<p>30 June 2026</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("awarding_body") == ("Podillia University of Agriculture, Faculty of Horticulture "
                                          "(Vinnytsia, Ukraine)")
