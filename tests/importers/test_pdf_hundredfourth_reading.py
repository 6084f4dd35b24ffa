"""Readings corrected after the hundred-and-fourth set of certificates (short courses that cover part of a component),
each in other wording than the set's: a course completed as a kind with its adjective ("пройшов корпоративний
тренінг", "практикум"), what the learner takes away, each session's length beside the total, a workshop's outcomes, a
series of webinars named below, a code that holds a company's legal form, a legal form above the body's name, the
learner before when and what was completed, a street named before its number."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_course_completed_as_a_kind_with_its_adjective_named_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «Приклад Енерго»</p><h1>Сертифікат</h1><p>Цим підтверджуємо, що</p>
<p>Ірина Костенко</p><p>пройшла корпоративний тренінг</p><p>Power BI для фінансистів</p>
<p>Дата видачі: 27.07.2026</p>""")
    assert rec.value("title") == "Power BI для фінансистів"
    rec = inspect_html(tmp_path, """<p>ГО «Кодова спільнота»</p><h1>Сертифікат учасника</h1><p>Остап Мельник</p>
<p>пройшов одноденний практикум</p><p>Docker для початківців</p><p>1 серпня 2026 року · 8 годин</p>""")
    assert rec.value("learner_name") == "Остап Мельник"
    assert rec.value("title") == "Docker для початківців"


def test_what_the_learner_takes_away(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «Кодова спільнота»</p><h1>Сертифікат учасника</h1><p>Остап Мельник</p>
<p>пройшов одноденний практикум</p><p>Docker для початківців</p><p>Що ви винесете з практикуму:</p>
<ul><li>уміння зібрати образ застосунку з Dockerfile;</li><li>уміння запустити кілька контейнерів разом.</li></ul>""")
    assert rec.value("learning_outcomes") == [
        "уміння зібрати образ застосунку з Dockerfile", "уміння запустити кілька контейнерів разом."]


def test_each_sessions_length_beside_the_total(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Навчальний центр «Приклад»</p><h1>Сертифікат</h1><p>Олена Бондар</p>
<p>пройшла курс «Excel для логістів»</p><p>шість занять по 2 години — 12 годин, онлайн</p>""")
    assert rec.value("workload_hours") == 12


def test_a_workshops_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Participation</h1><p>This is to confirm that</p>
<p>Dmytro Rudenko</p><p>took part in the workshop Testing with pytest</p>
<p>By the end of this workshop you will be able to:</p>
<ol><li>write unit tests with plain assert statements;</li>
<li>share set-up code between tests with fixtures.</li></ol>""")
    assert rec.value("learning_outcomes") == [
        "write unit tests with plain assert statements", "share set-up code between tests with fixtures."]
    assert not rec.elements["learning_outcomes"].source.endswith("(course topics)")


def test_a_series_of_webinars_named_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Аналітичний клуб «Медіана»</p><h1>СЕРТИФІКАТ УЧАСНИКА</h1><p>Тарас Гуменюк</p>
<p>прослухав цикл з чотирьох вебінарів, виконав домашні завдання та склав тест</p>
<p>Когортний аналіз для продуктових команд</p><p>Обсяг: 10 годин</p>""")
    assert rec.value("title") == "Когортний аналіз для продуктових команд"


def test_a_code_that_holds_a_legal_forms_letters_is_no_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>№ MD-SIA-26-0117</p><h1>СЕРТИФІКАТ УЧАСНИКА</h1><p>Тарас Гуменюк</p>
<p>прослухав курс «Когортний аналіз»</p><p>Обсяг: 10 годин</p>""")
    assert "MD-SIA" not in (rec.value("awarding_body") or "")


def test_a_legal_form_above_the_bodys_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГРОМАДСЬКА ОРГАНІЗАЦІЯ</p><p>Молодіжний хаб «Дніпро»</p>
<p>49000, м. Дніпро, вул. Центральна, 1</p><h1>СЕРТИФІКАТ</h1><p>Засвідчує, що</p><p>Анна Шевчук</p>
<p>взяла участь у тренінгу «Публічні виступи»</p>""")
    assert rec.value("awarding_body") == "ГРОМАДСЬКА ОРГАНІЗАЦІЯ Молодіжний хаб «Дніпро»"


def test_the_learner_before_when_and_what_was_completed(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГО «Цифровий старт»</p><h1>СЕРТИФІКАТ</h1><p>№ ЦС-0626-04</p>
<p>Максим Гребенюк</p><p>з 2 червня по 27 червня 2026 року пройшов літній курс</p><p>«Python для школярів»</p>""")
    assert rec.value("learner_name") == "Максим Гребенюк"


def test_an_issuer_without_a_street_named_before_its_number(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Participation</h1><p>This is to confirm that</p>
<p>Olha Tkach</p><p>took part in the workshop Design Systems in Figma</p>
<p>Tartu Design Club (association), Rüütli tänav 12, Tartu, 51007</p>""")
    assert rec.value("awarding_body") == "Tartu Design Club (association)"
