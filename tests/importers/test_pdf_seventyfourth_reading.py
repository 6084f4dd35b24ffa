"""Certificates shaped like those of the seventy-fourth to seventy-seventh sets (the IT trade's Ukrainian, research
papers, bilingual certificates, continuing professional development), in other wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(("opener", "translation"), [
    ("Цим сертифікатом засвідчується, що", "This certificate confirms that"),
    ("виданий", "is presented to"),
])
def test_a_bilingual_opener_then_the_name_below_both(tmp_path: Path, opener: str, translation: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>СЕРТИФІКАТ / CERTIFICATE</p><p>{opener}<br>{translation}<br>
Коваленко Ірина Степанівна<br>Iryna Kovalenko</p><p>завершила курс «Основи Linux» / completed the course “Linux
Basics”</p>""")
    assert rec.value("learner_name") == "Коваленко Ірина Степанівна"


@pytest.mark.parametrize("items", [
    # each item followed by its translation
    ["налаштовувати мережеві інтерфейси в Linux", "configure network interfaces in Linux",
     "керувати користувачами та правами доступу", "manage users and access rights",
     "автоматизувати задачі скриптами bash", "automate tasks with bash scripts"],
    # the list, then the same list translated
    ["налаштовувати мережеві інтерфейси в Linux", "керувати користувачами та правами доступу",
     "configure network interfaces in Linux", "manage users and access rights"],
])
def test_a_bilingual_list_of_outcomes_is_read_once(tmp_path: Path, items: list[str]) -> None:
    bullets = "".join(f"<li>{item};</li>" for item in items)
    rec = inspect_html(tmp_path, f"""<p>СЕРТИФІКАТ</p><p>Курс: Адміністрування Linux</p>
<p>Результати навчання / Learning outcomes</p><ul>{bullets}</ul><p>Дата видачі: 12.05.2025</p>""")
    ukrainian = [item for item in items if not item.isascii()]
    assert rec.value("learning_outcomes") == ukrainian


def test_outcomes_in_two_alphabets_that_are_no_translations_stay(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE</p><p>Course: Web Basics</p><p>Learning outcomes</p><ul>
<li>build pages with HTML and CSS;</li><li>створювати форми з перевіркою полів;</li><li>publish a site with GitHub
Pages.</li></ul>""")
    assert len(rec.value("learning_outcomes")) == 3


def test_a_grade_broken_after_a_preposition_ends_on_the_next_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of Achievement</p><p>Course: Cloud Basics</p>
<p>Assessment: final project. Result: Completed with<br>honours (91%).</p>""")
    assert rec.value("grade") == "Completed with honours (91%)"


def test_a_project_coordinator_is_the_issuer_and_its_country_code_the_country(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Digital Bridges · Erasmus+ project · co-funded by the European Union<br>
Coordinator: Stichting Open Leren, Utrecht (NL) · Partner: ГО «Код майбутнього», Ivano-Frankivsk (UA)</p>
<p>Certificate of Participation</p><p>This certifies that Oksana Melnyk has completed the course Data Literacy.</p>""")
    assert rec.value("awarding_body") == "Stichting Open Leren"
    assert rec.value("issuer_country") == "Netherlands (NLD)"


def test_the_learner_addressed_as_ti_heads_the_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Курс «Тестування ПЗ з нуля»</p>
<p>Андрію, за цей курс ти навчився:</p><ul><li>писати тест-кейси й чек-листи;</li><li>заводити баг-репорти в Jira.</li>
</ul><p>Дата видачі: 03.03.2025</p>""")
    assert rec.value("learning_outcomes") == ["писати тест-кейси й чек-листи", "заводити баг-репорти в Jira."]


@pytest.mark.parametrize("heading", ["Навички — що ти тепер умієш", "Skills — what you can do now"])
def test_a_heading_saying_it_twice_is_no_outcome(tmp_path: Path, heading: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>CERTIFICATE</p><p>Course: Mobile Apps with Flutter</p><p>{heading}</p>
<ul><li>build screens with Flutter widgets;</li><li>publish an app to Google Play.</li></ul>""")
    assert rec.value("learning_outcomes") == ["build screens with Flutter widgets", "publish an app to Google Play."]


@pytest.mark.parametrize("opener", ["Цим підтверджуємо, що", "Нагороджується"])
def test_the_learner_below_a_confirmation_or_an_award(tmp_path: Path, opener: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>ДИПЛОМ</p><p>{opener}</p><p>САВЧЕНКО Ольга Петрівна</p>
<p>учениця 10 класу ліцею № 3</p><p>Науковий керівник</p><p>Іваненко Петро Сергійович, к.т.н., доцент</p>""")
    assert rec.value("learner_name") == "САВЧЕНКО Ольга Петрівна"


