"""The matching's rules bind in the case's procedure as in the matching itself: a pair a rule holds keeps that
status when the proposal is made again from the stored pairs, and the officer sees why."""

from __future__ import annotations

from pathlib import Path

from app.db import Database
from app.domain.explanation import auto_status
from app.models import Case
from app.services import decisions, workflow
from tests.cases.conftest import add_evidence, component_id, new_demo_case


def _case_with(db: Database, outcomes: list[str]) -> int:
    case_id = new_demo_case(db, "Гнатюк Ірина Олегівна", "KN-TEST-077", "RD-TEST-077")
    add_evidence(db, case_id, "Ділова українська мова", "Університет", outcomes, hours=90, ects=3)
    return case_id


def _move(db: Database, case_id: int, to: str) -> None:
    with db.read() as session:
        version = session.get(Case, case_id).row_version  # type: ignore[union-attr]
    workflow.transition(db, "officer", case_id, to, version, "")


def _matched(db: Database, outcomes: list[str], code: str) -> tuple[int, decisions.LineRow]:
    case_id = _case_with(db, outcomes)
    _move(db, case_id, "documents_checked")
    decisions.request_components(db, "officer", case_id, [component_id(db, code)])
    _move(db, case_id, "under_assessment")
    decisions.run_matching(db, "officer", case_id)
    (line,) = decisions.case_lines(db, case_id)
    return case_id, line


def test_a_pair_held_by_its_manner_alone_stays_held_when_the_proposal_is_made_again(demo_db: Database) -> None:
    case_id, line = _matched(demo_db, ["Apply unsupervised methods"], "ОК8")
    crypto = next(m for m in line.mappings if "криптографічні" in m.component_outcome)
    assert crypto.score is not None and crypto.score >= line.outcome_threshold  # the score alone says covered
    assert auto_status(crypto.score, line.outcome_threshold, crypto.explanation) == "partly"
    assert "held: manner" in crypto.explanation
    with demo_db.write() as session:
        decisions.refresh_proposals(session, case_id)
    (again,) = decisions.case_lines(demo_db, case_id)
    assert again.proposal == line.proposal and again.proposal != "recognise"


def test_another_languages_outcome_is_no_evidence_in_the_case(demo_db: Database) -> None:
    case_id, line = _matched(demo_db, ["Вільно спілкуватися українською мовою у професійному середовищі",
                                       "Складати ділові листи й протоколи"], "ОК9")
    speaking = next(m for m in line.mappings if "Спілкуватися" in m.component_outcome)
    assert "українською" not in speaking.credential_outcome  # passed over for the next text
    assert line.proposal not in ("recognise", "partial")
    with demo_db.write() as session:
        decisions.refresh_proposals(session, case_id)
    (again,) = decisions.case_lines(demo_db, case_id)
    assert again.proposal == line.proposal


def _demo_outcomes(name: str) -> list[str]:
    from app import paths
    from app.services.matching import read_credentials

    (credential,) = read_credentials([paths.resource("demo", "evidence", name)])
    return list(credential.outcomes)


def test_a_pair_held_by_the_credentials_standing_stays_held_in_the_case(demo_db: Database) -> None:
    """The demo's data analysis badge reaches "partly" on an outcome of Дискретна математика by its score, but its
    outcomes stand no nearer to that component than to the programme's outcomes at large (with the embedding
    layer, which these figures are of: resources/selftest/demo-figures.json)."""
    from app.matching.engine import default_engine

    if default_engine().embedder_for(1) is None:
        import pytest

        pytest.skip("the embedding layer is not installed")
    case_id, line = _matched(demo_db, _demo_outcomes("case1-data-analysis-python-ob3.json"), "ОК2")
    held = [m for m in line.mappings if "held: standing" in m.explanation]
    assert held, [m.explanation for m in line.mappings]
    for mapping in held:
        assert mapping.score is not None and mapping.score >= 0.75 * line.outcome_threshold  # partly by its score
        assert auto_status(mapping.score, line.outcome_threshold, mapping.explanation) == "not"
    with demo_db.write() as session:
        decisions.refresh_proposals(session, case_id)
    (again,) = decisions.case_lines(demo_db, case_id)
    assert again.proposal == line.proposal and again.proposal not in ("recognise", "partial")


