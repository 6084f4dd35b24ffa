"""Rule: the hours of a credential back one recognition, not two. A course of 150 hours that a committee counted for
Бази даних (150 h) in full has no hours left for Веброзробка (120 h): under the hard workload rule Веброзробка cannot
be recognised in full on it, under the proportional rule it gets the credits of the hours left, and under the
warning rule the proposal and the protocol say so. The decisions made earlier keep the hours they took. Ways out:
a credential with hours enough for both, a partial recognition within the rule, or the earlier decision changed."""

from __future__ import annotations

from typing import Any

import pytest

from app.db import Database
from app.errors import UserError
from app.reports.decision_record import decision_record, validate
from app.reports.papers import protocol_paper
from app.reports.pdf_document import Table
from app.services import decisions, protocols, reports
from app.services.decisions import DecisionInput
from app.services.protocols import ProtocolInput
from tests.scenarios.conftest import move, set_evidence, set_rules, to_assessment

SQL = "Relational Databases and SQL"
REASONS = "підтверджено співбесідою"


def _lines(db: Database, case_id: int) -> dict[str, decisions.LineRow]:
    return {x.component_code: x for x in to_assessment(db, case_id, ("ОК5", "ВК1"))}


def _line(db: Database, line: decisions.LineRow) -> decisions.LineRow:
    return decisions.get_line(db, line.id)


def _full(evidence: int) -> DecisionInput:
    return DecisionInput("full", grade_100=85, grade_ects="B", grade_national="4 (добре)", reasons=REASONS,
                         evidence_ids=[evidence])


def _partial(credits: float, evidence: int) -> DecisionInput:
    return DecisionInput("partial", credits_recognised=credits, partial_scope="модуль 1", grade_100=85,
                         grade_ects="B", grade_national="4 (добре)", reasons=REASONS, evidence_ids=[evidence])


def _save(db: Database, line: decisions.LineRow, data: DecisionInput) -> None:
    now = _line(db, line)
    decisions.save_decision(db, "officer", now.id, now.row_version, data)


def _protocol_rows(db: Database, case_id: int) -> dict[str, str]:
    move(db, case_id, "decided")
    protocols.sign_protocol(db, "chair", protocols.generate_protocol(db, "s", case_id, ProtocolInput()))
    paper = protocol_paper(reports.protocol_data(db, "RD-TEST-001"), "uk")
    rows = [row for block in paper.blocks if isinstance(block, Table) for row in block.rows]
    return {code: " ".join(str(r) for r in rows if f"<td>{code} «" in str(r)) for code in ("ОК5", "ВК1")}


def test_hours_taken_by_an_earlier_recognition_do_not_count_again_under_the_hard_rule(
        demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="hard")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=150, workload_ects=5)
    lines = _lines(demo_db, sql_case)
    _save(demo_db, lines["ОК5"], _full(sql))  # 150 h of 150: all the course's hours
    before = _line(demo_db, lines["ВК1"])
    # The line's proposal, as the officer sees it, already counts the hours ОК5 took (and the credits it used).
    shown = {str(r.get("code")): r for r in before.proposal_reasons}
    assert before.proposal != "recognise" and shown["workload_elsewhere"]["params"]["hours"] == 150
    assert shown["cap"]["params"]["used"] == 5
    with pytest.raises(UserError, match=r"ВК1 Веброзробка: the profile's workload rule allows no recognition in full "
                                        r".*0 h vs 120 h.*150 h of the credentials already back other recognitions "
                                        r"\(ОК5 «Бази даних»\); 0 h are left"):
        _save(demo_db, lines["ВК1"], _full(sql))
    after = _line(demo_db, lines["ВК1"])
    assert after.decision is None and after.row_version == before.row_version
    # The proposal the form starts from says it too, and proposes no recognition in full.
    suggested = decisions.suggested_decision(demo_db, lines["ВК1"].id)
    assert suggested is None or suggested.decision != "full"
    # Way out: a partial recognition (the hard rule stops only recognition in full); the paper says why.
    _save(demo_db, lines["ВК1"], _partial(1.0, sql))
    rows = _protocol_rows(demo_db, sql_case)
    assert "150 год документів уже зараховано для інших визнань (ОК5 «Бази даних»); для цього компонента " \
           "лишається 0 год" in rows["ВК1"]
    # The earlier decision keeps its hours: nothing of the kind beside it.
    assert "уже зараховано" not in rows["ОК5"]
    # The decision record says it as the protocol does.
    record = decision_record(reports.protocol_data(demo_db, "RD-TEST-001"))
    validate(record)
    by_code = {c["code"]: c for c in record["components"]}
    assert by_code["ВК1"]["hours_credited_elsewhere"] == {"hours": 150, "left": 0, "taken_by": ["ОК5 «Бази даних»"]}
    assert by_code["ОК5"]["hours_credited_elsewhere"] is None


