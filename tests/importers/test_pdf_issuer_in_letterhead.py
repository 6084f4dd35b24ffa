"""The issuer in the letterhead when the certifying sentence names only its kind ("Škola tímto potvrzuje, že …",
"Школа засвідчує, що …"): a Czech secondary or tertiary professional school, a Slovene society, a Nordic university
college (the last two found by the top line before, and now as institutions wherever they stand). Before, "Škola
tímto" was read as the issuer. Other wording than the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("letterhead", "sentence", "issuer"),
    [
        ("Střední průmyslová škola elektrotechnická Brno", "Škola tímto potvrzuje, že Olha Marčenko úspěšně "
         "absolvovala kurz Databáze a SQL.", "Střední průmyslová škola elektrotechnická Brno"),
        ("PLANINSKO DRUŠTVO KAMNIK", "Potrjujemo, da je Ana Novak uspešno opravila Tečaj za vodnike.",
         "PLANINSKO DRUŠTVO KAMNIK"),
        ("Vestby høgskole", "Kandidaten Olena Koval har bestått emnet Statistikk.", "Vestby høgskole"),
    ],
    ids=["cs", "sl", "no"],
)
def test_the_issuer_is_the_letterheads_body(tmp_path: Path, letterhead: str, sentence: str, issuer: str) -> None:
    html = f"<p>{letterhead}</p><p>Adresa 12, 100 00 Město</p><p>OSVĚDČENÍ</p><p>{sentence}</p><p>12. 1. 2026</p>"
    rec = inspect_html(tmp_path, html)
    assert rec.value("awarding_body") == issuer


def test_the_documents_number_certifying_is_no_issuer(tmp_path: Path) -> None:
    """"СЕРТИФІКАТ" / "№ KK-26-0117 засвідчує, що …": the certificate by its number says it, not an organisation
    (before, "No KK-26-0117" was read as the issuer)."""
    html = (
        "<p>ІТ-школа «Код і кава» · ТОВ «Код і Кава Освіта»</p><p>СЕРТИФІКАТ</p>"
        "<p>№ KK-26-0117 засвідчує, що</p><p>Мельник Остап Ігорович</p><p>успішно завершив курс «Python Backend»</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("awarding_body") == "ІТ-школа «Код і кава»"


def test_a_long_letterhead_line_names_the_company_not_a_signatorys_role(tmp_path: Path) -> None:
    """A letterhead line of parts joined by " · ", longer than a line of a name ("Навчальна програма ТОВ «…» · address
    · code · e-mail"), names the issuer by its legal form and name; the role printed under a signature ("директор із
    розробки ТОВ «…»") does not (before, the role was read as the issuer)."""
    html = (
        "<p>CODE LAB</p>"
        "<p>Навчальна програма ТОВ «Кодлаб Україна» · 79000, м. Львів, вул. Городоцька, 120, 4-й поверх, офіс 17 · "
        "код ЄДРПОУ 43112233 · study@codlab.example</p><p>СЕРТИФІКАТ</p><p>Засвідчуємо, що</p><p>Олена БОНДАР</p>"
        "<p>успішно пройшла навчання за програмою «Основи Python»</p>"
        "<p>______________ Андрій ЛИСЕНКО</p><p>директор із навчання ТОВ «Кодлаб Україна»</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("awarding_body") == "ТОВ «Кодлаб Україна»"


def test_the_issuer_without_its_place_or_the_words_before_it(tmp_path: Path) -> None:
    """"Issued by Pentland … Academy, Livingston, Scotland" → the academy; "Мовна школа «…», м. Одеса" → the school;
    "ТОВ «…», код ЄДРПОУ …, м. Київ, …" → the company; "… e.V." is a body. Before, the places, the "Issued by" and
    the company's details were read with the name, and a registered society (e.V.) was not found."""
    cases = [
        ("<p>Issued by Harlow Rescue Academy, Inverness, Scotland</p><p>Earner</p><p>Olena Koval</p>",
         "Harlow Rescue Academy"),
        ("<p>Мовна школа «Лінгва Про», м. Львів</p><p>СЕРТИФІКАТ</p><p>Олена Коваль</p>", "Мовна школа «Лінгва Про»"),
        ("<p>СЕРТИФІКАТ</p><p>Олена Коваль</p>"
         "<p>ТОВ «Курсо Едтех», код ЄДРПОУ 44871306, м. Київ, вул. Хрещатик, 1.</p>", "ТОВ «Курсо Едтех»"),
        ("<p>Gartenwerkstatt Saaletal e.V.</p><p>Teilnahmebescheinigung</p><p>Frau Olena Koval</p>",
         "Gartenwerkstatt Saaletal e.V."),
    ]
    for html, issuer in cases:
        assert inspect_html(tmp_path, html).value("awarding_body") == issuer, html


def test_a_person_authorising_the_report_is_no_issuer(tmp_path: Path) -> None:
    """"Authorised by Dr. Ann Moore, Head of Assessment" names a person, not the body (before, "Dr" was the issuer);
    the body is the company named in the letterhead."""
    html = (
        "<p>LINGUATEST · TECHNOLOGY EDITION</p><p>Harbour Assessment Ltd · 12 Quay Street, Leeds LS1 4AB</p>"
        "<p>SCORE REPORT</p><p>Family name</p><p>KOVAL</p><p>Given name(s)</p><p>OLENA</p>"
        "<p>Authorised by Dr. Ann Moore, Head of Assessment</p>"
    )
    assert inspect_html(tmp_path, html).value("awarding_body") == "Harbour Assessment Ltd"
