"""The layer contracts in pyproject.toml are enforced: lint-imports passes on the code, and an import that breaks a
layer, put into a scratch copy of the application, makes it fail and names the offending module."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
# The contracts scripts/test.sh runs (the interface's contract joins when the interface goes through the services).
CONTRACTS = ("layers", "qt-only-in-ui", "domain-is-a-leaf")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed (dev extra)")


def _scratch_copy(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(REPO_ROOT / "app", root / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(REPO_ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    args = [str(LINT_IMPORTS), "--no-cache"]
    for contract in CONTRACTS:
        args += ["--contract", contract]
    # The scratch copy must be the "app" that is analysed, not the installed one.
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(args, cwd=root, env=env, capture_output=True, text=True, timeout=300)


def test_contracts_hold_and_a_wrong_import_is_caught(tmp_path: Path) -> None:
    root = _scratch_copy(tmp_path)
    clean = _lint(root)
    assert clean.returncode == 0, clean.stdout[-3000:] + clean.stderr[-2000:]

    # The domain reaching up into the services, and a model importing Qt: both must be refused.
    (root / "app" / "domain" / "scratch_wrong.py").write_text(
        "from app.services import workflow  # noqa: F401\n", encoding="utf-8")
    (root / "app" / "models" / "scratch_qt.py").write_text(
        "from PySide6.QtCore import QObject  # noqa: F401\n", encoding="utf-8")
    broken = _lint(root)
    assert broken.returncode != 0
    assert "app.domain.scratch_wrong -> app.services" in broken.stdout
    assert "Layers: every import points down BROKEN" in broken.stdout
    assert "app.models.scratch_qt -> PySide6" in broken.stdout
    assert "Qt only in the interface package BROKEN" in broken.stdout
