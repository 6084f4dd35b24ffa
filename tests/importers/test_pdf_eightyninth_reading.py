"""Certificates wrapped in boilerplate (the eighty-ninth set's shapes), in other words: a rule's relative clause about
any participant ("видається учаснику, який … успішно пройшов") names no course; "Through … the holder has demonstrated
the ability to:" and "The trainee has demonstrated the ability to:" head the outcomes, as does "Результатом участі в
тренінгу є здатність учасника:"; "training hours" are the workload; an act that authorised something is no issuer,
nor the next line of a long sentence of the terms of use."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.textparse import find_hours
from tests.importers.pdfgen import inspect_html

PREAMBLE = """<p style="font-size:8pt">Відповідно до Положення про професійний розвиток працівників (наказ № 12 від
10.01.2025) цей сертифікат видається учаснику, який відвідав усі заняття та успішно пройшов</p>
<p style="font-size:8pt">підсумкове тестування. Захід внесено до плану на 2025 рік.</p>"""


def test_a_rule_about_any_participant_names_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, PREAMBLE + """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчується, що</p>
<p>Лисенко Марта Олегівна</p><p>взяла участь у тренінгу</p><p>«Облік запасів у невеликому магазині»</p>
<p>Обсяг: 16 годин</p>""")
    assert rec.value("title") == "Облік запасів у невеликому магазині"


def test_headings_of_what_was_demonstrated_and_of_the_result(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">Certificate of Training</p><p>This is to certify that</p>
<p>Iryna Koval</p><p>has completed the module</p><p>Food Safety for Kitchen Staff</p>
<p>Through practical tasks and a final observation the trainee has demonstrated the ability to:</p>
<ul><li>store chilled food at safe temperatures;</li><li>clean and sanitise food contact surfaces.</li></ul>
<p>Duration: 12 training hours</p>""")
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "store chilled food at safe temperatures", "clean and sanitise food contact surfaces"]
    assert rec.value("workload_hours") == 12
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчується, що Коваль Ірина
Петрівна взяла участь у тренінгу «Меню для шкільних їдалень».</p><p>Результатом участі в тренінгу є здатність
учасниці:</p><ul><li>складати тижневе меню за нормами харчування;</li><li>розраховувати вихід страв.</li></ul>""")
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "складати тижневе меню за нормами харчування", "розраховувати вихід страв"]


def test_training_hours_are_the_workload() -> None:
    assert (find_hours("Duration\n24 training hours") or (0.0,))[0] == 24.0


def test_an_act_and_a_sentence_of_the_terms_are_no_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>BRIGHTLINE Learning</p><p style="font-size:18pt">Certificate of
Achievement</p><p>This is to certify that</p><p>Olena Bondar</p><p>has successfully completed the course</p>
<p>Spreadsheet Modelling for Analysts</p><p>Dr Anne Wells, Director of Quality</p><p>(authorised by Board Resolution
QB/24/031)</p><p style="font-size:8pt">Terms of use. This certificate does not confer a degree or academic credit at
any institution. It remains the property of</p><p style="font-size:8pt">Brightline Learning Ltd and may be revoked if it
was obtained in breach of the Academic Integrity Policy.</p>""")
    body = rec.value("awarding_body") or ""
    assert "Resolution" not in body and "revoked" not in body


def test_the_assessment_told_in_a_sentence() -> None:
    from app.importers.credentials.textparse import find_assessment

    found = find_assessment("Assessment comprised two graded case studies (50%) and an oral defence (50%).")
    assert found is not None and found.value.startswith("two graded case studies (50%)")
    found = find_assessment("Оцінювання складалося з тестів після модулів і захисту проєкту.")
    assert found is not None and found.value.startswith("тестів після модулів")
    assert find_assessment("every assessment decision reported below was confirmed by the board") is None
