"""The importer's verdicts, check names and learner comparisons reach the Ukrainian interface in Ukrainian; items
stored before the messages were kept show their English text as written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.importers.credentials import inspect_file
from app.importers.credentials.learner import match_learner
from app.services.decisions import original_grade_text
from app.services.evidence_texts import check_name, stored_text
from app.translation import load_translator

from .conftest import fixture


def test_a_stored_verdict_keeps_its_message_and_reads_ukrainian() -> None:
    uk = load_translator("uk")
    rec = inspect_file(fixture("ob3/simple.json"))
    stored = rec.verification.to_json(messages=True)
    assert stored["message"] == rec.verification.message  # the record's English wording is unchanged
    verdict = uk.message(stored_text(stored, "message"))
    assert verdict and verdict != stored["message"]
    for check in stored["checks"]:
        assert uk.message(check_name(check["name"])) != check["name"], check["name"]
        assert uk.message(stored_text(check, "detail")) != check["detail"], check["detail"]


def test_the_learner_comparison_reads_ukrainian() -> None:
    uk = load_translator("uk")
    match = match_learner(["Taras Shevchenko"], [], ["Шевченко Тарас Григорович"]).to_json(messages=True)
    assert match["detail"].endswith("same name (one side adds a patronymic or middle name)")
    shown = uk.message(stored_text(match, "detail"))
    assert "same name" not in shown and "по батькові" in shown


def test_an_old_record_shows_its_english_text_as_written() -> None:
    old: dict[str, Any] = {"status": "verified", "message": "Signature verified offline.",
                           "checks": [{"name": "a check of a later version", "passed": True, "detail": "fine"}]}
    assert stored_text(old, "message") == "Signature verified offline."
    assert stored_text(old["checks"][0], "detail") == "fine"
    assert check_name("a check of a later version") == "a check of a later version"
    assert stored_text({"detail": "x", "detail_data": {"template": 5}}, "detail") == "x"  # damaged data
    assert stored_text(None, "message") == ""


def test_numbered_check_names_are_translated() -> None:
    uk = load_translator("uk")
    assert uk.message(check_name("signature 2")) == "підпис 2"
    assert uk.message(check_name("signature 2 coverage")) == "підпис 2: що охоплює"
    assert uk.message(check_name("jwt-iss")) == "поле JWT iss"


def test_the_original_grade_reads_in_the_interface_language() -> None:
    uk, en = load_translator("uk"), load_translator("en")
    assert original_grade_text("92%", "percent", en) == "92% (percent)"
    assert original_grade_text("18.5/20", "points out of 20", uk) == "18,5/20 (" + uk(
        "Report values", "points out of {max}").format(max="20") + ")"
    assert "percent" not in original_grade_text("92%", "percent", uk)
    assert original_grade_text("", "", uk) == ""
    assert original_grade_text("зараховано", "", uk) == "зараховано"


FIXTURES = sorted(p for p in fixture(".").glob("*/*") if p.is_file() and p.suffix != ".md")


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_verdict_and_check_is_a_translatable_message(path: Path) -> None:
    """Whatever the format, the stored verdict and each check's detail carry their message, and each check's name
    is one the interface translates: nothing of the verification reaches the Ukrainian screen in English."""
    uk = load_translator("uk")
    rec = inspect_file(path)
    if rec.error:
        return  # an unreadable file is reported by its import error, not by a verdict
    stored = rec.verification.to_json(messages=True)
    json.dumps(stored)  # stored as JSON on the evidence item
    assert "message_data" in stored, stored["message"]
    for check in stored["checks"]:
        assert "detail_data" in check, (check["name"], check["detail"])
        assert uk.message(check_name(check["name"])) != check["name"], check["name"]
