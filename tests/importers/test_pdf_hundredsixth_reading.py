"""Readings corrected after the hundred-and-sixth set of certificates (one document, several subjects), each in
other wording than the set's: subjects' descriptions in an annex or below a transcript, a name in "Last name(s)" and
"First name(s)" fields, a week's hours and a credit's worth that are no course's workload, a learner's home
institution that is not where the paper was issued, a cycle's name below its label, a table's header cells read as
topics, a note beside a topics heading."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_subjects_described_in_an_annex_each_with_its_description(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>УНІВЕРСИТЕТ «ПРИКЛАД»</p><p>АКАДЕМІЧНА ДОВІДКА</p><p>Олена Рудь</p>
<p>Анотації навчальних дисциплін</p><p>(витяг із робочих програм кафедри економіки)</p>
<p>1–2. Мікроекономіка (5 кредитів ЄКТС); курсова робота (1 кредит ЄКТС)</p>
<p>Попит і пропозиція, еластичність, поведінка споживача, витрати фірми та ринкові структури у короткому й довгому
періодах; державне регулювання цін, податки й субсидії, зовнішні ефекти та суспільні блага, провали ринку й політика
конкуренції. Курсова робота: аналіз ринку</p><p>молочної продукції області.</p>
<p>3. Маркетинг (4 кредити ЄКТС)</p><p>Сегментування ринку, позиціонування товару, ціноутворення.</p>
<p>4. Фізичне виховання (2 кредити ЄКТС)</p><p>Заняття в секції плавання.</p>""")
    items = rec.value("learning_outcomes") or []
    text = " ".join(items)
    assert "Сегментування ринку" in text and "Заняття в секції плавання" in text
    assert "аналіз ринку молочної продукції області" in text


def test_course_descriptions_with_a_note_each_opening_with_its_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbourside University</p><p>Transcript of Records</p><p>Name: Iryna Bondar</p>
<p>Course descriptions (summary from the Course Handbook 2025-2026)</p>
<p>Port Economics. Demand for port services, pricing of port dues and competition between ports; case studies from
the North Sea range.</p>
<p>Maritime Law: Carriage of Goods. Bills of lading, charter parties and the liability of the carrier.</p>
<p>Dutch for Beginners (A1). Greetings, numbers, shopping and directions.</p>
<p>This transcript is an official document of Harbourside University.</p>""")
    items = rec.value("learning_outcomes") or []
    assert len(items) == 3
    assert items[1].startswith("Maritime Law: Carriage of Goods. Bills of lading")


def test_a_sentence_inside_one_courses_description_does_not_take_the_others_place(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Instituto Politécnico do Exemplo</p><p>TRANSCRIPT OF RECORDS</p>
<p>Course descriptions</p><p>Extract from the ECTS Course Catalogue 2025/26.</p>
<p>INF-3301 Computer Vision · 6 ECTS · 3 h lectures + 1 h lab per week</p>
<p style="margin-top: 0">Students learn to detect and track objects in video. Contents: filtering, edges, features,
convolutional networks.</p>
<p>INF-3302 Cloud Computing · 6 ECTS</p>
<p style="margin-top: 0">Virtual machines, containers, orchestration with Kubernetes, serverless functions.</p>
<p>Verification: registry@example.pt</p>""")
    items = rec.value("learning_outcomes") or []
    assert [item.split(".")[0] for item in items] == ["Computer Vision", "Cloud Computing"]
    assert rec.value("workload_hours") is None  # (3 h lectures + 1 h lab per week: a week's, not the course's)


def test_a_name_in_last_and_first_name_fields(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Instituto Politécnico do Exemplo</p><p>TRANSCRIPT OF RECORDS</p>
<p>Last name(s)</p><p>KOVAL</p><p>First name(s)</p><p>Marta</p><p>Date of birth</p><p>02/05/2004</p>""")
    assert rec.value("learner_name") == "Marta KOVAL"


def test_a_credits_worth_wrapped_onto_the_next_line_is_no_workload(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbourside University</p><p>Transcript of Records</p><p>Name: Iryna Bondar</p>
<p>Total ECTS obtained: 30. Dutch grading scale 1–10. One ECTS credit</p><p>corresponds to 28 hours of study.</p>""")
    assert rec.value("workload_hours") is None


