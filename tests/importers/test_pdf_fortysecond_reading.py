"""Certificates shaped like those of the forty-second and forty-third bench sets, in other wording: a heading whose
note in brackets runs on to the next line, the learner's own "Що я вмію", a heading's one paragraph of first-person
prose in a language whose openings the reader does not know (each sentence one outcome)."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_heading_whose_note_in_brackets_runs_on_to_the_next_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Сертифікат</h1><p>Видано Павленко Ірині Олегівні</p>
<p>за курс «Догляд за садом»</p>
<p>Що я вмію після курсу (опис складено слухачкою, перевірено куратором практики<br>за підсумками сезону):</p>
<p>Я вмію обрізати плодові дерева навесні й улітку, добирати інструмент до кожної гілки та доглядати
зрізи, щоб вони добре загоювалися.</p><p>Я вмію щепити яблуні й груші способом копулювання та окуліруванням,
готувати підщепу й захищати щеплення, доки воно не приживеться.</p>
<p>Я вмію складати календар обприскувань саду відповідно до шкідників і хвороб кожного сезону та вести журнал
обробок.</p><p>Підсумкова робота: план догляду за садом фермерського господарства (20 дерев).
Оцінка куратора: 90 зі 100.</p>
<p>Дата видачі: 12.10.2026</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and len(outcomes) == 3
    assert [o.split()[2] for o in outcomes] == ["обрізати", "щепити", "складати"]


def test_a_paragraph_of_first_person_prose_is_read_sentence_by_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificado</h1><p>Se certifica que D.ª Iryna Pavlenko</p>
<p>ha superado el curso Cuidado del huerto frutal</p>
<p>Resultados de aprendizaje (declaración redactada por la alumna y revisada por<br>el profesorado)</p>
<p>Soy capaz de podar árboles frutales en invierno y en verano, elegir la herramienta adecuada para cada rama y
cuidar los cortes para que cicatricen bien. Puedo injertar manzanos y perales por púa y por yema, preparar el patrón
y proteger el injerto hasta que prenda. Sé planificar el calendario de tratamientos del huerto según las plagas y
enfermedades de cada estación y registrar cada aplicación.</p><p>Soria, 12 de octubre de 2026</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and len(outcomes) == 3
    assert outcomes[0].startswith("Soy capaz de podar") and outcomes[1].startswith("Puedo injertar")
    assert outcomes[2].startswith("Sé planificar")


def test_the_learner_ends_where_the_next_field_on_the_line_begins(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Micro-credential: Orchard Care</h1>
<p>Awarded by Valley College of Horticulture</p><p>Learner: Iryna Pavlenko  ·  date of birth 12.05.2000</p>
<p>Workload: 3 ECTS  ·  Issued 12 October 2026</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"


def test_a_kind_of_course_with_its_adjective_after_it_leaves_the_name_to_the_next_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Universidad del Valle del Jiloca</p>
<p>Centro de Formación Continua</p><p>El Director del Centro certifica que</p><p>D.ª Iryna Pavlenko</p>
<p>ha superado el curso semipresencial</p><p>Cuidado del Huerto Frutal</p>
<p>con una carga de trabajo de 3 créditos ECTS (75 horas).</p><p>Calamocha, a 12 de octubre de 2026.</p>""")
    assert rec.value("title") == "Cuidado del Huerto Frutal"
    assert rec.value("awarding_body") == "Universidad del Valle del Jiloca"


def test_an_italian_attestato_heading_is_the_paper_not_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:16pt"><b>SCUOLA AGRARIA DELLE VALLI ALTE</b></p>
<p style="font-size:14pt">Attestato di partecipazione con profitto</p>
<p style="font-size:13pt">Corso di potatura degli alberi da frutto (I livello)</p>
<p style="font-size:10pt">Partecipante</p><p style="font-size:10pt">Iryna Pavlenko</p>
<p style="font-size:10pt">Durata 30 ore, dal 6 marzo al 15 maggio 2026</p>""")
    assert rec.value("title") == "Corso di potatura degli alberi da frutto (I livello)"


def test_passed_with_its_result_names_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE OF COMPLETION</p>
<p style="font-size:18pt"><b>Orchard Care: Pruning, Grafting and Spraying</b></p>
<p>This is to certify that Iryna Pavlenko has completed the course.</p>
<p>Assessment: observed pruning of five trees and a short written test; result — passed (91 %).</p>
<p>Olena Koval</p><p>Head of Training</p>""")
    assert rec.value("title") == "Orchard Care: Pruning, Grafting and Spraying"


