"""Syllabi and course descriptions shaped like those of the sixty-second set (a name below the syllabus's heading,
an approval stamp, a module descriptor's fields, the rules for whoever passes), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_syllabus_named_below_its_heading_not_by_its_approval_stamp(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ПОДІЛЬСЬКИЙ АГРАРНИЙ КОЛЕДЖ</p><p>«ЗАТВЕРДЖУЮ»</p><p>Заступник директора</p>
<p>__________ О. П. Мороз</p><p>РОБОЧА ПРОГРАМА НАВЧАЛЬНОЇ ДИСЦИПЛІНИ</p><p>ОСНОВИ АГРОХІМІЇ</p>
<p>1. Обсяг: 3 кредити ЄКТС / 90 годин. Форма контролю: залік.</p>
<p>2. Результати навчання. Після вивчення дисципліни студент здатен:</p>
<ul><li>визначати потребу культур у добривах;</li><li>складати план удобрення сівозміни.</li></ul>""")
    assert rec.value("title") == "ОСНОВИ АГРОХІМІЇ"


def test_a_module_descriptors_title_and_its_supervised_labs(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Thornbury University</p><p>MODULE DESCRIPTOR</p>
<table><tr><td style="width: 150px;">Module title</td><td>Computer Vision</td></tr>
<tr><td>Credit value</td><td>20 credits (10 ECTS)</td></tr>
<tr><td>Delivery</td><td>Weekly lecture followed by a supervised lab (2 h)</td></tr></table>
<p>Learning outcomes</p><p>1. Train supervised models for image classification.</p>
<p>2. Evaluate detectors with precision and recall.</p>""")
    assert rec.value("title") == "Computer Vision"
    assert rec.value("supervision") is None


def test_a_course_offered_by_a_body_beside_its_instructors(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Spreadsheet Modelling for Managers – Syllabus</p>
<p>Offered by Eastbrook School of Business · Instructors: Dr Lena Korr, Amir Vaziri</p>
<p>What you will learn</p><ul><li>build cash-flow models in spreadsheets</li><li>run what-if scenarios</li></ul>""")
    assert rec.value("awarding_body") == "Eastbrook School of Business"


def test_the_rules_for_whoever_passes_name_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «Школа рятувальника «Дніпро»»</p><p>НАВЧАЛЬНА ПРОГРАМА</p>
<p>курсу «Перша допомога на воді та рятування потопаючих<br>у відкритих водоймах»</p>
<p>Підсумковий контроль: практичний іспит. Слухачам, які успішно пройшли обидва етапи, видається сертифікат.</p>
""")
    assert rec.value("title") == "Перша допомога на воді та рятування потопаючих у відкритих водоймах"
    rec = inspect_html(tmp_path, """<p>HALVERSUND UNIVERSITY · STUDY GUIDE 2025</p>
<p>Soil Ecology and Nutrient Cycles</p><p>Course description · Bachelor's programme Biology</p>
<p>Assessment. Written exam (60%) and a lab report (40%). Grades are given on a scale of 1–10; the course is passed
with<br>a weighted average of 5.5 or higher.</p>""")
    assert rec.value("title") != "a weighted average of 5.5 or higher"
