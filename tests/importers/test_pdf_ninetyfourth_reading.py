"""Ukrainian certificates of the ninety-fourth set's shapes, in other words: the verdict in quotes after the kind of
assessment and the result's label after its closing quote are no part of it; the learner named with a role that opens
with an abbreviation; the issuer on the top line before a dash and what kind of body it is; a course's name set large
in quotes, without them; "Фінальний кейс:" names the assessment."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

HEAD = """<p style="font-size:18pt">СВІДОЦТВО</p><p>про підвищення кваліфікації</p>"""


def test_the_verdict_and_the_result_after_the_kind_of_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, HEAD + """<p>Видане Коваль Ірині Петрівні про те, що вона пройшла навчання за
програмою «Бджільництво» обсягом 30 годин.</p><p>Підсумкова атестація: тестування (88 %) і практичне заняття на
пасіці — «склала».</p>""")
    assert rec.value("assessment_type") == "тестування (88 %) і практичне заняття на пасіці"
    rec = inspect_html(tmp_path, HEAD + """<p>Видане Коваль Ірині Петрівні про те, що вона пройшла навчання за
програмою «Бджільництво» обсягом 30 годин.</p><p>Підсумкове оцінювання: тест і захист проєкту «Пасіка на 10 вуликів».
Результат: зараховано, 90 балів.</p>""")
    assert rec.value("assessment_type") == "тест і захист проєкту «Пасіка на 10 вуликів»"


def test_a_learner_named_with_a_role_that_opens_with_an_abbreviation(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, HEAD + """<p>Видане</p><p>Петренко Олені Іванівні, HR-менеджерці ТОВ «Пасіка» (м.</p>
<p>Полтава)</p><p>Програма</p><p>«Бджільництво для початківців»</p>""")
    assert rec.value("learner_name") == "Петренко Олені Іванівні"


def test_the_issuer_before_a_dash_and_its_kind_and_a_quoted_name_set_large(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Медоносна.Освіта — громадська платформа відкритих онлайн-курсів</p>
<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Цей сертифікат виданий Коваль Ірині Петрівні</p>
<p>Курс тривав 6 тижнів · обсяг 30 годин</p><p>Фінальний кейс: план пасіки на 10 вуликів для фермерського господарства
Полтавщини.</p>""")
    assert rec.value("awarding_body") == "Медоносна.Освіта"
    assert (rec.value("assessment_type") or "").startswith("Фінальний кейс: план пасіки на 10 вуликів")
    rec = inspect_html(tmp_path, """<p>ПОЛТАВСЬКИЙ АГРАРНИЙ КОЛЕДЖ</p><p style="font-size:18pt">СЕРТИФІКАТ</p>
<p>Виданий Мельнику Тарасу Ігоровичу про те, що він опанував програму неформальної освіти</p>
<p style="font-size:16pt">«Бджільництво для майбутніх фермерів»</p><p>загальним обсягом 60 годин.</p>""")
    assert rec.value("title") == "Бджільництво для майбутніх фермерів"


def test_a_placement_test_before_the_course_is_no_assessment_of_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, HEAD + """<p>Видане Коваль Ірині Петрівні</p><p>Програма «English for Farmers»</p>
<p>Досягнутий рівень B2 (вхідне тестування — A2)</p><p>Після курсу слухачі складають іспит з усіх чотирьох
навичок.</p>""")
    assert "вхідне" not in (rec.value("assessment_type") or "")
    assert "іспит" in (rec.value("assessment_type") or "")
