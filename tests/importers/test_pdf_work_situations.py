"""What the learner can do in each work situation ("Робоча ситуація | Що вміє", "Situation | What she can do"), in
a table beside a side column of the paper's facts: each situation's row is an outcome. Before, the situation was no
part's label and "Що вміє" no results' label, and the side column's lines were taken for the table's rows. Other
wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, table_row

_SIDE = ("<td style='width:150px'><p>Свідоцтво №</p><p>ЛГ-2026-014</p><p>Обсяг</p><p>24 години</p>"
         "<p>Оцінювання</p><p>тест 27 з 30</p><p>Дата видачі</p><p>3 березня 2026 р.</p></td>")

_UKRAINIAN = (
    "<table><tr>" + _SIDE + "<td>"
    "<p>СВІДОЦТВО про проходження навчання</p><p>Цим засвідчується, що Гнатюк Олена Василівна пройшла навчання "
    "за програмою «Митне оформлення вантажів»</p>"
    "<table><tr><th>Робоча ситуація</th><th>Що вміє</th></tr>"
    + table_row("Вантаж прибув без повного пакета документів",
           "визначає, яких документів бракує, і готує запит відправникові в день прибуття вантажу")
    + table_row("Код товару викликає сумнів у митниці",
           "підбирає код за УКТ ЗЕД із поясненнями та готує обґрунтування для митного інспектора")
    + table_row("Потрібен тимчасовий ввіз обладнання", "оформлює тимчасовий ввіз і стежить за строками його повернення")
    + "</table></td></tr></table>"
)

_ENGLISH = (
    "<p>Harbour Logistics Academy</p><p>Certificate</p><p>Awarded to Maria Shevchuk, 2 April 2026</p>"
    "<table><tr><th>Situation</th><th>What she can do</th></tr>"
    + table_row("A container is held at the port", "finds the reason for the hold and arranges the missing inspection")
    + table_row("A delivery arrives damaged", "records the damage with photos and opens a claim with the carrier")
    + "</table>"
)


def test_what_she_can_do_in_each_work_situation(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _UKRAINIAN)
    outcomes = rec.value("learning_outcomes") or []
    assert len(outcomes) == 3, outcomes
    assert outcomes[0].startswith("визначає, яких документів бракує"), outcomes
    assert outcomes[2] == "оформлює тимчасовий ввіз і стежить за строками його повернення"
    assert not any("ЛГ-2026" in o or "тест 27" in o for o in outcomes)  # the side column's facts are no rows


def test_situations_in_english(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _ENGLISH)
    assert rec.value("learning_outcomes") == [
        "finds the reason for the hold and arranges the missing inspection",
        "records the damage with photos and opens a claim with the carrier",
    ]
