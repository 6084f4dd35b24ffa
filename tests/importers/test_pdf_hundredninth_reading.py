"""Readings corrected after the hundred-and-ninth set of certificates (two languages on one paper), each in other
wording than the set's: the learner in both alphabets above the completion said twice, the course below the heading's
translation, a name in capitals wrapped, the certifying verb's translation is no issuer, a heading and its translation
above a bilingual table, the last item's translation, a body's kind before its name, a funded project and a project's
coordinator are no assessment."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_learner_in_both_alphabets_and_the_course_below_the_headings_translation(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ЧОРНОМОРСЬКИЙ УНІВЕРСИТЕТ ПРИКЛАДНИХ</p><p>НАУК</p>
<p>СЕРТИФІКАТ</p><p>про завершення курсу</p><p>CERTIFICATE</p><p>of Course Completion</p>
<p>Олег Сидоренко / Oleh Sydorenko</p><p>успішно завершив курс</p><p>has successfully completed the course</p>
<p>«Основи фотограмметрії»</p><p>"Basics of Photogrammetry"</p>""")
    assert rec.value("learner_name") == "Олег Сидоренко"
    assert rec.value("title") == "Основи фотограмметрії"
    assert rec.value("awarding_body") == "ЧОРНОМОРСЬКИЙ УНІВЕРСИТЕТ ПРИКЛАДНИХ НАУК"


def test_the_certifying_verbs_translation_is_no_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ЦЕНТР ПРИКЛАДНОЇ ЛІНГВІСТИКИ</p><p>СЕРТИФІКАТ / CERTIFICATE</p>
<p>засвідчує, що / certifies that</p><p>Олег Сидоренко</p><p>Oleh Sydorenko</p>
<p>успішно завершив курс / has completed the course</p><p>«Редагування текстів»</p>""")
    assert rec.value("awarding_body") == "ЦЕНТР ПРИКЛАДНОЇ ЛІНГВІСТИКИ"


def test_a_heading_and_its_translation_above_a_bilingual_table(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «Рятівник»</p><p>СЕРТИФІКАТ · CERTIFICATE</p><p>Олег Сидоренко</p>
<p>пройшов курс «Водна безпека»</p>
<table style="font-size: 9pt;"><tr><td style="width: 240pt; border-bottom: 1px solid #900;"><b>Відпрацьовані
навички</b></td><td style="width: 240pt; border-bottom: 1px solid #900;"><b>Skills practised</b></td></tr>
<tr><td style="border-bottom: 1px solid #ddd;">Рятування потопельника з берега та з човна</td>
<td style="border-bottom: 1px solid #ddd;">Rescuing a drowning person from the shore and from a boat</td></tr>
<tr><td style="border-bottom: 1px solid #ddd;">Серцево-легенева реанімація після витягування з води</td>
<td style="border-bottom: 1px solid #ddd;">CPR after recovery from the water</td></tr></table>""")
    items = rec.value("learning_outcomes") or []
    assert "Skills practised" not in items
    assert "Рятування потопельника з берега та з човна" in items


def test_the_last_items_translation_is_left_out(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Рубікон»</p><p>СЕРТИФІКАТ</p><p>Олег Сидоренко</p>
<p>Результати навчання / Learning outcomes:</p>
<p style="margin: 0;">• складати кошторис ремонту квартири;</p>
<p style="margin: 0 0 4px 0; font-size: 8pt;"><i>&nbsp;&nbsp;draw up a flat renovation estimate;</i></p>
<p style="margin: 0;">• добирати матеріали для оздоблення стін та стелі у квартирах старого фонду і в новобудовах
з урахуванням вологості.</p>
<p style="margin: 0 0 14px 0; font-size: 8pt;"><i>&nbsp;&nbsp;choose finishing materials for walls and ceilings in
old and new flats, taking humidity into account.</i></p>
<table style="font-size: 9pt;"><tr><td style="width: 200pt;">Директор / Director</td></tr></table>""")
    items = rec.value("learning_outcomes") or []
    assert len(items) == 2 and items[1].endswith("з урахуванням вологості."), items


def test_a_bodys_kind_before_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>МОВНА ГАВАНЬ</p><p>Мовна школа · ТОВ «Мовна Гавань Освіта» · м. Херсон</p>
<p>СЕРТИФІКАТ</p><p>Олег Сидоренко</p><p>успішно завершив курс «Англійська для туризму»</p>""")
    assert rec.value("awarding_body") == "ТОВ «Мовна Гавань Освіта»"


def test_a_funded_project_and_a_projects_coordinator_are_no_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «Зелена громада»</p>
<p>Проєкт «Чисті річки» за фінансування Шведського фонду розвитку громад</p><p>СЕРТИФІКАТ</p>
<p>Олег Сидоренко</p><p>пройшов навчання «Моніторинг якості води»</p><p>Координаторка проєкту / Project
Coordinator</p>""")
    assessment = rec.value("assessment_type") or ""
    assert "Чисті річки" not in assessment and "Coordinator" not in assessment
