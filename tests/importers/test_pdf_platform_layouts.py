"""Certificates laid out as learning platforms and training providers lay them out: a congratulation naming the
learner, the course's name on a wrapped completion sentence, "Course completed on <date>", a platform's
"non-credit" wording, skills in one line separated by middle dots, outcomes announced at the end of a sentence
("The student was able to:") or after a qualifier ("Здобуті програмні результати навчання: …; …"), a score out of a
maximum, a grade with its letter in brackets, a non-governmental organisation as the awarding body, a signatory's
line naming a company."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_congratulation_names_the_learner_and_a_completion_date_is_not_the_title(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h2>Certificate of Completion</h2><p>Congratulations, Daryna Kostenko</p><h1>Excel Essential Training</h1>"
        "<p>Course completed on Apr 11, 2025 at 10:05AM UTC · 2 hours 5 minutes</p>"
        "<p>Skills covered: Microsoft Excel · Pivot Tables · Data Visualization</p>"
        "<p>Example Learning · 12 Market Street, Springfield</p>",
    )
    assert rec.value("learner_name") == "Daryna Kostenko"
    assert rec.value("title") != "on Apr 11, 2025 at 10:05AM UTC · 2 hours 5 minutes"
    assert rec.value("learning_outcomes") == ["Microsoft Excel", "Pivot Tables", "Data Visualization"]
    assert rec.value("issued_on") == "2025-04-11"


def test_a_platforms_kind_of_course_is_not_its_name(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<p>Jun 2, 2025</p><h1>Deep Learning</h1><p>Maksym Oliinyk</p>"
        "<p>has successfully completed the online, non-credit Professional Certificate</p>"
        "<p>Deep Learning Professional Certificate</p>"
        "<p>Ada Example, Director, Example Labs; Co-founder, Coursera</p>",
    )
    assert rec.value("title") == "Deep Learning Professional Certificate"
    assert rec.value("learner_name") == "Maksym Oliinyk"
    assert rec.value("awarding_body") == "Coursera"


def test_the_name_of_a_course_on_a_wrapped_completion_sentence(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>Certificate of Course Completion</h1><p>Svitlana Boiko</p>"
        "<p>has successfully achieved student level credential for completing the Networking Essentials course "
        "administered by the undersigned instructor. The student was able to:</p>"
        "<ul><li>Explain how data travels across a network.</li><li>Configure a small office network.</li></ul>"
        "<p>Kyiv Polytechnic Networking Academy</p><p>Ukraine</p><p>3 Mar 2025</p>",
    )
    assert rec.value("learner_name") == "Svitlana Boiko"
    assert rec.value("title") == "Networking Essentials"
    assert rec.value("learning_outcomes") == ["Explain how data travels across a network.",
                                              "Configure a small office network."]


def test_outcomes_after_a_qualified_heading_on_the_same_line(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<p>Сумський державний університет</p><h1>СЕРТИФІКАТ</h1><p>Цей сертифікат видано</p>"
        "<p><b>Гончаренку Петру Олеговичу</b></p><p>про те, що він успішно опанував навчальну дисципліну</p>"
        "<p>«Чисельні методи»</p><p>обсягом 3 кредити ЄКТС (90 годин) з оцінкою 88 балів (B, «добре»)</p>"
        "<p>Досягнуті результати навчання: розв'язувати системи лінійних рівнянь ітераційними методами; "
        "наближати функції поліномами; оцінювати похибку обчислень.</p>"
        "<p>Завідувач кафедри __________ доц. О. В. Мороз</p><p>«20» червня 2025 року</p>",
    )
    assert rec.value("learning_outcomes") == [
        "розв'язувати системи лінійних рівнянь ітераційними методами",
        "наближати функції поліномами",
        "оцінювати похибку обчислень.",
    ]
    assert rec.value("grade") == "88 балів (B, «добре»)"


def test_a_score_out_of_a_maximum_and_an_ngo_that_awards(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>СЕРТИФІКАТ</h1><p>Громадська організація «Платформа освітніх ініціатив»</p>"
        "<p>засвідчує, що Левченко Ольга Іванівна взяла участь у тренінгу «Основи медіаграмотності»</p>"
        "<p>та отримала 27 з 30 балів</p><p>Обсяг: 16 годин</p><p>«5» квітня 2025 р.</p>",
    )
    assert rec.value("awarding_body") == "Громадська організація «Платформа освітніх ініціатив»"
    assert rec.value("learner_name") == "Левченко Ольга Іванівна"
    assert rec.value("grade") == "27 з 30 балів"


def test_an_examination_in_german() -> None:
    from app.importers.credentials.textparse import ASSESSMENT

    m = ASSESSMENT.search("Prüfung: mündliche Abschlussprüfung, bestanden")
    assert m is not None and m.group(1).startswith("mündliche Abschlussprüfung")


def test_an_institutions_name_with_its_department_stays_whole(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>Zertifikat</h1><p>Hiermit wird bestätigt, dass</p><p>Oksana Marchuk</p>"
        "<p>erfolgreich am Kurs „Statistik mit R“ teilgenommen hat.</p><p>Umfang: 2 ECTS</p><p>Köln, 01.07.2025</p>"
        "<p>Technische Hochschule Beispielstadt, Zentrum für Weiterbildung</p>",
    )
    assert rec.value("awarding_body") == "Technische Hochschule Beispielstadt, Zentrum für Weiterbildung"
    assert rec.value("title") == "Statistik mit R"


def test_the_course_set_in_the_largest_type_when_no_sentence_names_it(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<p>Certificate no: UC-12ab34cd</p><h1>CERTIFICATE OF COMPLETION</h1>"
        "<h2>Docker for Developers: Hands-On Containers</h2><p>Instructors Ivan Example</p><p>Halyna Moroz</p>"
        "<p>Date Feb. 2, 2025</p><p>Length 8.5 total hours</p>",
    )
    assert rec.value("title") == "Docker for Developers: Hands-On Containers"
    assert rec.value("workload_hours") == 8.5


def test_a_learners_name_in_large_type_is_not_the_title(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h2>Certificate of Completion</h2><h1>Congratulations, Bohdan Rudenko</h1><h1>Python Data Structures</h1>"
        "<p>Course completed on May 5, 2025</p>",
    )
    assert rec.value("learner_name") == "Bohdan Rudenko"
    assert rec.value("title") == "Python Data Structures"


def test_outcomes_numbered_with_their_codes_need_no_heading(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>СЕРТИФІКАТ</h1><p>про проходження курсу</p><h2>«Комп'ютерні мережі»</h2>"
        "<p>Програма курсу спрямована на:</p><p>РН1. Налаштовувати маршрутизацію в локальних мережах.</p>"
        "<p>РН2. Діагностувати несправності мережевого обладнання.</p><p>Обсяг: 2 кредити ЄКТС</p>"
        "<p>Дата: 01.07.2025</p>",
    )
    assert rec.value("learning_outcomes") == ["Налаштовувати маршрутизацію в локальних мережах.",
                                              "Діагностувати несправності мережевого обладнання."]


def test_a_disclaimer_is_neither_the_awarding_body_nor_a_grade(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>Statement of Accomplishment</h1><p>July 1, 2025</p><p>Taras Hnatiuk</p>"
        "<p>has successfully completed the \"Compilers\" course with a grade of 88%.</p>"
        "<p>In this course the student learned to:</p><ul><li>write a lexer and a parser;</li>"
        "<li>generate code for a stack machine.</li></ul>"
        "<p>Please note: this statement does not confer Example University credit.</p>",
    )
    assert rec.value("grade") == "with a grade of 88%"
    assert rec.value("awarding_body") is None
    assert rec.value("learning_outcomes") == ["write a lexer and a parser", "generate code for a stack machine."]


def test_a_place_and_date_after_an_institutions_name_are_not_part_of_it(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>ZAŚWIADCZENIE</h1><p>Niniejszym zaświadcza się, że</p><p>Roman Kuzmenko</p>"
        "<p>ukończył kurs „Bazy danych SQL”</p><p>Wymiar: 30 godzin</p>"
        "<p>Politechnika Gdańska, Gdańsk, 12.05.2025</p>",
    )
    assert rec.value("awarding_body") == "Politechnika Gdańska"  # its town is no part of its name either
    assert rec.value("issued_on") == "2025-05-12"


def test_outcomes_under_the_national_frameworks_headings(tmp_path: Path) -> None:
    # Knowledge, skills, communication, autonomy and responsibility: the descriptors of the Ukrainian NQF
    rec = inspect_html(
        tmp_path,
        "<h1>СЕРТИФІКАТ</h1><p>Слухач: Остапенко Ганна Юріївна</p><p>Програма: «Тестування мобільних застосунків»</p>"
        "<p>Знання:</p><ul><li>особливості мобільних платформ;</li></ul>"
        "<p>Уміння:</p><ul><li>складати тест-плани;</li><li>запускати автоматизовані тести на емуляторах.</li></ul>"
        "<p>Автономія та відповідальність:</p><ul><li>самостійно планувати тестування релізу.</li></ul>"
        "<p>Дата видачі: 01.11.2024</p>",
    )
    assert rec.value("learning_outcomes") == ["особливості мобільних платформ", "складати тест-плани",
                                              "запускати автоматизовані тести на емуляторах.",
                                              "самостійно планувати тестування релізу."]
    assert rec.value("assessment_type") is None  # "тестування" in the course's name is not how it was assessed


def test_competences_listed_with_commas_and_the_school_after_the_course(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h2>CERTIFICATE</h2><p>Oleksii Marchuk</p>"
        "<p>completed the UX Research Bootcamp (10 weeks, 300 hours) at Example Design Academy.</p>"
        "<p>Competencies: planning user interviews, usability testing, affinity mapping, writing research reports</p>"
        "<p>Lviv, Ukraine — 3 March 2025</p>",
    )
    assert rec.value("title") == "UX Research Bootcamp"
    assert rec.value("awarding_body") == "Example Design Academy"
    assert rec.value("learning_outcomes") == ["planning user interviews", "usability testing", "affinity mapping",
                                              "writing research reports"]


def test_a_ukrainian_full_name_alone_on_its_line(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>СЕРТИФІКАТ УЧАСНИКА</h1><p>«Цифрова безпека для вчителів»</p><p>Мельничук Віктор Андрійович</p>"
        "<p>4 години</p><p>12 квітня 2025 року</p>",
    )
    assert rec.value("learner_name") == "Мельничук Віктор Андрійович"


def test_learner_course_and_date_in_one_sentence(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>Certificate</h1><p>This certificate is awarded to Pavlo Hnatenko for successfully completing "
        "Time Series Forecasting on 2 September 2025.</p><p>Example Analytics School</p>",
    )
    assert rec.value("learner_name") == "Pavlo Hnatenko"
    assert rec.value("title") == "Time Series Forecasting"
    assert rec.value("issued_on") == "2025-09-02"


def test_dates_year_first_with_dots_and_a_two_digit_year_after_a_label(tmp_path: Path) -> None:
    from app.importers.credentials.pdf import _find_date

    assert _find_date("Київ\n2025.06.14") == "2025-06-14"
    assert _find_date("Issued 03/07/25 · 16 hours") == "2025-07-03"
    assert _find_date("Version 1.2.25 of the syllabus") is None  # no label: a two-digit year is not a date


def test_skills_after_a_bare_skills_label(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>CERTIFICATE OF ACHIEVEMENT</h1><p>presented to</p><h2>Iryna Lozynska</h2>"
        "<p>has been awarded this certificate for the completion of</p><h2>Spreadsheet Modelling</h2>"
        "<p>Skills: scenario analysis; sensitivity tables; goal seek and solver</p><p>Issued 2025-04-04</p>",
    )
    assert rec.value("learning_outcomes") == ["scenario analysis", "sensitivity tables", "goal seek and solver"]
    assert rec.value("title") == "Spreadsheet Modelling"


def test_the_name_after_an_examination_for_and_a_body_that_certifies(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h2>Professional Certificate</h2><p>Example Data Academy certifies that</p><p>Marko Shevchuk</p>"
        "<p>has passed the proctored examination for</p><p>Data Engineer – Associate</p>"
        "<p>Certification date: 2025-01-20 · Expiration date: 2028-01-20</p>",
    )
    assert rec.value("title") == "Data Engineer – Associate"
    assert rec.value("awarding_body") == "Example Data Academy"
    assert rec.value("issued_on") == "2025-01-20"


def test_a_ukrainian_forms_captions_name_the_fields_above_them(tmp_path: Path) -> None:
    # The official form of a professional development certificate: each filled field has its caption below it
    rec = inspect_html(
        tmp_path,
        "<h1>СВІДОЦТВО</h1><p>про підвищення кваліфікації</p><p>ПК 00000001/000001-25</p>"
        "<p>Гаврилюк Остап Романович</p><p>(прізвище, ім'я, по батькові)</p><p>пройшов підвищення кваліфікації</p>"
        "<p>у Вінницькому національному технічному університеті</p><p>(найменування закладу)</p>"
        "<p>за програмою «Хмарні технології в навчанні»</p><p>в обсязі 30 годин (1 кредит ЄКТС)</p>"
        "<p>Дата видачі 10 квітня 2025 р.</p>",
    )
    assert rec.value("learner_name") == "Гаврилюк Остап Романович"
    assert rec.value("awarding_body") == "Вінницькому національному технічному університеті"
    assert rec.value("title") == "Хмарні технології в навчанні"
    assert rec.value("issued_on") == "2025-04-10"


def test_competences_announced_after_during_the_course(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>СЕРТИФІКАТ № 0001</h1><p>виданий Гнатюк Олені Петрівні, яка успішно пройшла навчання за програмою "
        "«Основи статистики» в обсязі 30 годин.</p><p>Під час навчання слухачка набула таких компетентностей: "
        "обчислювати описові статистики; перевіряти статистичні гіпотези; будувати довірчі інтервали.</p>"
        "<p>Директор ІТ-академії «Приклад» ____________ О. П. Бондар</p><p>м. Київ, 30.05.2025</p>",
    )
    assert rec.value("learning_outcomes") == ["обчислювати описові статистики", "перевіряти статистичні гіпотези",
                                              "будувати довірчі інтервали."]
    assert rec.value("awarding_body") == "ІТ-академії «Приклад»"


def test_a_quality_assurance_sentence_wrapped_over_two_lines(tmp_path: Path) -> None:
    rec = inspect_html(
        tmp_path,
        "<h1>СЕРТИФІКАТ</h1><p>Цим засвідчується, що Литвин Олег Ігорович успішно завершив курс «Вебдизайн»</p>"
        "<p>Програма курсу акредитована Національним агентством із забезпечення якості вищої освіти України "
        "відповідно до чинного законодавства</p><p>Дата видачі: 20.12.2024</p>",
    )
    assert rec.value("quality_assurance").endswith("відповідно до чинного законодавства")
