"""A Nordic certificate with an extract of its syllabus: the outcomes under "Förväntade studieresultat. Efter
genomgången kurs ska studenten kunna" (Swedish) or "Etter fullført emne skal studenten kunne" (Norwegian), the
holder below "Namn", the course below "Kurs", the date of issue after "Utfärdat" and not the date of birth below
"Födelsedatum". Before, none of these was read (the date of birth was taken for the date of issue). Other wording
than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_SWEDISH = (
    "<p>NORRBACKA TEKNISKA HÖGSKOLA</p><p>Utfärdat 2026-01-20</p><p>INTYG</p>"
    "<p>Namn</p><p>Olena Kovalenko</p><p>Födelsedatum</p><p>2003-04-17</p>"
    "<p>Kurs</p><p>Databasteknik, grundkurs</p><p>Omfattning</p><p>7,5 högskolepoäng (hp)</p>"
    "<p>Utdrag ur kursplanen</p>"
    "<p>Förväntade studieresultat. Efter genomgången kurs ska studenten kunna</p>"
    "<p>1. modellera en relationsdatabas med ER-diagram och normalisera den till tredje normalform,</p>"
    "<p>2. skriva SQL-frågor med kopplingar, gruppering och delfrågor,</p>"
    "<p>3. förklara hur transaktioner och lås skyddar data vid samtidig åtkomst.</p>"
    "<p>Examination. Skriftlig tentamen och laborationer.</p>"
)

_NORWEGIAN = (
    "<p>Fjordvik fagskole</p><p>KURSBEVIS</p><p>Kurs: Grunnleggende programmering i Python, 10 studiepoeng</p>"
    "<p>Etter fullført emne skal studenten kunne</p>"
    "<ul><li>skrive programmer med løkker, betingelser og funksjoner</li>"
    "<li>bruke lister og ordbøker til å løse enkle oppgaver</li>"
    "<li>teste og feilsøke egen kode</li></ul>"
    "<p>Dato: 15.12.2025</p>"
)


def test_swedish_syllabus_extract(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _SWEDISH)
    outcomes = rec.value("learning_outcomes") or []
    assert len(outcomes) == 3, outcomes
    assert outcomes[0].startswith("modellera en relationsdatabas"), outcomes
    assert outcomes[2].startswith("förklara hur transaktioner"), outcomes
    assert rec.value("learner_name") == "Olena Kovalenko"
    assert rec.value("title") == "Databasteknik, grundkurs"
    assert rec.value("issued_on") == "2026-01-20"  # not the date of birth


def test_norwegian_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _NORWEGIAN)
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes == [
        "skrive programmer med løkker, betingelser og funksjoner",
        "bruke lister og ordbøker til å løse enkle oppgaver",
        "teste og feilsøke egen kode",
    ]
