"""A document of several subjects whose outcomes are numbered from 1 again below each subject's numbered name (a
college's витяг з навчальної картки: "1. Анатомія людини." / "1. Описувати …" / "2. …" / "2. Фармакологія …" / "1. …"):
the outcomes are read, not the subjects' names, and a subject with no list of its own gives the sentence after its
name."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_outcomes_below_each_subject_not_the_subjects(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>RIVERSIDE COLLEGE OF HEALTH SCIENCES</p><p>TRANSCRIPT EXTRACT No. 88/25</p>
<p>Student: Iryna Shevchuk</p>
<p>Learning outcomes by course</p>
<p>1. Human Physiology.</p>
<p>1. Explain how the nervous and endocrine systems regulate the body.</p>
<p>2. Measure blood pressure, pulse and respiratory rate.</p>
<p>2. Pharmacology.</p>
<p>1. Calculate doses of medicines for adults and children.</p>
<p>2. Describe the side effects of the main groups of medicines.</p>
<p>3. Infection Control. Apply hand hygiene and aseptic technique in every procedure.</p>
<p>4. Health Records.</p>
<p>1. Keep a patient's electronic record up to date.</p>
<p>Date of issue: 12 June 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Explain how the nervous and endocrine systems regulate the body.",
        "Measure blood pressure, pulse and respiratory rate.",
        "Calculate doses of medicines for adults and children.",
        "Describe the side effects of the main groups of medicines.",
        "Apply hand hygiene and aseptic technique in every procedure.",
        "Keep a patient's electronic record up to date.",
    ]


def test_the_same_in_ukrainian_with_a_subject_named_alone(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ФАХОВИЙ КОЛЕДЖ ЕКОНОМІКИ</p><p>ВИТЯГ З НАВЧАЛЬНОЇ КАРТКИ № 41</p>
<p>Студент: Мельник Тарас Олегович</p>
<p>Результати навчання за дисциплінами</p>
<p>1. Бухгалтерський облік.</p>
<p>1. Складати первинні документи та журнали господарських операцій.</p>
<p>2. Складати баланс підприємства.</p>
<p>2. Фізичне виховання.</p>
<p>3. Податкова система.</p>
<p>1. Розраховувати податок на додану вартість і єдиний податок.</p>
<p>Дата видачі: 30.06.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "Складати первинні документи та журнали господарських операцій.",
        "Складати баланс підприємства.",
        "Розраховувати податок на додану вартість і єдиний податок.",
    ]


def test_one_list_after_another_is_no_list_of_subjects(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>OPEN DATA ACADEMY</p><p>Certificate of completion</p>
<p>Awarded to Petro Bondar for completing the course Data Cleaning</p>
<p>Learning outcomes:</p>
<p>1. Find duplicate records in a table.</p>
<p>2. Fill in missing values.</p>
<p>1. Document every change made to the data.</p>
<p>Date: 3 May 2025</p>""")
    outcomes = rec.value("learning_outcomes")
    assert "Fill in missing values." in outcomes and "Find duplicate records in a table." in outcomes
