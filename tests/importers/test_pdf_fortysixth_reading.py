"""Certificates shaped like those of the forty-sixth and forty-seventh bench sets (Ukrainian and Central European
documents; outcomes graded one by one), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_summer_school_s_course_in_quotes_and_a_passed_assessment_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОВІДКА</p><p>Видана Павленко Ірині Олегівні, студентці 2 курсу, у тому, що вона
з 07 по 26 липня 2026 року пройшла повний курс навчання в Літній</p><p>школі «Садівництво: від саджанця до врожаю»,
яка проводилася факультетом, та успішно склала підсумковий контроль.</p>""")
    assert rec.value("title") == "Садівництво: від саджанця до врожаю"


def test_outcomes_each_below_its_code_on_a_line_of_its_own(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОВІДКА</p><p>Програмні результати навчання, досягнуті здобувачкою:</p>
<p>ПРН1.</p><p>Обрізати плодові дерева навесні та влітку.</p><p>ПРН2.</p><p>Щепити яблуні способом копулювання.</p>
<p>Довідка видана для пред'явлення за місцем навчання.</p>""")
    assert rec.value("learning_outcomes") == ["Обрізати плодові дерева навесні та влітку.",
                                              "Щепити яблуні способом копулювання."]


def test_what_a_commission_found_the_student_can_do(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ВИТЯГ з протоколу № 9 засідання кафедри</p>
<p>Предметна комісія розглянула програму школи. Встановлено, що здобувач уміє:</p>
<p>• обрізати плодові дерева;</p><p>• щепити яблуні.</p><p>УХВАЛИЛИ: визнати результати навчання.</p>""")
    assert rec.value("learning_outcomes") == ["обрізати плодові дерева", "щепити яблуні."]


def test_what_an_intern_did_under_a_mentor_by_a_pronoun(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ХАРАКТЕРИСТИКА</p><p>на студента 3 курсу Петрука Назара Ігоровича</p>
<p>Студент працював у складі команди. Під керівництвом наставника він:</p><p>• виконав 23 задачі з беклогу;</p>
<p>• писав модульні тести.</p><p>Директор</p>""")
    assert rec.value("learning_outcomes") == ["виконав 23 задачі з беклогу", "писав модульні тести."]


def test_a_printed_form_s_mastered_topics_end_at_their_caption(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО ПРО ПІДВИЩЕННЯ КВАЛІФІКАЦІЇ</p><p>Цим засвідчується, що</p>
<p>Павленко Ірина Олегівна</p><p>(прізвище, ім'я, по батькові)</p><p>підвищувала кваліфікацію в</p>
<p>ВСП «Подільський аграрний фаховий коледж ПАТУ»</p><p>(найменування закладу освіти, структурного підрозділу)</p>
<p>Під час навчання опанував(ла):</p><p>обрізування плодових дерев; щеплення яблунь; догляд за ґрунтом у
саду</p><p>(основні теми програми, набуті компетентності)</p><p>Форма підсумкової атестації та результат</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and not any("основні теми" in o for o in outcomes)
    assert rec.value("awarding_body") == "ВСП «Подільський аграрний фаховий коледж ПАТУ»"


def test_a_country_in_what_was_learned_is_not_the_issuer_s(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Школа садівництва «Яблунька»</p><p>СЕРТИФІКАТ</p><p>Виданий</p>
<p>Павленко Ірині Олегівні</p><p>Результати навчання:</p><p>• обрізати плодові дерева і готувати запити до<br>
розсадників України та Польщі.</p><p>Дата видачі: 28.02.2026</p>""")
    assert rec.value("issuer_country") is None


def test_a_certificate_supplement_s_holder_and_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>EUROPASS ZEUGNISERLÄUTERUNG</p>
<p>Volkshochschule Obertal · Sprachenzentrum · Nr. VHS-OT-2026-0042</p>
<p>Inhaberin des Zeugnisses: Iryna Olehivna Pavlenko, geb. 03.05.1998</p><p>1. Bezeichnung des Zeugnisses</p>
<p>Zertifikat „Englisch für Gärtnerinnen – Niveau B1 (GER)“</p>""")
    assert rec.value("learner_name") == "Iryna Olehivna Pavlenko"
    assert rec.value("awarding_body") == "Volkshochschule Obertal"


def test_a_programme_named_in_quotes_after_its_label_and_a_club_s_name_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «Садовий клуб «Яблунька»» · м. Вінниця</p>
<p>Сертифікат про проходження менторської програми</p><p>Учасниця Павленко Ірина Олегівна</p>
<p>Програма «Сад з нуля: 16 тижнів із наставником»</p><p>Період і обсяг: 120 годин</p>""")
    assert rec.value("title") == "Сад з нуля: 16 тижнів із наставником"


def test_details_in_a_bracket_after_completing_the_course_name_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">Orchard Pruning Level 1</p><p>This certifies that</p>
<p>Iryna Pavlenko</p><p>has completed the course (36 hours: 18 h workshops, 18 h supervised pruning; 17</p>
<p>August – 5 October 2026) and has been assessed as a pruner of community orchards.</p>""")
    assert rec.value("title") == "Orchard Pruning Level 1"


def test_a_skills_passport_s_heading_number_and_results_heading_name_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:16pt">Passeport de compétences</p>
<p style="font-size:13pt">N° VERG-2026-0042</p><p style="font-size:10pt">Stagiaire</p>
<p style="font-size:10pt">Iryna Pavlenko</p>
<p style="font-size:13pt">Résultats par compétence (seuil de validation : 70 %)</p>
<p style="font-size:10pt">Tailler un arbre fruitier : 85 %</p>""")
    assert rec.value("title") is None


def test_the_course_beside_its_label_in_a_table_of_labels_and_values(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:16pt">ORCHARD LANE SCHOOL</p>
<p style="font-size:14pt">Certificate of Completion &amp; Project Transcript</p>
<table><tr><td>Learner</td><td>Iryna Pavlenko</td></tr><tr><td>Programme</td><td>Fruit Tree Care Program</td></tr>
<tr><td>Period</td><td>9 September 2026 – 21 February 2027</td></tr></table>
<p style="font-size:9pt">Projects and the skills each project demonstrated</p>""")
    assert rec.value("title") == "Fruit Tree Care Program"
