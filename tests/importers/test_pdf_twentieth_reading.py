"""Wordings and layouts found on a twentieth reading: skills "demonstrated in assessed projects" as paragraphs that
each begin with a caption; "has graduated with Merit from"; a French attestation ("… atteste que", "Madame …", "née le
… à … (Ukraine)", "volume horaire : 50 heures" above an exam's "(2 h)", "note finale : …", a module table with a final
exam's row below it); a German Kursbescheinigung ("Herr …", "regelmäßig am Kurs", "Kurs-Nr. 26H-4412", "60
Unterrichtseinheiten à 45 Minuten", "Gesamt 85 / 100", "Kursinhalte – die Teilnehmenden können"); "Під час курсу
Софія:" with items ended by semicolons; a name with the person's role after it; "Теми практикуму"; a grade whose scale
wraps to the next line; a signatory's initials after a bulleted list; "Overall mark"; "14 CPD hours"; items
numbered I., II., III.; a bulleted item's next line that opens with a capital; "for completing the practitioner
workshop" above the workshop's name. Each was read wrong before; the wordings here are other than those of the
certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.textparse import find_hours
from tests.importers.pdfgen import inspect_html


def test_captioned_paragraphs_under_skills_demonstrated(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate</h1><p>Harbour Academy certifies that</p><p>Ivan Bondar</p>
<p>has graduated with Distinction from the</p><p>Mobile App Development Course</p>
<p>Skills demonstrated in the final assessment</p>
<p>Interfaces: screens in Kotlin with Jetpack Compose; navigation between screens.</p>
<p>Data: local storage in Room; requests to a REST service with Retrofit.</p>
<p>Ivan Petrenko, Director</p>""")
    assert rec.value("learning_outcomes") == [
        "Interfaces: screens in Kotlin with Jetpack Compose", "navigation between screens.",
        "Data: local storage in Room", "requests to a REST service with Retrofit."]
    assert rec.value("title") == "Mobile App Development Course"
    assert rec.value("grade") == "with Distinction"


def test_a_french_attestation(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>INSTITUT DES SCIENCES DE LORVAL</p><p>L’Institut atteste que</p>
<p>Monsieur Petro SHEVCHUK</p><p>né le 2 avril 2001 à Poltava (Ukraine)</p>
<p>a suivi avec succès la formation continue</p><p>Statistique appliquée</p>
<p>volume horaire : 40 heures · note finale : 14/20</p><p>Épreuve écrite (3 h)</p>""")
    assert rec.value("learner_name") == "Petro SHEVCHUK"
    assert rec.value("issuer_country") is None  # where the learner was born, not where the course was given
    assert rec.value("title") == "Statistique appliquée"
    assert rec.value("workload_hours") == 40
    assert rec.value("grade") == "14/20"


def test_a_german_course_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Kursbescheinigung</h1><p>Frau Iryna Koval, geboren am 01.02.2000,</p>
<p>hat vom 01.03.2026 bis zum 30.05.2026 erfolgreich am Lehrgang</p><p>Buchhaltung mit DATEV (Kurs-Nr. 12H-3301)</p>
<p>im Umfang von 40 Unterrichtseinheiten à 45 Minuten teilgenommen.</p><p>Gesamtergebnis: 90 / 100</p>
<p>Die Teilnehmenden können</p><ul><li>Belege erfassen und kontieren,</li><li>eine Umsatzsteuervoranmeldung
erstellen.</li></ul>""")
    assert rec.value("learner_name") == "Iryna Koval"
    assert rec.value("title") == "Buchhaltung mit DATEV"
    assert rec.value("workload_hours") == 30
    assert rec.value("grade") == "90 / 100"
    assert rec.value("learning_outcomes") == ["Belege erfassen und kontieren",
                                              "eine Umsatzsteuervoranmeldung erstellen."]


def test_what_the_learner_did_during_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Олег Мороз</p><p>закінчив курс «Садівництво»</p>
<p>Під час курсу Олег:</p><p>обрізав плодові дерева навесні та восени;</p><p>щепив саджанці живцем і вічком;</p>
<p>склав календар обприскування саду.</p><p>Директор ____ І. Петренко</p>""")
    assert rec.value("learning_outcomes") == [
        "обрізав плодові дерева навесні та восени", "щепив саджанці живцем і вічком",
        "склав календар обприскування саду."]


def test_a_name_with_the_persons_role_after_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СВІДОЦТВО</h1><p>про підвищення кваліфікації</p>
<p>Бондар Ганна Олегівна, вихователька закладу дошкільної освіти № 5, у період з 1 по 20 жовтня 2026 року</p>
<p>підвищила кваліфікацію за програмою «Ігрові методики» (30 годин).</p>""")
    assert rec.value("learner_name") == "Бондар Ганна Олегівна"


