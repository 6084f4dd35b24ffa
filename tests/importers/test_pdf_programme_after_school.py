"""A completion sentence that names the school in quotes and then the programme "за програмою" in quotes wrapped
over two lines: the programme is the course, not the school (before, «Дивосвіт» was read as the course). Other
wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_programme_in_quotes_not_the_school_before_it(tmp_path: Path) -> None:
    html = (
        "<p>ГО «Краєзнавче товариство»</p><p>СЕРТИФІКАТ</p><p>засвідчує, що</p><p>Ткаченко Ірина Петрівна</p>"
        "<p>прослухала повний курс у Школі краєзнавства «Дивосвіт» за програмою</p>"
        "<p>«Історія рідного міста: від архівних джерел до екскурсійного</p><p>маршруту»</p>"
        "<p>10 вересня – 26 листопада 2025 р. · 40 годин</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "Історія рідного міста: від архівних джерел до екскурсійного маршруту"
