"""Ukrainian grammar of the papers: names in the cases a sentence needs, nouns after numbers, numbers, dates."""

from __future__ import annotations

from datetime import date

import pytest

from app.reports import grammar as g

# family name, given name, patronymic → genitive, dative (the order kept: family, given, patronymic)
NAMES = [
    ("Шевченко Тарас Григорович", "Шевченка Тараса Григоровича", "Шевченку Тарасу Григоровичу"),
    ("Коваленко Олена Петрівна", "Коваленко Олени Петрівни", "Коваленко Олені Петрівні"),  # -енко, female
    ("Мельник Юрій Іванович", "Мельника Юрія Івановича", "Мельнику Юрію Івановичу"),
    ("Бондаренко Ярослава Олегівна", "Бондаренко Ярослави Олегівни", "Бондаренко Ярославі Олегівні"),
    ("Ткаченко Андрій Сергійович", "Ткаченка Андрія Сергійовича", "Ткаченку Андрію Сергійовичу"),
    ("Гончар Василь Петрович", "Гончара Василя Петровича", "Гончару Василю Петровичу"),
    ("Кравець Ігор Ігорович", "Кравця Ігоря Ігоровича", "Кравцю Ігорю Ігоровичу"),  # the vowel drops
    ("Заєць Павло Павлович", "Зайця Павла Павловича", "Зайцю Павлу Павловичу"),
    ("Коваль Іван Іванович", "Коваля Івана Івановича", "Ковалю Івану Івановичу"),
    ("Коваль Ганна Іванівна", "Коваль Ганни Іванівни", "Коваль Ганні Іванівні"),  # a woman's consonant surname
    ("Шевчук Наталія Миколаївна", "Шевчук Наталії Миколаївни", "Шевчук Наталії Миколаївні"),
    ("Сковорода Григорій Савич", "Сковороди Григорія Савича", "Сковороді Григорію Савичу"),  # -а, male
    ("Гайдамака Оксана Петрівна", "Гайдамаки Оксани Петрівни", "Гайдамаці Оксані Петрівні"),
    ("Білий Петро Петрович", "Білого Петра Петровича", "Білому Петру Петровичу"),  # adjectival
    ("Біла Ольга Петрівна", "Білої Ольги Петрівни", "Білій Ользі Петрівні"),
    ("Гордієнко Ілля Ілліч", "Гордієнка Іллі Ілліча", "Гордієнку Іллі Іллічу"),
    ("Ґудзь Микола Олексійович", "Ґудзя Миколи Олексійовича", "Ґудзю Миколі Олексійовичу"),
    ("Квітка-Основ'яненко Григорій Федорович", "Квітки-Основ'яненка Григорія Федоровича",
     "Квітці-Основ'яненку Григорію Федоровичу"),  # double-barrelled
    ("Гете Йоганн", "Гете Йоганна", "Гете Йоганну"),  # a foreign surname in -е does not decline
    ("Верді Джузеппе", "Верді Джузеппе", "Верді Джузеппе"),
]


@pytest.mark.parametrize(("name", "genitive", "dative"), NAMES)
def test_names_take_the_case_the_sentence_needs(name: str, genitive: str, dative: str) -> None:
    assert g.inflect_name(name, "genitive") == genitive
    assert g.inflect_name(name, "dative") == dative
    assert g.inflect_name(name, "nominative") == name


@pytest.mark.parametrize("name", ["John Smith", "Шевченко Taras", "", "O'Brien Мирослава"])
def test_names_that_cannot_be_declined_are_kept(name: str) -> None:
    assert g.inflect_name(name, "genitive") == " ".join(name.split())


def test_gender_and_address() -> None:
    assert g.gender("Шевченко Тарас Григорович") == "masculine"
    assert g.gender("Коваленко Олена Петрівна") == "feminine"
    assert g.address("Шевченко Тарас Григорович") == "Шановний Тарасе Григоровичу!"
    assert g.address("Коваленко Олена Петрівна") == "Шановна Олено Петрівно!"
    assert g.by_gender("Коваленко Олена Петрівна", "заявив", "заявила", "заявив (-ла)") == "заявила"
    assert g.by_gender("John Smith", "заявив", "заявила", "заявив (-ла)") == "заявив (-ла)"


@pytest.mark.parametrize(("value", "unit", "text"), [
    (1, "credit", "1 кредит"), (2, "credit", "2 кредити"), (4, "credit", "4 кредити"), (5, "credit", "5 кредитів"),
    (11, "credit", "11 кредитів"), (12, "credit", "12 кредитів"), (21, "credit", "21 кредит"),
    (22, "credit", "22 кредити"), (25, "credit", "25 кредитів"), (111, "credit", "111 кредитів"),
    (1.3, "credit", "1,3 кредиту"), (2.5, "credit", "2,5 кредиту"), (7.7, "credit", "7,7 кредиту"),
    (5.0, "credit", "5 кредитів"), (0.5, "credit", "0,5 кредиту"), (0, "credit", "0 кредитів"),
    (1, "point", "1 бал"), (3, "point", "3 бали"), (17, "point", "17 балів"), (87.5, "point", "87,5 бала"),
    (1, "hour", "1 година"), (2, "hour", "2 години"), (60, "hour", "60 годин"), (1.5, "hour", "1,5 години"),
    (21, "hour", "21 година"), (10, "day", "10 днів"), (3, "day", "3 дні"),
])
def test_nouns_after_numbers(value: float, unit: str, text: str) -> None:
    assert g.quantity(value, unit, "uk") == text


def test_english_quantities_and_credits() -> None:
    assert g.quantity(1, "credit", "en") == "1 credit"
    assert g.quantity(1.5, "credit", "en") == "1.5 credits"
    assert g.credits(5, "en") == "5 ECTS credits"
    assert g.credits(1.3, "uk") == "1,3 кредиту ЄКТС"
    assert g.credits(7.7, "uk") == "7,7 кредиту ЄКТС"


def test_numbers_use_the_decimal_comma() -> None:
    assert g.number(7.7) == "7,7" and g.number(7.7, "en") == "7.7"
    assert g.number(5.0) == "5" and g.number(87.456) == "87,46" and g.number(None) == ""
    assert g.number(-0.001) == "0"


def test_dates() -> None:
    day = date(2026, 12, 1)
    assert g.date_numeric(day) == "01.12.2026"
    assert g.date_long(day) == "1 грудня 2026 р."
    assert g.date_long(date(2026, 3, 15)) == "15 березня 2026 р."
    assert g.date_long(day, "en") == "1 December 2026"
    assert g.date_numeric(None, blank="__") == "__"


def test_legal_acts_after_vidpovidno_do() -> None:
    assert g.genitive_phrase("наказ МОН від 08.02.2022 № 130") == "наказу МОН від 08.02.2022 № 130"
    assert g.genitive_phrase("Положення про визнання") == "Положення про визнання"
    assert g.genitive_phrase("Порядок визнання") == "Порядку визнання"
    assert g.genitive_phrase("Рішення вченої ради") == "Рішення вченої ради"
    assert g.genitive_phrases(["наказ МОН", "Положення університету"]) == "наказу МОН та Положення університету"


def test_signature_forms() -> None:
    assert g.short_name("Петренко Ірина Василівна") == "Ірина ПЕТРЕНКО"
    assert g.initials_name("Шевченко Тарас Григорович") == "Шевченко Т. Г."
