"""Readings corrected after the hundred-and-tenth set of certificates (outcomes by a framework's codes), each in other
wording than the set's: a colon between a standard's figures is no heading's, a module's content, a body named above
its kind, a course's name above the line of its dates, the levels of a column beside the outcomes."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_colon_between_a_standards_figures_is_no_headings(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТехноСфера</p><p>Навчальний центр програмування · м. Суми</p>
<p>СЕРТИФІКАТ</p><p>Бондар Олена Ігорівна</p><p>пройшла навчання за програмою «Java Start»</p>
<p>Компетентності за рамкою e-CF (EN 16234-1:2019)</p><p>B.1 Application Development e-1</p>
<p>Результати навчання</p><p>1. Пише програми мовою Java з умовами, циклами й методами.</p>
<p>2. Налагоджує код у IntelliJ IDEA і пише модульні тести JUnit.</p><p>Директор</p>""")
    assert rec.value("learning_outcomes") == ["Пише програми мовою Java з умовами, циклами й методами.",
                                              "Налагоджує код у IntelliJ IDEA і пише модульні тести JUnit."]
    assert rec.value("awarding_body") == "ТехноСфера"


def test_a_modules_content(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Освітня платформа ТОВ «Клас»</p><p>СВІДОЦТВО</p>
<p>про підвищення кваліфікації</p><p>Рудь Олена Петрівна</p><p>Зміст модуля</p>
<p>• Медіаграмотність на уроках історії.</p><p>• Перевірка джерел і фактів разом з учнями.</p><p>Директор</p>""")
    assert rec.value("learning_outcomes") == ["Медіаграмотність на уроках історії.",
                                              "Перевірка джерел і фактів разом з учнями."]


def test_a_courses_name_above_the_line_of_its_dates(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Harbour Institute</p><p>Certificate of Achievement</p>
<p>This is to certify that</p><p>Marta Koval</p>
<p>has successfully completed the<br>Professional Certificate in Network Security<br>2 February 2026 – 27 March
2026 · online · 100 learning hours</p>""")
    assert rec.value("title") == "Professional Certificate in Network Security"


def test_the_levels_of_a_column_beside_the_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>УНІВЕРСИТЕТ «ПРИКЛАД»</p><p>СЕРТИФІКАТ</p><p>Рудь Олена Петрівна</p>
<p>Набуті компетентності та результати навчання</p><p>Код</p><p>Результат навчання</p><p>Рівень</p>
<p>ПРН1 Будує моделі лінійної регресії для прогнозування попиту та перевіряє їх адекватність за<br>залишками.<br>
високий</p><p>ПРН2 Перевіряє статистичні гіпотези про середні та частки за допомогою t-критерію і критерію<br>
хі-квадрат.<br>достатній</p><p>Ректор</p>""")
    items = rec.value("learning_outcomes") or []
    assert items and all(not item.endswith(("високий", "достатній")) for item in items), items


def test_a_list_of_what_the_holder_can_do_below_a_table_of_skills_names(tmp_path: Path) -> None:
    cell = 'style="border: 1px solid #999; padding: 3px;"'
    rec = inspect_html(tmp_path, f"""<p>HARBOUR INSTITUTE</p><p>Certificate of Achievement</p><p>Marta Koval</p>
<p>has successfully completed the Professional Certificate in Cloud Operations</p>
<p>Skills demonstrated, referenced to SFIA 8</p>
<table style="border-collapse: collapse; font-size: 9pt;"><tr><td {cell}>Competence</td><td {cell}>Code</td>
<td {cell}>Level</td><td {cell}>Evidence</td></tr>
<tr><td {cell} style="width: 100pt;">Systems installation and removal</td><td {cell}>HSIN 2</td><td {cell}>2</td>
<td {cell} style="width: 230pt;">Installed and configured three Linux virtual machines from a written plan.</td></tr>
<tr><td {cell}>Infrastructure operations</td><td {cell}>ITOP 2</td><td {cell}>2</td>
<td {cell}>Ran the weekly patching rota and restored a failed service from backup.</td></tr></table>
<p>Learning outcomes — the holder is able to:</p>
<ul><li>install, patch and monitor Linux servers in a cloud tenancy;</li>
<li>restore a service from backups and document the incident.</li></ul><p>Programme Director</p>""")
    assert rec.value("learning_outcomes") == ["install, patch and monitor Linux servers in a cloud tenancy",
                                              "restore a service from backups and document the incident."]