def test_a_pair_read_on_the_nearest_components_points_keeps_its_status_in_the_case(demo_db: Database) -> None:
    """The demo's cyber security badge stands nearest to Кібербезпека of all the programme's components: an outcome
    its own `uk-uk` points call "partly" is covered on the points fitted for a credential's nearest component, and
    the stored pair says so."""
    from app.matching.engine import default_engine

    if default_engine().embedder_for(1) is None:
        import pytest

        pytest.skip("the embedding layer is not installed")
    case_id, line = _matched(demo_db, _demo_outcomes("case3-cybersecurity-badge-tampered.json"), "ОК8")
    raised = [m for m in line.mappings if "points: nearest" in m.explanation]
    assert raised, [m.explanation for m in line.mappings]
    assert all(auto_status(m.score or 0.0, line.outcome_threshold, m.explanation) == "covered" for m in raised)
    with demo_db.write() as session:
        decisions.refresh_proposals(session, case_id)
    (again,) = decisions.case_lines(demo_db, case_id)
    assert again.proposal == line.proposal and again.proposal in ("recognise", "partial")
    assert again.coverage_pct == line.coverage_pct


def test_the_commission_may_overrule_the_standing_and_the_case_report_says_why(demo_db: Database,
                                                                             tmp_path: Path) -> None:
    """The way out of a pair the standing holds: the commission's judgement decides the pair, and the proposal follows
    it; the case report in Ukrainian says why the matching held it, in Ukrainian words."""
    from app.matching.engine import default_engine
    from app.services.reports import export_case_report

    if default_engine().embedder_for(1) is None:
        import pytest

        pytest.skip("the embedding layer is not installed")
    case_id, line = _matched(demo_db, _demo_outcomes("case1-data-analysis-python-ob3.json"), "ОК2")
    held = next(m for m in line.mappings if "held: standing" in m.explanation)
    decisions.judge_pair(demo_db, "officer", held.id, "covered", "курс охоплює цей результат", line.row_version)
    (judged,) = decisions.case_lines(demo_db, case_id)
    assert next(m for m in judged.mappings if m.id == held.id).judgement == "covered"
    assert judged.coverage_pct is not None and judged.coverage_pct > (line.coverage_pct or 0)
    path = export_case_report(demo_db, case_id, tmp_path / "case.xlsx", lang="uk")
    import openpyxl

    texts = [str(c.value) for ws in openpyxl.load_workbook(path) for row in ws.iter_rows() for c in row if c.value]
    shown = [t for t in texts if "ближчі до цього компонента" in t]
    assert shown, "the held pair's reason is not in the Ukrainian case report"
    assert not any("stand no nearer" in t or "held: standing" in t for t in texts)


def test_a_tag_alone_is_held_in_the_case_and_the_case_report_says_why(demo_db: Database, tmp_path: Path) -> None:
    """A credential whose only outcome is a tag ("Python") is at most partly evidence of "Розробляти програми мовою
    Python …" however high the embedding layer scores it: the stored pair keeps the rule, the proposal made again keeps
    it, and the Ukrainian case report says why in Ukrainian words."""
    import openpyxl

    from app.services.reports import export_case_report

    case_id, line = _matched(demo_db, ["Python", "Git"], "ОК3")
    python = next(m for m in line.mappings if "Python" in m.component_outcome)
    assert auto_status(python.score or 0.0, line.outcome_threshold, python.explanation) != "covered"
    if python.score is not None and python.score >= line.outcome_threshold:  # (the layers alone would say covered)
        assert "held: name" in python.explanation
    with demo_db.write() as session:
        decisions.refresh_proposals(session, case_id)
    (again,) = decisions.case_lines(demo_db, case_id)
    assert again.proposal == line.proposal and again.proposal != "recognise"
    if "held: name" in python.explanation:
        path = export_case_report(demo_db, case_id, tmp_path / "case.xlsx", lang="uk")
        texts = [str(c.value) for ws in openpyxl.load_workbook(path) for row in ws.iter_rows() for c in row if c.value]
        assert any("називає предмет" in t for t in texts), "the held pair's reason is not in the Ukrainian case report"
        assert not any("held: name" in t or "names the subject" in t for t in texts)