def test_a_changed_earlier_decision_gives_the_hours_back(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="hard")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=150, workload_ects=5)
    lines = _lines(demo_db, sql_case)
    _save(demo_db, lines["ОК5"], _full(sql))
    with pytest.raises(UserError, match="already back other recognitions"):
        _save(demo_db, lines["ВК1"], _full(sql))
    _save(demo_db, lines["ОК5"], DecisionInput("none", reasons="результати не підтверджено"))
    _save(demo_db, lines["ВК1"], _full(sql))
    assert _line(demo_db, lines["ВК1"]).decision == "full"
    # ОК5 now comes after ВК1: recognising it in full again needs hours the course no longer has.
    with pytest.raises(UserError, match=r"ОК5 Бази даних: .*120 h of the credentials already back other "
                                        r"recognitions \(ВК1 «Веброзробка»\); 30 h are left"):
        _save(demo_db, lines["ОК5"], _full(sql))


def test_a_credential_with_hours_enough_for_both(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="hard")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=270, workload_ects=9)
    lines = _lines(demo_db, sql_case)
    _save(demo_db, lines["ОК5"], _full(sql))
    _save(demo_db, lines["ВК1"], _full(sql))  # 150 h + 120 h of 270 h
    assert _line(demo_db, lines["ВК1"]).decision == "full"
    # Re-saving the earlier decision (a grade corrected) keeps its place: the later one took only what was left.
    _save(demo_db, lines["ОК5"], DecisionInput("full", grade_100=90, grade_ects="A", grade_national="5 (відмінно)",
                                                reasons=REASONS, evidence_ids=[sql]))
    assert _line(demo_db, lines["ОК5"]).grade_ects == "A"


def test_the_proportional_rule_gives_the_credits_of_the_hours_left(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="proportional")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=150, workload_ects=5)
    lines = _lines(demo_db, sql_case)
    _save(demo_db, lines["ОК5"], _partial(3.0, sql))  # 3 of 5 credits: 90 of the component's 150 h
    with pytest.raises(UserError, match=r"ВК1 Веброзробка: the profile's workload rule gives at most 2 credits .*"
                                        r"60 h of 120 h.*90 h of the credentials already back"):
        _save(demo_db, lines["ВК1"], _full(sql))
    _save(demo_db, lines["ВК1"], _partial(2.0, sql))
    assert _line(demo_db, lines["ВК1"]).credits_recognised == 2.0


def test_under_the_warning_rule_the_proposal_and_the_paper_say_so(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="warning")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=150, workload_ects=5)
    lines = _lines(demo_db, sql_case)
    _save(demo_db, lines["ОК5"], _full(sql))
    _save(demo_db, lines["ВК1"], _full(sql))  # a warning: the commission may decide
    # The line's proposal worked out again (after a judgement of a pair) names the hours taken before it.
    line = _line(demo_db, lines["ВК1"])
    decisions.judge_pair(demo_db, "officer", line.mappings[0].id, "partly", "частково", line.row_version)
    reasons = {str(r.get("code")): r for r in _line(demo_db, lines["ВК1"]).proposal_reasons}
    assert reasons["workload_elsewhere"]["params"]["components"] == ["ОК5 «Бази даних»"]
    assert reasons["workload_short"]["params"]["hours"] == 0
    assert "лишається 0 год" in _protocol_rows(demo_db, sql_case)["ВК1"]


def test_the_same_file_in_another_case_of_the_student(demo_db: Database, sql_case: int) -> None:
    from tests.cases.conftest import SQL_COURSE_OUTCOMES, add_evidence, new_demo_case

    set_rules(demo_db, sql_case, workload_rule="hard")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=150, workload_ects=5)
    first = _lines(demo_db, sql_case)
    _save(demo_db, first["ОК5"], _full(sql))
    # A later application of the same student (the same student ID) brings the same certificate file again.
    later = new_demo_case(demo_db, "Іваненко Петро Олексійович", "KN-TEST-001", "RD-TEST-002")
    again = add_evidence(demo_db, later, SQL, "Open Data University", SQL_COURSE_OUTCOMES, hours=150, ects=5)
    with demo_db.write() as session:
        from app.models import EvidenceItem

        original, copy = session.get(EvidenceItem, sql), session.get(EvidenceItem, again)
        assert original is not None and copy is not None
        copy.sha256 = original.sha256
    lines = {x.component_code: x for x in to_assessment(demo_db, later, ("ВК1",))}
    with pytest.raises(UserError, match=r"ВК1 Веброзробка: .*150 h of the credentials already back other "
                                        r"recognitions \(ОК5 «Бази даних»\)"):
        _save(demo_db, lines["ВК1"], _full(again))
    _save(demo_db, lines["ВК1"], _partial(1.0, again))  # the way out the hard rule leaves
    assert _line(demo_db, lines["ВК1"]).decision == "partial"


