"""Loading the demo is all or nothing, and its progress moves with words, not service details."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database, open_database
from app.messages import Message
from app.models import Case, PolicyProfile, Programme
from app.services import demo
from tests.conftest import REPO_ROOT


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return tuple(session.execute(select(func.count()).select_from(model)).scalar_one()  # type: ignore[return-value]
                     for model in (Programme, PolicyProfile, Case))


def test_a_failure_half_way_leaves_nothing_and_loading_again_works(db: Database,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(demo, "_attach_demo_evidence", broken)  # after the programme and every case
    with pytest.raises(OSError):
        demo.load_demo(db, "tester", procedure=False)
    assert _counts(db) == (0, 0, 0)
    monkeypatch.undo()
    assert demo.load_demo(db, "tester", procedure=False).startswith("Demo data loaded")
    assert _counts(db) == (1, 1, len(demo.DEMO_APPLICANTS))


class _Recorder:
    cancelled = False

    def __init__(self) -> None:
        self.reports: list[tuple[int, int, str]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))


def test_progress_moves_forward_and_names_each_step(db: Database) -> None:
    recorder = _Recorder()
    demo.load_demo(db, "tester", progress=recorder, procedure=False)
    done = [d for d, _t, _m in recorder.reports]
    assert done == sorted(done), "the bar never goes back"
    assert done[0] == 0 and done[-1] == recorder.reports[-1][1], "from 0 to the end"
    assert len(set(done)) > 5
    assert all(isinstance(m, Message) for _d, _t, m in recorder.reports), "every label is a translatable message"
    assert any("Importing the evidence" in m for _d, _t, m in recorder.reports)


@pytest.mark.slow
def test_killed_load_leaves_nothing_or_everything(tmp_path: Path) -> None:
    url = "sqlite:///" + (tmp_path / "kill.sqlite3").as_posix()
    open_database(url).dispose()  # migrated before the clock starts
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for delay in (1.0, 2.5):
        process = subprocess.Popen([sys.executable, str(REPO_ROOT / "main.py"), "--db", url, "demo"], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        db = open_database(url)
        try:
            counts = _counts(db)
        finally:
            db.dispose()
        assert counts in ((0, 0, 0), (1, 1, demo.DEMO_CASE_COUNT)), f"half-loaded after {delay} s: {counts}"
    db = open_database(url)
    try:
        demo.load_demo(db, "tester")  # completes an empty database; says "already loaded" to a full one
        assert _counts(db) == (1, 1, demo.DEMO_CASE_COUNT)
    finally:
        db.dispose()
