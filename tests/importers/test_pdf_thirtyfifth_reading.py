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


def test_a_dutch_further_training_its_name_outcomes_and_assessment(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificaat</p><p>Hierbij verklaren wij dat</p><p>Pieter de Vries</p>
<p>met goed gevolg heeft deelgenomen aan de nascholing</p><p>Formatief evalueren in de bovenbouw</p>
<p>Beoordeling</p><p>portfolio met drie lesontwerpen en een reflectieverslag: voldaan</p>
<p style="width:440px">Wat de deelnemer heeft geleerd. De deelnemer kan leerdoelen en succescriteria formuleren,
feedback geven die leerlingen verder helpt en de opbrengst van een lessenreeks evalueren aan de hand van
leerlingwerk.</p><p>Amersfoort, 17 maart 2026</p>""")
    assert rec.value("title") == "Formatief evalueren in de bovenbouw"  # the line after "… aan de nascholing"
    assert rec.value("assessment_type") == "portfolio met drie lesontwerpen en een reflectieverslag: voldaan"
    assert str((rec.value("learning_outcomes") or [""])[0]).startswith("De deelnemer kan leerdoelen")
    assert rec.value("issued_on") == "2026-03-17"


def test_a_document_number_above_its_issue_line_is_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «Навчальний центр Дельта»</p><p>СЕРТИФІКАТ</p><p>№ НЦД-26/0417</p>
<p>Видано</p><p>Коваль Ігор Петрович</p><p>про успішне завершення курсу</p>
<p>«Адміністрування мереж Linux: практичний</p><p>курс»</p><p>Оцінювання</p>
<ul><li>8 лабораторних робіт — усі зараховано;</li><li>підсумковий іспит — 91 зі 100 балів.</li></ul>
<p>Результат: курс завершено з оцінкою «відмінно»</p><p>(91/100).</p>""")
    assert rec.value("title") == "Адміністрування мереж Linux: практичний курс"
    assert rec.value("assessment_type") == "8 лабораторних робіт — усі зараховано; підсумковий іспит — 91 зі 100 балів"
    assert rec.value("grade") == "«відмінно» (91/100)"  # what the sentence under "Результат:" tells


def test_a_total_of_hours_before_its_parts_and_an_address_cut_at_a_line_end(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Achievement</p><p>This is to certify that</p><p>Olha Lys</p>
<p>has successfully completed the course</p><p>Business English</p>
<p style="width:440px">from 1 September 2025 to 27 February 2026 · 90 hours in total: 60 hours of online classes
and 30 hours of self-study</p><p>Final assessment (20 February 2026, written and oral):</p>
<p style="width:430px">Check the certificate number at https://certificates.northwind-</p>
<p>academy.example/verify.</p>""")
    assert rec.value("workload_hours") == 90
    assert rec.value("assessment_type") == "Final assessment (20 February 2026, written and oral)"
    assert rec.value("further_information") == "https://certificates.northwind-academy.example/verify"


def test_a_portuguese_training_its_issuer_date_and_grade(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>SERRANA — Formação Profissional, Lda.</p><p>CERTIFICADO DE FORMAÇÃO</p>
<p style="width:440px">Certifica-se que Oleh Koval concluiu com aproveitamento a ação de formação «Gestão de
Stocks» e obteve a classificação final de Apto — 15 valores (escala de 0 a 20).</p>
<p>Viseu, 4 de março de 2026</p>""")
    assert rec.value("awarding_body") == "SERRANA — Formação Profissional, Lda."
    assert rec.value("issued_on") == "2026-03-04"
    assert rec.value("grade") == "Apto — 15 valores (escala de 0 a 20)"


def test_what_an_intern_did_under_the_mentors_guidance_and_the_assessment_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>INTERNSHIP REFERENCE LETTER</p>
<p style="width:440px">We confirm that Anna Bilyk completed an internship as a Trainee Data Analyst in our company.
Anna was supervised by a mentor. Under her guidance she:</p>
<ul><li>cleaned and merged sales data from three systems;</li><li>built a weekly dashboard in Power BI.</li></ul>
<p style="width:440px">Assessment. At the final review the mentor rated Anna's work as “very good” (4 out of 5
on our internship scale). She asked good questions.</p>""")
    assert rec.value("learning_outcomes") == [
        "cleaned and merged sales data from three systems", "built a weekly dashboard in Power BI.",
    ]
    assert rec.value("assessment_type") == (
        "At the final review the mentor rated Anna's work as “very good” (4 out of 5 on our internship scale)."
    )


# Forms the thirty-sixth set's first reading got wrong, in other wording

def test_a_moocs_covered_topics_a_result_label_and_guided_learning_hours(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Completion</p><p>awarded to</p><p>Iryna Lys</p>
<p>Level 1 Award in Coaching Netball</p><p>Workload: 30 guided learning hours (20 h workshops, 10 h online)</p>
<p>What this course covered</p><ul><li>warm-up games for juniors;</li><li>passing and footwork drills.</li></ul>
<p>Result: PASSED</p><p>______________________</p><p>Mary Evans</p><p>Head of Coaching</p>""")
    assert rec.value("workload_hours") == 30
    assert rec.value("learning_outcomes") == ["warm-up games for juniors", "passing and footwork drills."]
    assert rec.value("title") != "______________________ Mary Evans"  # "Result: PASSED" names no course