def test_paragraphs_of_topics_end_at_the_date_of_issue_and_the_signatures(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard Keepers' Guild</p><p>Certificate of Professional Development</p>
<p>This is to certify that Iryna Pavlenko has completed the accredited CPD programme Winter Pruning of Fruit
Trees, delivered online between 3 March and 28 April 2026.</p><p><b>What the programme covered</b></p>
<p>Participants examined how pruning in winter differs from pruning in summer and when each suits apple, pear and
plum trees. They practised cutting to an outward bud and reviewed the tools used in small orchards.</p>
<p>The final sessions dealt with the care of cuts and with the burning or chipping of the prunings before spring.</p>
<p>Awarded on 17 May 2026 · Certificate no. OKG/CPD/26/0042</p><p>H. Conway-Bell</p><p>Dr Harriet Conway-Bell</p>
<p>Head of Professional Standards</p>""")
    assert rec.value("title") == "Winter Pruning of Fruit Trees"
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and len(outcomes) == 2 and not any("Conway" in o or "Awarded" in o for o in outcomes)


def test_a_spanish_diploma_awarded_below_se_otorga_a(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>HUERTA VIVA · ESCUELA DE AGRICULTURA · TERUEL</p><p>DIPLOMA</p>
<p style="font-size:16pt">Curso intensivo de Fruticultura Ecológica</p>
<p>Edición 3 · 120 horas lectivas · 8 semanas</p><p>Se otorga a</p><p>Iryna Pavlenko</p>
<p>por haber superado todos los módulos del programa.</p><p>Módulos del programa</p>
<p>1. Poda de formación y de fructificación (30 h)</p><p>2. Injertos y patrones (40 h)</p>
<p>Proyecto final: «El manzano de secano en Teruel, 2020–2025»</p><p>Teruel, 28 de junio de 2026</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("title") == "Curso intensivo de Fruticultura Ecológica"
    assert rec.value("workload_hours") == 120


def test_a_course_of_a_portal_named_in_quotes_after_the_portal_s(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>САДИ УКРАЇНИ</p><p>Сертифікат</p><p>засвідчує, що</p>
<p>Павленко Ірина Олегівна</p><p>пройшла онлайн-курс порталу «Сади України» для фахівців галузі</p>
<p>«Зимове обрізування плодових дерев»</p><p>Обсяг: 30 годин (1 кредит ЄКТС)</p>""")
    assert rec.value("title") == "Зимове обрізування плодових дерев"


def test_the_learner_below_an_italian_surname_and_name_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ISTITUTO AGRARIO DELLE VALLI</p><p>ATTESTATO DI FREQUENZA</p>
<p>Si attesta che</p><p>Cognome e nome</p><p>PAVLENKO Iryna</p><p>Luogo e data di nascita</p>
<p>Kyiv (Ucraina), 11/04/2002</p><p>ha frequentato il corso di formazione</p>
<p>«Potatura invernale degli alberi da frutto»</p>
<p>della durata di 30 ore.</p>""")
    assert rec.value("learner_name") == "PAVLENKO Iryna"


def test_what_the_learner_mastered_told_in_a_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Сертифікат</p><p>Слухачка</p><p>Павленко Ірина Олегівна</p>
<p>Курс</p><p>Догляд за садом</p><p>Під час навчання слухачка опанувала обрізування плодових дерев, щеплення яблунь
способом копулювання та складання календаря обприскувань.</p><p>Київ, 30 квітня 2026 р.</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and outcomes[0].startswith("обрізування плодових дерев")


def test_interval_estimation_is_a_topic_not_the_kind_of_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Свідоцтво про підвищення кваліфікації</p>
<p>Видане Павленко Ірині Олегівні про те, що вона пройшла навчання за програмою «Статистика для аграріїв»</p>
<p>1. Точкове оцінювання: метод моментів, 10 год</p><p>2. Інтервальне оцінювання: довірчі інтервали, 10 год</p>
<p>Форма підсумкового контролю: залік</p>""")
    assert rec.value("assessment_type") == "залік"


def test_a_description_s_verbs_sharing_their_object_and_the_course_showing_how(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>САДОВА ШКОЛА · освітня онлайн-платформа</p><p>СЕРТИФІКАТ</p>
<p>Цим засвідчується, що</p><p>Ірина Павленко</p><p>успішно завершила курс</p><p>«Догляд за молодим садом»</p>
<p><b>Про курс</b></p><p>Курс показує, як перейти від вибору саджанців до закладання саду на ділянці. Слухачі
обрізують молоді дерева, підживлюють їх і поливають, обстежують, лікують та захищають дерева від шкідників.</p>
<p>Дата видачі: 14 березня 2026 р.</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None
    assert outcomes[0].startswith("Перейти від вибору саджанців")
    assert any(o.startswith("Обстежують, лікують та захищають дерева") for o in outcomes)
