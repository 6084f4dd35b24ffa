"""Readings corrected after the hundred-and-seventh set of certificates (topics, not outcomes), each in other wording
than the set's: a list of the course's numbered parts alone, a delegate's name below its label, a signatory's role
beside a course's label, a body's first word set above the rest of its name, managing projects is no assessment, a
justified description's lines, a grade with what it was earned by after a dash."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_list_of_the_courses_numbered_parts_alone_is_read_part_by_part(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Центр «Горизонт»</p><p>СВІДОЦТВО</p><p>Олена Рудь</p>
<p>пройшла курс «Фотографія»</p><p>Програма курсу</p>
<p>Заняття 1. Будова камери: витримка, діафрагма, світлочутливість.</p>
<p>Заняття 2. Композиція кадру: правило третин, лінії, ритм і точки зору на сюжет і його головних
героїв.</p>
<p>Заняття 3. Світло в студії та на вулиці.</p>
<p>Заняття 4. Обробка знімків у редакторі.</p>
<p>Директор</p>""")
    items = rec.value("learning_outcomes")
    assert items is not None and len(items) == 4
    assert items[1].startswith("Композиція кадру") and items[1].endswith("героїв.")  # (without "Заняття 2.")
    assert items[3] == "Обробка знімків у редакторі."


def test_a_delegates_name_below_its_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Brightwell Safety Training Ltd</p><p>Certificate of Attendance</p>
<p>Manual Handling Awareness</p><p>Delegate</p><p>Iryna Bondar</p><p>Date</p><p>3 May 2026</p>""")
    assert rec.value("learner_name") == "Iryna Bondar"


def test_a_bodys_first_word_set_above_the_rest_of_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size: 22pt"><b>BRIGHTWELL</b></p><p>Safety Training Ltd</p>
<p>Certificate of Attendance</p><p style="font-size: 15pt">Manual Handling Awareness</p><p>Delegate: Iryna Bondar</p>
<p>Brightwell Safety Training Ltd, registered in England and Wales no. 01234567.</p>""")
    assert rec.value("awarding_body") == "Brightwell Safety Training Ltd"
    assert rec.value("title") == "Manual Handling Awareness"


def test_managing_projects_is_no_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbour Skills Ltd</p><p>Certificate of Achievement</p>
<p>Project Management for Site Engineers (3-day course)</p><p>Learner: Iryna Bondar</p>
<p>Result: PASS — written examination 27/30</p>""")
    assert "written examination" in (rec.value("assessment_type") or "")


def test_a_justified_descriptions_lines_each_a_block_of_their_own(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbour Skills Ltd</p><p>CERTIFICATE</p><p>Basic Life Support</p>
<p>This certifies that</p><p>Iryna Bondar</p><p>attended the half-day course on 3 May 2026</p>
<p style="font-size: 11px; line-height: 1.55; text-align: justify;"><b>About the course.</b> The course teaches a lay
rescuer to recognise a cardiac arrest and to call for help at once, to give chest compressions and rescue breaths at the
right rate and depth, to use an automated external defibrillator safely, and to place a breathing casualty in the
recovery position until the ambulance arrives.</p><p>Certificate number</p><p>HS-BLS-0042</p>""")
    items = rec.value("learning_outcomes")
    assert items is not None
    assert any("defibrillator" in item for item in items)
    assert any("recovery position" in item for item in items)


def test_a_grade_with_what_it_was_earned_by_after_a_dash(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Горизонт»</p><p>СЕРТИФІКАТ</p><p>Олена Рудь</p>
<p>пройшла курс «Фотографія»</p>
<p>Підсумкова оцінка: 78 зі 100 балів (добре) — захист портфоліо та підсумкове тестування.</p>""")
    assert rec.value("grade") == "78 зі 100 балів (добре)"


def test_a_grade_with_its_verdict_after_a_dash_keeps_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Горизонт»</p><p>СЕРТИФІКАТ</p><p>Олена Рудь</p>
<p>пройшла курс «Фотографія»</p>
<p>Підсумковий результат: 78 / 100 — «Успішно» (тести до модулів 40 %, підсумковий іспит 60 %).</p>""")
    assert rec.value("grade") == "78 / 100 — «Успішно»"


def test_a_signatorys_role_beside_a_courses_label_is_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbour Skills Ltd</p><p>Certificate of Achievement</p>
<table style="font-size: 11px;">
<tr><td style="width: 130px;">Delegate</td><td style="width: 350px;">Iryna Bondar</td></tr>
<tr><td>Employer</td><td>Quayside Builders Ltd</td></tr><tr><td>Course dates</td><td>2 – 4 March 2026</td></tr>
<tr><td>Duration</td><td>21 guided learning hours</td></tr><tr><td>Certificate no.</td><td>HS-0042</td></tr></table>
<table style="margin-top: 40px; font-size: 11px;"><tr>
<td style="width: 130px;">__________<br><b>Aled Price</b><br>Course Leader</td>
<td style="width: 350px;">__________<br><b>Sarah Ng</b><br>Centre Manager</td></tr></table>""")
    assert rec.value("title") != "Leader Centre Manager"


def test_the_parts_labels_numbering_the_topics_are_taken_off(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbour Skills Ltd</p><p>Certificate of Completion</p><p>Iryna Bondar</p>
<p>has completed the course Garden Design</p><p>Course content</p>
<p>Unit 1: Surveying a garden and drawing a plan to scale</p><p>Unit 2: Soil, aspect and plant selection</p>
<p>Unit 3: Hard landscaping materials and costs</p><p>Signed</p>""")
    assert rec.value("learning_outcomes") == [
        "Surveying a garden and drawing a plan to scale", "Soil, aspect and plant selection",
        "Hard landscaping materials and costs"]
