"""A platform's or school's name at the top of a certificate with what kind of body it is beside it, set apart by a
wide space and written in small letters: the name alone is the awarding body."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_name_with_its_kind_after_a_wide_space(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p><b>Znanopil</b> <span style="font-size: 8pt">&nbsp;освітня платформа для
вчителів і батьків</span></p><p>СЕРТИФІКАТ</p><p>Ірина Гончар</p><p>успішно завершила онлайн-курс</p>
<p>«Фотографія для початківців»</p>""")
    assert rec.value("awarding_body") == "Znanopil"


def test_an_english_name_with_its_kind_after_a_wide_space(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p><b>Learnloft</b> <span style="font-size: 8pt">&nbsp;online school of
design</span></p><p>CERTIFICATE OF COMPLETION</p><p>Ivan Dudko</p><p>has completed the course</p>
<p>Colour Theory Basics</p>""")
    assert rec.value("awarding_body") == "Learnloft"


def test_a_capitalised_second_part_is_not_set_apart(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p><b>Школа</b> <span>&nbsp;Центр</span></p><p>СЕРТИФІКАТ</p>
<p>Ірина Гончар</p><p>успішно завершила онлайн-курс</p><p>«Фотографія для початківців»</p>""")
    assert rec.value("awarding_body") != "Школа"
