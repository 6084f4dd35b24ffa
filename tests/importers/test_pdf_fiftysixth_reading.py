"""Certificates shaped like those of the fifty-sixth bench set (Portuguese, Dutch, Danish, Finnish, Greek, Catalan
and Turkish papers), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_portuguese_learner_certified_in_a_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ESCOLA AGRÍCOLA DO VALE</p><p>CERTIFICADO DE CONCLUSÃO</p>
<p>Certifica-se que Iryna Olehivna Pavlenko, portadora do passaporte n.º FX482913, concluiu com aproveitamento o
curso «Poda de Árvores de Fruto», com a duração de 30 horas.</p>""")
    assert rec.value("learner_name") == "Iryna Olehivna Pavlenko"


def test_a_dutch_course_named_before_its_verb(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Hogeschool Boomgaard</p><p>Certificaat</p>
<p>Hierbij verklaart Hogeschool Boomgaard dat</p><p>Iryna Pavlenko</p>
<p>met goed gevolg de cursus Snoeien van Fruitbomen heeft afgerond.</p>""")
    assert rec.value("title") == "Snoeien van Fruitbomen"


def test_a_danish_module_passed(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Erhvervsakademi Frugt</p><p>KURSUSBEVIS</p><p>Det bevidnes hermed, at</p>
<p>Iryna Pavlenko</p><p>har bestået modulet Beskæring af frugttræer (5 ECTS-point)</p>""")
    assert rec.value("title") == "Beskæring af frugttræer"


def test_a_finnish_study_unit_named_in_a_sentence_wrapped(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ITÄ-SUOMEN PUUTARHAKOULU</p><p>TODISTUS</p><p>Nimi: Pavlenko, Iryna</p>
<p>on suorittanut avoimessa yliopistossa opintokokonaisuuden Hedelmäpuiden leikkaus ja<br>varttaminen (10 op),
johon sisältyvät seuraavat opintojaksot:</p>""")
    assert rec.value("learner_name") == "Pavlenko, Iryna"
    assert rec.value("title") == "Hedelmäpuiden leikkaus ja varttaminen"


def test_a_catalan_course_passed_and_its_learner_with_her_two_surnames(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Escola de Fruiticultura</p><p>CERTIFICAT D'APROFITAMENT</p>
<p>Joan Puig i Serra, director de l'Escola, CERTIFICO: Que la senyora Iryna Pavlenko i Kovalenko, amb passaport
FX482913, ha seguit i superat amb aprofitament el Curs de poda d'arbres fruiters (nivell inicial), organitzat per
aquesta Escola.</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko i Kovalenko"
    assert rec.value("title") == "Curs de poda d'arbres fruiters (nivell inicial)"


def test_a_greek_learner_certified_with_her_fathers_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ΚΕΝΤΡΟ ΔΙΑ ΒΙΟΥ ΜΑΘΗΣΗΣ</p><p>ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ</p>
<p>Βεβαιώνεται ότι η κ. Ιρίνα Παβλένκο του Όλεχ παρακολούθησε με επιτυχία το πρόγραμμα «Κλάδεμα οπωροφόρων».</p>""")
    assert rec.value("learner_name") == "Ιρίνα Παβλένκο"


def test_a_turkish_outcome_heading(tmp_path: Path) -> None:
    turkish = inspect_html(tmp_path, """<p>KATILIM BELGESİ</p><p>Eğitim Kazanımları</p>
<p>Bu programı tamamlayan katılımcı:</p><p>• Meyve ağaçlarını budar.</p><p>• Armudu ayva anacına aşılar.</p>""")
    assert turkish.value("learning_outcomes") == ["Meyve ağaçlarını budar.", "Armudu ayva anacına aşılar."]


def test_an_issuer_set_a_word_a_line_in_a_narrow_letterhead(tmp_path: Path) -> None:
    top = inspect_html(tmp_path, """<p>HORTI-<br>KULTUR<br>AKADEMIEN</p><p>Institutionen för trädgård</p><p>INTYG</p>
<p>Härmed intygas att Iryna Pavlenko har avslutat kursen</p><p>Beskärning av fruktträd</p>""")
    assert top.value("awarding_body") == "HORTI-KULTUR AKADEMIEN"
    letterhead = inspect_html(tmp_path, """<p>ITÄ-SUOMEN<br>PUUTARHA<br>YLIOPISTO</p><p>TODISTUS</p>
<p>Nimi: Pavlenko, Iryna</p>""")
    assert letterhead.value("awarding_body") == "ITÄ-SUOMEN PUUTARHA YLIOPISTO"


def test_the_state_above_a_public_institutions_name_is_not_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ΕΛΛΗΝΙΚΗ<br>ΔΗΜΟΚΡΑΤΙΑ<br>ΠΑΝΕΠΙΣΤΗΜΙΟ<br>ΚΗΠΟΥΡΙΚΗΣ</p>
<p>ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ</p><p>Βεβαιώνεται ότι η κ. Ιρίνα Παβλένκο παρακολούθησε το πρόγραμμα.</p>""")
    assert rec.value("awarding_body") == "ΠΑΝΕΠΙΣΤΗΜΙΟ ΚΗΠΟΥΡΙΚΗΣ"


def test_a_course_named_with_its_credits_and_translation_after_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>TRÄDGÅRDSHÖGSKOLAN</p><p>INTYG</p>
<p>Härmed intygas att Iryna Pavlenko har genomgått och med godkänt resultat avslutat</p><p>kursen</p>
<p>Beskärning av fruktträd, grundkurs, 7,5 högskolepoäng</p><p>Pruning of Fruit Trees, 7.5 credits</p>""")
    assert rec.value("title") == "Beskärning av fruktträd, grundkurs"
