"""Wordings and layouts found on a twenty-second reading: a competence matrix (a ruled table of competences and the
level each reached); a Spanish certificado ("CERTIFICA que Dña. …", "con una duración de 75 horas lectivas" above
its modules' hours, "Calificación final: Notable (8,1 sobre 10). Evaluación: …", modules numbered I., II. each with a
paragraph of what its learners can do); the national framework's descriptors without colons ("Автономія"); credits
in the dative ("відповідає 3 кредитам ЄКТС"); a badge's printout ("Earned by …", a line of skills' names above the
criteria of what the earner can do, "81 % — Passed"); an employer's letter ("Re: Completion of internal training
“…”", "We confirm that Mr …", "… Mr Sydorenko learned to …"); "Short course · …"; "What the participant is now able
to do" above a paragraph; an assessment whose sentence goes on to the next line; "8 sessions of 3 hours"; a name in
large type on two lines above "виданий"; "Програма: 1) …; 2) …". Each was read wrong before; the wordings here are
other than those of the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_CELL = '<td style="border:1px solid #555555; padding:3px">'


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"{_CELL}{cell}</td>" for cell in cells) + "</tr>"


def test_a_competence_matrix_gives_its_competences(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<h1>СЕРТИФІКАТ</h1><p>Курс «Садівництво для початківців»</p>
<p>Матриця компетентностей</p><table style="width:100%; border-collapse:collapse">
{_row("Компетентність", "Початковий", "Достатній", "Високий")}
{_row("Обрізування плодових дерев навесні та восени", "", "X", "")}
{_row("Щеплення саджанців живцем і вічком", "", "", "X")}
{_row("Складання календаря обприскування саду", "X", "", "")}</table><p>Директорка ____ І. Петренко</p>""")
    assert rec.value("learning_outcomes") == ["Обрізування плодових дерев навесні та восени",
                                              "Щеплення саджанців живцем і вічком",
                                              "Складання календаря обприскування саду"]


def test_a_spanish_certificate_with_modules_and_their_paragraphs(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>UNIVERSIDAD DE PRUEBA</p><p>CERTIFICADO DE APROVECHAMIENTO</p>
<p>Dña. Marta Ruiz Soler, Directora de la Escuela, CERTIFICA que D. Taras Koval, con pasaporte n.º AB123, ha
superado el curso «Jardinería Práctica», con una duración de 40 horas lectivas (2 créditos ECTS).</p>
<p>Calificación final: Sobresaliente (9,2 sobre 10). Evaluación: dos prácticas de campo en el vivero de la
escuela y un examen escrito.</p>
<p>Contenidos y resultados de aprendizaje por módulo</p>
<p>I. Poda de frutales (20 h)</p><p>El alumnado es capaz de podar árboles jóvenes y adultos en primavera y otoño.</p>
<p>II. Injertos (20 h)</p><p>Realiza injertos de hendidura y de yema en plantones de vivero.</p>
<p>Y para que conste, se expide el presente certificado en Prueba, a 16 de junio de 2025.</p>""")
    assert rec.value("learner_name") == "Taras Koval"
    assert rec.value("workload_hours") == 40
    assert rec.value("grade") == "Sobresaliente (9,2 sobre 10)"
    assert rec.value("assessment_type") == "dos prácticas de campo en el vivero de la escuela y un examen escrito."
    assert rec.value("learning_outcomes") == [
        "Poda de frutales (20 h): El alumnado es capaz de podar árboles jóvenes y adultos en primavera y otoño.",
        "Injertos (20 h): Realiza injertos de hendidura y de yema en plantones de vivero."]


def test_framework_descriptors_without_colons_and_credits_in_the_dative(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Цим засвідчується, що</p><p>Коваль Ольга Петрівна</p>
<p>успішно опанувала програму</p><p>«Садівництво для початківців»</p>
<p>Обсяг: 60 годин, що відповідає 2 кредитам ЄКТС.</p><p>Навчальні досягнення:</p>
<p>Уміння</p><p>Обрізує плодові дерева навесні та восени.</p>
<p>Автономія</p><p>Самостійно складає календар обприскування саду.</p><p>Директорка ____ І. Петренко</p>""")
    assert rec.value("workload_ects") == 2
    assert rec.value("learning_outcomes") == ["Обрізує плодові дерева навесні та восени.",
                                              "Самостійно складає календар обприскування саду."]


