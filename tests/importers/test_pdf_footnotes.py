"""A course's content and outcomes told only in a footnote: the footnote's mark is no part of the course's name, the
footnote's "Course content and learning outcomes: …" heads the outcomes, and a list joined with semicolons ends
with its sentence. Each was read wrong before; the wordings are other than those of the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.textparse import split_enumeration
from tests.importers.pdfgen import inspect_html

_CERTIFICATE = """<p>This is to certify that</p><p>Olha Koval</p>
<p>attended and successfully completed the short course</p><p>Orchard Care for Beginners<sup>{mark}</sup></p>
<p>Date of issue: 8 April 2026</p>
<p style="font-size:8px">{mark} {heading}: students prune young and old fruit trees in spring and autumn; graft
seedlings by cleft and by budding; plan a season's spraying against pests and diseases; and keep a simple record of
the orchard's yield. Tools are provided by the centre; no prior experience is needed.</p>
<p style="font-size:8px">2 The course may count towards the centre's diploma in horticulture.</p>"""


def test_a_footnotes_mark_is_no_part_of_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _CERTIFICATE.format(mark="1", heading="What the course covers"))
    assert rec.value("title") == "Orchard Care for Beginners"


def test_a_mark_without_its_footnote_stays(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>This is to certify that</p><p>Olha Koval</p>
<p>attended and successfully completed the short course</p><p>Web3</p><p>Date of issue: 8 April 2026</p>""")
    assert rec.value("title") == "Web3"


def test_the_outcomes_in_a_footnote(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _CERTIFICATE.format(mark="1", heading="Content and learning outcomes"))
    assert rec.value("title") == "Orchard Care for Beginners"
    assert rec.value("learning_outcomes") == [
        "students prune young and old fruit trees in spring and autumn",
        "graft seedlings by cleft and by budding",
        "plan a season's spraying against pests and diseases",
        "keep a simple record of the orchard's yield.",
    ]


def test_a_semicolon_list_ends_with_its_last_sentence() -> None:
    assert split_enumeration("обрізує дерева; щеплює саджанці; та веде облік урожаю. Інструменти надає центр; "
                             "досвід не потрібен.") == ["обрізує дерева", "щеплює саджанці", "веде облік урожаю."]
    # without "and" before its last part, every part is kept: sentences of parts go on
    assert split_enumeration("Знає будову дерева; уміє обрізати гілки. Щеплює саджанці; веде облік урожаю.") == [
        "Знає будову дерева", "уміє обрізати гілки. Щеплює саджанці", "веде облік урожаю."]


def test_a_grade_without_the_raised_mark_of_its_footnote(tmp_path: Path) -> None:
    """"Підсумкова оцінка: 91 бал — «відмінно» (A)¹" with "¹ Шкала оцінювання: …" below: the grade without its mark
    (before, "… (A)1")."""
    html = (
        "<p>Навчальний центр «Квант»</p><p>СВІДОЦТВО</p><p>Бондар Олена Ігорівна</p>"
        "<p>пройшла навчання за програмою «Основи статистики»</p>"
        "<p>Підсумкова оцінка: 91 бал — «відмінно» (A)¹. Слухачка виконала всі завдання.</p>"
        "<p>¹ Шкала оцінювання: 90–100 — «відмінно» (A); 82–89 — «добре» (B).</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("grade") == "91 бал — «відмінно» (A)"
