"""A довідка's ruled table of one course's results ("Назва дисципліни | Кредити ЄКТС | Годин | Форма контролю |
Оцінка") gives the workload, the grade and the kind of assessment; a state institution's letterhead ("МІНІСТЕРСТВО
ОСВІТИ І НАУКИ УКРАЇНИ") the issuing country. Each was read as nothing before; the wordings are other than those of
the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_CELL = '<td style="border:1px solid #555555; padding:3px">'


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"{_CELL}{cell}</td>" for cell in cells) + "</tr>"


def _table(rows: str, wide: bool) -> str:
    width = "width:100%; " if wide else ""
    return (f'<table style="{width}border-collapse:collapse">'
            + _row("Дисципліна", "Кредити ЄКТС", "Годин", "Форма контролю", "Оцінка") + rows + "</table>")


def _dovidka(rows: str, ministry: str = "МІНІСТЕРСТВО ОСВІТИ І НАУКИ УКРАЇНИ", wide: bool = False) -> str:
    return f"""<p>{ministry}</p><p>ПОДІЛЬСЬКИЙ АГРАРНИЙ КОЛЕДЖ</p><h1>ДОВІДКА</h1>
<p>Видана Коваль Ользі Петрівні у тому, що вона опанувала вибіркову дисципліну з такими результатами:</p>
{_table(rows, wide)}<p>Результати навчання:</p><p>– обрізувати плодові дерева навесні та восени;</p>
<p>– щеплювати саджанці живцем і вічком.</p><p>Директор ____ І. Петренко</p>"""


def test_the_only_row_of_a_table_labelled_in_its_header(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _dovidka(_row("Садівництво", "3,5", "105", "екзамен", "88 балів, B")))
    assert rec.value("workload_ects") == 3.5
    assert rec.value("workload_hours") == 105
    assert rec.value("grade") == "88 балів, B"
    assert rec.value("assessment_type") == "екзамен"
    assert rec.value("issuer_country") == "Ukraine (UKR)"


def test_a_total_row_gives_the_workload_alone(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _dovidka(
        _row("Садівництво", "2", "60", "залік", "зараховано") + _row("Розсадництво", "1", "30", "залік", "зараховано")
        + _row("Разом", "3", "90", "", ""), wide=True))
    assert rec.value("workload_ects") == 3
    assert rec.value("workload_hours") == 90
    assert rec.value("grade") is None  # two courses' grades: none is the whole's


def test_rows_without_a_total_give_no_workload(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _dovidka(
        _row("Садівництво", "2", "60", "залік", "зараховано") + _row("Розсадництво", "1", "30", "залік", "зараховано"),
        ministry="ПОДІЛЬСЬКА ОБЛАСНА РАДА"))
    assert rec.value("workload_ects") is None
    assert rec.value("issuer_country") is None  # no ministry of Ukraine, no place
