"""A Spanish university's certificate: the holder named with a form of address and her nationality inside the
certifying sentence ("CERTIFICA: Que … Dña. OLENA MARCHUK, de nacionalidad ucraniana, …"), and the outcomes in a
column headed "El estudiante ha acreditado que es capaz de" beside each block ("Bloque | Contenidos | …"). Before,
neither was read. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, table_row

_SPANISH = (
    "<p>UNIVERSIDAD DE VALDEPINOS</p><p>CERTIFICADO DE MICROCREDENCIAL</p>"
    "<p>CERTIFICA: Que, según consta en el expediente, Dña. OLENA MARCHUK, de nacionalidad ucraniana, ha superado "
    "la microcredencial «Bases de datos relacionales», 4 créditos ECTS.</p>"
    "<table><tr><th>Bloque</th><th>Contenidos</th><th>El estudiante ha acreditado que es capaz de</th></tr>"
    + table_row("I. Modelo relacional", "Entidades, relaciones, claves; normalización hasta la tercera forma normal.",
           "diseñar un esquema relacional normalizado a partir de un enunciado.")
    + table_row("II. SQL", "Consultas de selección, combinaciones, agrupación y subconsultas.",
           "escribir consultas SQL que combinan y agregan datos de varias tablas.")
    + "</table><p>Valdepinos, 3 de marzo de 2026</p>"
)


def test_a_spanish_holder_and_outcomes_column(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _SPANISH)
    assert rec.value("learner_name") == "OLENA MARCHUK"
    assert rec.value("learning_outcomes") == [
        "diseñar un esquema relacional normalizado a partir de un enunciado.",
        "escribir consultas SQL que combinan y agregan datos de varias tablas.",
    ]
