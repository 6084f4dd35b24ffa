"""Readings corrected after the hundredth set of certificates (an ordinary month's mail), each in other wording than
the set's: the learner named in the outcomes' heading, a list whose every item opens with "вміє", a row of tags, a
Polish table of topics, a result after "Final assessment (…):", a footer's issuer with its street, a country with its
article, a course's name cut where its sentence goes on, a bracket's last part as the assessment."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_outcomes_below_a_heading_that_names_the_learner(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ОНЛАЙН-ШКОЛА «ЦИФРА»</p><h1>СЕРТИФІКАТ</h1>
<p>Цей сертифікат засвідчує, що</p><p>Марко Ткаченко</p><p>успішно завершив курс</p><p>Основи SQL</p>
<p>Протягом навчання Марко опанував:</p>
<ul><li>писати запити з вибіркою, сортуванням і фільтрами;</li><li>об'єднувати таблиці за ключами.</li></ul>
<p>Київ, 3 березня 2026 р.</p>""")
    assert rec.value("learning_outcomes") == [
        "писати запити з вибіркою, сортуванням і фільтрами", "об'єднувати таблиці за ключами."]


def test_prose_going_on_after_the_named_learners_verb_is_no_heading(tmp_path: Path) -> None:
    """Prose that names the learner and goes on after the verb ("Протягом курсу Марко навчився впевнено писати
    запити: … . Він також …") is read whole: taken for a heading, its sentences after the first were lost."""
    rec = inspect_html(tmp_path, """<p>ОНЛАЙН-ШКОЛА «ЦИФРА»</p><h1>ДИПЛОМ</h1>
<p>Цей диплом засвідчує, що</p><p>Марко Ткаченко</p><p>успішно завершив курс «Основи SQL»</p><p>Зміст навчання</p>
<p>Протягом курсу Марко навчився впевнено писати запити: вибирати рядки з умовами, сортувати й групувати їх. Він також
з'єднує таблиці за ключами та створює індекси для швидкого пошуку.</p><p>Київ, 3 березня 2026 р.</p>""")
    read = " ".join(rec.value("learning_outcomes") or [])
    assert "вибирати рядки з умовами" in read
    assert "створює індекси для швидкого пошуку" in read


def test_items_that_each_open_with_the_verb_of_ability(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГРОМАДСЬКА ОРГАНІЗАЦІЯ «ВІДКРИТІ ДАНІ»</p><h1>СЕРТИФІКАТ</h1>
<p>Засвідчує, що</p><p>Петренко Ірина Олегівна</p><p>пройшла курс «Відкриті дані громади»</p>
<p>За результатами курсу учасниця:</p>
<ul><li>уміє готувати набори даних до оприлюднення на порталі;</li>
<li>уміє перевіряти набори на відповідність стандарту;</li>
<li>уміє будувати прості діаграми за наборами.</li></ul>
<p>Дата видачі: 12.02.2026</p>""")
    assert rec.value("learning_outcomes") == [
        "готувати набори даних до оприлюднення на порталі", "перевіряти набори на відповідність стандарту",
        "будувати прості діаграми за наборами."]


def test_a_row_of_tags_below_its_heading_gives_each_tag(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHWIND LABS LTD</p><h1>CERTIFICATE OF INTERNSHIP</h1>
<p>This certifies that</p><p>Olena Shevchuk</p>
<p>has successfully completed the Northwind Summer Internship 2025 — Data Platform track.</p>
<p>TOPICS COVERED</p><p>Python · Airflow · dbt · BigQuery · Looker Studio</p>
<p>Issued on 2 October 2025</p>""")
    assert rec.value("learning_outcomes") == ["Python", "Airflow", "dbt", "BigQuery", "Looker Studio"]


def test_a_polish_list_of_topics_under_its_heading(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Politechnika Nadwiślańska</p><h1>ZAŚWIADCZENIE</h1>
<p>Zaświadcza się, że Pan Ivan Bondar ukończył kurs „Bazy danych SQL” w wymiarze 40 godzin.</p>
<p>Tematyka szkolenia:</p>
<ul><li>Projektowanie relacyjnych baz danych i normalizacja</li><li>Zapytania SELECT, złączenia i agregacja</li>
<li>Transakcje i więzy integralności</li></ul>
<p>Płock, 5 czerwca 2025 r.</p>""")
    assert rec.value("learning_outcomes") == [
        "Projektowanie relacyjnych baz danych i normalizacja", "Zapytania SELECT, złączenia i agregacja",
        "Transakcje i więzy integralności"]
    assert rec.elements["learning_outcomes"].source.endswith("(course topics)")


def test_the_result_after_a_final_assessments_bracket_and_its_verdict_below(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>HARBOUR LANGUAGE SCHOOL</p><h1>Certificate of Achievement</h1>
<p>awarded to</p><p>Roman Hnatiuk</p><p>for completing the course Business English B1</p>
<p>Overall assessment (reading, writing, speaking): 74% —</p><p>Pass</p>
<p>Issued 9 May 2025</p>""")
    assert rec.value("grade") == "74% — Pass"


def test_an_issuer_in_a_footer_without_its_street_address(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Certificate of Completion</h1><p>awarded to</p><p>Daria Lysenko</p>
<p>for completing the course Practical Excel for Analysts</p><p>Issued 4 April 2025</p>
<p>Brightwater Skills Ltd, 27 Harbour Road, Leeds LS1 2AB, United Kingdom</p>""")
    assert rec.value("awarding_body") == "Brightwater Skills Ltd"


def test_a_country_written_with_its_article(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Rhine Valley Institute</p>
<p>Marktstraat 12, 3011 AB Rotterdam, the Netherlands</p>
<h1>Certificate of Attendance</h1><p>This is to certify that</p><p>Anna Kravets</p>
<p>attended the course Statistics with R</p><p>Rotterdam, 1 July 2025</p>""")
    assert rec.value("issuer_country") == "Netherlands (NLD)"


def test_a_course_name_cut_where_its_sentence_goes_on_with_an_article(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>NORTHWIND LABS LTD</p><h1>CERTIFICATE</h1>
<p>This certifies that</p><p>Olena Shevchuk</p>
<p>has successfully completed the Northwind Analytics Academy 2025 — SQL stream, a<br>10-week evening programme (40
hours), working on a<br>real dataset.</p><p>Issued on 2 October 2025</p>""")
    assert rec.value("title") == "Northwind Analytics Academy 2025 — SQL stream"


def test_the_last_part_of_a_workload_bracket_as_the_assessment_without_its_bracket(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ІТ-ШКОЛА «КРОК»</p><h1>СЕРТИФІКАТ</h1>
<p>Цей сертифікат засвідчує, що</p><p>Олена Литвин</p><p>успішно завершила курс «JavaScript з нуля»</p>
<p>72 години (24 заняття з викладачем, домашні завдання, підсумковий іспит)</p>
<p>Київ, 3 березня 2026 р.</p>""")
    assert rec.value("assessment_type") == "підсумковий іспит"
