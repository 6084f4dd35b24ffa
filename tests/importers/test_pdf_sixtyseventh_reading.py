"""Certificates shaped like those of the sixty-seventh set (larger programmes and their awards), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_an_awards_name_wrapped_after_a_word_that_cannot_end_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Northbay University</p><p>This is to certify that</p><p>Olha Marchenko</p>
<p>having followed an approved programme of study, was awarded the</p><p>Graduate Certificate in</p>
<p>Applied Geographic Information Systems</p><p>with Distinction</p>""")
    assert rec.value("title") == "Graduate Certificate in Applied Geographic Information Systems"
