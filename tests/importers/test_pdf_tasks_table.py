"""A ruled table of the learner's graded tasks ("№ | Завдання | Методи | Результат | Бал"), the certificate stating
no outcomes: each task with what was applied in it stands for the course's topics (said so in its source). Before,
nothing was read. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.record import TOPICS_SOURCE
from tests.importers.pdfgen import inspect_html, table_row

TASKS = [
    ("Очищення журналу продажів мережі аптек: пропуски, дублікати, аномальні чеки", "pandas, правила валідації"),
    ("Прогноз попиту на препарати на тиждень уперед за сезонністю і погодою", "лінійна регресія, випадковий ліс"),
    ("Сегментація покупців за кошиком і частотою візитів для програми лояльності", "k-means, ієрархічна кластеризація"),
]


def test_a_table_of_graded_tasks_gives_the_topics(tmp_path: Path) -> None:
    rows = "".join(table_row(str(n), task, methods, "прийнято", "9 / 10")
                   for n, (task, methods) in enumerate(TASKS, 1))
    html = ("<style>td { border: 0.6pt solid #777; padding: 2pt; }</style>"
            "<p>Аналітична школа «Дельта»</p><p>м. Полтава, вул. Соборності, 12</p><p>СЕРТИФІКАТ № Д-25-041</p>"
            "<p>Гончаренко Марія Іванівна</p><p>успішно завершила програму «Аналіз даних для роздрібної торгівлі»</p>"
            "<p>Обсяг: 90 годин</p><p>Відомість практичних завдань</p>"
            "<table>" + table_row("№", "Завдання", "Методи", "Результат", "Бал") + rows + "</table>"
            "<p>Директорка школи Олена Петрук</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learning_outcomes") == [f"{task} — {methods}" for task, methods in TASKS]
    assert rec.elements["learning_outcomes"].source.endswith(TOPICS_SOURCE)