def test_a_confirmation_and_the_name_on_one_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Сертифікат випускника</p><p>Підтверджуємо, що Гребенюк Максим Юрійович успішно
пройшов інтенсив «Docker для розробників».</p>""")
    assert rec.value("learner_name") == "Гребенюк Максим Юрійович"


def test_a_research_papers_subject_is_its_title(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДИПЛОМ ІІІ СТУПЕНЯ</p><p>нагороджується</p><p>Бойко Марта Ігорівна</p>
<p>Тема роботи</p><p>«Ймовірнісні моделі черг у системах масового обслуговування»</p>""")
    assert rec.value("title") == "Ймовірнісні моделі черг у системах масового обслуговування"


def test_an_attendee_below_the_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CPE Certificate</p><p>Cloud Security Summit 2025</p><p>Attendee</p>
<p>Taras Hrytsenko</p><p>Member ID</p><p>CS-00412</p>""")
    assert rec.value("learner_name") == "Taras Hrytsenko"


def test_prose_opening_with_who_can_do_it_gives_what_they_can_do(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ВИПИСКА</p><p>Курс: Аналітика в Excel</p><p>Результати навчання</p>
<p>Слухачка вміє будувати зведені таблиці за даними продажів; створює дашборди з діаграмами; прогнозує попит
за трендом.</p><p>Оцінювання: тест.</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes[0].startswith("будувати зведені таблиці") and len(outcomes) == 3


def test_items_opening_with_their_own_numbers_are_read_without_them(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Курс: Цифрова гігієна</p><p>Результати навчання</p>
<table><tr><td>1</td><td>Розрізняє види фішингових атак.</td></tr><tr><td>2</td><td>Налаштовує двофакторну
автентифікацію.</td></tr><tr><td>3</td><td>Шифрує диски засобами BitLocker.</td></tr></table>
<p>Дата видачі: 01.02.2025</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes and outcomes[0].startswith("Розрізняє") and not any(o[:1].isdigit() for o in outcomes)


def test_lettered_statements_in_a_paragraph_are_read_without_their_letters(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Курс: Цифрова гігієна</p>
<p>Після завершення курсу учасник здатен: (a) розрізняти види фішингових атак; (b) налаштовувати двофакторну
автентифікацію; (c) шифрувати диски засобами BitLocker.</p><p>Дата видачі: 01.02.2025</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes and outcomes[0].startswith("розрізняти") and not any(o.startswith("(") for o in outcomes)


def test_a_training_camps_subject_is_its_title(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ УЧАСНИКА</p><p>літньої фізико-математичної школи</p><p>Учасниця</p>
<p>Гаврилюк Ольга Романівна</p><p>Тема школи</p><p>«Комбінаторика і теорія ймовірностей»</p>""")
    assert rec.value("title") == "Комбінаторика і теорія ймовірностей"


