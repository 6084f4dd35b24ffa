"""An outcome the paper marks as not achieved is no evidence: it is left out of the outcomes, and said so (records,
rubrics, checklists and sign-off sheets of the eighty-second set's kinds, in other wording)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html

CELL = "border:1px solid #000; padding:3px"


def _table(header: list[str], rows: list[list[str]], widths: list[int]) -> str:
    def row(cells: list[str]) -> str:
        tds = (f'<td style="{CELL}; width:{w}px">{c}</td>' for c, w in zip(cells, widths, strict=True))
        return "<tr>" + "".join(tds) + "</tr>"
    return f'<table style="border-collapse:collapse">{row(header)}{"".join(row(r) for r in rows)}</table>'


def _notes(rec: object) -> list[str]:
    return [str(c.detail) for c in rec.verification.checks if c.name == "outcomes"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("achieved", "not_achieved"), [
    ("підтверджено", "не підтверджено"), ("Met", "Not yet met"), ("✓", "✗"), ("так", "ні"),
])
def test_an_outcome_marked_not_achieved_in_its_row_is_left_out(
    tmp_path: Path, achieved: str, not_achieved: str
) -> None:
    table = _table(["№", "Результат навчання", "Статус"], [
        ["1", "Проєктує схему реляційної бази даних і нормалізує її до третьої нормальної форми", achieved],
        ["2", "Пише запити SQL із з'єднаннями, групуванням та агрегатними функціями", achieved],
        ["3", "Будує інтерактивний дашборд із графіками та фільтрами в Power BI", not_achieved],
    ], [20, 330, 110])
    rec = inspect_html(tmp_path, f"""<p>СЕРТИФІКАТ</p><p>Курс «Бази даних і SQL»</p><p>Результати навчання</p>
{table}<p>Дата видачі: 12.05.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Проєктує схему реляційної бази даних і нормалізує її до третьої нормальної форми",
        "Пише запити SQL із з'єднаннями, групуванням та агрегатними функціями"]
    assert any("Power BI" in note for note in _notes(rec))


def test_a_mark_under_a_rubrics_level_column(tmp_path: Path) -> None:
    table = _table(["№", "Результат навчання (слухач уміє…)", "не досягнуто", "частково", "досягнуто"], [
        ["1", "очищати та перетворювати дані в pandas перед навчанням моделі", "", "", "+"],
        ["2", "будувати графіки розподілів і кореляцій у seaborn", "", "+", ""],
        ["3", "розгортати модель як вебсервіс із REST API у хмарі", "+", "", ""],
    ], [20, 300, 60, 60, 60])
    rec = inspect_html(tmp_path, f"""<p>Додаток до сертифіката</p><p>Курс «Машинне навчання»</p>
<p>Рубрика оцінювання результатів навчання</p>{table}""")
    assert rec.value("learning_outcomes") == ["очищати та перетворювати дані в pandas перед навчанням моделі",
                                              "будувати графіки розподілів і кореляцій у seaborn"]
    notes = _notes(rec)
    assert any("REST API" in note for note in notes)  # left out
    assert any("seaborn" in note for note in notes)  # only partly achieved: named for the committee


def test_the_outcomes_listed_as_not_yet_achieved(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Statement of learning outcomes</p><p>Course: English for IT (B2)</p>
<p>Outcomes achieved</p><ul><li>Takes part in stand-ups and client calls in English.</li><li>Reads API references
and release notes without a translator.</li></ul><p>Outcomes not yet achieved</p><ul><li>Writes a structured design
document of 1,000 words or more.</li></ul><p>Odesa, 24 May 2025</p>""")
    assert rec.value("learning_outcomes") == ["Takes part in stand-ups and client calls in English.",
                                              "Reads API references and release notes without a translator."]


def test_every_outcome_achieved_leaves_the_list_and_says_nothing(tmp_path: Path) -> None:
    table = _table(["№", "Результат навчання", "Відмітка"], [
        ["1", "Складає план проєкту та календарний графік робіт", "досягнуто"],
        ["2", "Веде реєстр ризиків і план реагування на них", "досягнуто"],
    ], [20, 330, 110])
    rec = inspect_html(tmp_path, f"""<p>СЕРТИФІКАТ</p><p>Курс «Управління проєктами»</p><p>Результати навчання</p>
{table}""")
    assert rec.value("learning_outcomes") == ["Складає план проєкту та календарний графік робіт",
                                              "Веде реєстр ризиків і план реагування на них"]
    assert _notes(rec) == []


def test_a_reassessment_decides(tmp_path: Path) -> None:
    table = _table(["№", "Результат навчання", "Відмітка асесора"], [
        ["1", "Накладає турнікет і тампонує рану за алгоритмом MARCH",
         "Ще не досягнуто (час накладання); досягнуто при повторному оцінюванні"],
        ["2", "Проводить сортування постраждалих за системою START", "досягнуто"],
    ], [20, 300, 150])
    rec = inspect_html(tmp_path, f"""<p>СВІДОЦТВО</p><p>Курс «Домедична допомога»</p><p>Результати навчання</p>
{table}""")
    assert len(rec.value("learning_outcomes")) == 2
    assert _notes(rec) == []


def test_an_outcomes_number_in_a_note_is_no_grade(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Курс «Аналіз даних»</p><p>Слухач склав підсумкову атестацію з
оцінкою 84 бали (B, «добре»).</p><p>Примітка: результат 6 не досягнуто; результат 5 може бути перескладено.</p>""")
    assert rec.value("grade") == "84 бали (B, «добре»)"


def test_marks_under_achieved_and_not_achieved_columns(tmp_path: Path) -> None:
    table = _table(["№", "Результат навчання", "Досягнуто", "Не досягнуто"], [
        ["1", "Налаштовує мережеві інтерфейси та маршрутизацію в Linux", "X", ""],
        ["2", "Автоматизує резервне копіювання скриптами bash", "X", ""],
        ["3", "Розгортає кластер Kubernetes у хмарі", "", "X"],
    ], [20, 300, 80, 80])
    rec = inspect_html(tmp_path, f"""<p>СЕРТИФІКАТ</p><p>Курс «Адміністрування Linux»</p><p>Результати навчання</p>
{table}""")
    assert rec.value("learning_outcomes") == ["Налаштовує мережеві інтерфейси та маршрутизацію в Linux",
                                              "Автоматизує резервне копіювання скриптами bash"]


def test_a_rubric_under_the_learner_can_and_an_outcome_the_summary_says_was_not_achieved(tmp_path: Path) -> None:
    table = _table(["LO", "The learner can…", "Beginning", "Developing", "Proficient"], [
        ["1", "design a normalised relational schema for a small business", "", "", "●"],
        ["2", "write SQL queries with joins, grouping and subqueries", "", "●", ""],
        ["3", "tune slow queries with indexes and execution plans", "●", "", ""],
    ], [25, 260, 65, 65, 65])
    rec = inspect_html(tmp_path, f"""<p>Learner Assessment Record</p><p>Course: Databases with SQL</p>
<p>Learning outcome rubric</p>{table}<p>Assessor's summary: outcomes 1 and 2 achieved. Outcome 3 not achieved (rated
Beginning).</p>""")
    # a rubric's levels alone give no status; the summary's sentence about outcome 3 does
    assert rec.value("learning_outcomes") == ["design a normalised relational schema for a small business",
                                              "write SQL queries with joins, grouping and subqueries"]
