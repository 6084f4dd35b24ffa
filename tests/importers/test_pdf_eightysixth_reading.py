"""Ukrainian certificates whose outcomes are the provider's own words (the eighty-sixth set's shapes), in other words:
"За підсумками … здатен:" and "Учасниця навчання вміє:" head the outcomes; an institution's kind and its name in
quotes at the top, its address after a bar, is the issuer; a part's name that fills its cell meets its result's
first line with no wider gap than between words; bulleted lists under a course's numbered parts are its outcomes
where their items say what the learner does, and stay none where they name topics."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

OPENING = """<p style="font-size:18pt">СЕРТИФІКАТ</p><p>Цим засвідчується, що Петренко Ганна Іванівна пройшла
навчання за програмою «Облік і аналіз даних у таблицях» обсягом 30 годин.</p>"""


def test_what_the_learner_can_after_the_course_heads_the_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, OPENING + """<p>За підсумками програми здобувачка здатна:</p>
<ul><li>будувати зведені таблиці за кількома полями;</li><li>перевіряти дані на повтори й пропуски.</li></ul>""")
    assert rec.value("learning_outcomes") == ["будувати зведені таблиці за кількома полями",
                                              "перевіряти дані на повтори й пропуски."]
    rec = inspect_html(tmp_path, OPENING + """<p>Слухачка навчання вміє:</p>
<ul><li>складати звіт про рух коштів;</li><li>налаштовувати умовне форматування.</li></ul>""")
    assert rec.value("learning_outcomes") == ["складати звіт про рух коштів", "налаштовувати умовне форматування."]


def test_an_institution_named_in_quotes_above_its_address(tmp_path: Path) -> None:
    top = "<p>Відкрита онлайн-платформа для дорослих «Знання.Вільно» &nbsp;|&nbsp; znannia-vilno.org.ua</p>"
    rec = inspect_html(tmp_path, top + OPENING.replace("СЕРТИФІКАТ", "Сертифікат"))
    assert rec.value("awarding_body") == "Відкрита онлайн-платформа для дорослих «Знання.Вільно»"


def test_a_part_filling_its_cell_beside_its_result(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{part}</td><td>{result}</td></tr>" for part, result in (
        ("Вступ", "пояснює, з чого складається робоча книга, і впорядковує аркуші за призначенням"),
        ("Формули", "записує формули з відносними й абсолютними посиланнями та перевіряє їх на помилки"),
        ("Діаграмування", "показує зміну показників на лінійних і стовпчикових діаграмах із підписами"),
        ("Звіти", "збирає підсумковий звіт із кількох аркушів і готує його до друку"),
    ))
    rec = inspect_html(tmp_path, OPENING + f"""<p>Набуті уміння:</p>
<table style="width:100%; font-size:10pt" cellpadding="4"><tr><th style="width:18%">Розділ</th>
<th>Що вміє слухачка</th></tr>{rows}</table><p>Підсумкова оцінка: 86 балів зі 100.</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert len(outcomes) == 4
    assert outcomes[2].startswith("показує зміну показників")
    assert not any(o.startswith("Діаграмування") for o in outcomes)


def test_can_do_lists_under_numbered_parts(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, OPENING + """<p>Модуль 1. Підготовка даних</p>
<ul><li>імпортує таблиці з кількох джерел;</li><li>вилучає повтори та виправляє формати дат;</li></ul>
<p>Модуль 2. Звітність</p><ul><li>пише короткі пояснення до показників;</li>
<li>будувати зведені звіти для керівника.</li></ul><p>Керівник центру _______</p>""")
    assert rec.value("learning_outcomes") == [
        "імпортує таблиці з кількох джерел", "вилучає повтори та виправляє формати дат",
        "пише короткі пояснення до показників", "будувати зведені звіти для керівника."]
    assert rec.elements["learning_outcomes"].source == "pdf p.1"


def test_topics_under_numbered_parts_are_no_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, OPENING + """<p>Модуль 1. Підготовка даних</p>
<ul><li>Імпорт таблиць;</li><li>Формати дат і чисел;</li></ul>
<p>Модуль 2. Звітність</p><ul><li>Зведені таблиці;</li><li>Діаграми.</li></ul>""")
    found = rec.elements.get("learning_outcomes")
    assert found is None or "topics" in found.source
