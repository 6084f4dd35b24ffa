"""A course plan told week by week, with what the learner showed in each part ("Тижні | Тема | Підтверджений
результат", "Week | Topic | Demonstrated result"): the results column's rows are the outcomes. Before, a column left of
the topics ended the table at its first row, a header centred over its column was not where its cells begin, and a
results label in the singular was not one. A result that names what it did only by pointing at its topic ("пише кожен
із цих алгоритмів") is read with the topic's name. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, table_row

_UKRAINIAN = (
    "<p>Обласний центр цифрової освіти</p><p>СВІДОЦТВО № 17/2026</p>"
    "<p>Курс «Комп'ютерні мережі для початківців» прослухала Оксана Ткач, 96 годин.</p>"
    "<p>Зміст курсу і що показала слухачка</p>"
    "<table><tr><th>Тижні</th><th>Тема</th><th>Підтверджений результат</th></tr>"
    + table_row("1–2", "Модель OSI, адресація IPv4",
           "розраховує підмережі за маскою і пояснює призначення кожного рівня моделі")
    # A result that points at its topic ("ці мережі") is read with it.
    + table_row("3–4", "Віртуальні мережі VLAN", "налаштовує ці мережі на комутаторі та перевіряє їх роботу")
    # A topic that wraps into more lines than its result, beside a week's number that wraps too.
    + table_row("10–<br>11", "Маршрутизація: статичні маршрути, OSPF в одній області, перерозподіл маршрутів, "
           "резервні шлюзи, списки доступу", "будує статичні маршрути між трьома мережами")
    + "</table><p>Підсумкова оцінка: зараховано.</p>"
)

_ENGLISH = (
    "<p>RIVERSIDE CODE CLUB</p><p>Certificate of Completion</p>"
    "<p>Awarded to Petro Hnatiuk for the course Web Accessibility Basics, 40 hours.</p>"
    "<table><tr><th>Week</th><th>Topic</th><th>Demonstrated result</th></tr>"
    + table_row("1", "Semantic HTML", "marks up a page with landmarks and headings a screen reader can follow")
    + table_row("2–3", "Colour and contrast", "checks colour contrast against the WCAG ratios and fixes failing pairs")
    + table_row("4", "Keyboard use", "makes every control reachable and usable with the keyboard alone")
    + "</table><p>Issued 3 March 2026</p>"
)


def test_results_column_beside_weeks_and_topics_is_read(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _UKRAINIAN)
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes == [
        "розраховує підмережі за маскою і пояснює призначення кожного рівня моделі",
        "Віртуальні мережі VLAN — налаштовує ці мережі на комутаторі та перевіряє їх роботу",
        "будує статичні маршрути між трьома мережами",
    ]
    assert not rec.outcomes_from_topics  # what the learner showed, not the course's topics


def test_demonstrated_results_in_english(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _ENGLISH)
    outcomes = rec.value("learning_outcomes") or []
    assert len(outcomes) == 3 and outcomes[0].startswith("marks up a page"), outcomes
    assert outcomes[2].endswith("keyboard alone"), outcomes
    assert not rec.outcomes_from_topics


def test_a_rubrics_column_of_what_the_work_shows(tmp_path: Path) -> None:
    """A rubric: "Criterion | The submission shows that the learner | Level", each criterion's evidence an outcome,
    the level beside it no part of it."""
    html = (
        "<p>HARBOURSIDE ANALYTICS SCHOOL</p><p>Project Assessment Record</p><p>Learner</p><p>Iryna Savych</p>"
        "<table style='width:100%; font-size:8pt'><tr><th style='width:20%'>Criterion</th>"
        "<th style='width:60%'>The submission shows that the learner</th><th style='width:20%'>Level</th></tr>"
        + table_row("A. Data", "loaded sales records from CSV and Excel files and fixed their column types", "Strong")
        + table_row("B. Charts", "drew monthly trend charts and histograms with labelled axes and units", "Sound")
        + "</table><p>Overall: passed.</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("learning_outcomes") == [
        "loaded sales records from CSV and Excel files and fixed their column types",
        "drew monthly trend charts and histograms with labelled axes and units",
    ]


# A short table of a course's parts with their grades (its widest cells the forms of assessment), then the plan of its
# sessions, one topic a row: the plan's topics are the course's, not the forms of assessment.
_PARTS_THEN_SESSIONS = (
    "<p>Kuldīgas tehnikums</p><p>APLIECĪBA</p><p>Programma „Elektrotehnikas pamati”, 80 stundas</p>"
    "<table><tr><th>Daļa</th><th>Stundas</th><th>Pārbaudes forma</th><th>Vērtējums</th></tr>"
    "<tr><td>1. Ķēdes</td><td>20</td><td>kontroldarbs Nr. 1</td><td>8</td></tr>"
    "<tr><td>2. Mērījumi</td><td>16</td><td>praktiskais darbs</td><td>9</td></tr></table>"
    "<p>Nodarbību tēmas</p>"
    "<table><tr><th>Nr.</th><th>Datums</th><th>Tēma</th></tr>"
    "<tr><td>1.</td><td>03.02.</td><td>Elektriskā strāva, spriegums un pretestība, Oma likums</td></tr>"
    "<tr><td>2.</td><td>10.02.</td><td>Virknes un paralēlais slēgums, Kirhofa likumi</td></tr>"
    "<tr><td>3.</td><td>17.02.</td><td>Maiņstrāva, efektīvās vērtības un fāzes nobīde</td></tr>"
    "<tr><td>4.</td><td>24.02.</td><td>Multimetrs un osciloskops: sprieguma un strāvas mērīšana</td></tr>"
    "<tr><td>5.</td><td>03.03.</td><td>Drošības noteikumi darbā ar elektroiekārtām</td></tr></table>"
)


def test_a_plan_of_sessions_below_a_table_of_parts_and_grades(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _PARTS_THEN_SESSIONS)
    topics = rec.value("learning_outcomes") or []
    assert len(topics) == 5 and topics[0].startswith("Elektriskā strāva"), topics
    assert rec.outcomes_from_topics


# A record of sessions whose cells wrap, its check column's lines each centred ("лаб. робота 2:" / "10 / 10"): a
# figure on a cell's second line opens no row, and the line below a cell's first is part of its row.
def _session(n: int, day: str, topic: str, hours: int, check: str, result: str) -> str:
    return (f"<tr><td>{n}</td><td>{day}</td><td>{topic}</td><td>{hours}</td>"
            f"<td style='text-align:center;width:110pt'>{check}<br>{result}</td></tr>")


_SESSIONS = (
    "<p>ТОВ «Медсофт»</p><p>ВИТЯГ З КАРТКИ ОБЛІКУ НАВЧАННЯ</p><p>Прізвище, ім'я, по батькові</p><p>Бондар Ірина</p>"
    "<p>Записи про проходження навчання</p>"
    "<table><tr><th>№</th><th>Дата</th><th>Тема і зміст заняття</th><th>Год.</th><th>Перевірка</th></tr>"
    + _session(1, "03.03.2026", "Резервне копіювання баз даних клієнтів: повні й інкрементні копії, перевірка "
               "відновлення з копії на тестовому сервері", 4, "лаб. робота 1:", "9 / 10")
    + _session(2, "05.03.2026", "Моніторинг серверів: метрики навантаження, журнали подій і сповіщення черговому "
               "інженерові про збої", 6, "лаб. робота 2:", "10 / 10")
    + _session(3, "10.03.2026", "Оновлення програмного забезпечення клініки без зупинки роботи: вікна обслуговування "
               "і план відкату", 4, "кейс:", "зараховано")
    + "</table>"
)


def test_a_record_of_sessions_with_wrapped_cells(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _SESSIONS)
    topics = rec.value("learning_outcomes") or []
    assert len(topics) == 3, topics
    assert topics[0].startswith("Резервне копіювання баз даних клієнтів") and topics[0].endswith("тестовому сервері")
    assert topics[1].endswith("про збої"), topics


# A week-by-week record, then a heading set in two cells beside each other, then a second table of how the grade was
# made up: the first table's topics are the course's, not the second's components of the grade.
_TWO_TABLES = (
    "<p>Harbour Open Courses</p><p>Statement of Accomplishment</p><p>This statement confirms that</p><p>Ivan Koval</p>"
    "<p>has completed the online course Networks for Developers.</p>"
    "<table><tr><th>Week</th><th>What the week covered</th><th>Quiz</th></tr>"
    "<tr><td>1</td><td>Layers of a network and the packets between them</td><td>9 / 10</td></tr>"
    "<tr><td>2</td><td>IP addresses, subnets and routing between networks</td><td>8 / 10</td></tr>"
    "<tr><td>3</td><td>TCP and UDP: connections, ports and retransmission</td><td>10 / 10</td></tr>"
    "<tr><td style='width:60pt'>How the</td><td>grade was made up</td><td></td></tr>"
    "<tr><td>Weekly quizzes (3 × 10 points)</td><td>27 / 30</td><td>weight 40 %</td></tr>"
    "<tr><td>Final exam, 60 minutes</td><td>52 / 60</td><td>weight 60 %</td></tr></table>"
)


def test_two_tables_with_a_heading_between_in_two_cells(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _TWO_TABLES)
    topics = rec.value("learning_outcomes") or []
    assert topics[:3] == ["Layers of a network and the packets between them",
                          "IP addresses, subnets and routing between networks",
                          "TCP and UDP: connections, ports and retransmission"], topics


def test_a_column_of_what_the_graduate_can_do_beside_modules(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, (
        "<p>ДИПЛОМ</p><p>Петренко Олег Іванович</p><p>успішно завершив програму «Аналітик даних»</p>"
        "<p>Зміст програми та опановані навички</p>"
        "<table><tr><th>№</th><th>Модуль</th><th>Що випускник уміє робити</th><th>Год.</th></tr>"
        + table_row("1", "SQL", "пише запити з з'єднаннями та агрегуванням", "30")
        + table_row("2", "Python для аналізу", "очищає й об'єднує таблиці в pandas", "40")
        + table_row("3", "Візуалізація", "будує дашборди в Power BI", "20")
        + "</table>"
    ))
    assert rec.value("learning_outcomes") == [
        "пише запити з з'єднаннями та агрегуванням", "очищає й об'єднує таблиці в pandas", "будує дашборди в Power BI",
    ]
    assert not rec.outcomes_from_topics  # what the graduate can do, not the course's topics
