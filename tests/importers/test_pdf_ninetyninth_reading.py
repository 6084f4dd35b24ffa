"""Documents of several subjects, of the ninety-ninth set's shapes, in other words: each subject's outcomes under the
same heading (an академічна довідка's "Результати навчання:" below each discipline, a transcript's "On completion the
student is able to:" after each course's name, "Після вивчення дисципліни студент уміє:" at the end of a subject's
description) are all read, in order, and the next subject's description is no outcome of the one before."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_every_disciplines_outcomes_under_the_same_heading(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ПОЛІСЬКИЙ АГРАРНИЙ УНІВЕРСИТЕТ</p><p>АКАДЕМІЧНА ДОВІДКА № 15/25</p>
<p>Прізвище, ім'я, по батькові: Сидоренко Павло Андрійович</p>
<p>1. Економічна теорія — 120 год / 4,0 — 82 / добре / B</p>
<p>Результати навчання: пояснювати закони попиту та пропозиції; аналізувати ринкові структури.</p>
<p>2. Статистика — 150 год / 5,0 — 90 / відмінно / A</p>
<p>Результати навчання: обчислювати середні величини та показники варіації; будувати ряди динаміки.</p>
<p>Дата видачі: 01.07.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "пояснювати закони попиту та пропозиції", "аналізувати ринкові структури.",
        "обчислювати середні величини та показники варіації", "будувати ряди динаміки.",
    ]


def test_every_courses_outcomes_after_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>VISTULA UNIVERSITY OF ECONOMICS</p><p>TRANSCRIPT OF RECORDS</p>
<p>Student: Oksana Melnyk</p><p>Learning outcomes by course</p>
<p>1. Corporate Finance (FIN-3). On completion the student is able to:</p>
<ul><li>value a project by its net present value and internal rate of return;</li>
<li>compare the costs of equity and debt financing.</li></ul>
<p>2. Business Statistics (STA-2). On completion the student is able to:</p>
<ul><li>estimate a regression of sales on prices and advertising;</li>
<li>test hypotheses about the means of two samples.</li></ul>
<p>Date of issue: 3 March 2025</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes[0].startswith("value a project by its net present value")
    assert any(o.startswith("estimate a regression of sales") for o in outcomes)
    assert any(o.startswith("test hypotheses about the means") for o in outcomes)


def test_outcomes_at_the_end_of_each_subjects_description(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ПРИДНІПРОВСЬКИЙ УНІВЕРСИТЕТ</p><p>Витяг з навчальної картки № 7/25</p>
<p>Результати навчання за дисциплінами</p>
<p>1. Хімія (5 кредитів ЄКТС, 150 год). Зміст: будова атома.<br>Розчини. Після вивчення дисципліни студент уміє:</p>
<ul><li>складати рівняння окисно-відновних реакцій;</li><li>готувати розчини заданої концентрації.</li></ul>
<p>2. Фізика (6 кредитів ЄКТС, 180 год). Зміст: механіка, термодинаміка, електрика.<br>Після вивчення дисципліни
студент уміє:</p>
<ul><li>розв'язувати задачі кінематики та динаміки;</li><li>вимірювати опір провідника.</li></ul>
<p>3. Іноземна мова (3 кредити ЄКТС, 90 год). Студент уміє читати фахові тексти й вести ділове листування.</p>
<p>Фахівець деканату О. Коваль</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes[0].startswith("складати рівняння окисно-відновних реакцій")
    assert any(o.startswith("розв'язувати задачі кінематики") for o in outcomes)
    assert not any(o.startswith(("2. Фізика", "Фізика (")) for o in outcomes)  # the next subject is no outcome


def test_each_courses_annotation_after_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ODRA UNIVERSITY · Faculty of Economics</p><p>Transcript of Records</p>
<p>Name: Denys KOVAL</p><p>Course annotations</p>
<p>Public Finance. Students are able to describe the sources of public revenue and the structure of a state budget.</p>
<p>Labour Economics. Students are able to analyse wage differentials and the causes of unemployment.</p>
<p>Date of issue: 30 June 2025</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes[0].startswith("describe the sources of public revenue")
    assert any(o.startswith("analyse wage differentials") for o in outcomes)
