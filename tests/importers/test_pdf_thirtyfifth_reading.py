"""Fields the thirty-fifth set's first reading got wrong, in other wording."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.textparse import find_participation, split_enumeration
from tests.importers.pdfgen import inspect_html

BADGE_PAGE = """<p>badges.example.org › Public badge page</p><p>NORTHWIND ACADEMY · VERIFIED · OPEN BADGE</p>
<p style="font-size:18pt">Cloud Networking Associate</p>
<p>Level 1 · Supervised and Unsupervised Learning for Network Logs</p>
<p>Earner</p><p>Iryna Savchuk (iryna.savchuk@example.org)</p><p>Issued by</p><p>Northwind Academy Ltd</p>
<p>Criteria</p><ul><li>Completed all 8 graded labs (score 87 %): subnets, routing tables and firewalls.</li>
<li>Passed the proctored online exam (30 questions) with 82 % (pass mark 70 %).</li></ul>
<p>What the earner can do</p>
<ul><li>Design subnets and routing for a small office; choose address ranges (IPv4, IPv6; private and public).</li>
<li>Configure firewall rules and verify them with packet captures.</li></ul>
<p>Verify this badge: https://badges.example.org/verify/NW-1</p>"""


def test_a_badge_page_its_name_earner_and_what_the_earner_can_do(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, BADGE_PAGE)
    assert rec.value("title") == "Cloud Networking Associate"  # below the banner, not a task of its criteria
    assert rec.value("learner_name") == "Iryna Savchuk"  # below "Earner", without the e-mail address
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes[0] == "Design subnets and routing for a small office"
    # a semicolon inside a bracket does not cut the item
    assert outcomes[1] == "choose address ranges (IPv4, IPv6; private and public)."
    assert rec.value("grade") == "87 %"  # the score ends with the bracket it was read in
    # "Supervised and Unsupervised …" is no supervision; the proctored exam is, without its list mark
    assert str(rec.value("supervision")).startswith("Passed the proctored online exam")


def test_a_semicolon_inside_a_bracket_does_not_cut_an_item() -> None:
    assert split_enumeration("judge models by metrics (MAE, RMSE; accuracy, F1); tune them by grid search") == [
        "judge models by metrics (MAE, RMSE; accuracy, F1)", "tune them by grid search",
    ]


def test_a_romanian_certificate_its_programme_hybrid_form_grade_and_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ACADEMIA „CARPAȚI” DIN BRAȘOV</p><p>CERTIFICAT DE ABSOLVIRE</p>
<p style="width:440px">Se certifică faptul că domnul ANDRII LYSENKO a urmat programul de formare continuă
„Baze de date relaționale” organizat în regim hibrid, cu o durată de 120 de ore.</p>
<p>Absolventul a obținut nota 8 (opt) pe o scară de la 1 la 10</p>
<p>(nota minimă de promovare 5).</p><p>Competențe dobândite</p>
<p style="width:440px">Absolventul proiectează scheme relaționale și scrie interogări SQL pentru rapoarte.</p>
<p>Evaluare</p><p>Un proiect de semestru (40 %) și examen scris (60 %). Rezultat: proiect 9; examen 8.</p>""")
    assert rec.value("title") == "Baze de date relaționale"  # not the academy's name in quotes
    assert rec.value("participation_form") == "blended"
    assert rec.value("grade") == "8 (opt) pe o scară de la 1 la 10"  # without the pass mark on the next line
    assert rec.value("assessment_type") == "Un proiect de semestru (40 %) și examen scris (60 %)"
    assert not any("Evaluare" in item or "Rezultat" in item for item in rec.value("learning_outcomes") or [])


def test_a_form_named_by_its_regime_or_mode_abroad() -> None:
    found = find_participation("organizat în regim hibrid (cursuri față în față, studiu pe platforma e-learning)")
    assert found is not None and found[0] == "blended"


def test_a_conclusion_of_what_the_learner_can_do_over_a_table_of_modules(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ВИПИСКА РЕЗУЛЬТАТІВ НАВЧАННЯ</p><p>Слухач:</p><p>Бондар Олег Ігорович</p>
<p>Курс:</p><p>«Бази даних»</p>
<table border="1"><tr><th>№</th><th>Модуль і зміст</th><th>Годин</th><th>Бали</th></tr>
<tr><td>1</td><td>Реляційна модель: ключі, цілісність, нормалізація</td><td>20</td><td>91</td></tr>
<tr><td>2</td><td>SQL: вибірка, з'єднання, агрегування, підзапити</td><td>30</td><td>88</td></tr>
<tr><td>3</td><td>Транзакції та рівні ізоляції</td><td>10</td><td>90</td></tr></table>
<p style="width:440px">Висновок: слухач уміє проєктувати та нормалізувати схеми реляційних баз даних, писати
SQL-запити для вибірки й агрегування даних. Курс завершено з оцінкою 90 балів.</p>""")
    assert rec.value("learning_outcomes") == [
        "проєктувати та нормалізувати схеми реляційних баз даних",  # the verbs that share an object stay together
        "писати SQL-запити для вибірки й агрегування даних",  # the sentence ends there
    ]
    assert "(sentence)" in rec.elements["learning_outcomes"].source  # outcomes, no longer the topics


def test_an_assessment_heading_above_its_text_and_not_a_table_header(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE</p><p>Maria Bondar</p><p>has completed the course</p>
<p>Practical Statistics</p><table border="1"><tr><th>Assessment</th><th>Grade</th></tr>
<tr><td>Quiz 1</td><td>A</td></tr></table><p>Assessment</p>
<p>four problem sheets (40%) and a written examination (60%)</p>""")
    assert rec.value("assessment_type") == "four problem sheets (40%) and a written examination (60%)"
