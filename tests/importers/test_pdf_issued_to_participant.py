"""A Ukrainian certificate that names its holder below "Сертифікат видано учасниці навчання:", its programme in
quotes over two lines after "за програмою підвищення кваліфікації …", and its outcomes under "Набуті професійні
навички"; a traineeship's tasks "completed as agreed" are no course's name. Before, none of these was read. Other
wording than the certificates that showed them."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_holder_below_issued_to_participant_programme_in_quotes_and_skills(tmp_path: Path) -> None:
    html = ("<p>КОМУНАЛЬНИЙ ЗАКЛАД «ОБЛАСНИЙ ІНСТИТУТ ПІСЛЯДИПЛОМНОЇ ОСВІТИ»</p><p>СВІДОЦТВО № 4/26</p>"
            "<p>про навчання за програмою підвищення кваліфікації вчителів</p>"
            "<p>«Цифрова лабораторія на уроках фізики:</p><p>датчики, вимірювання, звіт»</p>"
            "<p>Обсяг 30 годин (1 кредит ЄКТС)</p>"
            "<p>Набуті практичні навички</p><p>▪ збирання даних з цифрових датчиків під час досліду</p>"
            "<p>▪ побудова графіків залежностей у таблиці</p>"
            "<p>Свідоцтво видано слухачці курсу:</p><p>ОЛІЙНИК Тетяна Василівна</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == "ОЛІЙНИК Тетяна Василівна"
    assert rec.value("title") == "Цифрова лабораторія на уроках фізики: датчики, вимірювання, звіт"
    assert rec.value("learning_outcomes") == ["збирання даних з цифрових датчиків під час досліду",
                                              "побудова графіків залежностей у таблиці"]


def test_tasks_completed_as_agreed_name_no_course(tmp_path: Path) -> None:
    html = ("<p>BALTIC CODE WORKS</p><p>INTERNSHIP CERTIFICATE</p><p>Intern: Petro Lysenko</p>"
            "<p>Evaluation</p><p>Tasks completed as agreed</p><p>Quality of work: good</p>")
    assert inspect_html(tmp_path, html).value("title") != "as agreed"


def test_what_the_course_gave_the_participant(tmp_path: Path) -> None:
    """"Що дав слухачам цей курс" / "What this workshop gave the participants": the list below is what the learner
    took from it."""
    html = ("<p>СЕРТИФІКАТ</p><p>Коваль Марія Петрівна взяла участь у практикумі «Медіаграмотність для вчителів».</p>"
            "<p>Що дав слухачам цей практикум</p><p>• вміння перевіряти джерело новини</p>"
            "<p>• вправи для уроку про маніпуляції в заголовках</p>")
    assert inspect_html(tmp_path, html).value("learning_outcomes") == [
        "вміння перевіряти джерело новини", "вправи для уроку про маніпуляції в заголовках"]


def test_what_the_learner_learned_during_the_course(tmp_path: Path) -> None:
    """"Упродовж курсу слухачка навчилася:" heads the list of what she can do."""
    html = ("<p>СЕРТИФІКАТ</p><p>Слухачка</p><p>Олена Гуменюк</p><p>успішно завершила курс «Ремонт велосипедів»</p>"
            "<p>Упродовж курсу слухачка навчилася:</p><p>• налаштовувати перемикачі швидкостей</p>"
            "<p>• замінювати камеру й покришку</p>")
    assert inspect_html(tmp_path, html).value("learning_outcomes") == [
        "налаштовувати перемикачі швидкостей", "замінювати камеру й покришку"]


def test_a_competence_wheel_heads_its_sectors(tmp_path: Path) -> None:
    """"Колесо компетентностей" / "Skills wheel" heads what each sector says the learner does."""
    html = ("<p>CERTIFICATE</p><p>Petro Savchuk completed the course Spanish for Support Teams.</p>"
            "<p>Skills wheel</p><p>• Calls: handles a customer's call in Spanish and sums up what was agreed.</p>"
            "<p>• Writing: answers support tickets in Spanish with few errors.</p>")
    outcomes = inspect_html(tmp_path, html).value("learning_outcomes") or []
    assert len(outcomes) == 2 and "customer's call" in outcomes[0], outcomes
