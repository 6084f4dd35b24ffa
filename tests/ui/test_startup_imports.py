"""Start-up stays light: the cases list is shown before the matching stack (numpy, rapidfuzz, simplemma) is loaded.

The window paints before the database layer is imported, and the newest cases are shown before it is imported too
(read straight from the SQLite file); the features, whose services bring the matching stack, are added once the
whole list is filled. This runs the real application once (a few seconds).
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
    assert float(stamps["all-cases"]) >= float(stamps["cases-shown"]) >= float(stamps["first-paint"]) > 0
    assert stamps["matching-modules-loaded"] == "0", out
    # The first cases are read from the file before the database layer (SQLAlchemy, the models) is imported.
    assert stamps["sqlalchemy-loaded-when-shown"] == "0", out


def test_first_page_then_the_whole_list(qtbot: Any) -> None:
    """The start-up page is marked as partial (search applies to it meanwhile), and the whole list replaces it."""
    from datetime import date, datetime

    from app.services.case_list import FIRST_PAGE, CaseRow
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.workers import TaskRunner

    def row(i: int) -> CaseRow:
        return CaseRow(i, f"RD-2026-{i:05d}", f"Applicant {i}", f"Applicant {i}", f"S{i}", "122-BS-CS", "registered",
                       date(2026, 9, 1), None, datetime(2026, 9, 1, 10, 0), 1)

    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner()))
    qtbot.addWidget(window)
    everything = [row(i) for i in range(1, FIRST_PAGE + 51)]
    window.show_first_page(sorted(everything, key=lambda r: r.reg_no, reverse=True)[:FIRST_PAGE])
    assert window.first_page_only and not window.cases_loaded_once
    assert window.cases_model.rowCount() == FIRST_PAGE
    assert str(FIRST_PAGE) in window.count_label.text()
    window.search.setText("Applicant 7")
    window._apply_filter()
    partial = window.cases_model.rowCount()
    window._on_cases_loaded(everything)  # the whole list arrives: the filter typed meanwhile still applies
    assert window.cases_loaded_once and not window.first_page_only
    assert window.cases_model.rowCount() > partial
    assert all("Applicant 7" in window.cases_model.row_at(i).applicant for i in range(window.cases_model.rowCount()))
    window.show_first_page(everything[:3])  # a late first page never replaces the whole list
    assert window.cases_model.rows == everything
