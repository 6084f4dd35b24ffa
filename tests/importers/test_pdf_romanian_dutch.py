"""Romanian and Dutch certificates: the learner after "Prin prezentul se certifică faptul că doamna …" or "Hierbij
verklaart … dat", not the date of birth ("născută la data de …") as the date of issue, the course named in quotes over
two lines after "a absolvit programul …", "200 de ore", "8 (opt) credite transferabile ECTS", "4 EC", a grade "cu nota 9
(nouă)" or under "Eindcijfer" (not the pass mark "Een voldoende eindcijfer is 5,5"), competences coded C1., CT1.
under "Competențe dobândite", the country written in capitals in its own language. Other wording than the
certificates that showed them."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_ROMANIAN = (
    "<p>ROMÂNIA</p><p>UNIVERSITATEA „DUNĂREA DE SUS” DIN GALAȚI</p><p>Nr. de înregistrare 515 / 12.09.2025</p>"
    "<p>CERTIFICAT DE ABSOLVIRE</p>"
    "<p>Prin prezentul se certifică faptul că domnul PETRENKO Andrii, născut la data de 2 martie 2003 în Odesa, "
    "a absolvit cu succes programul de perfecționare</p>"
    "<p>„Baze de date relaționale:</p><p>proiectare și interogări SQL”</p>"
    "<p>cu o durată totală de 120 de ore (48 de ore de curs și 72 ore de studiu individual), cărora le corespund "
    "5 (cinci) credite transferabile ECTS, și a promovat examenul final cu nota 10 (zece), pe scala 1–10.</p>"
    "<p>COMPETENȚE DOBÂNDITE</p>"
    "<p>C1. Proiectarea schemelor relaționale normalizate pentru o problemă dată.</p>"
    "<p>C2. Scrierea interogărilor SQL cu joncțiuni, grupări și subinterogări.</p>"
    "<p>CT1. Lucrul în echipă la un proiect de bază de date.</p>"
)

_DUTCH = (
    "<p>Hogeschool Noorderlicht</p><p>Certificaat</p>"
    "<p>Hierbij verklaart de examencommissie van de opleiding Informatica dat</p><p>Sanne de Vries</p>"
    "<p>geboren op 4 april 2003, de module Statistiek 1 met goed gevolg heeft afgerond.</p>"
    "<p>Studielast 84 uur, 3 EC</p><p>Eindcijfer</p><p>8,2</p>"
    "<p>Een voldoende eindcijfer is 5,5 of hoger.</p><p>Groningen, 1 juli 2025</p>"
)


def test_a_romanian_certificat_de_absolvire(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _ROMANIAN)
    assert rec.value("learner_name") == "PETRENKO Andrii"
    assert rec.value("title") == "Baze de date relaționale: proiectare și interogări SQL"
    assert rec.value("issued_on") == "2025-09-12"
    assert rec.value("workload_hours") == 120
    assert rec.value("workload_ects") == 5
    assert rec.value("grade") == "10 (zece)"
    assert rec.value("issuer_country") == "ROMÂNIA"  # as written; the profile reads it as RO
    assert (rec.value("awarding_body") or "").startswith("UNIVERSITATEA")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes[:2] == ["Proiectarea schemelor relaționale normalizate pentru o problemă dată.",
                            "Scrierea interogărilor SQL cu joncțiuni, grupări și subinterogări."], outcomes


def test_a_dutch_certificaat(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _DUTCH)
    assert rec.value("learner_name") == "Sanne de Vries"
    assert rec.value("workload_hours") == 84
    assert rec.value("workload_ects") == 3
    assert rec.value("grade") == "8,2"
    assert rec.value("issued_on") == "2025-07-01"


def test_the_course_named_before_its_verb(tmp_path: Path) -> None:
    """Dutch and German put the verb last: the name stands between the kind of course and the verb."""
    dutch = ("<p>Certificaat</p><p>Hierbij verklaart de opleidingscommissie dat</p><p>Sanne de Vries</p>"
             "<p>geboren op 4 april 2003, de cursus</p><p>Inleiding Databases</p>"
             "<p>met goed gevolg heeft afgerond.</p>")
    assert inspect_html(tmp_path, dutch).value("title") == "Inleiding Databases"
    german = ("<p>Zertifikat</p><p>Hiermit wird bestätigt, dass</p><p>Olena Bondar</p><p>den Lehrgang</p>"
              "<p>Projektmanagement Grundlagen</p><p>mit Erfolg abgeschlossen hat.</p>")
    assert inspect_html(tmp_path, german, "de.pdf").value("title") == "Projektmanagement Grundlagen"
