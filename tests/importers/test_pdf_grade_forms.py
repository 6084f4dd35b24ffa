"""A grade told without a grade's label: after "Passed —", after a em dash ("Підсумкова оцінка — 84 бали зі 100, що
…"), after the task it was given for ("екзамен: 88 балів зі 100", "фінальний кейс: 46 балів із 50"), as "graded A",
"awarded the grade Distinction — 91 %", below "Overall (pass mark 65 %)", after a qualified label ("Оцінка куратора:
«…»"), or as the only score of the text ("… — 92 бали зі 100."); a pass mark is never the grade. Each form was read as
no grade before; the wordings are other than those of the certificates that showed them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


def _certificate(line: str, before: str = "") -> str:
    return f"""<p>This is to certify that</p><p>Olha Koval</p><p>has successfully completed</p>
<p>Orchard Care for Beginners</p>{before}<p style="width:420px">{line}</p><p>Date of issue: 8 April 2026</p>"""


@pytest.mark.parametrize(
    ("line", "grade"),
    [
        ("Passed — 74 / 100; practical task: a pruning plan for six trees", "74 / 100"),
        ("Підсумкова оцінка — 79 балів зі 100, що відповідає оцінці «добре» за шкалою.", "79 балів зі 100"),
        ("Форма контролю та результат — залік: 88 балів зі 100, «добре» (B)", "88 балів зі 100, «добре» (B)"),
        ("Виконані завдання (план саду, журнал обрізки) · фінальний кейс: 46 балів із 50", "46 балів із 50"),
        ("Six practical tasks and a field project graded B (good).", "B (good)"),
        ("Olha was awarded the grade Merit — 77 %.", "Merit — 77 %"),
        ("Оцінка наставника: «виконано добре» (4 з 5 критеріїв).", "виконано добре"),
        ("Підсумковий проєкт «Сад на схилі» (план, кошторис, календар робіт) — 85 балів зі 100.", "85 балів зі 100"),
        ("проєкт захищено на 90 балів зі 100 («відмінно»)", "90 балів зі 100 («відмінно»)"),
    ],
)
def test_a_grade_without_a_grades_label(tmp_path: Path, line: str, grade: str) -> None:
    assert inspect_html(tmp_path, _certificate(line)).value("grade") == grade


@pytest.mark.parametrize("between", ["", "<p>&nbsp;</p>"])  # an empty line of a table's cell between them
def test_the_overall_score_below_its_label_and_pass_mark(tmp_path: Path, between: str) -> None:
    rec = inspect_html(tmp_path, _certificate("Overall (pass mark 60 %)", "<p>Pruning task 50 %</p><p>81 / 100</p>")
                       .replace("<p>Date of issue", f"{between}<p>83 % — Passed</p><p>Date of issue"))
    assert rec.value("grade") == "83 % — Passed"


@pytest.mark.parametrize(
    "line",
    [
        "Прохідний бал — 60 балів зі 100.",  # the pass mark, no grade
        "Grading: pass mark 50 / 100; results of 85 and above are marked “very good”.",
        "The course ran for 12 weeks with 3 sessions a week.",
    ],
)
def test_a_pass_mark_or_other_numbers_are_no_grade(tmp_path: Path, line: str) -> None:
    assert inspect_html(tmp_path, _certificate(line)).value("grade") is None


def test_a_grade_on_its_labels_line_before_a_columns_first_row(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _certificate(
        "Підсумкова оцінка: 78 балів зі 100.",
        "<p>Тиждень</p><p>Досягнутий результат</p><p>1–3 Обрізка молодих дерев</p><p>формує крону</p>"))
    assert rec.value("grade") == "78 балів зі 100."


def test_a_score_on_a_scale_in_the_line_below_a_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _certificate("B1 reached — 74/100 (pass mark 60)", "<p>Overall</p><p>result</p>"))
    assert rec.value("grade") == "B1 reached — 74/100"


def test_an_overall_outcome_to_the_end_of_its_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _certificate("Overall outcome: Merit — passed with praise. Weekly tasks all done."))
    assert rec.value("grade") == "Merit — passed with praise"


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [("Участь підтверджено; підсумковий тест — 27 правильних відповідей із 30.", "27 правильних відповідей із 30"),
     ("Attendance confirmed; final quiz: 14 correct answers out of 15.", "14 correct answers out of 15")],
    ids=["uk", "en"],
)
def test_right_answers_out_of_the_questions(tmp_path: Path, sentence: str, grade: str) -> None:
    """A test's result as right answers out of its questions is the grade where nothing else gives one."""
    html = f"<p>CERTIFICATE</p><p>Maria Koval attended the seminar Logic for Lawyers.</p><p>{sentence}</p>"
    assert inspect_html(tmp_path, html).value("grade") == grade


@pytest.mark.parametrize(
    ("label", "value"),
    [("Wynik egzaminu:", "71 pkt / 100 — ocena dostateczna plus (3,5)"),
     ("Výsledek závěrečné zkoušky:", "88 bodů ze 100 — výborně")],
    ids=["pl", "cs"],
)
def test_a_polish_or_czech_result_below_its_label(tmp_path: Path, label: str, value: str) -> None:
    """"Wynik egzaminu końcowego:" / "84 pkt / 100 — ocena dobra (4,0)": no grade was read from it before."""
    rec = inspect_html(tmp_path, _certificate(label).replace("<p>Date of issue", f"<p>{value}</p><p>Date of issue"))
    assert rec.value("grade") == value


def test_the_grade_achieved_below_its_label_over_a_projects_score(tmp_path: Path) -> None:
    """"Grade achieved" / "88%" in the facts, "… Project score 80%." below: the course's grade, not the project's."""
    rec = inspect_html(tmp_path, _certificate("Grade achieved").replace(
        "<p>Date of issue", "<p>88%</p><p>pass mark 70%</p><p>Final project reviewed by staff. Project score 80%.</p>"
                            "<p>Date of issue"))
    assert rec.value("grade") == "88%"