def test_a_badges_printout(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:20px">Orchard Practitioner</p>
<p>Earned by Olha Koval · Issued 28 February 2025 · Does not expire</p>
<p>Skills: pruning · grafting · spraying · records</p><p>Criteria</p>
<p>To earn this badge the earner had to demonstrate, in assessed work, that they can:</p>
<ul><li>prune young and old fruit trees in spring and autumn;</li><li>graft seedlings by cleft and by budding.</li></ul>
<p>Overall (pass mark 60 %)</p><p>81 % — Passed</p><p>Evidence URL: https://badges.example/evidence/7F3K</p>""")
    assert rec.value("learner_name") == "Olha Koval"
    assert rec.value("title") == "Orchard Practitioner"
    assert rec.value("learning_outcomes") == ["prune young and old fruit trees in spring and autumn",
                                              "graft seedlings by cleft and by budding."]


def test_an_employers_letter(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GREENFIELD FARMS LLC</p><p>People Department</p><p>Lviv, 9 December 2024</p>
<p>Re: Completion of internal training “Orchard Care for Field Staff”</p>
<p>We confirm that Ms Olha Koval, employed with us as a field assistant since 2023, took part in our internal
training programme from 7 October to 29 November 2024 (16 sessions of 3 hours).</p>
<p>In the course of the training Ms Koval learned to prune young fruit trees, to graft seedlings by budding and to
plan a season's spraying. Ms Koval obtained 88 out of 100 points in the final test.</p><p>Yours faithfully,</p>""")
    assert rec.value("title") == "Orchard Care for Field Staff"
    assert rec.value("learner_name") == "Olha Koval"
    assert rec.value("workload_hours") == 48
    assert rec.value("grade") == "88 out of 100 points"
    assert rec.value("learning_outcomes")[:2] == ["prune young fruit trees", "graft seedlings by budding"]


def test_a_short_course_line_and_what_the_participant_is_able_to_do(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GREEN SCHOOL</p><p>Statement of Achievement</p>
<p>Short course · Orchard Care: From Pruning to Harvest</p><p>Participant</p><p>Olha Koval</p>
<p>Study time: 8 sessions of 2 hours plus homework</p><p>What the participant is now able to do</p>
<p>Prune young and old fruit trees; graft seedlings by cleft and by budding; keep a simple harvest record.</p>
<p>Assessment and grade</p><p>Final mark (Pass 50, Merit 70, Distinction 85)</p><p>81.5 — Merit</p>
<p>Signed: Anna Green</p>""")
    assert rec.value("title") == "Orchard Care: From Pruning to Harvest"
    assert rec.value("workload_hours") == 16
    assert rec.value("grade") == "81.5 — Merit"  # below its label and the label's bracket
    assert rec.value("learning_outcomes") == [
        "Prune young and old fruit trees", "graft seedlings by cleft and by budding", "keep a simple harvest record."]


def test_a_name_on_two_lines_above_vydanyi_and_a_programme_of_numbered_parts(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ШКОЛА САДІВНИЦТВА</p><p>СЕРТИФІКАТ ПРО ЗАВЕРШЕННЯ ІНТЕНСИВУ</p>
<p style="font-size:22px">Сад на власній ділянці</p><p style="font-size:22px">без найманих працівників</p>
<p>виданий</p><p>Коваль Ользі Петрівні</p>
<p>Програма: 1) обрізування дерев; 2) щеплення; 3) обприскування; 4) облік урожаю.</p>
<p>Підсумкове завдання: сад на ділянці (ферма «Яблунька»).</p>""")
    assert rec.value("title") == "Сад на власній ділянці без найманих працівників"


def test_a_lists_last_item_keeps_apart_from_the_paragraph_after_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>CERTIFICATE</h1><p>Olha Koval has completed Orchard Care</p>
<p>What you learned:</p><ul><li>Prune fruit trees</li><li>Graft seedlings by budding</li></ul>
<p>Anna Green, Head of Education · 12 March 2025</p>""")
    assert rec.value("learning_outcomes") == ["Prune fruit trees", "Graft seedlings by budding"]
