"""A grade inside a sentence of a certificate abroad, often in words ("… riportando la votazione di
ventotto/trentesimi (28/30).", "… con la calificación de Sobresaliente (9,2).", "… mit der Note „sehr gut“ (1,3)
abgeschlossen"): read to the end of its clause. Before, no grade was read from such a sentence. Other wording than
the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("ha superato l'esame finale riportando la votazione di ventotto/trentesimi (28/30).",
         "ventotto/trentesimi (28/30)"),
        ("ha superado la evaluación final con la calificación de Sobresaliente (9,2).", "Sobresaliente (9,2)"),
        ("a validé l'épreuve finale avec la note de 16/20, mention bien.", "16/20"),
        ("hat die Abschlussprüfung mit der Note sehr gut (1,3) bestanden.", "sehr gut (1,3)"),
        ("ukończył kurs z oceną bardzo dobrą (5).", "bardzo dobrą (5)"),
    ],
    ids=["it", "es", "fr", "de", "pl"],
)
def test_a_grade_in_a_sentence_abroad(tmp_path: Path, sentence: str, grade: str) -> None:
    html = (f"<p>CERTIFICATE</p><p>Course: Linear Models in Practice</p><p>Anna Kowalska {sentence}</p>"
            "<p>Issued 12 May 2026</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("grade") == grade


def test_no_grade_from_a_note_that_is_no_grade(tmp_path: Path) -> None:
    html = ("<p>CERTIFICATE</p><p>Course: Linear Models in Practice</p><p>Anna Kowalska completed the course.</p>"
            "<p>Please note: this certificate is valid without a signature.</p>")
    assert inspect_html(tmp_path, html).value("grade") is None


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("je završio obuku i ostvario uspeh<br>vrlo dobar (4) — 84 od 100 bodova", "vrlo dobar (4) — 84 od 100 bodova"),
        ("uspješno je završila tečaj s ocjenom izvrstan (5).", "izvrstan (5)"),
        ("je uspešno opravila tečaj z oceno prav dobro (9).", "prav dobro (9)"),
    ],
    ids=["sr, the grade on the next line", "hr", "sl"],
)
def test_a_grade_in_a_south_slavic_sentence(tmp_path: Path, sentence: str, grade: str) -> None:
    html = (f"<p>UVERENJE</p><p>Program: Osnove vođenja projekata</p><p>Ana Petrović {sentence}</p>"
            "<p>Datum: 12. 5. 2026.</p>")
    assert inspect_html(tmp_path, html).value("grade") == grade