def test_topics_of_a_workshop_a_wrapped_grade_and_initials_after_a_list(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс: «Садівництво»</p>
<p>Слухач склав залік з оцінкою 45 балів з</p><p>50.</p><p>Теми семінару</p><ul><li>Обрізування дерев</li>
<li>Щеплення саджанців</li></ul><p>Директор ____ І. Петренко</p>""")
    assert rec.value("learning_outcomes") == ["Обрізування дерев", "Щеплення саджанців"]
    assert rec.value("grade") == "45 балів з 50"
    rec = inspect_html(tmp_path, """<h1>Certificate</h1><p>Orchard Care</p><p>awarded to</p><p>Olha Koval</p>
<p>Overall mark 71% (B)</p><p>Learning outcomes</p><ul><li>prune young apple trees;</li><li>graft pears.</li></ul>
<p>K. L. Marsh</p><p>Course Director</p>""")
    assert rec.value("learning_outcomes") == ["prune young apple trees", "graft pears."]
    assert rec.value("grade") == "71% (B)"


def test_hours_of_professional_development_and_not_a_course_code() -> None:
    assert find_hours("Duration: 12 CPD hours") == (12, "12 CPD hours")
    assert find_hours("Kurs-Nr. 26H-4412, 20 Stunden") == (20, "20 Stunden")


def test_a_module_table_with_a_final_exams_row_below_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Attestation</h1><p>Cours : Arboriculture</p><p>Modules validés</p>
<table><tr><td>N°</td><td>Module</td><td>Contenus</td><td>Note</td></tr>
<tr><td>1</td><td>Taille</td><td>taille de formation et de fructification des arbres fruitiers</td><td>16</td></tr>
<tr><td>2</td><td>Greffage</td><td>greffe en fente, en écusson et à l’anglaise sur des jeunes plants</td>
<td>15</td></tr>
<tr><td>3</td><td>Protection</td><td>calendrier de traitements, maladies et ravageurs du verger familial</td>
<td>14</td></tr>
<tr><td></td><td>Examen final (2 h)</td><td></td><td>15</td></tr></table>
<p>Les notes sont obtenues par contrôle continu ; la note finale est celle de l’examen.</p>""")
    assert rec.value("learning_outcomes") == [
        "taille de formation et de fructification des arbres fruitiers",
        "greffe en fente, en écusson et à l’anglaise sur des jeunes plants",
        "calendrier de traitements, maladies et ravageurs du verger familial"]


def test_items_numbered_with_roman_numerals(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс: «Садівництво»</p><p>Отримані навички</p>
<p>I. Обрізує плодові дерева навесні та восени.</p><p>II. Щеплює саджанці живцем і вічком.</p>
<p>III. Складає календар обприскування саду.</p><p>Директор ____ I. Petrenko</p>""")
    assert rec.value("learning_outcomes") == [
        "Обрізує плодові дерева навесні та восени.", "Щеплює саджанці живцем і вічком.",
        "Складає календар обприскування саду."]


def test_a_bulleted_items_next_line_in_capitals_and_the_workshop_below_completing(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate</h1><p>Awarded to</p><p>Olha Koval</p>
<p>for completing the two-day practical workshop</p><p>Orchard Care for Beginners</p><p>You can now:</p>
<p>→ prune young apple trees and judge the tree's<br>Shape before the first cut</p>
<p>→ graft pears by cleft grafting</p><p>Issued 2 May 2026</p>""")
    assert rec.value("title") == "Orchard Care for Beginners"
    assert rec.value("learning_outcomes") == [
        "prune young apple trees and judge the tree's Shape before the first cut", "graft pears by cleft grafting"]


def test_an_institution_whose_nested_quotes_close_together(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ПП «САДОВА ШКОЛА «ЯБЛУНЕВИЙ ЦВІТ»<br>08200, м. Ірпінь, вул. Садова, 3</p>
<h1>СЕРТИФІКАТ</h1><p>Курс: «Садівництво»</p>""")
    assert rec.value("awarding_body") == "ПП «САДОВА ШКОЛА «ЯБЛУНЕВИЙ ЦВІТ»"
