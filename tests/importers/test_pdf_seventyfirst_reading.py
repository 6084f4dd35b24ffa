"""Certificates shaped like those of the seventy-first to seventy-third sets (printouts of signed documents,
micro-credentials with labels of their own), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_annex_labels_with_the_country_beside_the_body_and_a_period_of_study(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Micro-credential Certificate</p>
<p>issued in line with the Council Recommendation on a European approach to micro-credentials</p>
<p>Learner</p><p>Olena Shevchuk, born 02.02.2003</p><p>Title of the micro-credential</p><p>Cloud Computing Basics</p>
<p>Awarding body / country</p><p>Riverside College of Technology, Ireland</p><p>Period of study</p>
<p>6 January 2025 – 30 April 2025</p><p>Learning outcomes</p><p>Deploy a web application to a cloud platform.</p>
<p>Notional workload</p><p>4 ECTS</p><p>Type of assessment</p><p>project</p>""")
    assert rec.value("awarding_body") == "Riverside College of Technology, Ireland"
    assert rec.value("title") == "Cloud Computing Basics"


def test_a_dative_name_with_the_surname_in_capitals(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО</p><p>про підвищення кваліфікації</p>
<p>Видане ГОНЧАРУК Ірині Петрівні, вчительці математики ліцею № 2, про те, що вона пройшла підвищення
кваліфікації за програмою «Формувальне оцінювання».</p>""")
    assert rec.value("learner_name") == "ГОНЧАРУК Ірині Петрівні"


def test_a_surname_set_on_the_line_above_the_first_name_and_patronymic(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Цифролаб</p><p>СЕРТИФІКАТ</p><p>про проходження серії онлайн-курсів</p>
<p style="font-size: 20px;">Коваленко<br>Ірина Степанівна</p><p>успішно завершив(-ла) серію курсів</p>
<p>«Цифрова грамотність для офісу»</p>""")
    assert rec.value("learner_name") == "Коваленко Ірина Степанівна"


def test_values_opening_with_the_colon_below_their_labels(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE OF COMPLETION</p><p>Name</p><p>: KOVAL IRYNA</p><p>Course Title</p>
<p>: Introduction to Robotics</p><p>Offered by</p><p>: Department of Mechanical Engineering, Hanbit University</p>
<p>Learning Hours</p><p>: 30 hours</p>""")
    assert rec.value("learner_name") == "KOVAL IRYNA"
    assert rec.value("title") == "Introduction to Robotics"
    assert rec.value("awarding_body") == "Department of Mechanical Engineering, Hanbit University"


def test_a_spanish_constancia_hours_in_words_and_the_grade_not_its_scale(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>UNIVERSIDAD DEL VALLE ALTO</p><p>CONSTANCIA</p>
<p>Se hace constar que el Sr. PAVLO MOROZ ha aprobado el Curso de Extensión «Redes de Computadoras», con una carga
horaria total de 64 (sesenta y cuatro) horas reloj, obteniendo la calificación final de 8 (ocho) – Muy bueno.</p>
<p>Escala de calificación: 1 a 10; aprobación con 6 (seis).</p>""")
    assert rec.value("workload_hours") == 64
    assert rec.value("grade") == "8 (ocho) – Muy bueno"


def test_a_course_named_below_upon_completion_of_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>STATEMENT OF ATTAINMENT</p><p>This is to certify that</p><p>PETRENKO OLHA</p>
<p>has attained the following competency unit(s) upon completion of the course</p>
<p>Cloud Fundamentals for Small Businesses</p><p>Competency Unit</p><p>Result</p><p>Cloud Basics</p><p>Competent</p>""")
    assert rec.value("title") == "Cloud Fundamentals for Small Businesses"
