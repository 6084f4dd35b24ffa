"""``main.py inspect``: JSON list, readable summary, exit codes, one stderr line per unreadable file."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.inspect import expand, run

from .conftest import FIXTURES, fixture

REPO = Path(__file__).resolve().parents[2]


def _args(**kw: object) -> argparse.Namespace:
    base = {"files": [], "json": True, "trusted_keys": None, "applicant": [], "max_mb": 50.0}
    base.update(kw)
    return argparse.Namespace(**base)


def test_json_output_and_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    rc = run(_args(files=[str(fixture("ob3/simple.json")), str(fixture("edc/elm3-Sample-MC-Annex1-signed.jsonld"))]))
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert [o["format"] for o in out] == ["openbadges-3.0", "edc-jsonld"]
    for o in out:
        assert {"file", "format", "verification", "elements", "missing_mandatory"} <= set(o)


def test_bad_file_gives_exit_2_and_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    rc = run(_args(files=[str(fixture("ob3/simple.json")), str(fixture("ob2/public_domain_heart.png"))]))
    cap = capsys.readouterr()
    assert rc == 2
    assert len(json.loads(cap.out)) == 2
    lines = cap.err.strip().splitlines()
    assert len(lines) == 1 and "public_domain_heart.png" in lines[0] and "Traceback" not in cap.err


def test_summary_and_trusted_keys(capsys: pytest.CaptureFixture[str], trusted_dir: Path) -> None:
    rc = run(_args(files=[str(fixture("ob2/simple-revoked.jwt"))], json=False, trusted_keys=trusted_dir))
    out = capsys.readouterr().out
    assert rc == 0
    assert "INVALID" in out and "A good reason, for sure" in out


def test_missing_trusted_dir_is_a_user_error(tmp_path: Path) -> None:
    from app.errors import UserError

    with pytest.raises(UserError):
        run(_args(files=[str(fixture("ob3/simple.json"))], trusted_keys=tmp_path / "nope"))


def test_folder_expansion() -> None:
    files = expand([str(FIXTURES / "clr2")])
    assert len(files) == 5 and all(f.is_file() for f in files)


def test_through_main_py() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "inspect", "--json", str(fixture("ob2/unbaked_example.svg"))],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "unbaked_example.svg" in proc.stderr and "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)[0]["error"]
