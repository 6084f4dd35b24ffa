"""Ukrainian certificates name their holder in a grammatical case ("Свідоцтво видано Петренку Івану Івановичу"):
read so, and compared with the applicant's name in that case, never a false "names differ"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers.credentials import inspect_file
from app.importers.credentials.learner import compare_names
from tests.importers.pdfgen import html_pdf


@pytest.mark.parametrize(
    ("on_paper", "applicant"),
    [("Петренку Івану Івановичу", "Петренко Іван Іванович"), ("Коваль Марії Петрівні", "Коваль Марія Петрівна"),
     ("Шевченку Тарасу", "Шевченко Тарас Григорович"), ("Івану Петренку", "Іван Петренко"),
     ("Петренка Івана", "Петренко Іван"), ("Українці Лесі", "Українка Леся")],
)
def test_a_name_in_another_case_is_the_same_name(on_paper: str, applicant: str) -> None:
    status, _detail = compare_names(on_paper, applicant)
    assert status == "match"


@pytest.mark.parametrize(
    ("on_paper", "applicant"),
    [("Петренку Івану", "Сидоренко Іван"), ("Коваль Марії", "Коваленко Марія"), ("Шевченку Тарасу", "Шевчук Тарас")],
)
def test_another_person_in_the_dative_is_still_another_person(on_paper: str, applicant: str) -> None:
    assert compare_names(on_paper, applicant)[0] != "match"


def test_the_holder_named_on_the_issuing_line(tmp_path: Path) -> None:
    html = ("<h1>СВІДОЦТВО</h1><p>про підвищення кваліфікації</p><p>Видано Петренку Івану Івановичу</p>"
            "<p>про те, що він пройшов навчання за програмою «Кібербезпека для бізнесу»</p>"
            "<p>Обсяг: 2 кредити ЄКТС (60 годин)</p><p>Дата видачі: 01.06.2024</p>")
    path = tmp_path / "svidotstvo.pdf"
    path.write_bytes(html_pdf(html))
    assert inspect_file(path).value("learner_name") == "Петренку Івану Івановичу"


def test_an_issuing_body_is_not_the_holder(tmp_path: Path) -> None:
    html = ("<h1>СЕРТИФІКАТ</h1><p>Видано Київським Національним Університетом</p><p>Шевченко Тарас</p>"
            "<p>успішно завершив курс «Бази даних»</p>")
    path = tmp_path / "cert.pdf"
    path.write_bytes(html_pdf(html))
    assert inspect_file(path).value("learner_name") == "Шевченко Тарас"


def test_the_institution_named_inside_a_sentence(tmp_path: Path) -> None:
    html = ("<h1>СЕРТИФІКАТ</h1><p>про підвищення кваліфікації</p><p>Видано Коваль Марії Петрівні</p>"
            "<p>про те, що вона пройшла навчання за програмою «Цифрові інструменти в освіті» в обсязі 30 годин "
            "(1 кредит ЄКТС) у Національному університеті «Львівська політехніка»</p>")
    path = tmp_path / "cert.pdf"
    path.write_bytes(html_pdf(html))
    rec = inspect_file(path)
    assert rec.value("awarding_body") == "Національному університеті «Львівська політехніка»"
    assert rec.value("title") == "Цифрові інструменти в освіті"
