"""Three forms first seen on a data school's certificate and a mentor's reference: a paragraph opened by a bare
"Програма:" that sets out the course's parts each with its time ("… — 9 занять; …"), read as the course's topics (a
bare "Програма:" otherwise labels a programme's name); a volume of hours under its label ("Обсяг" / "90 годин") that
the sessions beside it ("20 занять × 2 год наживо + …") are only part of; and what an intern did under a mentor, listed
after "Під керівництвом наставника стажист:" / "Under the supervision of her mentor, the intern:". Before, the first
gave no topics, the second the sessions' 40 hours, the third nothing. Other wording than the papers that showed them."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_PARTS = (
    "<p>Школа «Кодовий двір»</p><p>СЕРТИФІКАТ № КД-118</p><p>Оксана Бондар</p>"
    "<p>завершила курс «Бази даних для розробників»</p>"
    "<p>Обсяг</p><p>60 годин</p><p>12 занять × 2 год наживо + самостійні завдання</p>"
    "<p>Програма: реляційна модель і нормалізація — 3 заняття; SQL: вибірка, з'єднання, групування — 5 занять; "
    "індекси й плани виконання — 2 заняття; транзакції та рівні ізоляції — 2 заняття.</p>"
    "<p>Дата видачі: 14.02.2026</p>"
)

_PROGRAMME_IN_ENGLISH = (
    "<p>Harbourside Data Academy</p><p>Certificate of completion</p><p>Awarded to Ivan Koval</p>"
    "<p>Programme: spreadsheets for analysts (6 h); SQL for reporting (10 h); dashboards in Power BI (8 h).</p>"
    "<p>Issued 2 March 2026</p>"
)

_INTERN_UK = (
    "<p>ТОВ «Хмарний міст»</p><p>ВІДГУК ПРО СТАЖУВАННЯ</p>"
    "<p>Коваль Ірина Петрівна проходила стажування на посаді стажистки-тестувальниці з 1 лютого по 30 квітня 2026 "
    "року, разом 240 годин.</p>"
    "<p>Виконані завдання. Під керівництвом наставника стажистка:</p>"
    "<p>— склала 40 тест-кейсів для модуля оплати;</p><p>— автоматизувала регресійні тести в Playwright;</p>"
    "<p>— оформлювала звіти про дефекти в Jira.</p>"
    "<p>Висновок. Програму стажування виконано. Рекомендована оцінка — «відмінно».</p>"
)

_INTERN_EN = (
    "<p>Northgate Software Ltd</p><p>Internship reference</p>"
    "<p>Anna Savchuk worked with us as a junior developer intern from 3 March to 30 May 2026.</p>"
    "<p>Under the supervision of her mentor, the intern:</p>"
    "<ul><li>fixed twelve defects in the customer portal</li><li>wrote unit tests for the billing service</li></ul>"
    "<p>Signed by the Head of Engineering, 5 June 2026</p>"
)


def test_parts_each_with_its_time_are_the_topics(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _PARTS)
    assert rec.value("learning_outcomes") == [
        "реляційна модель і нормалізація",
        "SQL: вибірка, з'єднання, групування",
        "індекси й плани виконання",
        "транзакції та рівні ізоляції",
    ]
    assert rec.outcomes_from_topics  # what the course covered, not what the learner can do
    assert rec.value("workload_hours") == 60  # the labelled volume, not the sessions' 24 hours


def test_programme_parts_in_english(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _PROGRAMME_IN_ENGLISH)
    assert rec.value("learning_outcomes") == ["spreadsheets for analysts", "SQL for reporting",
                                              "dashboards in Power BI"]


def test_what_the_intern_did_under_a_mentor(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _INTERN_UK)
    outcomes = rec.value("learning_outcomes") or []
    assert len(outcomes) == 3 and outcomes[0].startswith("склала 40 тест-кейсів"), outcomes
    rec = inspect_html(tmp_path, _INTERN_EN)
    assert rec.value("learning_outcomes") == ["fixed twelve defects in the customer portal",
                                              "wrote unit tests for the billing service"]
