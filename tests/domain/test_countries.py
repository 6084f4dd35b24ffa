"""Countries are compared as ISO 3166-1 codes, whatever language or form a credential writes them in."""

import pytest

from app.domain.countries import country_code, country_term, is_excluded, normalise_country
from app.domain.country_names import NAMES
from app.translation import load_translator


@pytest.mark.parametrize("text", [
    "RU", "ru", "RUS", "Russia", "Russian Federation", "Country: Russian Federation", "Країна: Росія", "Росія",
    "РФ", "Російська Федерація", "Российская Федерация", "Россия", "Moscow, Russia", "Russian Federation (RUS)",
])
def test_every_form_of_russia_is_ru(text: str) -> None:
    assert country_code(text) == "RU"


@pytest.mark.parametrize(("text", "code"), [
    ("Ukraine (UKR)", "UA"), ("Україна", "UA"), ("Kyiv, Ukraine", "UA"), ("IE", "IE"), ("Ireland", "IE"),
    ("Ірландія", "IE"), ("Беларусь", "BY"), ("Білорусь", "BY"), ("Республіка Білорусь", "BY"), ("UK", "GB"),
    ("United Kingdom", "GB"), ("Велика Британія", "GB"), ("USA", "US"), ("США", "US"), ("Deutschland", "DE"),
    ("Federal Republic of Germany", "DE"), ("Polska", "PL"), ("Республіка Молдова", "MD"), ("Korea, Republic of", "KR"),
])
def test_names_in_many_languages(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["", "   ", None, "Nowhere land", "XX", "Online", "Coursera Inc."])
def test_unknown_text_names_no_country(text: str | None) -> None:
    assert country_code(text) is None
    assert not normalise_country(text).recognised


def test_original_text_is_kept() -> None:
    country = normalise_country("  Країна: Росія ")
    assert country.original == "Країна: Росія"
    assert country.code == "RU"


def test_exclusions_may_be_written_as_names() -> None:
    assert is_excluded("RU", ("RU",))
    assert is_excluded("RU", ("Росія",))
    assert is_excluded("BY", ("RU", "Belarus"))
    assert not is_excluded("UA", ("RU", "BY"))
    assert not is_excluded(None, ("RU",))


def test_country_names_for_papers_come_from_the_one_catalogue() -> None:
    uk, en = load_translator("uk"), load_translator("en")
    assert uk.message(country_term("RU")) == "Російська Федерація"
    assert uk.message(country_term("kz")) == "Казахстан"
    assert en.message(country_term("IE")) == "Ireland"
    assert en.message(country_term("IR")) == "Iran"  # the common name, not ISO's inverted one
    assert country_term("ZZ") == "ZZ"  # an unknown code stays as it is


def test_every_country_the_reader_can_name_has_a_ukrainian_name() -> None:
    uk = load_translator("uk")
    readable = {code for code in NAMES if country_code(code) == code}
    assert len(readable) >= 249
    untranslated = [code for code, name in NAMES.items() if not uk.has("Countries", name)]
    assert untranslated == []
    assert all(not any("a" <= ch <= "z" for ch in uk.message(country_term(code)).lower()) for code in NAMES)