def test_the_coach_is_able_to_is_part_of_the_heading(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate</p><p>Learning outcomes — the coach is able to</p>
<ul><li>plan a season for a junior squad;</li><li>run safe tackling drills.</li></ul>""")
    assert rec.value("learning_outcomes") == ["plan a season for a junior squad", "run safe tackling drills."]


def test_a_programme_named_after_a_long_place_of_study(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО ПРО ПІДВИЩЕННЯ КВАЛІФІКАЦІЇ</p>
<p>Видане Коваль Ірині Петрівні про те, що вона з 16 по 20 березня 2026 року<br>
пройшла підвищення кваліфікації в<br>Центрі післядипломної освіти та підвищення кваліфікації ПЗВО «Подільська<br>
академія фінансів та обліку» за програмою<br>«Облік оренди за МСФЗ 16»<br>в обсязі 30 годин.</p>""")
    assert rec.value("title") == "Облік оренди за МСФЗ 16"


def test_a_swedish_kursintyg(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Nordvik Utbildning AB</p><p>KURSINTYG</p><p>Härmed intygas att</p>
<p>Olena Koval</p><p>född 2001-05-17, har genomgått och med godkänt resultat avslutat utbildningen</p>
<p>Svetsning för nybörjare</p><p>Efter kursen kan deltagaren</p>
<ul><li>svetsa enkla fogar med MIG/MAG;</li><li>arbeta säkert i verkstaden.</li></ul>
<p>Bedömning</p><p>Skriftligt prov: 40 av 50 poäng och ett praktiskt prov.</p>
<p>Slutbetyg: Godkänd (G)</p>""")
    assert rec.value("title") == "Svetsning för nybörjare"
    assert rec.value("learning_outcomes") == ["svetsa enkla fogar med MIG/MAG", "arbeta säkert i verkstaden."]
    assert rec.value("assessment_type") == "Skriftligt prov: 40 av 50 poäng och ett praktiskt prov."
    assert str(rec.value("grade")).startswith("Godkänd")


def test_a_polish_transcripts_learner_and_grade(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>WYKAZ ZALICZONYCH MODUŁÓW</p><p>Imię i nazwisko słuchacza:</p>
<p>Olena KOVAL, ur. 11.08.2005 w Równem (Ukraina)</p><p>Nazwa kursu:</p><p>Statystyka dla informatyków</p>
<p>Egzamin końcowy (pisemny): ocena 4,0 (dobry).   Średnia ważona ocen z modułów: 4,10.</p>""")
    assert rec.value("learner_name") == "Olena KOVAL"
    assert rec.value("grade") == "4,0 (dobry)"


def test_a_courses_name_before_its_details_after_a_middle_dot(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Completion</p><p>This is to certify that</p><p>Anna Lys</p>
<p>has successfully completed the course</p><p>Business English Upper-Intermediate · final level confirmed: B2</p>
<p>Final assessment (29 May – 3 June 2026)</p>""")
    assert rec.value("title") == "Business English Upper-Intermediate"
    assert rec.value("assessment_type") == "Final assessment (29 May – 3 June 2026)"


# Forms the thirty-seventh set's first reading got wrong, in other wording

def test_a_table_of_courses_hours_and_grades_below_the_programmes_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>PROFESSIONAL CERTIFICATE</p><p>This is to certify that</p><p>Anna Lys</p>
<p>has successfully completed the online professional certificate program</p><p>Applied Statistics with R</p>
<table border="1"><tr><th>Course</th><th>Hours</th><th>Grade</th></tr>
<tr><td>1. Descriptive Statistics</td><td>30</td><td>91%</td></tr>
<tr><td>2. Inference</td><td>40</td><td>88%</td></tr>
<tr><td>Overall grade</td><td>70</td><td>90%</td></tr></table>
<p>Skills you gained</p><ul><li>summarise data with R;</li><li>test hypotheses about means.</li></ul>""")
    assert rec.value("title") == "Applied Statistics with R"  # not the column header "Hours" below "Course"
    assert rec.value("grade") == "90%"  # the overall row's grade, not its hours


def test_the_learner_is_now_able_to_is_part_of_the_heading(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Achievement</p>
<p>Learning outcomes — the learner is now able to</p>
<ul><li>read parish records of the 19th century;</li><li>build a five-generation family tree.</li></ul>""")
    assert rec.value("learning_outcomes") == [
        "read parish records of the 19th century", "build a five-generation family tree.",
    ]


def test_a_polish_form_of_address_above_the_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ZAŚWIADCZENIE</p><p>o ukończeniu szkolenia wewnętrznego</p>
<p>Zaświadcza się, że</p><p>Pani</p><p>Olena Bondar</p><p>ukończyła szkolenie</p><p>„Excel dla analityków”</p>""")
    assert rec.value("learner_name") == "Olena Bondar"


def test_a_bodys_name_before_what_kind_of_body_it_is(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Світлиця Коду · онлайн-школа програмування</p>
<p>ТОВ «Світлиця Едтех», 61002, м. Харків, вул. Сумська, 10</p><p>СЕРТИФІКАТ</p><p>засвідчує, що</p>
<p>Коваль Ірина Петрівна</p><p>успішно завершила онлайн-курс</p><p>«Основи SQL»</p>""")
    assert rec.value("awarding_body") == "Світлиця Коду"  # not "онлайн-школа програмування"
