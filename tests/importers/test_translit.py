"""Official Ukrainian transliteration (CMU Resolution No. 55 of 2010) in every letter case."""

from __future__ import annotations

import pytest

from app.domain.translit import name_key, transliterate


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("ЄВГЕН ШЕВЧЕНКО", "YEVHEN SHEVCHENKO"),
        ("Євген Шевченко", "Yevhen Shevchenko"),
        ("євген шевченко", "yevhen shevchenko"),
        ("ЮЛІЯ ЩУКА", "YULIIA SHCHUKA"),
        ("Юлія Щука", "Yuliia Shchuka"),
        ("ЗГУРСЬКИЙ", "ZGHURSKYI"),
        ("Згурський", "Zghurskyi"),
        ("МАР'ЯНА", "MARIANA"),
        ("ЇЖАКЕВИЧ", "YIZHAKEVYCH"),
        ("Яна", "Yana"),
        ("ЯНА", "YANA"),
        ("ХАРКІВ", "KHARKIV"),
        ("Ірина Чорна", "Iryna Chorna"),
    ],
)
def test_transliteration(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == latin


def test_capitals_and_mixed_case_give_the_same_name_key() -> None:
    assert name_key("ЄВГЕН ШЕВЧЕНКО") == name_key("Yevhen Shevchenko") == name_key("Шевченко Євген")
