"""The kind of assessment where a certificate tells it beside its result: a ruled table's column of the ways each
outcome was assessed, its cells wrapped ("Timed quiz +" / "assignment 4"); a label whose value is only the verdict
("Final practical assessment: passed"); the result of an assessment in a sentence of its own within a line, before
the assessment itself is told ("… 40 балів. Результат підсумкового оцінювання — зараховано."), and the verdict after
the kind ("… та співбесіда — зараховано.") no part of it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, inspect_pages

RULED = "border: 1px solid #777; padding: 4px;"


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f'<td style="{RULED}">{c}</td>' for c in cells) + "</tr>"


def test_a_ruled_tables_column_of_how_each_outcome_was_assessed(tmp_path: Path) -> None:
    rows = "".join((
        _row("1. Draft a maintenance schedule for a fleet of delivery vans.", "Written<br>assignment", "82%"),
        _row("2. Diagnose faults from engine control unit codes.", "Practical test +<br>oral questions", "90%"),
        _row("3. Keep service records that pass an audit.", "Written<br>assignment", "88%"),
        _row("Overall grade", "", "87%"),
    ))
    rec = inspect_html(tmp_path, f"""<p style="font-size:18pt">Certificate</p><p>This certifies that Marko Ilnytskyi
completed the course</p><p>Fleet Maintenance Planning</p><table style="border-collapse: collapse; width: 100%;">
<tr><th style="{RULED}">Learning outcome</th><th style="{RULED}">Assessment method</th>
<th style="{RULED}">Score</th></tr>{rows}</table>""")
    assert [o.rstrip(".") for o in rec.value("learning_outcomes") or ()] == [
        "Draft a maintenance schedule for a fleet of delivery vans", "Diagnose faults from engine control unit codes",
        "Keep service records that pass an audit"]
    # each way once, in order, a wrapped cell whole; not "Practical test +" from the text's lines
    assert rec.value("assessment_type") == "Written assignment; Practical test + oral questions"


def test_a_ukrainian_tables_column_under_the_form_of_control(tmp_path: Path) -> None:
    rows = "".join((
        _row("Складає кошторис ремонту квартири.", "кейс", "18"),
        _row("Обирає матеріали за технічними умовами.", "тест", "19"),
    ))
    rec = inspect_html(tmp_path, f"""<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Засвідчує, що Гуменюк Надія
Василівна пройшла курс «Кошторисна справа в ремонті житла».</p><table style="border-collapse: collapse;">
<tr><th style="{RULED}">Результат навчання</th><th style="{RULED}">Форма контролю</th>
<th style="{RULED}">Бали</th></tr>{rows}</table>""")
    assert rec.value("assessment_type") == "кейс; тест"


def test_a_verdict_under_the_label_leaves_the_label_as_the_kind(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:18pt">Certificate of Attendance</p><p>Ivan Datsiuk attended
the course Safe Use of Overhead Cranes, 16 hours, 3–4 March 2025.</p><p>Written crane safety assessment: passed</p>
<p>Signed ____________ Training Manager</p>""")
    assert rec.value("assessment_type") == "Written crane safety assessment"


def test_a_bare_verdict_label_gives_way_to_the_kind_told_later(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, ["""<p style="font-size:18pt">ПОСВІДЧЕННЯ</p><p>Видане Ткачук Оксані Петрівні
про те, що вона пройшла навчання «Перша допомога в школі» обсягом 24 години, отримала 24 бали БПР. Результат
підсумкового оцінювання — зараховано.</p><p>Директор ____________ І. Бойко</p>""",
                                   """<p>Додаток</p><p>Підсумкове оцінювання: письмовий тест і відпрацювання
серцево-легеневої реанімації на манекені — зараховано.</p>"""])
    assert rec.value("assessment_type") == (
        "письмовий тест і відпрацювання серцево-легеневої реанімації на манекені")
