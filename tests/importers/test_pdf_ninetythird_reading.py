"""Outcomes in ruled tables of several columns with long cells (the ninety-third set's shapes), in other words: a
column headed "Outcome — on completion the learner is able to" or with who can do it in brackets ("Výsledek učení
(absolvent dokáže…)"); a table continued on the next page below its header row repeated; a table whose first
column's label is an outcomes heading followed by other columns' labels, read whole where the text's lines gave only
its first rows; a row's number no part of its outcome, and the row that grades the whole no outcome; a total row
whose label states the hours, its cells the parts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tests.importers.pdfgen import inspect_html, inspect_pages

RULED = "border: 1px solid #666; padding: 3px;"


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    head = "".join(f'<td style="{RULED}"><b>{label}</b></td>' for label in header)
    body = "".join("<tr>" + "".join(f'<td style="{RULED}">{c}</td>' for c in row) + "</tr>" for row in rows)
    return f'<table style="border-collapse: collapse; width: 100%;"><tr>{head}</tr>{body}</table>'


HEAD = """<p style="font-size:18pt">CERTIFICATE</p><p>This certifies that Ostap Kravets has completed the short
course Irrigation Scheduling for Orchards (40 hours).</p>"""


def test_a_column_headed_by_the_outcome_and_who_can_do_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, HEAD + _table(
        ("Code", "Outcome — on completion the learner is able to", "Descriptor (knowledge / skills)"),
        [("IRR-1", "Estimate the water need of an orchard block from evapotranspiration data.", "K: crop factors"),
         ("IRR-2", "Set a drip irrigation schedule for young and mature trees.", "S: scheduling"),
         ("IRR-3", "Read soil moisture sensors and adjust the schedule after rain.", "S: sensor reading")]))
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "Estimate the water need of an orchard block from evapotranspiration data",
        "Set a drip irrigation schedule for young and mature trees",
        "Read soil moisture sensors and adjust the schedule after rain"]


def test_a_column_with_who_can_do_it_in_brackets(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">OSVĚDČENÍ</p><p>Jana Horáková absolvovala kurz
Zavlažování sadů.</p>""" + _table(
        ("Č.", "Výsledek učení (absolvent dokáže…)", "Způsob ověření"),
        [("1", "odhadnout potřebu vody pro sad podle evapotranspirace", "písemný test"),
         ("2", "sestavit rozvrh kapkové závlahy pro mladé stromy", "praktický úkol"),
         ("3", "upravit rozvrh podle čidel vlhkosti půdy", "praktický úkol")]))
    assert rec.value("learning_outcomes") == [
        "odhadnout potřebu vody pro sad podle evapotranspirace", "sestavit rozvrh kapkové závlahy pro mladé stromy",
        "upravit rozvrh podle čidel vlhkosti půdy"]
    assert rec.value("assessment_type") == "písemný test; praktický úkol"


def test_a_table_continued_over_the_page_below_its_header_repeated(tmp_path: Path) -> None:
    header = ("Модуль", "Години", "Результати навчання (учасник уміє…)", "Оцінка")
    first = """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчуємо, що Ковальчук Ірина Петрівна пройшла курс
«Бджільництво для початківців» обсягом 60 годин.</p>""" + _table(header, [
        ("1. Вулик", "20", "збирати рамковий вулик і готувати його до заселення бджолами", "92"),
        ("2. Сім'я", "20", "оглядати бджолину сім'ю і визначати стан матки за засівом", "88")])
    second = "<p>Додаток до сертифіката № Б-17 (продовження)</p>" + _table(header, [
        ("3. Мед", "20", "відбирати рамки з медом і відкачувати мед медогонкою", "95"),
        ("Разом", "60", "", "")])
    rec = inspect_pages(tmp_path, [first, second])
    assert rec.value("learning_outcomes") == [
        "збирати рамковий вулик і готувати його до заселення бджолами",
        "оглядати бджолину сім'ю і визначати стан матки за засівом",
        "відбирати рамки з медом і відкачувати мед медогонкою"]


def test_a_table_whose_first_label_is_the_outcomes_heading_read_whole(tmp_path: Path) -> None:
    # (a guard: the text's lines give these rows whole too; the table's reading must keep them so, without the row
    # numbers or the row that grades the whole)
    rows = [(f"{n}. {text}", "Site visit report<br>signed by the<br>orchard manager", "Observation by the<br>assessor",
             "Competent<br>with merit" if n % 2 else "Competent")
            for n, text in enumerate((
                "Plan the irrigation of an orchard block over a whole season, month by month, from the water need of "
                "each variety and the rainfall of an average year.",
                "Install and flush a drip line with its filters, valves and pressure regulators, and test the "
                "uniformity of the emitters along the row.",
                "Keep records of water use (meters, e.g. on the pump and each valve) and compare them with the "
                "abstraction licence and with the yields of the blocks at harvest.",
                "Train a seasonal worker to check the emitters and report blocked ones, and check the work done."),
                start=1)]
    rows.append(("Overall result (all four outcomes achieved)", "", "", "Competent"))
    rec = inspect_html(tmp_path, HEAD + _table(("Learning outcome", "Evidence", "Assessment method",
                                                "Level achieved"), rows))
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "Plan the irrigation of an orchard block over a whole season, month by month, from the water need of each "
        "variety and the rainfall of an average year",
        "Install and flush a drip line with its filters, valves and pressure regulators, and test the uniformity of "
        "the emitters along the row",
        "Keep records of water use (meters, e.g. on the pump and each valve) and compare them with the abstraction "
        "licence and with the yields of the blocks at harvest",
        "Train a seasonal worker to check the emitters and report blocked ones, and check the work done"]


def test_a_total_rows_label_states_the_hours_its_cells_the_parts(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчує, що Мельник Олег
Іванович пройшов курс «Догляд за садом» обсягом 36 годин.</p><p>ПРОГРАМА КУРСУ</p>
<table style="border-collapse: collapse;"><tr><td>Модуль</td><td>Теорія, год</td><td>Практика, год</td></tr>
<tr><td>1. Обрізування дерев і кущів</td><td>6</td><td>10</td></tr>
<tr><td>2. Підживлення і полив саду</td><td>6</td><td>8</td></tr>
<tr><td>3. Захист від шкідників і хвороб</td><td>2</td><td>4</td></tr>
<tr><td>Разом: 36 годин</td><td>14</td><td>22</td></tr></table>""")
    assert rec.value("workload_hours") == 36


def test_the_course_named_after_the_kind_of_document_and_a_dash(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Meadowbank Rural Skills Institute</p><p>CERTIFICATE OF COMPETENCE — Orchard
Irrigation: Drip Lines and Scheduling (Team Lead level)</p><p>This is to certify that Ostap Kravets has completed the
training programme and has been assessed as competent in all units below, by classroom training (16 h) and
supervised practice (24 h).</p>""")
    assert rec.value("title") == "Orchard Irrigation: Drip Lines and Scheduling (Team Lead level)"
