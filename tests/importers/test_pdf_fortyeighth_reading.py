"""Certificates shaped like those of the forty-eighth and forty-ninth bench sets (ordinary ones, and the languages
of the countries where Ukrainian students most often take courses), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_outcomes_in_rows_captioned_by_their_kind(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTYFIKAT</p><p>Zaświadcza się, że Pani Iryna PAVLENKO ukończyła kurs
„Sadownictwo ekologiczne”</p><p>Efekty uczenia się</p><table border="1">
<tr><td>Wiedza<br>zna i<br>rozumie:</td><td>zasady cięcia drzew owocowych; terminy szczepienia jabłoni.</td></tr>
<tr><td>Umiejętności<br>potrafi:</td><td>ciąć młode drzewa; prowadzić kalendarz oprysków.</td></tr>
<tr><td>Kompetencje<br>społeczne<br>jest gotów<br>do:</td><td>odpowiedzialnej pracy w sadzie.</td></tr></table>
<p>Sposób weryfikacji efektów: test praktyczny – wynik 87%.</p>""")
    assert rec.value("learning_outcomes") == ["zasady cięcia drzew owocowych", "terminy szczepienia jabłoni.",
                                              "ciąć młode drzewa", "prowadzić kalendarz oprysków.",
                                              "odpowiedzialnej pracy w sadzie."]


def test_a_latvian_certificate_s_name_date_and_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>SIA „Dārza Skola” mācību centrs</p><p>APLIECĪBA</p>
<p>Vārds, uzvārds: Iryna Pavlenko</p><p>Dzimšanas datums: 17.03.2001.</p>
<p>Programmas nosaukums: Augļu dārza kopšana</p>
<p>Mācību rezultāti. Programmas apguves rezultātā izglītojamā spēj:</p>
<p>• apgriezt augļu kokus pavasarī;</p><p>• potēt ābeles.</p><p>Rīgā, 2026. gada 28. martā</p>""")
    assert rec.value("title") == "Augļu dārza kopšana"
    assert rec.value("issued_on") == "2026-03-28"
    assert rec.value("learning_outcomes") == ["apgriezt augļu kokus pavasarī", "potēt ābeles."]


def test_learners_after_lithuanian_estonian_and_hungarian_openings(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>PAŽYMĖJIMAS</p><p>Patvirtiname, kad</p><p>Iryna Pavlenko</p>
<p>gim. 2000-05-09, Ukraina</p><p>sėkmingai baigė programą „Sodininkystė“</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    rec = inspect_html(tmp_path, """<p>TUNNISTUS</p><p>Käesolevaga tõendame, et</p><p>Iryna Pavlenko</p>
<p>(sünniaeg 02.10.2000)</p><p>on edukalt läbinud täienduskoolituse „Aianduse alused“</p>
<p>mahuga 52 akadeemilist tundi (2 EAP)</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("workload_hours") == 52
    rec = inspect_html(tmp_path, """<p>Kertészeti Képzőközpont Kft.</p><p>TANÚSÍTVÁNY</p><p>Igazoljuk, hogy</p>
<p>Iryna Pavlenko</p><p>(született: Ungvár, Ukrajna, 2001. 07. 15.)</p><p>a 2026. február 10. és március 14. között</p>
<p>Gyümölcsfák metszése és oltása</p><p>című, 30 órás képzést sikeresen elvégezte.</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("title") == "Gyümölcsfák metszése és oltása"
    assert rec.value("workload_hours") == 30


def test_a_result_under_the_assessment_s_label_is_no_kind_of_assessment() -> None:
    from app.importers.credentials.textparse import find_assessment

    found = find_assessment("Форма контролю: підсумкове тестування\nРезультат підсумкового оцінювання: зараховано.")
    assert found is not None and found.value == "підсумкове тестування"
    assert find_assessment("Final assessment: 87/100, level B2 (CEFR)") is None
