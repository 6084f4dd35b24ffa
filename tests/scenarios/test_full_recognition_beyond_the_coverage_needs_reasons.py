"""Rule: recognition in full needs the component's outcomes covered as far as the profile asks (by the pairs and the
commission's judgements of them). The commission may decide otherwise, but then in its own words: the guard refuses
a recognition in full beyond the coverage without them (the proposal's texts, which the form starts from, are not
the commission's reasons), nothing is saved, and the protocol prints the words given. The officer gets out by giving
the reasons, or by judging the outcome pairs, which moves the coverage and the proposal."""

from __future__ import annotations

from typing import Any

import pytest

from app.db import Database
from app.errors import UserError
from app.reports.papers import protocol_paper
from app.reports.pdf_document import Table
from app.services import decisions, protocols, reports
from app.services.decisions import DecisionInput
from app.services.protocols import ProtocolInput
from tests.scenarios.conftest import move, to_assessment


def _full(reasons: str = "") -> DecisionInput:
    return DecisionInput("full", grade_100=90, grade_ects="A", grade_national="5 (відмінно)", reasons=reasons)


def _partly_covered(db: Database, case_id: int) -> decisions.LineRow:
    (line,) = to_assessment(db, case_id, ("ВК2",))
    assert line.proposal == "partial" and line.coverage_pct is not None and line.coverage_pct < 100
    return line


def test_full_beyond_the_coverage_without_reasons_is_refused_and_nothing_saved(
        demo_db: Database, sql_case: int) -> None:
    line = _partly_covered(demo_db, sql_case)
    with pytest.raises(UserError, match=r"ВК2 .*only \d of the component's 3 outcomes are covered"):
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, _full())
    # The proposal's own texts, which the form starts from, are not the commission's reasons.
    suggested = decisions.suggested_decision(demo_db, line.id, "uk")
    assert suggested is not None and suggested.reasons
    with pytest.raises(UserError, match="commission's own reasons"):
        decisions.save_decision(demo_db, "officer", line.id, line.row_version,
                                _full(suggested.reasons))
    after = decisions.get_line(demo_db, line.id)
    assert after.decision is None and after.row_version == line.row_version


def test_the_commissions_own_reasons_let_it_decide_and_reach_the_protocol(demo_db: Database, sql_case: int) -> None:
    line = _partly_covered(demo_db, sql_case)
    words = "практичне завдання з візуалізації виконано на співбесіді"
    suggested = decisions.suggested_decision(demo_db, line.id, "uk")
    assert suggested is not None
    decisions.save_decision(demo_db, "officer", line.id, line.row_version,
                            _full(f"{suggested.reasons}; {words}"))
    assert decisions.get_line(demo_db, line.id).decision == "full"
    move(demo_db, sql_case, "decided")
    protocols.sign_protocol(demo_db, "chair", protocols.generate_protocol(demo_db, "s", sql_case, ProtocolInput()))
    rows = " ".join(row for block in protocol_paper(reports.protocol_data(demo_db, "RD-TEST-001"), "uk").blocks
                    if isinstance(block, Table) for row in block.rows)
    assert f"висновок комісії: {words}" in rows


def test_judging_the_pairs_moves_the_coverage_and_lets_full_pass(demo_db: Database, sql_case: int) -> None:
    line = _partly_covered(demo_db, sql_case)
    version = line.row_version
    for pair in line.mappings:
        version = decisions.judge_pair(demo_db, "officer", pair.id, "covered", "перевірено за оригіналом",
                                       version).row_version
    judged = decisions.get_line(demo_db, line.id)
    assert judged.coverage_pct == 100 and judged.proposal == "recognise"
    decisions.save_decision(demo_db, "officer", line.id, judged.row_version, _full())
    assert decisions.get_line(demo_db, line.id).decision == "full"


def test_a_partial_or_negative_decision_is_not_held_to_it(demo_db: Database, sql_case: int) -> None:
    line = _partly_covered(demo_db, sql_case)
    saved = decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput(
        "partial", credits_recognised=2.7, partial_scope="модулі 1–2", reasons="за документом", grade_100=90))
    decisions.save_decision(demo_db, "officer", line.id, saved.row_version, DecisionInput("none", reasons="ні"))
    assert decisions.get_line(demo_db, line.id).decision == "none"


def test_the_form_says_why_and_saves_once_the_reasons_are_given(qtbot: Any, demo_db: Database, sql_case: int) -> None:
    from tests.cases.test_gui_procedure import _ask_for_full, _bundle, _open, _settle, _window

    line = _partly_covered(demo_db, sql_case)
    window, wf, script = _window(qtbot, demo_db)
    _open(qtbot, window, wf, sql_case)
    _ask_for_full(wf, "ВК2")
    editor = wf.components_tab.editor
    _settle(qtbot, window, wf, lambda: len(script.warnings) == 1)
    assert "ВК2" in script.warnings[0] and "\n" not in script.warnings[0].strip()
    assert decisions.get_line(demo_db, line.id).decision is None
    editor.reasons.setPlainText("практичне завдання з візуалізації виконано на співбесіді")
    editor.save_button.click()
    _settle(qtbot, window, wf, lambda: _bundle(wf).lines[0].decision == "full")
    assert len(script.warnings) == 1
    window.ctx.runner.wait()
