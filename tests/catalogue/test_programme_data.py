from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import programme as pd
from app.models import COMPONENT_TYPES, CONTROL_FORMS
from tests.catalogue.helpers import demo_dict, demo_programme, small_programme


def test_constants_agree_with_the_models() -> None:
    assert pd.COMPONENT_TYPES == COMPONENT_TYPES
    assert pd.CONTROL_FORMS == CONTROL_FORMS


@pytest.mark.parametrize(("raw", "expected"), [
    ("обов'язкова", "mandatory"), ("Обов’язкова", "mandatory"), ("ОБОВʼЯЗКОВА", "mandatory"),
    ("нормативна", "mandatory"), ("вибіркова", "elective"), ("за вибором", "elective"), ("Практика", "practice"),
    ("атестація", "attestation"), ("elective", "elective"), ("mandatory.", "mandatory"), ("факультатив", None),
    ("", None), (None, None),
])
def test_component_types(raw: str | None, expected: str | None) -> None:
    assert pd.normalize_type(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("екзамен", "exam"), ("Іспит", "exam"), ("залік", "pass"), ("диф. залік", "pass"),
    ("диференційований залік", "pass"), ("pass", "pass"), ("усно", None),
])
def test_control_forms(raw: str, expected: str | None) -> None:
    assert pd.normalize_control(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("2025/2026", "2025/2026"), ("2025-2026", "2025/2026"), ("2025/26", "2025/2026"), ("2025 – 2026 н.р.",
                                                                                      "2025/2026"),
    ("2025/2027", None), ("2025", None), ("26/27", None), (2025, None),
])
def test_academic_years(raw: object, expected: str | None) -> None:
    assert pd.normalize_academic_year(raw) == expected


def test_numbers_and_codes() -> None:
    assert pd.parse_number("5,5") == 5.5 and pd.parse_number(4) == 4.0 and pd.parse_number(" 3 ") == 3.0
    assert pd.parse_number("п'ять") is None and pd.parse_number(True) is None and pd.parse_number("nan") is None
    assert pd.code_key("ОК 1") == pd.code_key("OK-1") == pd.code_key("ок01") == "ОК1"
    assert pd.code_key("ПР 05") == pd.code_key("ПР5") and pd.code_key("ОК 1.1") == "ОК1.1"
    assert pd.tidy_code(" ОК 1 ") == "ОК1" and pd.tidy_code("ВК-3.") == "ВК3" and pd.tidy_code("ОК1.2") == "ОК1.2"
    assert pd.clean_text("a\x00b\u00a0 c\n d") == "a b c d"
    assert pd.clean_text("one\r\n  two ", multiline=True) == "one\ntwo"


@given(st.text(max_size=40))
def test_clean_text_is_idempotent(text: str) -> None:
    once = pd.clean_text(text)
    assert pd.clean_text(once) == once and "\n" not in once


def test_demo_dictionary_round_trip() -> None:
    data = demo_programme()
    source = demo_dict()
    for component in source["components"]:
        component["plo"] = sorted(component["plo"])  # written in the order of the outcomes list
    assert data.to_dict() == source
    assert pd.programme_from_dict(data.to_dict()).fingerprint() == data.fingerprint()


def test_check_programme_finds_whole_programme_errors() -> None:
    data = small_programme()
    assert [p for p in pd.check_programme(data) if p.is_error] == []
    data.components[1].code = "ок 1"  # same key as ОК1
    data.components[2].ects = 0
    data.components[0].type = "optional"
    data.academic_year = "2025"
    data.matrix.add(("ОК9", "ПР01"))
    messages = [p.message for p in pd.check_programme(data) if p.is_error]
    assert any("duplicate component code" in m for m in messages)
    assert any("ECTS must be a positive number" in m for m in messages)
    assert any("type 'optional'" in m for m in messages)
    assert any("academic year" in m for m in messages)
    assert any("component ОК9" in m for m in messages)


def test_fingerprint_changes_with_content_only() -> None:
    a, b = small_programme(), small_programme()
    b.components[0].id = 99
    assert a.fingerprint() == b.fingerprint()
    b.matrix.discard(("ВК1", "ПР01"))
    assert a.fingerprint() != b.fingerprint()
