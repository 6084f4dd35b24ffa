"""Outcome lists under the headings real certificates use (MOOC platforms, Ukrainian course certificates), a course's
topics read only where a certificate states no outcomes (and said so), and a course name after a lead-in line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers.credentials.record import TOPICS_SOURCE, CredentialRecord
from app.services.matching import credential_from_record, match_components
from tests.importers.pdfgen import inspect_html

EN_HEAD = """<h2>Certificate of Completion</h2><p>This is to certify that</p><p>Taras Shevchenko</p>
<p>has successfully completed the course</p><p>Relational Databases</p>"""
UK_HEAD = """<h1>СЕРТИФІКАТ</h1><p>Цим засвідчується, що</p><p><b>Леся Українка</b></p>
<p>успішно завершила курс «Бази даних»</p>"""
EN_ITEMS = "<ul><li>Design relational database schemas</li><li>Write SQL queries that join tables</li></ul>"
UK_ITEMS = "<ul><li>Проєктувати реляційні бази даних</li><li>Писати SQL-запити з об'єднанням таблиць</li></ul>"
EN_TAIL = "<p>Workload: 30 hours</p><p>Date: 5 March 2025</p>"
UK_TAIL = "<p>Обсяг: 30 годин</p><p>Дата видачі: 05.03.2025</p>"


def read(tmp_path: Path, html: str) -> CredentialRecord:
    return inspect_html(tmp_path, html)


@pytest.mark.parametrize(
    "heading",
    [
        "What you'll learn", "What you will learn", "Skills you'll gain", "Skills you gained", "Skills developed",
        "Key skills", "Learning objectives", "Course objectives", "Knowledge and skills acquired",
        "By the end of this course, you will be able to:", "Upon successful completion, participants are able to:",
        "After completing the course, learners will be able to:", "The holder has demonstrated the ability to:",
    ],
)
def test_an_english_outcomes_heading_of_a_mooc_certificate(tmp_path: Path, heading: str) -> None:
    rec = read(tmp_path, f"{EN_HEAD}<p>{heading}</p>{EN_ITEMS}{EN_TAIL}")
    assert rec.learning_outcomes == ["Design relational database schemas", "Write SQL queries that join tables"]
    assert not rec.outcomes_from_topics
    assert "learning_outcomes" not in rec.missing_mandatory


@pytest.mark.parametrize(
    "heading",
    [
        "Чого ви навчилися", "Що ви дізнаєтеся", "Ви навчитеся:", "Після завершення курсу слухач здатен:",
        "Після успішного проходження навчання ви зможете:", "Слухач набув таких компетентностей:",
        "Учасниця опанувала навички:", "Знання та навички", "Знання, уміння та навички:", "Ключові навички",
        "Навчальні результати",
    ],
)
def test_a_ukrainian_outcomes_heading(tmp_path: Path, heading: str) -> None:
    rec = read(tmp_path, f"{UK_HEAD}<p>{heading}</p>{UK_ITEMS}{UK_TAIL}")
    assert rec.learning_outcomes == ["Проєктувати реляційні бази даних", "Писати SQL-запити з об'єднанням таблиць"]
    assert not rec.outcomes_from_topics


@pytest.mark.parametrize(
    ("head", "heading", "items", "tail"),
    [
        (EN_HEAD, "Topics covered", "<ul><li>The relational model</li><li>SQL joins</li></ul>", EN_TAIL),
        (EN_HEAD, "Course content:", "<ul><li>The relational model</li><li>SQL joins</li></ul>", EN_TAIL),
        (UK_HEAD, "Зміст курсу:", "<ul><li>Реляційна модель даних</li><li>Мова запитів SQL</li></ul>", UK_TAIL),
        (UK_HEAD, "Теми", "<ul><li>Реляційна модель даних</li><li>Мова запитів SQL</li></ul>", UK_TAIL),
    ],
)
def test_topics_stand_in_for_missing_outcomes_and_say_so(
    tmp_path: Path, head: str, heading: str, items: str, tail: str
) -> None:
    rec = read(tmp_path, f"{head}<p>{heading}</p>{items}{tail}")
    assert len(rec.learning_outcomes) == 2
    assert rec.outcomes_from_topics
    assert rec.elements["learning_outcomes"].source.endswith(TOPICS_SOURCE)
    # The certificate still states no learning outcomes: the officer is told the element is missing.
    assert "learning_outcomes" in rec.missing_mandatory


def test_outcomes_win_over_topics_in_either_order(tmp_path: Path) -> None:
    topics = "<p>Topics covered</p><ul><li>The relational model</li><li>SQL joins</li></ul>"
    outcomes = f"<p>What you'll learn</p>{EN_ITEMS}"
    for body in (topics + outcomes, outcomes + topics):
        rec = read(tmp_path, f"{EN_HEAD}{body}{EN_TAIL}")
        assert rec.learning_outcomes == ["Design relational database schemas", "Write SQL queries that join tables"]
        assert not rec.outcomes_from_topics


def test_a_programme_label_is_not_a_topics_list(tmp_path: Path) -> None:
    # "Програма: ..." names the programme: a bare "Програма" is no topics heading.
    rec = read(tmp_path, f"{UK_HEAD}<p>Програма: Цифрові навички</p>{UK_TAIL}")
    assert rec.learning_outcomes == []
    assert "learning_outcomes" in rec.missing_mandatory


def test_the_course_name_after_a_lead_in_line(tmp_path: Path) -> None:
    html = ("<h2>Certificate of Achievement</h2><p>Taras Shevchenko</p>"
            "<p>successfully completed and received a passing grade in</p>"
            f"<p>CS50x: Introduction to Computer Science</p><p>What you'll learn</p>{EN_ITEMS}")
    rec = read(tmp_path, html)
    assert rec.value("title") == "CS50x: Introduction to Computer Science"


def test_the_proposal_says_it_compared_topics(tmp_path: Path) -> None:
    from app.domain.programme import programme_from_dict
    from app.matching import policy

    rec = read(tmp_path, f"{EN_HEAD}<p>Topics covered</p><ul><li>The relational model</li><li>SQL joins</li></ul>"
                         f"{EN_TAIL}")
    credential = credential_from_record(rec)
    assert credential.facts.outcomes_from == "topics" and not credential.outcomes_from_title
    programme = programme_from_dict({
        "code": "P1", "title": "Programme", "components": [
            {"code": "C1", "title": "Databases", "ects": 5, "outcomes": ["Design relational databases"]},
        ],
    })
    [match] = match_components(programme, [credential], policy.PolicyRules(), embedding=False)
    assert "outcomes_are_topics" in [r["code"] for r in match.reasons]
    assert any("the topics of its course were compared" in text for text in match.reason_texts())


def test_a_list_ends_at_the_paragraph_after_it(tmp_path: Path) -> None:
    # "Київ, 2024" and "Completed on ..." below a bulleted list are not the end of its last outcome.
    rec = read(tmp_path, f"{UK_HEAD}<p>Набуті навички:</p><ul><li>планувати спринти</li><li>вести беклог продукту</li>"
                         "</ul><p>Київ, 2024</p>")
    assert rec.learning_outcomes == ["планувати спринти", "вести беклог продукту"]
    rec = read(tmp_path, f"{EN_HEAD}<p>What you'll learn</p>{EN_ITEMS}<p>Completed on 12/05/2024</p>")
    assert rec.learning_outcomes == ["Design relational database schemas", "Write SQL queries that join tables"]


def test_a_wrapped_outcome_stays_one_outcome(tmp_path: Path) -> None:
    long = ("Identify common cyber threats and system vulnerabilities in the networks of small companies and "
            "public bodies")
    items = f"<ul><li>{long}</li><li>Explain encryption</li></ul>"
    rec = read(tmp_path, f"{EN_HEAD}<p>What you'll learn</p>{items}{EN_TAIL}")
    assert rec.learning_outcomes == [long, "Explain encryption"]


def test_outcomes_run_together_with_semicolons_are_split(tmp_path: Path) -> None:
    rec = read(tmp_path, f"{UK_HEAD}<p>Результати навчання: писати програми мовою Python; використовувати списки та "
                         "словники; налагоджувати програмний код.</p><p>15 травня 2025 року</p>")
    assert rec.learning_outcomes == ["писати програми мовою Python", "використовувати списки та словники",
                                     "налагоджувати програмний код."]


@pytest.mark.parametrize(
    ("text", "hours"),
    [("Duration: 6 weeks (about 5 hours per week)", 30), ("8 тижнів, 3 год/тиж", 24), ("5 hrs/week for 10 weeks", 50),
     ("6 weeks, 4–6 hours per week", 24), ("3 days, 8 hours a day", 24), ("Effort: 2-3 hours per week", None),
     ("Approx. 20 hours to complete", 20)],
)
def test_a_weekly_effort_counts_with_its_weeks_only(text: str, hours: int | None) -> None:
    from app.importers.credentials.textparse import find_hours

    found = find_hours(text)
    assert (found[0] if found else None) == hours


@pytest.mark.parametrize(
    ("line", "learner"),
    [("успішно завершила курс «Бази даних»", "Леся Українка"),
     ("успішно завершив(-ла) курс «Бази даних»", "Леся Українка"),
     ("взяла участь у тренінгу «Бази даних»", "Леся Українка"),
     ("прослухала онлайн-курс «Бази даних»", "Леся Українка")],
)
def test_the_learner_before_a_completion_line_in_any_gender(tmp_path: Path, line: str, learner: str) -> None:
    rec = read(tmp_path, f"<h1>СЕРТИФІКАТ</h1><p>{learner}</p><p>{line}</p>{UK_TAIL}")
    assert rec.value("learner_name") == learner
    assert rec.value("title") == "Бази даних"


def test_a_completion_date_is_not_the_course_name(tmp_path: Path) -> None:
    html = ("<h2>Certificate of Completion</h2><p>Awarded to</p><p>Anna Lee</p><p>for completing the course</p>"
            "<p>Introduction to Cybersecurity</p><p>Completed on 12/05/2024</p>")
    assert read(tmp_path, html).value("title") == "Introduction to Cybersecurity"


@pytest.mark.parametrize(
    ("head", "sentence", "outcome"),
    [(EN_HEAD, "Upon completion of the course, participants are able to design relational databases and write SQL "
      "queries.", ["design relational databases", "write SQL queries"]),  # two verb clauses: two outcomes
     (UK_HEAD, "Після завершення курсу слухачка здатна проєктувати реляційні бази даних.",
      ["проєктувати реляційні бази даних."])],
)
def test_outcomes_stated_in_a_sentence(tmp_path: Path, head: str, sentence: str, outcome: list[str]) -> None:
    rec = read(tmp_path, f"{head}<p>{sentence}</p><p>Date: 3 March 2025</p>")
    assert rec.learning_outcomes == outcome
    assert not rec.outcomes_from_topics


def test_a_ukrainian_mooc_certificate_whole(tmp_path: Path) -> None:
    html = ("<h1>СЕРТИФІКАТ</h1><p>Prometheus</p><p>Цей сертифікат засвідчує, що</p><p>Іван Петренко</p>"
            "<p>успішно прослухав онлайн-курс</p><p>«Основи програмування на Python»</p>"
            "<p>обсягом 45 годин (1,5 кредиту ЄКТС) та успішно склав підсумковий іспит</p>"
            "<p>Результати навчання: писати програми мовою Python; використовувати списки та словники.</p>"
            "<p>15 травня 2025 року</p>")
    rec = read(tmp_path, html)
    assert rec.value("learner_name") == "Іван Петренко"
    assert rec.value("title") == "Основи програмування на Python"
    assert (rec.value("workload_hours"), rec.value("workload_ects")) == (45, 1.5)
    assert rec.value("assessment_type") == "підсумковий іспит"  # the kind of assessment, without who passed it
    assert rec.value("issued_on") == "2025-05-15"
    assert rec.learning_outcomes == ["писати програми мовою Python", "використовувати списки та словники."]


@pytest.mark.parametrize(
    "heading", ["Додаток 1. Результати навчання за курсом", "Annex: Learning outcomes of the course",
                "Appendix A – Learning outcomes", "Результати навчання курсу:"],
)
def test_an_outcomes_heading_in_an_annex_or_naming_the_course(tmp_path: Path, heading: str) -> None:
    rec = read(tmp_path, f"{EN_HEAD}<p>{heading}</p>{EN_ITEMS}{EN_TAIL}")
    assert rec.learning_outcomes == ["Design relational database schemas", "Write SQL queries that join tables"]


def test_an_outcome_naming_a_year_stays_in_the_list(tmp_path: Path) -> None:
    # One outcome a paragraph, no bullets: only the line that is a place and a year ends the list.
    items = "<p>Protect personal data.</p><p>Apply the GDPR of 2016.</p>"
    rec = read(tmp_path, f"{EN_HEAD}<p>What you'll learn</p>{items}<p>Kyiv, Ukraine, 2024</p>")
    assert rec.learning_outcomes == ["Protect personal data.", "Apply the GDPR of 2016."]


@pytest.mark.parametrize(
    "line", ["has completed the following course:", "successfully completed the specialization",
             "has completed the course of study", "успішно завершила навчання за програмою",
             "успішно пройшов курс підвищення кваліфікації", "has completed all requirements of"],
)
def test_the_course_name_after_a_line_that_names_none(tmp_path: Path, line: str) -> None:
    rec = read(tmp_path, f"<h2>Certificate</h2><p>Olena Kovalenko</p><p>{line}</p><p>Relational Databases and SQL</p>"
                         "<p>Date: 3 March 2025</p>")
    assert rec.value("title") == "Relational Databases and SQL"
    assert rec.value("learner_name") == "Olena Kovalenko"


@pytest.mark.parametrize(
    ("body", "learner", "title"),
    [("<p>Olena Kovalenko has successfully completed the course Relational Databases and SQL.</p>",
      "Olena Kovalenko", "Relational Databases and SQL"),
     ("<p>This is to certify that Olena Kovalenko has completed the course “Relational Databases and SQL”.</p>",
      "Olena Kovalenko", "Relational Databases and SQL"),
     ("<p>Цим засвідчується, що Коваленко Олена Петрівна успішно завершила курс «Бази даних і SQL».</p>",
      "Коваленко Олена Петрівна", "Бази даних і SQL"),
     ("<p>Awarded to: Olena Kovalenko</p><p>Course: Relational Databases and SQL</p>",
      "Olena Kovalenko", "Relational Databases and SQL"),
     ("<p>The Student has completed the course “Relational Databases and SQL”.</p>", None,
      "Relational Databases and SQL")],
)
def test_the_learner_and_the_course_in_one_sentence(tmp_path: Path, body: str, learner: str | None,
                                                    title: str) -> None:
    rec = read(tmp_path, f"<h2>Certificate</h2>{body}<p>Date: 3 March 2025</p>")
    assert rec.value("learner_name") == learner
    assert rec.value("title") == title


@pytest.mark.parametrize(
    "heading", ["Компетентності, набуті під час навчання:", "Learning outcomes achieved by the participant:",
                "Результати навчання, яких досягнуто:"],
)
def test_an_outcomes_heading_with_a_qualifier(tmp_path: Path, heading: str) -> None:
    rec = read(tmp_path, f"{EN_HEAD}<p>{heading}</p>{EN_ITEMS}{EN_TAIL}")
    assert rec.learning_outcomes == ["Design relational database schemas", "Write SQL queries that join tables"]


@pytest.mark.parametrize("mark", ["➤", "→", "◆", "☑"])
def test_outcomes_marked_with_other_bullets(tmp_path: Path, mark: str) -> None:
    items = f"<p>{mark} Design relational database schemas</p><p>{mark} Write SQL queries that join tables</p>"
    rec = read(tmp_path, f"{EN_HEAD}<p>What you'll learn</p>{items}<p>Kyiv, Ukraine, 2025</p>")
    assert rec.learning_outcomes == ["Design relational database schemas", "Write SQL queries that join tables"]
