"""A letter grade with its percentage below its label ("FINAL GRADE" / "B+ (88.4 %)"), and a Portuguese grade in the
certifying sentence ("tendo obtido a classificação final de catorze (14) valores"): both read as the grade. Before,
neither was read. Other wording than the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_letter_grade_below_its_label(tmp_path: Path) -> None:
    html = (
        "<p>LAKESIDE COLLEGE EXTENSION</p><p>Certificate of Completion</p><p>This certifies that</p><p>Iryna Koval</p>"
        "<p>has satisfactorily completed the course</p><p>DBMS X210 · Relational Databases</p>"
        "<p>FINAL GRADE</p><p>B+ (88.4 %)</p><p>CERTIFICATE NO.</p><p>LCE-25-0042</p>"
    )
    assert inspect_html(tmp_path, html).value("grade") == "B+ (88.4 %)"


def test_a_portuguese_grade_in_the_certifying_sentence(tmp_path: Path) -> None:
    html = (
        "<p>INSTITUTO POLITÉCNICO DO NORTE INTERIOR</p><p>CERTIFICADO</p>"
        "<p>Certifica-se que Olena Bondar concluiu a unidade curricular Bases de Dados, à qual correspondem 5 créditos "
        "ECTS, tendo obtido a classificação final de catorze (14) valores, na escala de 0 a 20.</p>"
    )
    assert inspect_html(tmp_path, html).value("grade") == "catorze (14) valores"
