"""Ukrainian certificates name their holder in a grammatical case ("Свідоцтво видано Петренку Івану Івановичу"):
read so, and compared with the applicant's name in that case, never a false "names differ"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers.credentials.learner import compare_names
from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("on_paper", "applicant"),
    [("Петренку Івану Івановичу", "Петренко Іван Іванович"), ("Коваль Марії Петрівні", "Коваль Марія Петрівна"),
     ("Шевченку Тарасу", "Шевченко Тарас Григорович"), ("Івану Петренку", "Іван Петренко"),
     ("Петренка Івана", "Петренко Іван"), ("Українці Лесі", "Українка Леся")],
)
def test_a_name_in_another_case_is_the_same_name(on_paper: str, applicant: str) -> None:
    status, _detail = compare_names(on_paper, applicant)
    assert status == "match"


@pytest.mark.parametrize(
    ("on_paper", "applicant"),
    [("Петренку Івану", "Сидоренко Іван"), ("Коваль Марії", "Коваленко Марія"), ("Шевченку Тарасу", "Шевчук Тарас")],
)
def test_another_person_in_the_dative_is_still_another_person(on_paper: str, applicant: str) -> None:
    assert compare_names(on_paper, applicant)[0] != "match"


def test_the_holder_named_on_the_issuing_line(tmp_path: Path) -> None:
    html = ("<h1>СВІДОЦТВО</h1><p>про підвищення кваліфікації</p><p>Видано Петренку Івану Івановичу</p>"
            "<p>про те, що він пройшов навчання за програмою «Кібербезпека для бізнесу»</p>"
            "<p>Обсяг: 2 кредити ЄКТС (60 годин)</p><p>Дата видачі: 01.06.2024</p>")
    rec = inspect_html(tmp_path, html, "svidotstvo.pdf")
    assert rec.value("learner_name") == "Петренку Івану Івановичу"


def test_an_issuing_body_is_not_the_holder(tmp_path: Path) -> None:
    html = ("<h1>СЕРТИФІКАТ</h1><p>Видано Київським Національним Університетом</p><p>Шевченко Тарас</p>"
            "<p>успішно завершив курс «Бази даних»</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == "Шевченко Тарас"


def test_the_institution_named_inside_a_sentence(tmp_path: Path) -> None:
    html = ("<h1>СЕРТИФІКАТ</h1><p>про підвищення кваліфікації</p><p>Видано Коваль Марії Петрівні</p>"
            "<p>про те, що вона пройшла навчання за програмою «Цифрові інструменти в освіті» в обсязі 30 годин "
            "(1 кредит ЄКТС) у Національному університеті «Львівська політехніка»</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("awarding_body") == "Національному університеті «Львівська політехніка»"
    assert rec.value("title") == "Цифрові інструменти в освіті"


@pytest.mark.parametrize("place", ["Москва, Россия", "Видано в Російській Федерації", "Минск, Республика Беларусь"])
def test_a_certificate_from_an_excluded_country_is_blocked_by_the_rules(tmp_path: Path, place: str) -> None:
    """The country is read in the forms such certificates write it, so that the profile's exclusion binds (the
    default profile excludes RU; this one BY as well)."""
    from app.domain.policy_rules import PolicyRules
    from app.matching.policy import evidence_reasons
    from app.services.matching import credential_from_record

    html = (f"<h1>СЕРТИФИКАТ</h1><p>Иванов Иван</p><p>успешно завершил курс</p><p>«Базы данных»</p><p>{place}</p>"
            "<p>Дата: 01.06.2024</p>")
    rec = inspect_html(tmp_path, html)
    credential = credential_from_record(rec)
    rules = PolicyRules(excluded_issuer_countries=("RU", "BY"))
    codes = {r.code: r.severity for r in evidence_reasons(credential.facts, rules)}
    assert codes.get("issuer_country_excluded") == "blocking", codes


def test_the_country_in_the_locative(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, "<h1>СЕРТИФІКАТ</h1><p>Шевченко Тарас</p><p>успішно завершив курс «Бази даних»</p>"
                              "<p>Видано в Україні, 2025</p>")
    assert rec.value("issuer_country") == "Ukraine (UKR)"


def test_a_country_that_is_a_course_subject_is_not_where_it_was_issued(tmp_path: Path) -> None:
    # A Ukrainian course on countering Russia's aggression: Russia named in a sentence is not the issuing country.
    rec = inspect_html(tmp_path, "<h1>СЕРТИФІКАТ</h1><p>Шевченко Тарас</p><p>успішно завершив курс «Інформаційна "
                              "безпека»</p><p>Протидія агресії Росії в інформаційному просторі: аналіз наративів у "
                              "соціальних мережах та медіа</p><p>Київ, 2025</p>")
    assert rec.value("issuer_country") is None


@pytest.mark.parametrize(
    ("sentence", "named"),
    [("Програму «Основи Linux» успішно завершено Коваленком Андрієм Петровичем 12 березня 2026 року.",
      "Коваленком Андрієм Петровичем"),
     ("Підтверджуємо, що курс «Вступ до SQL» обсягом 30 годин прослухано\nМарією Остапчук у квітні 2026 р.",
      "Марією Остапчук")],
    ids=["завершено", "прослухано"],
)
def test_the_holder_in_the_instrumental_after_a_passive_verb(tmp_path: Path, sentence: str, named: str) -> None:
    """"Курс … пройдено Мельником Богданом": the learner is the one by whom the course was done, and the name compares
    with the applicant's in the nominative."""
    html = "<h1>СВІДОЦТВО</h1><p>про неформальне навчання № 12/2026</p>" + "".join(
        f"<p>{line}</p>" for line in sentence.split("\n")) + "<p>Директорка центру Олена Гуменюк</p>"
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == named
    nominative = {"Коваленком Андрієм Петровичем": "Коваленко Андрій Петрович", "Марією Остапчук": "Марія Остапчук"}
    assert compare_names(named, nominative[named])[0] == "match"


def test_a_course_approved_by_an_organisation_names_no_holder(tmp_path: Path) -> None:
    html = ("<h1>СЕРТИФІКАТ</h1><p>Програму курсу «Бази даних» затверджено і виконано Науковим Центром Освіти.</p>"
            "<p>Шевченко Тарас</p><p>успішно завершив курс «Бази даних»</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == "Шевченко Тарас"


def test_the_holder_in_the_genitive_after_her_role_and_the_programme_not_the_centre(tmp_path: Path) -> None:
    """"Академічна довідка навчальних досягнень слухачки Бондар Олени Іванівни": the learner after her role, as
    written; the programme's name in quotes, not the centre's ("Центр неформальної освіти «…»")."""
    html = ("<p>ЗАХІДНИЙ УНІВЕРСИТЕТ</p><p>Центр неформальної освіти «Нова кафедра»</p>"
            "<p>АКАДЕМІЧНА ДОВІДКА навчальних досягнень слухачки Бондар Олени Іванівни</p>"
            "<p>за програмою «Статистика для аналітиків»</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == "Бондар Олени Іванівни"
    assert compare_names("Бондар Олени Іванівни", "Бондар Олена Іванівна")[0] == "match"
    assert rec.value("title") == "Статистика для аналітиків"


def test_a_centre_named_in_quotes_after_its_kind_is_no_course(tmp_path: Path) -> None:
    html = ("<p>СЕРТИФІКАТ</p><p>Центр неформальної освіти «Відкритий клас»</p><p>Шевченко Тарас</p>"
            "<p>успішно завершив навчання</p><p>Обсяг 30 годин</p>")
    assert inspect_html(tmp_path, html).value("title") != "Відкритий клас"
