from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli import main
from tests.conftest import REPO_ROOT


def test_demo_then_audit_verify(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", db_url]) == 0
    assert "Demo data loaded" in capsys.readouterr().out
    assert main(["--db", db_url, "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_bad_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", "--db", "sqlite:////no/such/dir/x.db"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "/no/such/dir" in err[0]


def test_unknown_command_exits_2() -> None:
    result = subprocess.run([sys.executable, "main.py", "frobnicate"], cwd=REPO_ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
