"""A table of outcomes whose column is headed in the singular abroad ("Mokymosi rezultatas", "Õpiväljund") beside the
task that assessed each and its result; the learner's and the course's fields abroad with their values below
("Dalyvis" / "Ona Petrenko (asmens kodas 49901…)", "Kurso pavadinimas" / "…"). Before, the table's rows were read run
together with its header, no learner was read and a project's name was taken for the course. Other wording than
the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, table_row

# (each label alone on its line, its value below, as a form's two columns are read)
FIELDS = ("<p>Dalyvis</p><p>Ona Petrenko (asmens kodas 49901150123)</p>"
          "<p>Kurso pavadinimas</p><p>Tinklalapių kūrimas su HTML, CSS ir JavaScript</p>"
          "<p>Trukmė</p><p>120 akademinių valandų</p>")

OUTCOMES = [
    ("sukuria semantinę tinklalapio struktūrą HTML5 kalba ir patikrina ją validatoriumi", "projekto I dalis"),
    ("pritaiko prisitaikantį maketą CSS tinkleliu ir lankstine dėžute įvairiems ekranams", "projekto II dalis"),
    ("parašo JavaScript kodą, kuris tvarko formos įvykius ir tikrina įvestis prieš siunčiant", "praktinė užduotis"),
    ("gauna duomenis iš viešos API su fetch ir parodo klaidos pranešimą, kai užklausa nepavyksta", "gynimas"),
]


def test_outcomes_in_a_column_headed_in_the_singular_abroad(tmp_path: Path) -> None:
    rows = "".join(table_row(str(n), outcome, task, "pasiektas") for n, (outcome, task) in enumerate(OUTCOMES, 1))
    html = ("<p>Šiaurės profesinio mokymo centras</p><p>Mokyklos g. 5, Šiauliai</p>"
            "<p>NEFORMALIOJO ŠVIETIMO PAŽYMĖJIMAS Nr. 2025/117</p>" + FIELDS
            + "<p>Mokymosi rezultatai ir jų vertinimas</p><p>Baigęs mokymus dalyvis:</p>"
            + "<table>" + table_row("Nr.", "Mokymosi rezultatas", "Vertinimo užduotis", "Įvertinimas") + rows
            + "</table><p>Šiauliai, 2025-06-20</p>")
    rec = inspect_html(tmp_path, html)
    outcomes = rec.value("learning_outcomes") or []
    assert [o[:40] for o in outcomes] == [outcome[:40] for outcome, _ in OUTCOMES]
    assert rec.value("learner_name") == "Ona Petrenko"
    assert rec.value("title") == "Tinklalapių kūrimas su HTML, CSS ir JavaScript"


def test_the_column_alone_tells_the_outcomes(tmp_path: Path) -> None:
    """No heading above the table: its column's label says its cells are outcomes, not the course's topics."""
    rows = "".join(table_row(str(n), outcome, task, "pasiektas") for n, (outcome, task) in enumerate(OUTCOMES, 1))
    html = ("<p>Šiaurės profesinio mokymo centras</p><p>Mokyklos g. 5, Šiauliai</p>"
            "<p>NEFORMALIOJO ŠVIETIMO PAŽYMĖJIMAS Nr. 2025/117</p>" + FIELDS
            + "<table>" + table_row("Nr.", "Mokymosi rezultatas", "Vertinimo užduotis", "Įvertinimas") + rows
            + "</table><p>Šiauliai, 2025-06-20</p>")
    rec = inspect_html(tmp_path, html)
    outcomes = rec.value("learning_outcomes") or []
    assert [o[:40] for o in outcomes] == [outcome[:40] for outcome, _ in OUTCOMES]
    assert not rec.outcomes_from_topics
