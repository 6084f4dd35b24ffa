"""A dash inside a bulleted item: when the item is wrapped so that its dash opens the next line ("… exit tickets
and quiz results" / "— so that it can be compared …"), the line goes on with the item; a list whose own items
are marked with dashes keeps each dash as an item's mark. The wordings are other than those of the certificate
that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_dash_opening_a_wrapped_line_of_a_dotted_item_goes_on_with_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Completion</h1><p>Awarded to Iryna Melnyk</p>
<p>for the course Soil Sampling in Practice</p><p><b>Learning outcomes</b></p>
<p>• take soil samples at the right depth and in the right pattern over a plot of land,
label them and keep them cool<br>
— so that a laboratory can compare them across seasons;</p>
<p>• read a laboratory's report of nutrients and acidity and plan the liming of a field.</p>
<p>Issued 3 March 2026</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and len(outcomes) == 2
    assert outcomes[0].endswith("keep them cool — so that a laboratory can compare them across seasons")


def test_items_marked_with_dashes_stay_items(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Сертифікат</h1><p>Видано Мельник Ірині Петрівні</p>
<p>за курс «Відбір проб ґрунту»</p><p><b>Результати навчання:</b></p>
<p>— відбирати проби ґрунту на потрібній глибині</p>
<p>— читати звіт лабораторії про вміст поживних речовин</p>
<p>— планувати вапнування поля</p><p>Дата видачі: 03.03.2026</p>""")
    assert rec.value("learning_outcomes") == ["відбирати проби ґрунту на потрібній глибині",
                                              "читати звіт лабораторії про вміст поживних речовин",
                                              "планувати вапнування поля"]
