"""A transcript that gives each course in a ruled table of its own, one below the other ("1. Course | name …" /
"Learning outcomes | …", "2. Course | …"): every course's outcomes are read, each cell's paragraph whole however its
lines wrap."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_CELL = '<td style="border:1px solid #444444; padding:3px">'


def _course_table(label: str, name: str, heading: str, outcome: str) -> str:
    return (f'<table width="100%" style="border-collapse:collapse"><tr>{_CELL}<b>{label}</b></td>{_CELL}{name}</td>'
            f"</tr><tr>{_CELL}{heading}</td>{_CELL}{outcome}</td></tr></table><br>")


def test_each_courses_table_gives_its_outcomes(tmp_path: Path) -> None:
    courses = [
        ("1. Дисципліна", "Гідрологія (ГД-201) · 4 кредити ЄКТС · екзамен", "Результати навчання",
         "Студент уміє вимірювати витрати води в річці гідрометричною вертушкою та будувати криву витрат за даними "
         "спостережень на гідропосту протягом сезону."),
        ("2. Дисципліна", "Метеорологія (МТ-105) · 3 кредити ЄКТС · залік", "Результати навчання",
         "Студент уміє читати синоптичну карту та складати короткостроковий прогноз погоди."),
        ("3. Дисципліна", "Геоінформаційні системи (ГІС-310) · 5 кредитів ЄКТС · екзамен", "Результати навчання",
         "Студент уміє будувати тематичні карти в QGIS і виконувати просторовий аналіз шарів."),
    ]
    rec = inspect_html(tmp_path, "<p>ПРИКАРПАТСЬКИЙ УНІВЕРСИТЕТ</p><p>АКАДЕМІЧНА ДОВІДКА № 77/25</p>"
                       "<p>Студентка: Лисенко Ольга Петрівна</p><p>Дисципліни, опановані за семестр:</p>"
                       + "".join(_course_table(*c) for c in courses) + "<p>Дата видачі: 01.07.2025</p>")
    outcomes = rec.value("learning_outcomes")
    # three courses, the first's paragraph whole (it wraps in its cell), each without who can do it
    assert outcomes == [c[3].removeprefix("Студент уміє ") for c in courses]


def test_a_table_of_another_kind_below_is_not_read_as_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, "<p>HARBOUR BUSINESS SCHOOL</p><p>Course record</p><p>Learner: Maria Koval</p>"
                       + _course_table("Course", "Negotiation Skills (NEG-1) · 2 ECTS", "Learning outcomes",
                                       "Plan a negotiation and choose a strategy for it.")
                       + f'<table width="100%" style="border-collapse:collapse"><tr>{_CELL}Assessment</td>{_CELL}'
                         f"Role play</td></tr><tr>{_CELL}Result</td>{_CELL}Passed</td></tr></table>"
                       + "<p>Date of issue: 4 April 2025</p>")
    assert rec.value("learning_outcomes") == ["Plan a negotiation and choose a strategy for it."]


def test_a_cells_marked_items_each_whole_without_the_words_leading_in(tmp_path: Path) -> None:
    first = ("РН1. Налаштовувати мережеве обладнання підприємства та захищати його, застосовуючи списки доступу, "
             "VLAN, VPN, IPsec і міжмережеві екрани нового покоління в типовій мережі філії.")
    second = ("РН2. Аналізувати журнали подій SIEM, виявляти ознаки вторгнення та оформлювати звіт про інцидент "
              "для керівництва й регулятора в установлений законом строк.")
    rec = inspect_html(tmp_path, "<p>ЦЕНТР КІБЕРБЕЗПЕКИ</p><p>ВИТЯГ З ОПИСУ КОМПОНЕНТА</p>"
                       "<p>Слухач: Бондар Ігор Васильович</p>"
                       + _course_table("Компонент", "Захист мереж (6 кредитів ЄКТС)", "Результати навчання",
                                       f"Після завершення компонента слухач здатен:<br>{first}<br>{second}")
                       + "<p>Дата видачі: 10.06.2025</p>")
    assert rec.value("learning_outcomes") == [first, second]
