"""Certificates shaped like those of the fifty-fifth bench set (micro-credentials laid out after the Council
Recommendation's Annex I: element tables with short or wrapped labels, numbered boxes, labels in two languages, side
panels in capitals, prose), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td style="width: 70px;">{label}</td><td>{value}</td></tr>' for label, value in rows)
    return f"<table>{cells}</table>"


def test_an_element_table_with_short_labels_wrapped_in_their_column(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, "<p>Orchard University</p><p>MICRO-CREDENTIAL</p>" + _table([
        ("Learner", "Iryna PAVLENKO, born 2 May 2001"),
        ("Title of the micro-credential", "Pruning and Grafting of Fruit Trees (course HORT-214)"),
        ("Country of the issuer", "Finland"),
        ("Awarding body", "Orchard University, Department of Horticulture"),
        ("Date of issue", "9 June 2025"),
        ("Learning outcomes", "The learner is able to: • prune young apple trees; • graft pears onto quince."),
        ("Notional workload", "3 ECTS credits (81 hours)"),
        ("Type of assessment", "Practical test in the orchard"),
        ("Result", "Grade 5 (excellent) on the scale 0–5"),
        ("Quality assurance", "Course of the approved curriculum"),
        ("Integration / stackability", "Stand-alone"),
    ]))
    assert rec.value("learner_name") == "Iryna PAVLENKO"
    assert rec.value("title") == "Pruning and Grafting of Fruit Trees (course HORT-214)"
    assert rec.value("issuer_country") == "Finland (FIN)"
    assert rec.value("grade") == "Grade 5 (excellent) on the scale 0–5"
    assert rec.value("quality_assurance") == "Course of the approved curriculum"
    assert rec.value("stackability") == "Stand-alone"


def test_numbered_boxes_labelled_in_two_languages(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Gartenbauschule Beispielstadt</p><p>Microcredential-Zertifikat</p>
<p>1&nbsp;&nbsp;Identifikation der/des Lernenden / Identification of the learner</p>
<p>Iryna Pavlenko, geb. 02.05.2001</p>
<p>2&nbsp;&nbsp;Titel / Title</p><p>Obstbaumschnitt und Veredelung</p>
<p>3&nbsp;&nbsp;Ausstellende Einrichtung / Awarding body</p><p>Gartenbauschule Beispielstadt</p>
<p>4&nbsp;&nbsp;Ausstellungsdatum / Date of issue</p><p>18.07.2025</p>
<p>5&nbsp;&nbsp;Lernergebnisse / Learning outcomes</p>
<p>Nach erfolgreichem Abschluss sind die Teilnehmenden in der Lage,</p>
<p>• junge Apfelbäume zu schneiden;</p><p>• Birnen auf Quitte zu veredeln.</p>
<p>6&nbsp;&nbsp;Art der Prüfung / Type of assessment</p><p>Praktische Prüfung</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("title") == "Obstbaumschnitt und Veredelung"
    assert rec.value("learning_outcomes") == ["junge Apfelbäume zu schneiden", "Birnen auf Quitte zu veredeln."]


def test_a_ukrainian_table_of_elements_numbered_above_their_labels(tmp_path: Path) -> None:
    rows = "".join(f"<p>{n}</p><p>{label}</p><p>{value}</p>" for n, label, value in [
        (1, "Ідентифікація здобувача", "Павленко Ірина Олегівна, дата народження 02.05.2001"),
        (2, "Назва мікрокваліфікації", "«Обрізування плодових дерев»"),
        (3, "Країна", "Україна"),
        (4, "Заклад, що присвоює", "Уманський садовий університет"),
        (5, "Дата видачі", "30 травня 2025 р."),
        (6, "Результати навчання", "РН1. Формувати крону молодої яблуні.<br>РН2. Щепити грушу на айву."),
        (7, "Форма оцінювання", "Практичний залік"),
    ])
    rec = inspect_html(tmp_path, f"<p>СЕРТИФІКАТ про здобуття мікрокваліфікації</p>{rows}")
    assert rec.value("title") == "Обрізування плодових дерев"
    assert rec.value("awarding_body") == "Уманський садовий університет"
    assert rec.value("learning_outcomes") == ["Формувати крону молодої яблуні.", "Щепити грушу на айву."]
    assert rec.value("assessment_type") == "Практичний залік"


def test_a_side_panel_of_labels_in_capitals(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard University</p><p>COUNTRY</p><p>Latvia</p><p>DATE OF ISSUE</p>
<p>2 July 2025</p><p>NOTIONAL WORKLOAD</p><p>3 ECTS · 80 hours</p><p>FORM OF PARTICIPATION</p><p>Online</p>
<p>PREREQUISITES</p><p>None</p><p>CREDENTIAL ID</p><p>OU-25-1186</p><p>MICRO-CREDENTIAL</p>
<p>This micro-credential is awarded to</p><p>Iryna Pavlenko</p><p>for successful completion of</p>
<p>Orchard Care:</p><p>Pruning and Grafting</p><p>Learning outcomes</p>
<p>1. prune young apple trees – central leader and open centre – in late winter;</p>
<p>2. graft pears onto quince rootstock.</p>""")
    assert rec.value("prerequisites") == "None"
    assert rec.value("title") == "Orchard Care: Pruning and Grafting"
    assert rec.value("learning_outcomes") == [
        "prune young apple trees – central leader and open centre – in late winter",
        "graft pears onto quince rootstock.",
    ]


def test_a_micro_credential_told_in_prose(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard University</p><p>CERTIFICATE of a micro-credential</p>
<p>Orchard University hereby certifies that Iryna Pavlenko, born on 3 August 1999, has successfully completed the
micro-credential “Orchard Care”. Upon completion, the participant is able to prune young apple trees; to graft pears
onto quince; and to keep a spraying calendar.</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("learning_outcomes") == ["prune young apple trees", "graft pears onto quince",
                                              "keep a spraying calendar"]


def test_elements_said_in_sentences_one_after_another(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>УМАНСЬКИЙ САДОВИЙ УНІВЕРСИТЕТ</p><p>СЕРТИФІКАТ МІКРОКВАЛІФІКАЦІЇ</p>
<p>Здобувачка</p><p>ПАВЛЕНКО Ірина Олегівна, 02.05.2001 р. н., агроном</p><p>Мікрокваліфікація</p>
<p>«Обрізування плодових дерев»</p>
<p>Заклад, що присвоює: Уманський садовий університет (Україна). Рівень: 6 НРК.</p>
<p>Форма участі: очна (сад університету) з дистанційним теоретичним модулем.</p><p>Дата видачі: 18.04.2025</p>
<p>Результати навчання</p><p>• формує крону молодої яблуні;</p><p>• щепить грушу на айву.</p>""")
    assert rec.value("learner_name") == "ПАВЛЕНКО Ірина Олегівна"
    assert rec.value("awarding_body") == "Уманський садовий університет (Україна)"
    assert rec.value("participation_form") == "onsite"
