"""An internship's record that names no course: its kind and what it is about as its title ("Довідка про проходження
практики"), not the student's own programme, the position or the product in quotes, nor a word in quotes in lower
case; the intern after their role and a dash, as a record lists who signs it. Before, the programme's name was taken
for the course and no learner was read. Other wording than the act that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_an_internship_record(tmp_path: Path) -> None:
    html = ("<p>ТОВ «ХВИЛЯ СОФТ»</p><p>м. Херсон, вул. Перекопська, 5</p><p>ДОВІДКА № 45/П</p>"
            "<p>про проходження виробничої практики</p><p>м. Херсон, 30 вересня 2025 р.</p>"
            "<p>Складена керівником практики від підприємства Коваленком Ігорем Петровичем та практикантом — Мельником"
            " Андрієм Васильовичем, студентом 4 курсу освітньої програми «Інженерія програмного забезпечення»"
            " Херсонського політехнічного університету.</p>"
            "<p>Практикант — Мельник Андрій Васильович — працював на посаді «молодший тестувальник» у команді продукту"
            " «Порт-Трекер» з 1 по 26 вересня 2025 р., разом 160 годин.</p>"
            "<p>Виконані завдання: перевірка форми, що «зависала» після оновлення; написання тест-кейсів.</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "Довідка про проходження виробничої практики"
    assert rec.value("learner_name") == "Мельник Андрій Васильович"
