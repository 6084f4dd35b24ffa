"""Fields the forty-first set's first reading got wrong, in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_content_of_the_training_and_skills_gained(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Центр «Ремесло»</p><p>СЕРТИФІКАТ</p><p>Бондар Ольга Іванівна</p>
<p>пройшла навчання за програмою</p><p>«Догляд за кімнатними рослинами»</p>
<p>Зміст навчання та набуті навички:</p><ul><li>пересаджування рослин і підбір ґрунту;</li>
<li>боротьба зі шкідниками без хімікатів.</li></ul>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes and outcomes[0].startswith("пересаджування рослин")


def test_what_the_participants_practised(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbour Guild of Bookbinders</p><p>Certificate of Attendance</p>
<p>presented to</p><p>Taras Melnyk</p><p>who attended the short course</p><p>Simple Book Repairs</p>
<p>Participants practised:</p><ul><li>mending torn pages with Japanese tissue and wheat starch paste;</li>
<li>re-attaching loose covers with new hinges.</li></ul>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes and outcomes[0].startswith("mending torn pages")


def test_a_programme_below_its_label_in_quotes_on_two_lines(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>КНП «Міський центр підготовки кадрів»</p><p>ПОСВІДЧЕННЯ</p>
<p>Прізвище, ім’я, по батькові</p><p>Гуменюк Оксана Ігорівна</p><p>Програма</p>
<p>«Електронний документообіг у закладах охорони</p><p>здоров’я»</p><p>Обсяг</p><p>24 години</p>""")
    assert rec.value("title") == "Електронний документообіг у закладах охорони здоров’я"


def test_a_czech_institute_by_its_legal_form_after_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>DataDílna Ostrava, z. ú. — vzdělávací zařízení pro další vzdělávání</p>
<p>OSVĚDČENÍ O ABSOLVOVÁNÍ KURZU</p><p>Tímto se potvrzuje, že</p><p>Olena Shevchuk</p>
<p>absolvovala kurz „Základy analýzy dat v Pythonu“ v rozsahu 40 hodin.</p>""")
    assert rec.value("awarding_body") == "DataDílna Ostrava, z. ú."
