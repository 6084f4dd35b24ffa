"""Readings corrected after the hundred-and-eleventh set of certificates (work-based learning), each in other wording
than the set's: the tasks a placement's letter lists, the learner named where the letter says who was on the
placement, software testing is no assessment, a company's quality assurance department is no quality assurance of
the paper, the skills practised on the job."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_tasks_a_placements_letter_lists(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «Хмарний Степ»</p><p>ХАРАКТЕРИСТИКА</p>
<p>Петренко Олег Іванович проходив навчальну (ознайомчу) практику в ТОВ «Хмарний Степ» з 02.02.2026 по 27.02.2026.</p>
<p>Під час практики студент працював у відділі DevOps і виконував такі професійні завдання:</p>
<p>• налаштовував конвеєри CI у GitLab для трьох сервісів;</p><p>• писав сценарії розгортання в Kubernetes.</p>
<p>Директор __________ А. Б. Коваль</p>""")
    assert rec.value("learner_name") == "Петренко Олег Іванович"
    assert rec.value("learning_outcomes") == ["налаштовував конвеєри CI у GitLab для трьох сервісів",
                                              "писав сценарії розгортання в Kubernetes."]


def test_an_interns_duties_and_what_she_did_during_the_placement(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Brightfield Analytics Ltd</p><p>Reference Letter</p>
<p>This is to confirm that Marta Koval completed a summer internship with our BI team.</p>
<p>Her main duties were:</p><ul><li>building Power BI reports for the sales team;</li>
<li>writing DAX measures and documenting them.</li></ul><p>Yours faithfully,</p>""")
    assert rec.value("learning_outcomes") == ["building Power BI reports for the sales team",
                                              "writing DAX measures and documenting them."]
    rec = inspect_html(tmp_path, """<p>St Anne's Hospital</p><p>Internship Certificate</p>
<p>Marta Koval completed a clinical placement in paediatrics. During the placement she:</p>
<ul><li>took part in ward rounds;</li><li>measured and recorded vital signs.</li></ul><p>Signed</p>""")
    assert rec.value("learning_outcomes") == ["took part in ward rounds", "measured and recorded vital signs."]


def test_the_work_done_and_the_skills_practised_on_the_job(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>БФ «Світло»</p><p>ДОВІДКА</p><p>про волонтерську діяльність</p>
<p>Виконана робота:</p><p>• Налаштував резервне копіювання бази даних фонду.</p>
<p>• Провів навчання працівників з кібергігієни.</p><p>Директор</p>""")
    assert rec.value("learning_outcomes") == ["Налаштував резервне копіювання бази даних фонду.",
                                              "Провів навчання працівників з кібергігієни."]
    rec = inspect_html(tmp_path, """<p>Riverside Garage Ltd</p><p>Certificate of Apprenticeship</p>
<p>Marta Koval</p><p>has completed a work-based apprenticeship as a vehicle technician</p>
<p>Skills practised on the job</p><ul><li>brake servicing</li><li>wheel alignment</li></ul><p>Signed</p>""")
    assert rec.value("learning_outcomes") == ["brake servicing", "wheel alignment"]


def test_software_testing_is_no_assessment_and_a_qa_department_no_quality_assurance(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «Кварц Лабс»</p><p>ДОВІДКА</p>
<p>Петренко Олег Іванович проходив виробничу практику у відділі забезпечення якості програмного забезпечення
ТОВ «Кварц Лабс». Наставник — старший інженер з тестування А. Б. Коваль.</p>
<p>Виконана робота:</p><p>• тестування вебзастосунку та мобільного клієнта;</p><p>• написання тест-кейсів.</p>""")
    assert rec.value("assessment_type") is None
    assert rec.value("quality_assurance") is None
