"""A coding school's certificate that states its graduate's outcomes as code: strings one a line, grouped under a
name and a bracket ("backend: [" … "],"), a string wrapped to the next line; and the course named on the line after
"успішно завершив навчання на курсі". Before, no outcome was read and "на курсі" was taken for the course's name.
Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_CERTIFICATE = (
    "<p>ІТ-школа «Код і кава»</p><p>СЕРТИФІКАТ № KK-26-0117</p>"
    "<p>Мельник Остап Ігорович</p><p>успішно завершив навчання на курсі</p>"
    "<p>Python Backend: від скрипта до сервісу</p>"
    "<p>// skills.py — що перевірено на захисті проєкту</p>"
    "<p>skills = {</p>"
    "<p>core: [</p>"
    "<p>\"пише функції та класи на Python із типами й тестами pytest\",</p>"
    "<p>\"працює з файлами, JSON і CSV\"</p>"
    "<p>],</p>"
    "<p>web: [</p>"
    "<p>\"будує REST API на FastAPI з валідацією даних і документацією OpenAPI, зберігає дані в PostgreSQL через</p>"
    "<p>SQLAlchemy\",</p>"
    "<p>\"розгортає сервіс у Docker\"</p>"
    "<p>]</p><p>}</p>"
    "<p>Видано 15.01.2026</p>"
)


def test_outcomes_written_as_strings_in_code(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _CERTIFICATE)
    assert rec.value("learning_outcomes") == [
        "пише функції та класи на Python із типами й тестами pytest",
        "працює з файлами, JSON і CSV",
        "будує REST API на FastAPI з валідацією даних і документацією OpenAPI, зберігає дані в PostgreSQL через "
        "SQLAlchemy",
        "розгортає сервіс у Docker",
    ]
    assert rec.value("title") == "Python Backend: від скрипта до сервісу"
