"""The procedure through the services: every state, the guards, freezing and versions, cap, appeal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from app.db import Database
from app.errors import ConflictError, UserError
from app.models import AuditEntry, CaseStatusChange, DecisionLine, EvidenceItem, Notification
from app.services import decisions, protocols, workflow
from app.services.decisions import DecisionInput
from app.services.protocols import AppealInput, NotificationInput, OrderInput, ProtocolInput
from app.services.workflow import TransitionRefused
from tests.cases.conftest import SQL_COURSE_OUTCOMES, component_id
from tests.scenarios.conftest import set_rules


def _version(db: Database, case_id: int) -> int:
    return workflow.workflow_state(db, case_id).row_version


def _move(db: Database, case_id: int, to: str, comment: str = "") -> None:
    workflow.transition(db, "officer", case_id, to, _version(db, case_id), comment)


def _to_assessment(db: Database, case_id: int, codes: tuple[str, ...] = ("ОК5", "ВК2"), match: bool = True
                   ) -> list[int]:
    _move(db, case_id, "documents_checked")
    decisions.request_components(db, "officer", case_id, [component_id(db, c) for c in codes])
    _move(db, case_id, "under_assessment")
    if match:
        decisions.run_matching(db, "officer", case_id)
    return [line.id for line in decisions.case_lines(db, case_id)]


def _decide_all(db: Database, case_id: int) -> None:
    for line in decisions.case_lines(db, case_id):
        if line.component_code == "ОК5":
            data = DecisionInput("full", grade_100=85, grade_national="4 (добре)", grade_ects="B",
                                 original_grade="85%", original_scale="percent", conversion_method="proportional")
        else:
            data = DecisionInput("partial", credits_recognised=2, partial_scope="Module 1: pandas (10 of 20 points)",
                                 points=10, max_points=20, reasons="Exploratory analysis is not covered.")
        decisions.save_decision(db, "officer", line.id, line.row_version, data)


def test_forbidden_moves_are_refused_with_a_reason(demo_db: Database, sql_case: int) -> None:
    with pytest.raises(TransitionRefused, match="cannot go from “registered” to “decided”"):
        _move(demo_db, sql_case, "decided")
    with pytest.raises(TransitionRefused, match="needs a comment"):
        _move(demo_db, sql_case, "closed")
    _move(demo_db, sql_case, "documents_checked")
    state = workflow.workflow_state(demo_db, sql_case)
    start = next(o for o in state.options if o.to_status == "under_assessment")
    assert not start.allowed and "no programme components are requested" in start.reason
    with pytest.raises(TransitionRefused, match="no programme components"):
        _move(demo_db, sql_case, "under_assessment")


def test_documents_check_needs_readable_evidence(demo_db: Database, sql_case: int) -> None:
    with demo_db.write() as session:
        session.add(EvidenceItem(case_id=sql_case, original_name="broken.pdf", sha256="0" * 64,
                                 verification_status="failed", import_error="no text layer"))
    with pytest.raises(TransitionRefused, match="1 evidence file"):
        _move(demo_db, sql_case, "documents_checked")


def test_full_procedure_with_history_audit_and_frozen_lines(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case)
    with db.read() as session:  # evidence is locked once assessment starts
        assert all(session.execute(select(EvidenceItem.locked).where(EvidenceItem.case_id == sql_case)).scalars())
    lines = decisions.case_lines(db, sql_case)
    db_line = next(x for x in lines if x.component_code == "ОК5")
    assert len(db_line.mappings) == 3 and all(m.credential_outcome for m in db_line.mappings)
    assert db_line.coverage_pct is not None and db_line.coverage_pct > 50 and db_line.proposal in ("recognise",
                                                                                                    "partial")
    assert [m.credential_outcome for m in db_line.mappings] == SQL_COURSE_OUTCOMES  # each its counterpart
    assert db_line.mappings[0].layer and db_line.mappings[0].score is not None
    with pytest.raises(TransitionRefused, match="no decision yet for ОК5, ВК2"):
        _move(db, sql_case, "decided")
    _decide_all(db, sql_case)
    _move(db, sql_case, "decided")
    with pytest.raises(TransitionRefused, match="done by its own action"):
        workflow.transition(db, "officer", sql_case, "protocol_signed", _version(db, sql_case))
    draft = protocols.generate_protocol(db, "secretary", sql_case, ProtocolInput(meeting_date=date.today()))
    assert draft.status == "draft" and draft.votes_for == 4 and len(draft.signatories) == 4
    assert draft.snapshot["total_credits"] == 7.0
    signed = protocols.sign_protocol(db, "chair", draft)
    assert signed.status == "signed"
    line = next(x for x in decisions.case_lines(db, sql_case) if x.component_code == "ОК5")
    assert line.frozen and line.protocol_id == signed.id
    with pytest.raises(TransitionRefused, match="“protocol signed”: changing a decision"):
        decisions.save_decision(db, "officer", line.id, line.row_version, DecisionInput("none", reasons="x"))
    with pytest.raises(UserError, match="full name of the person who signs it"):  # nobody named to sign it
        protocols.issue_order(db, "dean", sql_case, OrderInput("123-н", issued_by="Декан"), _version(db, sql_case))
    order = protocols.issue_order(db, "dean", sql_case, OrderInput("123-н", issued_by="Декан",
                                                                    signatory="Олійник Василь Миколайович"),
                                  _version(db, sql_case))
    assert "ОК5" in order.text
    with pytest.raises(TransitionRefused, match="record the notification"):  # the applicant's appeal window
        _move(db, sql_case, "closed")
    protocols.record_notification(db, "officer", sql_case, NotificationInput(date.today(), "in_person"),
                                  _version(db, sql_case))
    with pytest.raises(TransitionRefused, match="appeals are accepted until"):
        _move(db, sql_case, "closed")
    with db.write() as session:  # the applicant was notified eleven days ago: the window has passed
        session.execute(update(Notification).values(notified_on=date.today() - timedelta(days=11)))
    _move(db, sql_case, "closed")
    with db.read() as session:
        history = session.execute(select(CaseStatusChange.to_status, CaseStatusChange.actor)
                                  .where(CaseStatusChange.case_id == sql_case)
                                  .order_by(CaseStatusChange.id)).all()
        actions = session.execute(select(AuditEntry.action)).scalars().all()
    assert [h[0] for h in history] == ["registered", "documents_checked", "under_assessment", "decided",
                                       "protocol_signed", "order_issued", "closed"]
    assert ("protocol_signed", "chair") in history and ("order_issued", "dean") in history
    for action in ("case.transition", "decision_line.match", "decision_line.decide", "protocol.sign", "order.issue"):
        assert action in actions


def test_revision_after_signing_creates_a_new_version_and_a_new_protocol(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case)
    _decide_all(db, sql_case)
    _move(db, sql_case, "decided")
    first = protocols.sign_protocol(db, "chair", protocols.generate_protocol(db, "s", sql_case, ProtocolInput()))
    with pytest.raises(TransitionRefused, match="needs a comment"):
        _move(db, sql_case, "decided")
    _move(db, sql_case, "decided", "Typo in the grade of ОК5")
    old = next(x for x in decisions.case_lines(db, sql_case) if x.component_code == "ОК5")
    change = DecisionInput("full", grade_100=88, grade_national="4 (добре)", grade_ects="B", original_grade="88%")
    with pytest.raises(UserError, match="needs a reason"):
        decisions.save_decision(db, "officer", old.id, old.row_version, change)
    result = decisions.save_decision(db, "officer", old.id, old.row_version, change, change_reason="Grade typo")
    assert result.new_version and result.line_id != old.id
    history = decisions.line_history(db, result.line_id)
    assert [(v.line_version, v.is_current, v.grade_100) for v in history] == [(2, True, 88.0), (1, False, 85.0)]
    assert history[0].supersedes_id == old.id and history[0].change_reason == "Grade typo"
    assert len(history[0].mappings) == len(old.mappings)
    # The signed protocol is untouched: its snapshot still says 85.
    signed = protocols.case_protocols(db, sql_case).signed
    assert signed is not None and signed.id == first.id
    assert next(x for x in signed.snapshot["lines"] if x["component_code"] == "ОК5")["grade_100"] == 85
    with pytest.raises(UserError, match="needs a reason"):
        protocols.generate_protocol(db, "s", sql_case, ProtocolInput())
    second = protocols.generate_protocol(db, "s", sql_case, ProtocolInput(change_reason="Grade typo corrected"))
    assert second.version == 2 and second.supersedes_id == first.id and second.number != first.number
    protocols.sign_protocol(db, "chair", second)
    view = protocols.case_protocols(db, sql_case)
    assert [p.status for p in view.protocols] == ["signed", "signed"] and view.signed and view.signed.version == 2


def test_signing_refuses_a_stale_protocol(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case)
    _decide_all(db, sql_case)
    _move(db, sql_case, "decided")
    draft = protocols.generate_protocol(db, "s", sql_case, ProtocolInput())
    line = decisions.case_lines(db, sql_case)[0]
    decisions.save_decision(db, "officer", line.id, line.row_version,
                            DecisionInput("full", grade_100=90, grade_ects="A", grade_national="5 (відмінно)"))
    with pytest.raises(TransitionRefused, match="generate it again"):
        protocols.sign_protocol(db, "chair", draft)


def test_conflict_of_interest_and_votes(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case)
    _decide_all(db, sql_case)
    _move(db, sql_case, "decided")
    view = protocols.case_protocols(db, sql_case)
    assert view.commission is not None
    members = {m.role: m for m in view.commission.members}
    teacher = next(m for m in view.commission.members if m.role == "member")
    draft = protocols.generate_protocol(db, "s", sql_case, ProtocolInput(recused={teacher.id: "supervises the "
                                                                                 "applicant's project"}))
    assert draft.votes_for == 3 and teacher.full_name not in [s["name"] for s in draft.signatories]
    assert next(m for m in draft.snapshot["members"] if m["id"] == teacher.id)["conflict"]
    with pytest.raises(UserError, match="must add up to the 4"):
        protocols.generate_protocol(db, "s", sql_case, ProtocolInput(votes_for=2), expected_draft=draft)
    with pytest.raises(UserError, match="chair"):
        protocols.generate_protocol(db, "s", sql_case, ProtocolInput(recused={members["chair"].id: "relative"}),
                                    expected_draft=draft)
    rejected = protocols.generate_protocol(db, "s", sql_case, ProtocolInput(votes_for=1, votes_against=3),
                                           expected_draft=draft)
    with pytest.raises(TransitionRefused, match="not adopted"):
        protocols.sign_protocol(db, "chair", rejected)


def test_appeal_deadline_panel_and_outcome(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case)
    _decide_all(db, sql_case)
    _move(db, sql_case, "decided")
    protocols.sign_protocol(db, "chair", protocols.generate_protocol(db, "s", sql_case, ProtocolInput()))
    # The demo profile counts the appeal window from the applicant's notification: none yet, no window.
    assert "appeal_window" not in {d.name for d in workflow.case_deadlines(db, sql_case)}
    assert "record the notification" in protocols.case_protocols(db, sql_case).appeal_window_waiting
    protocols.record_notification(db, "officer", sql_case, NotificationInput(date.today(), "in_person"),
                                  _version(db, sql_case))
    deadlines = {d.name: d for d in workflow.case_deadlines(db, sql_case)}
    assert deadlines["appeal_window"].due == date.today() + timedelta(days=10)
    assert deadlines["order"].binding and not deadlines["appeal_window"].binding
    late = AppealInput(filed_on=date.today() + timedelta(days=1), grounds="x", panel="Проректор")
    with pytest.raises(UserError, match="future"):
        protocols.file_appeal(db, "officer", sql_case, late, _version(db, sql_case))
    result = protocols.file_appeal(db, "officer", sql_case, AppealInput(
        date.today(), "ВК2 should be recognised in full", "Петренко Ірина Василівна\nПроректор Коваль О. О."),
        _version(db, sql_case))
    assert result.appeal.within_deadline and result.warnings  # the chair also took the decision
    assert workflow.workflow_state(db, sql_case).status == "under_appeal"
    with pytest.raises(TransitionRefused, match="its own action"):
        workflow.transition(db, "x", sql_case, "decided", _version(db, sql_case))
    protocols.resolve_appeal(db, "panel", result.appeal.id, "granted", date.today(), "Module 2 was covered too",
                             _version(db, sql_case))
    assert workflow.workflow_state(db, sql_case).status == "decided"
    line = next(x for x in decisions.case_lines(db, sql_case) if x.component_code == "ВК2")
    granted = DecisionInput("full", grade_100=92, reasons="Module 2 was covered too (appeal granted)")
    decisions.save_decision(db, "officer", line.id, line.row_version, granted,
                            change_reason="Appeal granted")
    new = protocols.sign_protocol(db, "chair", protocols.generate_protocol(
        db, "s", sql_case, ProtocolInput(change_reason="Appeal granted")))
    appeal = protocols.case_protocols(db, sql_case).appeals[0]
    assert appeal.outcome == "granted" and appeal.new_protocol_id == new.id and new.version == 2


def test_late_appeal_needs_a_reason_and_rejection_restores_the_status(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case)
    _decide_all(db, sql_case)
    _move(db, sql_case, "decided")
    set_rules(db, sql_case, appeal_window_from="protocol")  # counted from the decision until a protocol is signed
    with db.write() as session:  # the decision was taken 20 days ago
        change = session.execute(select(CaseStatusChange).where(CaseStatusChange.case_id == sql_case,
                                                                CaseStatusChange.to_status == "decided")).scalar_one()
        change.at -= timedelta(days=20)
    appeal = AppealInput(date.today(), "Disagree", "Проректор Коваль О. О.")
    with pytest.raises(TransitionRefused, match="10 day\\(s\\) after the deadline"):
        protocols.file_appeal(db, "officer", sql_case, appeal, _version(db, sql_case))
    late = AppealInput(date.today(), "Disagree", "Проректор Коваль О. О.", late_reason="Applicant was in hospital")
    filed = protocols.file_appeal(db, "officer", sql_case, late, _version(db, sql_case)).appeal
    assert not filed.within_deadline and filed.deadline == date.today() - timedelta(days=10)
    assert workflow.case_deadlines(db, sql_case)[0].name == "appeal_decision"
    protocols.resolve_appeal(db, "panel", filed.id, "rejected", None, "No new facts", _version(db, sql_case))
    assert workflow.workflow_state(db, sql_case).status == "decided"


def test_cap_is_flagged_before_saving_and_needs_an_override(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    # An earlier case of the same student already used most of the cap.
    from app.services.cases import get_case_detail

    cap = decisions.case_cap(db, sql_case)
    assert cap.cap_credits is not None and cap.used_after == 0
    codes = ("ОК5", "ВК2", "ОК7", "ОК6", "ОК2", "ОК4", "ОК3", "ОК1", "ОК9", "ВК1", "ВК3")
    _to_assessment(db, sql_case, codes, match=False)
    limit = cap.cap_credits
    used = 0.0
    flagged = None
    for line in decisions.case_lines(db, sql_case):
        check = decisions.preview_cap(db, line.id, line.component_ects)
        assert check.used_before == pytest.approx(used)
        if check.exceeded:
            flagged = line
            break
        decisions.save_decision(db, "officer", line.id, line.row_version, DecisionInput("full"))
        used += line.component_ects
    assert flagged is not None and used + flagged.component_ects > limit
    with pytest.raises(decisions.CapExceeded, match="passes the cap") as info:
        decisions.save_decision(db, "officer", flagged.id, flagged.row_version, DecisionInput("full"))
    assert info.value.check.used_before == pytest.approx(used)
    assert decisions.get_line(db, flagged.id).decision is None  # nothing was saved
    saved = decisions.save_decision(db, "officer", flagged.id, flagged.row_version, DecisionInput("full"),
                                    cap_override_reason="Rector's permission No. 5")
    line = decisions.get_line(db, saved.line_id)
    assert line.cap_after == pytest.approx(used + flagged.component_ects) and "Rector's permission" in line.reasons
    assert get_case_detail(db, sql_case).student_id == "KN-TEST-001"


def test_cap_counts_the_students_earlier_cases(demo_db: Database, sql_case: int) -> None:
    from app.services.cases import ApplicantData, NewCase, get_case_detail, register_case

    db = demo_db
    _to_assessment(db, sql_case, ("ОК5",))
    line = decisions.case_lines(db, sql_case)[0]
    decisions.save_decision(db, "officer", line.id, line.row_version, DecisionInput("full"))
    detail = get_case_detail(db, sql_case)
    later = register_case(db, "officer", NewCase(
        applicant=ApplicantData(full_name="Іваненко Петро", student_id="KN-TEST-001"),
        programme_id=detail.programme_id, academic_year=detail.academic_year, reg_no="RD-TEST-002"))
    from tests.cases.conftest import SQL_COURSE_OUTCOMES, add_evidence

    add_evidence(db, later, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES)
    _to_assessment(db, later, ("ОК7",))
    other = decisions.case_lines(db, later)[0]
    assert decisions.preview_cap(db, other.id, 5).used_before == 5.0


def test_precedent_same_credential_same_component(demo_db: Database, sql_case: int) -> None:
    from app.services.cases import ApplicantData, NewCase, get_case_detail, register_case
    from tests.cases.conftest import SQL_COURSE_OUTCOMES, add_evidence

    db = demo_db
    _to_assessment(db, sql_case, ("ОК5",))
    first = decisions.case_lines(db, sql_case)[0]
    decisions.save_decision(db, "officer", first.id, first.row_version,
                            DecisionInput("full", grade_100=85, grade_ects="B", reasons="All outcomes covered"))
    detail = get_case_detail(db, sql_case)
    other = register_case(db, "officer", NewCase(applicant=ApplicantData(full_name="Сидоренко Анна"),
                                                 programme_id=detail.programme_id, reg_no="RD-TEST-003"))
    add_evidence(db, other, " Relational  Databases and SQL", "open data university", SQL_COURSE_OUTCOMES)
    add_evidence(db, other, "Relational Databases and SQL", "Open Data University", SQL_COURSE_OUTCOMES)
    _to_assessment(db, other, ("ОК5", "ОК7"))
    lines = {x.component_code: x for x in decisions.case_lines(db, other)}
    found = decisions.find_precedents(db, lines["ОК5"].id)
    assert [(p.reg_no, p.decision, p.grade_ects) for p in found] == [("RD-TEST-001", "full", "B")]
    assert decisions.find_precedents(db, lines["ОК7"].id) == []


def test_judgements_change_coverage_and_proposal_and_survive_rematching(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case, ("ОК5",))
    line = decisions.case_lines(db, sql_case)[0]
    first = line.mappings[0]
    for mapping in line.mappings[1:]:
        version = decisions.judge_pair(db, "officer", mapping.id, "covered", "", line.row_version).row_version
        line = decisions.get_line(db, line.id)
        assert line.row_version == version
    assert line.coverage_pct == 100.0 and line.proposal == "recognise"
    result = decisions.judge_pair(db, "officer", first.id, "not", "Only ER diagrams, no normalisation",
                                  line.row_version)
    line = decisions.get_line(db, result.line_id)
    assert line.coverage_pct == pytest.approx(66.7) and line.proposal == "partial"
    assert "covers 2 of 3 outcomes" in [r["text"] for r in line.proposal_reasons]
    assert "coverage" in [r["rule"] for r in line.proposal_reasons]
    with pytest.raises(ConflictError):  # an old version of the line
        decisions.judge_pair(db, "officer", first.id, "covered", "", result.row_version - 1)
    decisions.run_matching(db, "officer", sql_case)
    again = decisions.case_lines(db, sql_case)[0]
    assert again.mappings[0].judgement == "not" and again.mappings[0].comment.startswith("Only ER")


def test_decision_validation_names_the_problem(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case, ("ОК5",))
    line = decisions.case_lines(db, sql_case)[0]
    cases = [
        (DecisionInput("full", credits_recognised=3), "gives the component's 5 credits"),
        (DecisionInput("partial", credits_recognised=5, reasons="r", partial_scope="m"), "between 0 and 5"),
        (DecisionInput("partial", credits_recognised=2, reasons="r"), "which module"),
        (DecisionInput("none"), "reasons"),
        (DecisionInput("full", grade_100=120), "between 0 and 100"),
        (DecisionInput("maybe"), "unknown decision"),
    ]
    for data, message in cases:
        with pytest.raises(UserError, match=message):
            decisions.save_decision(db, "officer", line.id, line.row_version, data)
    assert decisions.get_line(db, line.id).decision is None


def test_withdraw_and_request_only_in_early_states(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _move(db, sql_case, "documents_checked")
    ids = decisions.request_components(db, "officer", sql_case, [component_id(db, "ОК5"), component_id(db, "ОК7")])
    assert decisions.request_components(db, "officer", sql_case, [component_id(db, "ОК5")]) == []
    line = decisions.get_line(db, ids[1])
    decisions.withdraw_component(db, "officer", line.id, line.row_version)
    assert [x.component_code for x in decisions.case_lines(db, sql_case)] == ["ОК5"]
    choices = {c.code: c for c in decisions.requestable_components(db, sql_case)}
    assert choices["ОК5"].requested and not choices["А1"].eligible


def test_assessments_crud_with_conflict_check(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    with pytest.raises(TransitionRefused):
        decisions.add_assessment(db, "officer", sql_case, decisions.AssessmentData("interview"))
    _move(db, sql_case, "documents_checked")
    row = decisions.add_assessment(db, "officer", sql_case, decisions.AssessmentData(
        "interview", date.today(), "Лисенко М. А.", 18, 20, "Confident on SQL"))
    changed = decisions.update_assessment(db, "officer", row, decisions.AssessmentData(
        "interview", date.today(), "Лисенко М. А.", 19, 20, "Confident on SQL"))
    with pytest.raises(ConflictError, match="changed by someone else"):
        decisions.update_assessment(db, "other", row, decisions.AssessmentData("test"))
    with pytest.raises(UserError, match="more than the maximum"):
        decisions.update_assessment(db, "officer", changed, decisions.AssessmentData("test", score=30, max_score=20))
    decisions.delete_assessment(db, "officer", changed)
    assert decisions.list_assessments(db, sql_case) == []
    restored = decisions.restore_assessment(db, "officer", changed)
    assert decisions.list_assessments(db, sql_case) == [restored]


def test_grade_conversion_follows_the_profile(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    first = decisions.convert_grade(db, sql_case, "85%")
    assert (first.grade_100, first.grade_ects, first.grade_national) == (85.0, "B", "4 (добре)")
    assert first.method
    assert decisions.convert_grade(db, sql_case, "4.5/5").grade_100 == 90.0
    assert decisions.convert_grade(db, sql_case, "70%", control="pass").grade_national == "зараховано"
    assert decisions.convert_grade(db, sql_case, "70%", max_points=15).points == 10.5  # 70% of a 15-point module
    assert decisions.convert_grade(db, sql_case, "passed").grade_national == "зараховано"
    assert decisions.convert_grade(db, sql_case, "excellent!").grade_100 is None


def test_suggested_decision_starts_from_the_proposal(demo_db: Database, sql_case: int) -> None:
    db = demo_db
    _to_assessment(db, sql_case, ("ОК5",))
    line = decisions.case_lines(db, sql_case)[0]
    for mapping in line.mappings:
        judged = decisions.judge_pair(db, "o", mapping.id, "covered", "", line.row_version)
        line = decisions.get_line(db, judged.line_id)
    suggestion = decisions.suggested_decision(db, line.id)
    assert suggestion is not None and suggestion.decision == "full" and suggestion.credits_recognised == 5
    assert (suggestion.grade_100, suggestion.grade_ects, suggestion.original_grade) == (85.0, "B", "85%")
    result = decisions.save_decision(db, "officer", line.id, line.row_version, suggestion)
    assert decisions.get_line(db, result.line_id).decision == "full"


def test_decision_lines_keep_a_component_snapshot(demo_db: Database, sql_case: int) -> None:
    from app.models import Component

    db = demo_db
    _to_assessment(db, sql_case, ("ОК5",))
    with db.write() as session:
        component = session.get(Component, component_id(db, "ОК5"))
        assert component is not None
        component.title = "Renamed"
        component.ects = 6
    line = decisions.case_lines(db, sql_case)[0]
    assert (line.component_title, line.component_ects) == ("Бази даних", 5.0)
    with db.read() as session:
        assert session.execute(select(DecisionLine.programme_version)).scalars().first() == "122-BS-CS 2025/2026"


def test_warm_up_prepares_the_case_texts_without_writing(demo_db: Database, sql_case: int) -> None:
    from sqlalchemy import text

    with demo_db.read() as session:
        before = session.execute(text("SELECT count(*) FROM audit_entry")).scalar()
    prepared = decisions.warm_up_matching(demo_db, sql_case)
    with demo_db.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_entry")).scalar() == before
    assert prepared >= 3  # the credential's outcomes at least