def test_a_decision_saved_again_cannot_take_hours_a_later_one_holds(demo_db: Database, sql_case: int) -> None:
    set_rules(demo_db, sql_case, workload_rule="hard")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=210, workload_ects=7)
    lines = _lines(demo_db, sql_case)
    _save(demo_db, lines["ОК5"], _partial(3.0, sql))  # 90 h of the component's 150
    _save(demo_db, lines["ВК1"], _full(sql))  # 120 h: what was left
    with pytest.raises(UserError, match=r"ОК5 Бази даних: .*90 h vs 150 h.*120 h of the credentials already back "
                                        r"other recognitions \(ВК1 «Веброзробка»\); 90 h are left"):
        _save(demo_db, lines["ОК5"], _full(sql))
    assert _line(demo_db, lines["ОК5"]).decision == "partial"
    # Its own paper still reads as it was decided: ВК1 came after it.
    rows = _protocol_rows(demo_db, sql_case)
    assert "уже зараховано" not in rows["ОК5"]
    assert "90 год документів уже зараховано для інших визнань (ОК5 «Бази даних»); для цього компонента " \
           "лишається 120 год" in rows["ВК1"]


def test_the_form_refuses_in_one_line_and_saves_the_partial_way_out(qtbot: Any, demo_db: Database,
                                                                     sql_case: int) -> None:
    from tests.cases.test_gui_procedure import _ask_for_full, _bundle, _open, _settle, _window

    set_rules(demo_db, sql_case, workload_rule="hard")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=150, workload_ects=5)
    lines = _lines(demo_db, sql_case)
    _save(demo_db, lines["ОК5"], _full(sql))
    window, wf, script = _window(qtbot, demo_db)
    _open(qtbot, window, wf, sql_case)
    _ask_for_full(wf, "ВК1", REASONS)
    editor = wf.components_tab.editor
    _settle(qtbot, window, wf, lambda: len(script.warnings) == 1)
    warning = script.warnings[0]
    assert "ВК1" in warning and "ОК5 «Бази даних»" in warning and "\n" not in warning.strip()
    assert _line(demo_db, lines["ВК1"]).decision is None
    # The way out the message names: a partial recognition.
    editor.decision.setCurrentIndex(editor.decision.findData("partial"))
    editor.credits.setValue(1.0)
    editor.partial_scope.setText("модуль 1")
    editor.save_button.click()
    _settle(qtbot, window, wf, lambda: any(x.component_code == "ВК1" and x.decision == "partial"
                                           for x in _bundle(wf).lines))
    assert len(script.warnings) == 1
    window.ctx.runner.wait()


def test_the_case_report_shows_the_proposal_the_officer_sees(demo_db: Database, sql_case: int) -> None:
    """A line not decided yet is reported with its proposal as the rules give it now (the hours and credits a
    later-saved decision took since it was stored), as the decision view shows it; a decided line keeps its own."""
    set_rules(demo_db, sql_case, workload_rule="hard")
    sql = set_evidence(demo_db, sql_case, SQL, workload_hours=150, workload_ects=5)
    lines = _lines(demo_db, sql_case)
    stored_before = _line(demo_db, lines["ВК1"])
    _save(demo_db, lines["ОК5"], _full(sql))
    shown = _line(demo_db, lines["ВК1"])
    report = {d.component_code: d for d in reports.case_report_data(demo_db, "RD-TEST-001").decisions}
    assert report["ВК1"].proposal == shown.proposal
    assert report["ВК1"].coverage_pct == shown.coverage_pct
    codes = [str(getattr(r, "key", r)) for r in report["ВК1"].auto_reasons]
    assert any("already back other recognitions" in c for c in codes), codes
    assert stored_before.proposal_reasons != shown.proposal_reasons  # the report did not just read the stored row
    assert report["ОК5"].decision == "full"
