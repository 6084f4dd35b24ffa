"""Fields the fortieth set's first reading got wrong, in other wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers.credentials.pdf import _assessment_named, _course_and_place
from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(("sentence", "title"), [
    # a comma inside the name's bracket is no end of the name
    ("has completed the course Spanish for Nurses (Intermediate, CEFR level B1), 80 contact hours plus 20 hours of "
     "guided self-study, and passed the final test.", "Spanish for Nurses (Intermediate, CEFR level B1)"),
    # a bracket of the course's length closed on the next line
    ("has completed the online course Linux Command Line (approx. 40 hours of study, 10 graded labs and a final "
     "quiz).", "Linux Command Line"),
])  # fmt: skip
def test_the_course_named_on_its_completion_line(tmp_path: Path, sentence: str, title: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>Westbrook Academy</p><p>Certificate of Completion</p>
<p>This is to certify that</p><p>Anna Koval</p><p style="width:440px">{sentence}</p>
<p>Key skills:</p><ul><li>answer calls politely and take messages</li><li>solve simple problems</li></ul>""")
    assert rec.value("title") == title


def test_the_hours_alone_after_a_comma_are_no_part_of_the_name() -> None:
    # "attended the training English for Hotel Front Desk (levels A2–B1), 24 hours, held on Nov 6–14," / "2023."
    assert _course_and_place("Customer Service on the Phone (levels A2–B1), 24 hours, held on Nov 6–14")[0] == (
        "Customer Service on the Phone (levels A2–B1)")
    assert _course_and_place("Охорона праці на висоті, 16 годин, 3–4 березня")[0] == "Охорона праці на висоті"


def test_the_kind_of_assessment_without_who_passed_it_and_the_result() -> None:
    assert _assessment_named("and passed the final examination with a score of") == "final examination"
    assert _assessment_named("і склала підсумковий іспит.") == "підсумковий іспит"
    assert _assessment_named("отримав залік") == "залік"


def test_the_protection_of_data_is_no_defence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Академія «Бастіон»</p><p>Сертифікат учасника</p><p>Цим засвідчується, що</p>
<p>Мельник Ірина Петрівна</p><p>була учасницею тренінгу «Безпечна робота з документами» (12 годин).</p>
<p>Що вивчено: правила зберігання документів; шифрування файлів.</p>
<p style="width:440px">Програма тренінгу відповідає вимогам Закону України «Про захист персональних даних».</p>""")
    assert "Про захист" not in str(rec.value("assessment_type") or "")


def test_an_advisory_service_is_the_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>№ ДС-25-041 від 2025-03-12</p><p>Обласна дорадча служба «Нива»</p>
<p>м. Суми · niva.example</p><p>Посвідчення про навчання</p>
<p style="width:440px">Цим засвідчується, що Коваль Іван Петрович пройшов навчання за програмою «Ведення обліку
в особистому селянському господарстві» (16 годин).</p>""")
    assert rec.value("awarding_body") == "Обласна дорадча служба «Нива»"


def test_a_portal_named_above_what_kind_of_body_it_is(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ВМІННЯ.UA</p><p>національний освітній онлайн-портал</p>
<p>СЕРТИФІКАТ</p><p>засвідчує, що</p><p>Гончаренко Ірина Петрівна</p>
<p>успішно переглянула освітній серіал і склала підсумковий тест</p><p>«Основи фінансової грамотності»</p>""")
    assert rec.value("awarding_body") == "ВМІННЯ.UA"
