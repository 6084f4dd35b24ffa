"""A Nordic course description's outcomes under its qualifications framework's three descriptors, each heading its
own list: Norwegian "Læringsutbytte. Etter fullført emne har kandidaten følgende læringsutbytte:" over
"Kunnskap" / "Ferdigheter" / "Generell kompetanse", Swedish "Kunskap och förståelse" / "Färdighet och förmåga" /
"Värderingsförmåga och förhållningssätt", Danish "Viden" / "Færdigheder" / "Kompetencer"; and the credits in
"studiepoeng", "högskolepoäng" or "opintopistettä", not the "1 ECTS" of a sentence that converts them; the hours
after them ("Omfang og arbeidsmengde: … studiepoeng, ca. 200 timer"), not an exam's. Before, no outcome was read
under these headings, the credits came from the conversion and the hours from the exam. Other wording than the
certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_NORWEGIAN = (
    "<p>Nordvik høgskole</p><p>EMNEBESKRIVELSE OG RESULTAT</p>"
    "<p>Emne: INF1010 Programmering med Python</p><p>Vurdering: skriftlig eksamen 4 timer.</p>"
    "<p>Omfang og arbeidsmengde: 7,5 studiepoeng, ca. 200 timer</p>"
    "<p>Læringsutbytte</p><p>Etter fullført emne har studenten følgende læringsutbytte:</p>"
    "<p>Kunnskap</p>"
    "<ul><li>har kunnskap om variabler, løkker og funksjoner i Python;</li>"
    "<li>kjenner til lister, ordbøker og mengder.</li></ul>"
    "<p>Ferdigheter</p>"
    "<ul><li>kan skrive og teste små programmer;</li><li>kan lese og skrive tekstfiler.</li></ul>"
    "<p>Generell kompetanse</p>"
    "<ul><li>kan dokumentere egen kode ryddig.</li></ul>"
    "<p>1 studiepoeng tilsvarer 1 ECTS-poeng.</p><p>Dato: 20.01.2026</p>"
)

_SWEDISH = (
    "<p>Västby universitet</p><p>KURSINTYG</p><p>Kurs: Statistik för dataanalys, 15 högskolepoäng</p>"
    "<p>Lärandemål</p>"
    "<p>Kunskap och förståelse</p><ul><li>redogöra för centrala begrepp inom sannolikhetslära</li></ul>"
    "<p>Färdighet och förmåga</p><ul><li>genomföra hypotesprövning med t-test och chi2-test</li>"
    "<li>skatta konfidensintervall för medelvärden</li></ul>"
    "<p>Värderingsförmåga och förhållningssätt</p><ul><li>kritiskt granska statistiska slutsatser</li></ul>"
    "<p>Uppsala 2026-01-12</p>"
)

_DANISH = (
    "<p>Østby Erhvervsakademi</p><p>KURSUSBEVIS</p><p>Kursus: Webudvikling med JavaScript (5 ECTS-point)</p>"
    "<p>Læringsmål</p>"
    "<p>Viden</p><ul><li>har viden om HTML, CSS og JavaScript</li></ul>"
    "<p>Færdigheder</p><ul><li>kan bygge en responsiv webside</li><li>kan hente data fra et REST API</li></ul>"
    "<p>Kompetencer</p><ul><li>kan selvstændigt planlægge et mindre webprojekt</li></ul>"
)


def test_norwegian_descriptors_and_study_points(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _NORWEGIAN)
    assert rec.value("learning_outcomes") == [
        "har kunnskap om variabler, løkker og funksjoner i Python",
        "kjenner til lister, ordbøker og mengder.",
        "kan skrive og teste små programmer",
        "kan lese og skrive tekstfiler.",
        "kan dokumentere egen kode ryddig.",
    ]
    assert rec.value("workload_ects") == 7.5  # not the "1 ECTS-poeng" of the conversion
    assert rec.value("workload_hours") == 200  # not the exam's 4 hours


def test_swedish_descriptors_and_higher_education_credits(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _SWEDISH)
    assert rec.value("learning_outcomes") == [
        "redogöra för centrala begrepp inom sannolikhetslära",
        "genomföra hypotesprövning med t-test och chi2-test",
        "skatta konfidensintervall för medelvärden",
        "kritiskt granska statistiska slutsatser",
    ]
    assert rec.value("workload_ects") == 15


def test_danish_descriptors(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _DANISH)
    assert rec.value("learning_outcomes") == [
        "har viden om HTML, CSS og JavaScript",
        "kan bygge en responsiv webside",
        "kan hente data fra et REST API",
        "kan selvstændigt planlægge et mindre webprojekt",
    ]
    assert rec.value("workload_ects") == 5


def test_nordic_credits_and_a_conversion() -> None:
    from app.importers.credentials.textparse import find_ects

    assert find_ects("Opintojakson laajuus 5 opintopistettä") == (5.0, "5 opintopistettä")
    assert find_ects("1 studiepoeng tilsvarer 1 ECTS-poeng. Emnet gir 15 studiepoeng.") == (15.0, "15 studiepoeng")
    assert find_ects("1 credit = 1 ECTS") is None  # the scale alone: no workload
