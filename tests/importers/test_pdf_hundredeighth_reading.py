"""Readings corrected after the hundred-and-eighth set of certificates (filled-in forms), each in other wording than
the set's: a form's list of competences, a year above a label is no workload, an activity's title and its provider
without how it was delivered, a German form's fields, a filled field wrapped above its caption, an attendance rate is
no grade, a table's row that names an assessment is no header."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_forms_list_of_competences(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>КЗ «ОБЛАСНИЙ ІНСТИТУТ ПІСЛЯДИПЛОМНОЇ ОСВІТИ»</p><p>СВІДОЦТВО</p>
<p>про підвищення кваліфікації</p><p>Рудь Олена Петрівна</p><p>Перелік набутих компетентностей:</p>
<p>– планує уроки хімії з використанням віртуальних лабораторій;</p>
<p>– оцінює навчальні досягнення учнів за критеріями формувального оцінювання.</p><p>Ректор</p>""")
    assert rec.value("learning_outcomes") == [
        "планує уроки хімії з використанням віртуальних лабораторій",
        "оцінює навчальні досягнення учнів за критеріями формувального оцінювання."]


def test_a_year_above_a_label_is_no_workload(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Riverside Academy</p><p>CPD Record</p><p>Name</p><p>Iryna Bondar</p>
<p>Date(s)</p><p>14 March 2026</p><p>CPD hours</p><p>see the provider's certificate</p>""")
    assert rec.value("workload_hours") != 2026


def test_an_activitys_title_and_its_provider_without_how_it_was_delivered(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Riverside Academy</p><p>Continuing Professional Development Record</p>
<p>Name</p><p>Iryna Bondar</p><p>Title of activity</p><p>Behaviour Management in Secondary Schools</p>
<p>Provider</p><p>Brightlane Education Ltd (online via Microsoft Teams)</p>""")
    assert rec.value("title") == "Behaviour Management in Secondary Schools"
    assert rec.value("awarding_body") == "Brightlane Education Ltd"


def test_a_german_forms_fields(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Bildungswerk Nordheide gGmbH</p><p>Teilnahmebescheinigung</p>
<p>Name, Vorname</p><p>Koval, Marta</p><p>geboren am / in</p><p>03.04.1993 in Lwiw (Ukraine)</p>
<p>Lehrgang</p><p>Grundlagen der Buchhaltung</p><p>Umfang</p><p>80 Unterrichtseinheiten (UE) à 45 Minuten</p>
<p>Ergebnis: 71 von 100 Punkten (befriedigend)</p>""")
    assert rec.value("learner_name") == "Marta Koval"
    assert rec.value("title") == "Grundlagen der Buchhaltung"
    assert rec.value("workload_hours") == 60
    assert rec.value("issuer_country") != "Ukraine (UKR)"
    assert rec.value("grade") == "71 von 100 Punkten (befriedigend)"


def test_a_filled_field_wrapped_above_its_caption(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО</p><p>про підвищення кваліфікації</p><p>Рудь Олена Петрівна</p>
<p>(прізвище, ім'я, по батькові)</p><p>підвищила кваліфікацію в</p>
<p>Центрі професійного розвитку педагогічних працівників Полтавської</p><p>міської ради</p>
<p>(найменування суб'єкта підвищення кваліфікації)</p>""")
    assert rec.value("awarding_body") == (
        "Центрі професійного розвитку педагогічних працівників Полтавської міської ради")


def test_an_attendance_rate_is_no_grade(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Vestby University College</p><p>CERTIFICATE OF ATTENDANCE</p>
<p>This is to certify that Marta Koval attended the summer school</p><p>attendance / result</p>
<p>95 % of sessions; final presentation passed</p>""")
    assert rec.value("grade") != "95 % of sessions"


def test_a_tables_row_that_names_an_assessment_is_no_header(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Ośrodek Szkoleniowy Przykład Sp. z o.o.</p><p>ZAŚWIADCZENIE</p>
<p>Pani Marta Kowal</p><p>ukończyła kurs „Obsługa wózków jezdniowych”</p><p>Lp.</p><p>Temat zajęć</p>
<p>Liczba godzin</p><p>1.</p><p>Budowa wózka, ocena stanu technicznego, dziennik konserwacji</p><p>6</p>
<p>2.</p><p>Jazda próbna</p><p>4</p><p>Razem</p><p>10</p>""")
    assert rec.value("grade") != "10"
