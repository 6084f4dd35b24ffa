"""Start-up stays light: the cases list is shown before the matching stack (numpy, rapidfuzz, simplemma) is loaded.

The window paints before the database layer is imported; the features, whose services bring the matching stack,
are added once the list is filled. This runs the real application once (a few seconds).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import REPO_ROOT


def test_cases_list_is_shown_before_the_matching_stack_is_loaded(demo_db: Any, db_url: str, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RD_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "main.py", "--db", db_url, "gui", "--exit-after-paint"], cwd=REPO_ROOT,
                         env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    fields = out.split()
    stamps = dict(zip(fields[::2], fields[1::2], strict=False))
    assert float(stamps["cases-shown"]) >= float(stamps["first-paint"]) > 0
    assert stamps["matching-modules-loaded"] == "0", out
