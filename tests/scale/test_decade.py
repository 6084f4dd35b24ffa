"""The ten-year generator and the streamed audit verification."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import Database, open_database
from app.domain.progress import NullProgress
from app.errors import CancelledError
from app.models import AuditEntry, Case, DecisionLine
from app.services import audit
from app.services.reports import statistics
from bench.make_decade import build
from bench.make_decade import main as make_decade_main


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("decade") / "decade.sqlite3"
    url = "sqlite:///" + path.as_posix()
    summary = build(url, 120, seed=5, batch_size=50, today=date(2026, 11, 30))
    assert summary.counts["case"] == 120
    return url


def test_decade_spans_ten_academic_years_with_the_procedure_at_every_stage(decade: str) -> None:
    db = open_database(decade)
    try:
        with db.read() as session:
            years = set(session.execute(select(Case.academic_year)).scalars())
            statuses = Counter(session.execute(select(Case.status)).scalars())
            per_case = [n for (n,) in session.execute(
                select(func.count(DecisionLine.id)).group_by(DecisionLine.case_id))]
            programmes = session.execute(select(func.count(func.distinct(Case.programme_id)))).scalar()
        assert len(years) == 10 and min(years) == "2017/2018" and max(years) == "2026/2027"
        assert statuses["order_issued"] + statuses["closed"] > 60
        assert min(per_case) >= 5 and max(per_case) <= 30
        assert programmes and programmes >= 6  # several programmes, several versions each
        stats = statistics(db)
        assert stats.lines_decided > 0 and len(stats.months) > 60
        assert audit.verify_database(db).ok
    finally:
        db.dispose()


def _actions(db: Database, where: Any) -> dict[str, set[str]]:
    shapes: dict[str, set[str]] = {}
    with db.read() as session:
        for action, payload in session.execute(select(AuditEntry.action, AuditEntry.payload).where(where)):
            shapes.setdefault(action, set()).update(payload)
    return shapes


def test_generated_audit_entries_have_the_services_shapes(decade: str, db: Database) -> None:
    """The demo takes a case through the procedure with the real services: every action the generator writes
    for the same steps carries the same payload keys."""
    from app.services.demo import load_demo

    load_demo(db, "tester")
    real = _actions(db, AuditEntry.id > 0)
    generated_db = open_database(decade)
    try:
        generated = _actions(generated_db, AuditEntry.actor != "Адміністратор системи")
    finally:
        generated_db.dispose()
    compared = set(real) & set(generated)
    assert {"case.register", "evidence.import", "case.transition", "decision_line.request", "decision_line.match",
            "decision_line.decide", "protocol.generate", "protocol.sign", "order.issue"} <= compared
    for action in compared:
        if action == "case.transition":  # extra keys depend on the move (evidence_locked, protocol_id, ...)
            assert {"reg_no", "from", "to", "comment"} <= generated[action]
            continue
        assert generated[action] == real[action], action


def test_verify_streams_reports_progress_and_can_be_cancelled(decade: str) -> None:
    db = open_database(decade)
    try:
        seen: list[tuple[int, int]] = []

        class Recorder(NullProgress):
            def report(self, done: int, total: int, message: str = "") -> None:
                seen.append((done, total))

        original = audit.VERIFY_CHUNK
        audit.VERIFY_CHUNK = 500
        try:
            report = audit.verify_database(db, Recorder())
            assert report.ok and seen[-1] == (report.checked, report.checked) and len(seen) > 3
            stopper = Recorder()
            stopper.cancel()
            with pytest.raises(CancelledError):
                audit.verify_database(db, stopper)
        finally:
            audit.VERIFY_CHUNK = original
    finally:
        db.dispose()


def test_verify_names_a_tampered_entry_in_a_large_log(decade: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    source = sqlite3.connect(decade.removeprefix("sqlite:///"))
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute("DROP TRIGGER audit_entry_no_update")
    middle = target.execute("SELECT max(id) / 2 FROM audit_entry").fetchone()[0]
    target.execute("UPDATE audit_entry SET payload = json_set(payload, '$.x', 1) WHERE id = ?", (middle,))
    target.commit()
    target.close()
    db = open_database("sqlite:///" + copy.as_posix())
    try:
        report = audit.verify_database(db)
        assert not report.ok and report.first_broken_id == middle and report.checked == middle
    finally:
        db.dispose()


def test_make_decade_refuses_a_database_with_cases(decade: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert make_decade_main(["--db", decade, "--cases", "3", "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already has 120 cases" in err[0]


def test_fast_payload_cleaning_matches_the_services() -> None:
    from datetime import datetime

    from bench.make_decade import _plain_fast

    payload = {"a": date(2020, 1, 2), "b": (1, 2.5, None), "c": {"d": datetime(2020, 1, 2, 3, 4, 5, 6), 7: "x"},
               "e": [True, "ї"], "f": {3}}
    assert _plain_fast(payload) == audit._plain(payload)


def _reference_statistics(db: Database, date_from: date | None, date_to: date | None) -> dict[str, Any]:
    """The figures computed row by row in Python, for comparison with the SQL aggregates."""
    from app.domain.verdicts import RECOGNISED_DECISIONS
    from app.models import EvidenceItem, decision_line_evidence

    def in_period(day: date | None) -> bool:
        return day is not None and (not date_from or day >= date_from) and (not date_to or day <= date_to)

    with db.read() as session:
        filed = {cid: d for cid, d in session.execute(select(Case.id, Case.filed_on))}
        lines = [(lid, decision, at, credits) for lid, decision, at, credits in session.execute(
            select(DecisionLine.id, DecisionLine.decision, DecisionLine.decided_at, DecisionLine.credits_recognised)
            .where(DecisionLine.is_current.is_(True), DecisionLine.decision.is_not(None)))
            if (not date_from and not date_to) or (at and in_period(at.date()))]
        items = [(body, status) for cid, body, status in session.execute(
            select(EvidenceItem.case_id, EvidenceItem.awarding_body, EvidenceItem.verification_status))
            if in_period(filed[cid])]
        body_of = dict(session.execute(select(EvidenceItem.id, EvidenceItem.awarding_body)).all())
        links = session.execute(select(decision_line_evidence)).all()
    months: Counter[date] = Counter(date(d.year, d.month, 1) for d in filed.values() if in_period(d))
    line_months: Counter[date] = Counter(date(at.year, at.month, 1) for _i, _d, at, _c in lines if at)
    recognised = {lid: credits for lid, decision, _at, credits in lines if decision in RECOGNISED_DECISIONS}
    used = {(body_of[e], lid) for lid, e in links if lid in recognised}
    return {
        "cases": sum(months.values()), "months": {m: (months[m], line_months[m]) for m in months | line_months},
        "decisions": Counter(decision for _i, decision, _a, _c in lines),
        "providers": {body: (Counter(b for b, _s in items)[body], sum(1 for b, _l in used if b == body))
                      for body in {b for b, _s in items} | {b for b, _l in used}},
        "verification": Counter(s for _b, s in items),
    }


@pytest.mark.parametrize("period", [(None, None), (date(2019, 9, 1), date(2022, 6, 30))])
def test_statistics_agree_with_the_rows_and_read_the_lines_twice(decade: str, period: tuple[Any, Any]) -> None:
    """Each table is read once by an aggregate (the recognised lines by provider need the second pass over the
    decision lines): the old queries read the lines three times and the evidence twice."""
    from sqlalchemy import event

    db = open_database(decade)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_rest: statements.append(" ".join(statement.split())))
    try:
        stats = statistics(db, *period)
        queries = [s for s in statements if s.startswith("SELECT")]
        expected = _reference_statistics(db, *period)
    finally:
        db.dispose()
    assert len(queries) == 4, queries
    assert sum("decision_line." in s for s in queries) == 2
    assert sum("evidence_item." in s for s in queries) == 2
    assert stats.cases == expected["cases"] > 0
    assert {m.month: (m.cases_filed, m.lines_decided) for m in stats.months} == expected["months"]
    assert {d.decision: d.lines for d in stats.decisions} == expected["decisions"]
    assert {v.status: v.items for v in stats.verification} == expected["verification"]
    top = {p.provider: (p.evidence_items, p.lines_recognised) for p in stats.providers}
    assert top == {body: expected["providers"][body] for body in top} and top
