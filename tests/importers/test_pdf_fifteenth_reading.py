"""Wordings and layouts found on a fifteenth reading: a date of birth or a validity date taken for the date of issue;
the learner under "Слухач(ка)", after "Працівник:" with a staff number, under "ІДЕНТИФІКАЦІЯ ЗДОБУВАЧА", or named with
a date of birth above a signatory's caption; "Здобувач(ка) здатний(а):" read as an outcome; "has earned the" and
"Job-ready skills assessed in the programme"; "Along the way, Maksym learned to:"; a Youthpass's "Description of my
learning outcomes (…)" ending at the signatures; a capstone as the assessment; a transcript's "Completed on" column,
its sections and "… tasks passed." taken for the course. Each was read wrong before; the wordings here are other
than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

GARDEN = "<ul><li>plan a small garden irrigation system</li><li>estimate water needs of plants</li></ul>"


def test_neither_a_birth_date_nor_a_validity_date_is_the_date_of_issue(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Сертифікат</h1><p>Садова школа «Приклад»</p>
<p>ІДЕНТИФІКАЦІЯ ЗДОБУВАЧА</p><p>Лисенко Андрій Миколайович, дата народження 03.04.2007</p>
<p>Курс «Крапельне зрошення», 12 травня 2025 року</p><p>Сертифікат дійсний до 12.05.2027.</p>""")
    assert rec.value("issued_on") == "2025-05-12"
    assert rec.value("learner_name") == "Лисенко Андрій Миколайович"


def test_the_learner_under_a_label_with_a_bracketed_ending_and_after_a_staff_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>САДОВА ПЛАТФОРМА</p><h1>СЕРТИФІКАТ</h1><p>Учасник(ця)</p><p>Олена Гребенюк</p>
<p>опанував(ла) курс</p><p>«Крапельне зрошення»</p><p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learner_name") == "Олена Гребенюк"
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>про проходження внутрішнього навчання</p>
<p>Працівниця: Гребенюк Олена Петрівна, табельний № 1204</p><p>Програма: «Крапельне зрошення»</p>
<p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learner_name") == "Гребенюк Олена Петрівна"


def test_a_holder_named_with_a_birth_date_above_the_signatures(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Garden Pass</p><p>Olha Koval, born on 3 April 2006 in Lviv, took part in the
training course “Water for Gardens” held from 2 to 9 May 2025.</p>
<p>Description of the learning outcomes (written by the participant with a mentor)</p>
<p>Planning. I drew a watering plan for the school garden.</p><p>Teamwork. We laid a drip line in pairs.</p>
<p>Olha Koval</p><p>Participant</p><p>Ivan Petrenko</p><p>Legal representative, Garden Club</p>""")
    assert rec.value("learner_name") == "Olha Koval"
    assert rec.value("learning_outcomes") == [
        "Planning. I drew a watering plan for the school garden.", "Teamwork. We laid a drip line in pairs."]


def test_a_lead_in_below_the_heading_is_no_outcome(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Сертифікат</h1><p>Видано Коваль Ірині Петрівні</p>
<p>РЕЗУЛЬТАТИ НАВЧАННЯ</p><p>Слухач(ка) вміє:</p>
<ol><li>розраховувати потребу рослин у воді;</li><li>монтувати крапельну лінію.</li></ol>
<p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learning_outcomes") == ["розраховувати потребу рослин у воді", "монтувати крапельну лінію."]


def test_has_earned_and_skills_assessed_in_the_programme(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<p>GARDEN CAREERS</p><h2>Olha Koval</h2><p>has earned the</p>
<h1>Garden Irrigation Technician Certificate</h1><p>by completing four online courses and a graded final
project.</p><p>Practical skills assessed in the course</p>{GARDEN}
<p>Capstone: design the irrigation of a school garden and present it to the school board.</p>""")
    assert rec.value("title") == "Garden Irrigation Technician Certificate"
    assert rec.value("learning_outcomes") == ["plan a small garden irrigation system", "estimate water needs of plants"]
    assert rec.value("assessment_type").startswith("Capstone: design the irrigation")


def test_a_named_learner_learned_to(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>Garden Water</h1><p>This certifies that</p><h2>Olha Koval</h2>
<p>has finished the course Garden Water</p><p>During the course, Olha learned how to:</p>{GARDEN}
<p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == ["plan a small garden irrigation system", "estimate water needs of plants"]


def test_a_transcripts_sections_and_columns_are_not_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Garden Learn</p><p>Training transcript</p><p>Name</p><p>Olha Koval</p>
<p>Applied skills (1)</p><p>Plan garden irrigation — earned 2025-03-07. Practical assessment: 5 of 5 tasks
passed.</p><p>Courses completed (2)</p><table><tr><th>Course</th><th>Completed on</th></tr>
<tr><td>Soil and water in the garden</td><td>2025-02-11</td></tr>
<tr><td>Drip lines and emitters</td><td>2025-02-20</td></tr></table>
<p>This transcript lists training completed on Garden Learn by the account holder.</p>""")
    title = rec.value("title") or ""
    assert not title.startswith(("Courses completed", "Soil and water", "on Garden Learn"))
    assert "passed" not in title


def test_quality_assurance_below_its_label_in_capitals(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Мікрокваліфікація</h1><p>НАЗВА МІКРОКВАЛІФІКАЦІЇ</p>
<p>«Крапельне зрошення»</p><p>ЗАБЕЗПЕЧЕННЯ ЯКОСТІ · ВИЗНАННЯ</p>
<p>Програму затверджено вченою радою; внутрішня система забезпечення якості закладу</p>
<p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("quality_assurance") == (
        "Програму затверджено вченою радою; внутрішня система забезпечення якості закладу")
