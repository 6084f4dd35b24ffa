"""Rule: the assessment forms of the Cedefop list (declarative methods, observation/monitoring, simulation) can be
recorded and reach the protocol in its language."""

from __future__ import annotations

from datetime import date

import pytest

from app.db import Database
from app.reports.papers import assessment_form
from app.services import decisions, reports
from app.services.decisions import AssessmentData
from app.translation import load_translator
from tests.scenarios.conftest import move


@pytest.mark.parametrize(("form", "uk"), [("declarative", "самооцін"), ("observation", "спостереження"),
                                          ("simulation", "симуляці")])
def test_a_cedefop_form_is_recorded_and_named_in_the_protocol(demo_db: Database, sql_case: int, form: str,
                                                              uk: str) -> None:
    move(demo_db, sql_case, "documents_checked")
    decisions.add_assessment(demo_db, "officer", sql_case,
                             AssessmentData(form=form, held_on=date(2026, 9, 10), assessors="Лисенко М. А.",
                                            score=18, max_score=20))
    info = reports.protocol_data(demo_db, "RD-TEST-001").assessments
    assert [a.form for a in info] == [form]
    assert uk in assessment_form(load_translator("uk"), form).casefold()
    assert assessment_form(load_translator("en"), form) != assessment_form(load_translator("en"), "other")