def test_an_interns_mastery_told_in_prose_is_read(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОВІДКА</p><p>Видана Кравчук Ірині Олегівні про те, що вона проходила наукове
стажування в інституті.</p><p>Під час стажування І. О. Кравчук брала участь у науково-дослідній роботі. Стажистка
опанувала методи обробки зображень: сегментувала знімки; навчала згорткові мережі на PyTorch.</p>
<p>Заступник директора</p><p>Олег ТКАЧЕНКО</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes and outcomes[0].startswith("методи обробки зображень")
    assert rec.value("title") != "Олег ТКАЧЕНКО"


def test_a_jurys_conclusion_tells_what_the_pupil_mastered(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДИПЛОМ ІІ СТУПЕНЯ</p><p>нагороджується</p><p>Поліщук Тарас Андрійович</p>
<p>Витяг з висновку журі (протокол № 2):</p><p>Робота виконана самостійно. У ході роботи учень опанував методи
комбінаторики та обчислення ймовірностей подій. Оволодів методами перевірки статистичних гіпотез на вибірках.</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes and outcomes[0].startswith("методи комбінаторики")
    assert any(o.startswith("оволодів методами перевірки") for o in outcomes)


@pytest.mark.parametrize("line", ["Науковий керівник практики — доцент Левченко Ігор Петрович",
                                  "Довідка видана для подання до деканату", "Вчений секретар університету",
                                  "Андрій МАЗУР"])
def test_no_supervisor_signatory_or_formula_is_a_course_by_its_type_size(tmp_path: Path, line: str) -> None:
    rec = inspect_html(tmp_path, f"""<p style="font-size:16pt">ДОВІДКА</p>
<p style="font-size:10pt">Видана Коваль Марії Іванівні про те, що вона пройшла стажування у відділі.</p>
<p style="font-size:12pt">{line}</p><p style="font-size:7pt">Виконавець: Н. С. Ткач</p>""")
    assert rec.value("title") != line


@pytest.mark.parametrize("label", ["Усього годин навчання", "Total hours of CPD"])
def test_a_totals_label_with_its_number_on_the_next_line(tmp_path: Path, label: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>ВИПИСКА</p><p>з облікового запису професійного розвитку</p>
<table><tr><td>1</td><td>Вебінар «Основи Power BI»</td><td>6</td></tr>
<tr><td>2</td><td>Практикум «DAX»</td><td>12</td></tr></table><p>{label}</p><p>18</p><p>Дата: 10.06.2025</p>""")
    assert rec.value("workload_hours") == 18


def test_bulleted_items_each_followed_by_its_translation_are_read_once(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ / CERTIFICATE</p><p>Курс: Німецька для ІТ / German for IT</p>
<p>Що вміє слухач / What the learner can do</p>
<p>• Пояснює колегам архітектуру застосунку німецькою мовою.<br>Explains an application's architecture to colleagues
in German.<br>• Пише листи замовникам і звіти про помилки.<br>Writes letters to clients and bug reports.<br>
• Читає технічну документацію німецькою.<br>Reads technical documentation in German.</p>
<p>Дата видачі / Date of issue: 02.06.2025</p>""")
    outcomes = rec.value("learning_outcomes")
    assert len(outcomes) == 3 and all(not o.isascii() for o in outcomes)


@pytest.mark.parametrize("role", ["President, Kyiv Cloud Association", "Programme Committee Chair", "Голова правління"])
def test_a_signature_with_its_office_below_ends_the_objectives(tmp_path: Path, role: str) -> None:
    rec = inspect_html(tmp_path, f"""<p>CPD Certificate</p><p>Attendee</p><p>Olha Marchenko</p>
<p>Learning objectives</p><p>Explain shared responsibility in the cloud; configure identity and access management;
encrypt storage.</p>
<p>Oleh Savchuk</p><p>{role}</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes and not any("Savchuk" in o for o in outcomes)


def test_what_a_letter_says_the_student_did_is_read_when_it_states_no_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Northgate University, Department of Computing</p><p>To whom it may concern</p>
<p>I confirm that Mr Andrii Koval took part in our summer research placement from 1 July to 23 August 2025.</p>
<p>Working with our group, he designed a REST API for a sensor network and deployed it to a cloud platform. Later he
wrote integration tests for every endpoint; he also documented the API with OpenAPI.</p>
<p>He was a pleasure to work with.</p><p>Yours faithfully,</p><p>Dr Jane Miller</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes and outcomes[0].startswith("designed a REST API") and len(outcomes) == 3


@pytest.mark.parametrize("told", ["She was a pleasure to teach.", "She built a chatbot. She was a pleasure to teach."])
def test_a_letter_telling_only_its_circumstances_gives_no_outcomes_so(tmp_path: Path, told: str) -> None:
    # (nor one thing done alone: a letter's account is read where it tells at least two)
    rec = inspect_html(tmp_path, f"""<p>Northgate University</p><p>Dear colleagues,</p>
<p>Ms Olena Bilyk attended our summer school from 1 to 12 July 2025. {told}</p>
<p>Yours sincerely,</p><p>Dr Jane Miller</p>""")
    assert rec.value("learning_outcomes") is None
