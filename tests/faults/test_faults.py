"""Faults of the database file and its disk: each ends in one clear line and exit 2, and nothing is lost.

Zeroed page, random corruption, a damaged header, a read-only folder, a full disk (a small tmpfs mount: needs
root, skipped otherwise with the reason), a newer schema revision, a foreign schema, and kill -9 during an export
(kill -9 during the demo: tests/demo/test_demo_atomic.py). Backup and restore bring a damaged database back.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.db import open_database
from app.services.demo import load_demo
from tests.conftest import REPO_ROOT


def _url(path: Path) -> str:
    return "sqlite:///" + path.as_posix()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    db = open_database(_url(path))
    load_demo(db, "tester", procedure=False)
    db.dispose()
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.err.strip()


def _one_line(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 0 and "Traceback" not in err and "unexpected" not in err, err
    for word in words:
        assert word in err, err


def _page_size(path: Path) -> int:
    header = path.read_bytes()[:100]
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _pages(path: Path) -> int:
    return path.stat().st_size // _page_size(path)


def test_zeroed_page_names_the_page_and_the_last_backup_and_restore_brings_it_back(
        demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "db", "backup", "--db", _url(demo_file))
    assert code == 0, out
    size = _page_size(demo_file)
    data = bytearray(demo_file.read_bytes())
    page = _pages(demo_file) // 2
    data[(page - 1) * size: page * size] = bytes(size)
    demo_file.write_bytes(bytes(data))
    for argv in (("policy", "list"), ("programme", "list"), ("audit", "verify"), ("report", "register", "--out",
                                                                                    str(demo_file.parent / "r.xlsx"))):
        code, err = _run(capsys, *argv, "--db", _url(demo_file))
        _one_line(code, err, str(demo_file), "is damaged", "the last good backup is", "main.py db restore")
    assert not (demo_file.parent / "r.xlsx").exists()
    code, err = _run(capsys, "db", "check", "--db", _url(demo_file))
    _one_line(code, err, "is damaged")
    backup = Path(err.split("the last good backup is ", 1)[1].split(" from ", 1)[0])
    assert backup.is_file()
    code = main(["db", "restore", str(backup), "--db", _url(demo_file)])
    out = capsys.readouterr().out
    assert code == 0 and "kept as" in out, out
    assert list(demo_file.parent.glob("desk.sqlite3.damaged-*")), "the damaged file is kept aside"
    code, out = _run(capsys, "policy", "list", "--db", _url(demo_file))
    assert code == 0
    with sqlite3.connect(demo_file) as conn:
        assert conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'database.restore'").fetchone()[0] == 1
    assert main(["audit", "verify", "--db", _url(demo_file)]) == 0


def test_random_corruption_is_one_line(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(17)
    size = _page_size(demo_file)
    data = bytearray(demo_file.read_bytes())
    for page in rng.sample(range(2, _pages(demo_file)), k=max(3, _pages(demo_file) // 5)):
        start = (page - 1) * size + rng.randrange(0, size - 64)
        data[start:start + 64] = rng.randbytes(64)
    demo_file.write_bytes(bytes(data))
    code, err = _run(capsys, "policy", "list", "--db", _url(demo_file))
    _one_line(code, err, str(demo_file), "is damaged")


def test_damaged_header_is_one_line(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(demo_file.read_bytes())
    data[:100] = b"\x13" * 100
    demo_file.write_bytes(bytes(data))
    code, err = _run(capsys, "demo", "--db", _url(demo_file))
    _one_line(code, err, str(demo_file), "is damaged")


def test_newer_revision_is_one_line_and_nothing_changes(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = demo_file.read_bytes()
    code, err = _run(capsys, "policy", "list", "--db", _url(demo_file))
    _one_line(code, err, "written by a newer version", "0099_from_the_future", "db restore")
    assert demo_file.read_bytes() == before


def test_foreign_schema_is_one_line_and_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
    code, err = _run(capsys, "programme", "list", "--db", _url(path))
    _one_line(code, err, str(path), "another application")
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"invoice"}


def _mount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True, capture_output=True)


@pytest.fixture
def small_mount(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs folder (root only: mounting needs it)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs folder (a full disk and a read-only folder cannot be made "
                    "otherwise without risking the real disk)")
    folder = tmp_path / "mnt"
    folder.mkdir()
    try:
        _mount(folder, "size=2m")
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"cannot mount a tmpfs folder here: {exc.stderr.decode(errors='replace').strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def test_read_only_folder_is_one_line(small_mount: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_mount / "desk.sqlite3"
    shutil.copyfile(demo_file, path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_mount)], check=True, capture_output=True)
    for argv in (("demo",), ("policy", "list")):
        code, err = _run(capsys, *argv, "--db", _url(path))
        _one_line(code, err, f"Cannot write to {small_mount}")


def test_full_disk_is_one_line_and_nothing_is_lost(small_mount: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_mount / "desk.sqlite3"
    open_database(_url(path)).dispose()
    filler = small_mount / "filler"
    handle = filler.open("wb", buffering=0)  # fill the disk to the last block
    try:
        while True:
            handle.write(b"\0" * 4096)
    except OSError:
        pass
    finally:
        handle.close()
    code, err = _run(capsys, "demo", "--db", _url(path))
    _one_line(code, err, f"The disk holding {path} is full", "nothing was lost")
    filler.unlink()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM \"case\"").fetchone()[0] == 0  # all or nothing: nothing
    assert main(["demo", "--db", _url(path)]) == 0  # with space again it loads


@pytest.mark.slow
def test_kill_during_an_export_leaves_no_half_written_file(demo_file: Path) -> None:
    out = demo_file.parent / "register.xlsx"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for delay in (0.8, 1.6, 2.4):
        out.unlink(missing_ok=True)
        process = subprocess.Popen([sys.executable, str(REPO_ROOT / "main.py"), "report", "register", "--db",
                                    _url(demo_file), "--out", str(out)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if out.exists():  # finished before the kill: then it is whole
            with zipfile.ZipFile(out) as workbook:
                assert workbook.testzip() is None
    with sqlite3.connect(demo_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert main(["audit", "verify", "--db", _url(demo_file)]) == 0


def test_backups_are_checked_rotated_and_made_when_due(demo_file: Path, tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from app.services import backup

    demo_file = demo_file.rename(demo_file.with_name("rotation.sqlite3"))  # its own backups in the shared folder
    db = open_database(_url(demo_file))
    try:
        for n in range(4):  # older backups of the same file, as the schedule leaves them
            stale = backup.backup_name(demo_file, datetime(2020, 1, 1) + timedelta(days=n))
            backup.backup_database(db, stale)
            os.utime(stale, (0, 0))
        made = backup.backup_if_due(db)
        assert made is not None and made.is_file()
        backup.check_sqlite_copy(made)
        assert backup.backup_if_due(db) is None  # one a day
        backup.backup_database(db, keep=2)
        kept = sorted(p.name for p in made.parent.glob(f"{demo_file.stem}-*") if "-before-" not in p.name)
        assert len(kept) == 2 and "20200101" not in " ".join(kept)  # the oldest went
        assert not list(made.parent.glob("*.part"))
        with pytest.raises(Exception, match="not a Recognition Desk database"):
            other = tmp_path / "other.sqlite3"
            with sqlite3.connect(other) as conn:
                conn.execute("CREATE TABLE t (x)")
            backup.check_sqlite_copy(other)
    finally:
        db.dispose()