def test_the_learners_home_institution_is_not_where_the_paper_was_issued(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>HARBOURSIDE</p><p>University of Applied Sciences · Rotterdam</p>
<p>Transcript of Records</p><p>Name</p><p>Iryna Bondar</p><p>Home institution</p>
<p>Lviv Polytechnic National University, Lviv, Ukraine</p><p>Course code</p><p>Course title</p>""")
    assert rec.value("issuer_country") != "Ukraine (UKR)"


def test_a_cycles_name_below_its_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>НАВЧАЛЬНИЙ ЦЕНТР «ПРИКЛАД»</p><p>СВІДОЦТВО</p>
<table><tr><td width="30%">Прізвище, ім'я, по батькові</td><td>Рудь Олена Петрівна</td></tr>
<tr><td>Посада, місце роботи</td><td>лаборантка КНП «Міська лікарня № 2»</td></tr>
<tr><td>Назва циклу</td><td>«Лабораторна діагностика анемій»</td></tr></table>""")
    assert rec.value("title") == "Лабораторна діагностика анемій"


def test_a_tables_header_cells_read_as_topics_give_way_to_its_rows(tmp_path: Path) -> None:
    cell = 'style="border: 1px solid #999; padding: 4px;"'
    rec = inspect_html(tmp_path, f"""<p>НАВЧАЛЬНИЙ ЦЕНТР «ПРИКЛАД»</p><p>СВІДОЦТВО</p><p>Рудь Олена Петрівна</p>
<p>Програма циклу включала такі модулі:</p>
<table style="border-collapse: collapse; font-size: 9pt;">
<tr><td width="6%" {cell}><b>№</b></td><td width="74%" {cell}><b>Модуль та основний зміст</b></td>
<td width="10%" {cell}><b>Годин</b></td><td width="10%" {cell}><b>Результат</b></td></tr>
<tr><td {cell}>1</td><td {cell}><b>Загальний аналіз крові.</b> Підготовка пацієнта, взяття крові, підрахунок
формених елементів на гематологічному аналізаторі, контроль якості.</td><td {cell}>12</td>
<td {cell}>зараховано</td></tr>
<tr><td {cell}>2</td><td {cell}><b>Анемії.</b> Класифікація анемій за кольоровим показником, мікроскопія мазка
крові, лабораторні ознаки залізодефіциту.</td><td {cell}>12</td><td {cell}>зараховано</td></tr></table>
<p>Директор</p>""")
    items = rec.value("learning_outcomes") or []
    assert len(items) == 2 and items[1].startswith("Анемії.")


def test_a_note_beside_a_topics_heading_and_hours_in_an_items_wrapped_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Union Learning Centre</p><p>CPD record</p><p>Name: Iryna Bondar</p>
<p>Topics covered (completed by the tutor)</p><ul>
<li>Manual handling: assessing a load, lifting technique, team lifts and the rule that no one carries alone above
25 kg or for longer than 2 hours a shift without a break.</li>
<li>Slips and trips: spills, cables and housekeeping.</li></ul><p>Signed</p>""")
    items = rec.value("learning_outcomes") or []
    assert len(items) == 2 and "2 hours a shift" in items[0]


def test_a_tables_content_read_after_its_parts_name(tmp_path: Path) -> None:
    cell = 'style="border: 1px solid #999; padding: 4px;"'
    rec = inspect_html(tmp_path, f"""<p>НАВЧАЛЬНИЙ ЦЕНТР «ПРИКЛАД»</p><p>СВІДОЦТВО</p><p>Рудь Олена Петрівна</p>
<p>пройшла навчання за програмою «Садівництво»</p>
<table style="border-collapse: collapse; font-size: 9pt;">
<tr><td width="22%" {cell}><b>Модуль</b></td><td width="58%" {cell}><b>Зміст</b></td>
<td width="10%" {cell}><b>Годин</b></td><td width="10%" {cell}><b>Бали</b></td></tr>
<tr><td {cell}>1. Ґрунти та добрива</td><td {cell}>типи ґрунтів, кислотність, органічні й мінеральні добрива, строки
внесення добрив, компостування рослинних решток</td><td {cell}>20</td><td {cell}>90</td></tr>
<tr><td {cell}>2. Обрізування дерев</td><td {cell}>формувальне й санітарне обрізування, щеплення, догляд за ранами
на корі, інструменти садівника та їх заточування</td><td {cell}>16</td><td {cell}>88</td></tr></table>
<p>Директор</p>""")
    items = rec.value("learning_outcomes") or []
    assert len(items) == 2 and items[1].startswith("Обрізування дерев: формувальне")
