"""Fields the thirty-third set's first reading got wrong, in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_portfolios_can_do_statements_without_their_captions_ticks_and_notes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Completion</p><p>This is to certify that</p><p>Iryna Koval</p>
<p>has completed the course German for Nurses (B1)</p><p>Learner portfolio — what I can do in German</p>
<p>Statements written by the learner; each was confirmed by the tutor.</p>
<p>Listening</p><p>I can follow a handover at the start of a shift and note what each patient needs.</p>
<p>✓ tutor</p><p>Speaking</p><p>I can explain a treatment step to a patient in simple words.</p><p>✓ tutor</p>
<p>Writing</p><p>I can write a short care note and a message to a doctor.</p><p>✓ tutor</p>
<p>Date of issue: 3 March 2026</p>""")
    assert rec.value("learning_outcomes") == [
        "I can follow a handover at the start of a shift and note what each patient needs.",
        "I can explain a treatment step to a patient in simple words.",
        "I can write a short care note and a message to a doctor.",
    ]


def test_a_spanish_moocs_name_above_this_course_its_total_hours_and_what_was_learnt(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Curso ofrecido por la Universidad de Valdeluz · Facultad de Ciencias</p>
<p>CERTIFICADO DE FINALIZACIÓN</p><h1>Álgebra lineal para ingeniería</h1><p>Se certifica que</p><p>Oksana Lys</p>
<p>ha completado con éxito este curso en línea con identidad verificada.</p><p>Esfuerzo</p>
<p>5 horas por semana, aprox. 40 horas en total</p><p>Lo que has aprendido</p>
<ul><li>Resolver sistemas de ecuaciones lineales por eliminación gaussiana.</li>
<li>Calcular determinantes, autovalores y autovectores de matrices.</li></ul>
<p>Evaluación</p><p>8 cuestionarios semanales</p>""")
    assert rec.value("title") == "Álgebra lineal para ingeniería"
    assert rec.value("workload_hours") == 40
    assert rec.value("awarding_body") == "Universidad de Valdeluz"
    assert rec.value("learning_outcomes") == [
        "Resolver sistemas de ecuaciones lineales por eliminación gaussiana.",
        "Calcular determinantes, autovalores y autovectores de matrices.",
    ]


def test_a_german_further_training_named_below_its_kind_and_its_overall_grade_below_the_parts(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ZERTIFIKAT</p><p>Frau</p><p>Olena Savchuk</p>
<p>hat vom 02.02.2026 bis 27.03.2026 an der berufsbegleitenden Fortbildung</p>
<p>Datenbanken und SQL für die Praxis</p><p>teilgenommen und diese mit Erfolg abgeschlossen.</p>
<p>Leistungsnachweise</p><p>Projektarbeit „Lagerverwaltung für einen Onlinehandel“</p><p>Note 2,3</p>
<p>Abschlussprüfung</p><p>Note 1,3</p><p>Gesamtnote</p><p>gut (1,8)</p>""")
    assert rec.value("title") == "Datenbanken und SQL für die Praxis"
    assert rec.value("grade") == "gut (1,8)"


def test_a_course_label_whose_cell_is_empty_is_no_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Completion</p>
<h2>Mobile App Development with Kotlin</h2><p>Awarded to</p><p>Ivan Lysenko</p>
<p>Course</p><p>Dates</p><p>12 January – 8 May 2026</p><p>Workload</p><p>180 hours</p>""")
    assert rec.value("title") == "Mobile App Development with Kotlin"
