"""Certificates shaped like those of the fifty-seventh bench set (Ukrainian papers of professional development and of
online platforms), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_programme_speaking_of_a_school_with_its_subtitle_is_no_place(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ОБЛАСНИЙ ІНСТИТУТ ПІСЛЯДИПЛОМНОЇ ПЕДАГОГІЧНОЇ ОСВІТИ</p><p>СЕРТИФІКАТ</p>
<p>засвідчує, що</p><p>ПАВЛЕНКО Ірина Олегівна,</p><p>учителька біології,</p>
<p>пройшла навчання за програмою спецкурсу</p>
<p>«Шкільний сад у Новій українській школі: проєкти, ризики, командна робота»</p><p>обсягом 30 годин</p>""")
    assert rec.value("title") == "Шкільний сад у Новій українській школі: проєкти, ризики, командна робота"


def test_an_events_name_below_its_label_set_on_two_lines(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ учасника заходу безперервного професійного розвитку</p>
<p>Цим засвідчується, що</p><p>Павленко Ірина Олегівна</p><p>агроном, КП «Уманський сад» Черкаської обласної ради</p>
<table><tr><td style="width: 50px;">Назва<br>заходу</td><td>«Обрізування плодових дерев:<br>крона і щеплення»</td></tr>
<tr><td>Тривалість</td><td>24 академічні години</td></tr></table>""")
    assert rec.value("title") == "Обрізування плодових дерев: крона і щеплення"
