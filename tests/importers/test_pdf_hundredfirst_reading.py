"""Readings corrected after the hundred-and-first set of certificates (Ukrainian providers, in Ukrainian), each in
other wording than the set's: a signature below the list, hours in a bracket after the course's span, a name that
ends with a colon above its subtitle, the learner above her role, what a named learner learned in a span of weeks, a
grade that wraps, the learner named with her role on the course."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

HEAD = """<p>ОНЛАЙН-ШКОЛА «ПРИКЛАД»</p><h1>СЕРТИФІКАТ</h1><p>Засвідчуємо, що</p><p>Ірина Савчук</p>
<p>успішно завершила курс</p><p>Аналіз даних у Python</p>"""


def test_a_signature_below_the_list_is_no_item(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, HEAD + """<p>Результати навчання:</p>
<ul><li>завантажувати дані з CSV-файлів;</li><li>будувати зведені таблиці.</li></ul>
<p>О. Гончар</p><p>______________________</p><p>Олена Гончар, методистка курсу</p>
<p>Київ, 3 березня 2026 р.</p>""")
    assert rec.value("learning_outcomes") == ["завантажувати дані з CSV-файлів", "будувати зведені таблиці."]


def test_hours_in_a_bracket_after_the_courses_span(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, HEAD + """<p>Тривалість</p><p>10 тижнів (80 годин)</p>
<p>Практика: 40 задач і підсумковий хакатон на 6 годин.</p><p>Київ, 3 березня 2026 р.</p>""")
    assert rec.value("workload_hours") == 80


def test_a_name_ending_with_a_colon_above_its_subtitle(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ШКОЛА ПЕРЕГОВОРІВ «ДІАЛОГ»</p><h1>СЕРТИФІКАТ</h1><p>Марта Левчук</p>
<p>пройшла курс</p><p>Negotiation Lab:</p><p>домовляйся без втрат</p><p>тривалість 4 тижні</p>
<p>12 травня 2026 р.</p>""")
    assert rec.value("title") == "Negotiation Lab: домовляйся без втрат"


def test_the_learner_above_her_role_above_what_she_completed(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Корпоративна академія ТОВ «Приклад Ритейл»</p>
<h1>СЕРТИФІКАТ</h1><p>№ PR-2026-014</p><p>Оксана Кравчук</p><p>менеджерка відділу закупівель</p>
<p>завершила програму «Excel для закупівельника»</p><p>Дата: 04.03.2026</p>""")
    assert rec.value("learner_name") == "Оксана Кравчук"


def test_what_a_named_learner_learned_in_a_span_of_weeks(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, HEAD + """<p>За вісім тижнів Ірина навчилася очищати таблиці від пропусків і
дублікатів, будувати діаграми для звітів та перевіряти гіпотези на даних. Зміст програми наведено нижче.</p>
<p>Київ, 3 березня 2026 р.</p>""")
    assert rec.value("learning_outcomes") == [
        "очищати таблиці від пропусків і дублікатів", "будувати діаграми для звітів",
        "перевіряти гіпотези на даних"]


def test_a_grade_received_that_wraps_onto_the_next_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Цим засвідчується, що Гнатюк Олена Петрівна пройшла
навчання за програмою «Медіація в трудових спорах» і за результатами атестації отримала оцінку 88<br>балів
(B, «добре»).</p><p>Харків, 18 березня 2026 р.</p>""")
    assert rec.value("grade") == "88 балів (B, «добре»)"


def test_the_learner_named_with_her_role_on_the_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Приклад»</p><h1>СЕРТИФІКАТ № 2026/77</h1>
<p>Учасниця Мороз Тетяна Іванівна опанувала програму «Діловодство в ЦНАП» в обсязі 16 годин.</p>
<p>Одеса, 30 жовтня 2025 р.</p>""")
    assert rec.value("learner_name") == "Мороз Тетяна Іванівна"
