"""Certificates shaped like those of the forty-fourth and forty-fifth bench sets (designed layouts; platforms'
and companies' English certificates), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_what_the_learner_can_do_announced_at_a_sentence_s_end_with_umiie(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Цим засвідчується, що</p><p>Павленко Ірина Олегівна</p>
<p>успішно завершила курс «Догляд за садом»</p><p>Під час курсу слухачка виконала 12 практичних робіт у саду.
Слухачка уміє:</p><p>• обрізати плодові дерева навесні;</p><p>• щепити яблуні способом копулювання.</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and [o.rstrip(".") for o in outcomes] == ["обрізати плодові дерева навесні",
                                                                           "щепити яблуні способом копулювання"]


def test_the_learner_below_vydane_and_on_two_lines(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Сад»</p><p>СВІДОЦТВО № С-26/0042</p><p>видане</p>
<p>Павленко-Лісовій Ірині Олегівні</p><p>про успішне завершення програми «Догляд за садом»</p>""")
    assert rec.value("learner_name") == "Павленко-Лісовій Ірині Олегівні"
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Цим засвідчується, що</p>
<p style="font-size:20pt">Ірина Олегівна</p><p style="font-size:20pt">Павленко</p>
<p>успішно завершила курс «Догляд за садом»</p>""")
    assert rec.value("learner_name") == "Ірина Олегівна Павленко"


def test_what_a_participant_learned_to_do_told_after_how(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ORCHARD GUILD</p><p>Certificate of Completion</p><p>This certifies that</p>
<p>Iryna Pavlenko</p><p>has completed the professional course</p><p>Orchard Care in Practice</p>
<p>Over 40 hours of field workshops and a season's project the participant learned to prune young trees for shape,
graft apples onto dwarfing rootstocks, keep a spraying calendar and plan the harvest with a small team.</p>
<p>Issued: 9 June 2026</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and outcomes[0].startswith("prune young trees for shape")
    assert rec.value("assessment_type") is None  # "project" is a word of what was learned, not the assessment


def test_skills_on_lines_of_names_between_dots(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard Guild</p><p>Certificate of Achievement</p><p>Awarded to</p>
<p>Iryna Pavlenko</p><p>for completing the evening programme</p><p>Orchard Care for Small Farms</p>
<p>SKILLS DEMONSTRATED</p><p>Winter pruning · Summer pruning · Whip grafting<br>Spraying calendars · Soil tests ·
Harvest planning</p><p>Issued on 3 October 2026.</p>""")
    assert rec.value("learning_outcomes") == ["Winter pruning", "Summer pruning", "Whip grafting", "Spraying calendars",
                                              "Soil tests", "Harvest planning"]


def test_a_letter_s_addressee_below_her_form_of_address(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Akademia Sadownicza Sp. z o.o.</p><p>Kraków, 12 maja 2026 r.</p><p>Pani</p>
<p>Iryna Pawlenko</p><p>ul. Lipowa 14/3, 31-512 Kraków</p><p>Zaświadczenie o ukończeniu kursu</p>
<p>Szanowna Pani, z przyjemnością potwierdzamy, że ukończyła Pani kurs „Pielęgnacja sadu” w wymiarze 30 godzin.</p>""")
    assert rec.value("learner_name") == "Iryna Pawlenko"


def test_how_many_courses_a_programme_has_is_no_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchardly</p><p>SPECIALIZATION CERTIFICATE</p><p>This certifies that</p>
<p>Iryna Pavlenko</p><p>has successfully completed all three courses of the online specialization</p>
<p>Fruit Growing for Smallholders</p><p>developed by faculty of Valley University and offered through Orchardly.</p>
<table><tr><td>#</td><td>Course</td><td>Completed</td><td>Grade</td></tr>
<tr><td>1</td><td>Pruning basics</td><td>Jan 2026</td><td>94%</td></tr></table>
<p>Dr. Olena Koval</p><p>Specialization Lead, Department of Horticulture</p>
<p>and Plant Science, Valley University</p>""")
    assert rec.value("title") == "Fruit Growing for Smallholders"
    assert rec.value("awarding_body") == "Valley University"


def test_a_test_report_names_its_test_and_what_the_candidate_can_do(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ORCHA</p><p>Orcha Assessment Services</p>
<p>Orcha Workplace Spanish Test (OWST)</p>
<p>Test Report Form</p><p>Candidate</p><p>PAVLENKO, Iryna</p><p>Test centre</p><p>UA-02 Lviv</p>
<p>What this candidate can do at this level</p><ul><li>Follow meetings with Spanish-speaking colleagues.</li>
<li>Write short work e-mails in Spanish.</li></ul>""")
    assert rec.value("title") == "Orcha Workplace Spanish Test (OWST)"
    assert rec.value("awarding_body") == "Orcha Assessment Services"
    assert rec.value("learning_outcomes") == ["Follow meetings with Spanish-speaking colleagues.",
                                              "Write short work e-mails in Spanish."]


def test_a_training_record_in_two_languages(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Orchard Bank JSC</p><p>Employee Training Record</p>
<p>Employee / Працівник</p><p>Iryna Pavlenko / Ірина Павленко</p><p>Course / Курс</p><p>Format</p>
<p>Cash Desk Basics / Основи каси</p><p>Total completed hours / Усього завершено годин</p><p>19</p>
<p>Competencies covered / Опановані компетентності</p><p>Counting cash at the teller window; answering customers'
questions about cards.</p>""")
    assert rec.value("learner_name") == "Iryna Pavlenko"
    assert rec.value("title") not in ("Format", "hours / Усього завершено годин")
    assert rec.value("learning_outcomes") == ["Counting cash at the teller window",
                                              "answering customers' questions about cards."]


def test_weeks_of_hours_and_a_learning_time_in_minutes() -> None:
    from app.importers.credentials.textparse import find_hours

    assert find_hours("6 weeks × 2 hours (12 hours) · Issued 5 November 2026") == (12.0, "6 weeks × 2 hours")
    found = find_hours("Completed on 18 June 2026 · Level: Beginner · Total learning time: 150 minutes")
    assert found is not None and found[0] == 2.5
    assert find_hours("Module 3 took 40 minutes") is None  # a part's minutes, no course's length
