"""The core never imports Qt: models, matching, importers, services and reports must run without a GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

QT_FREE = ["app/models", "app/matching", "app/importers", "app/services", "app/reports", "app/migrations",
           "app/db.py", "app/errors.py", "app/paths.py", "app/domain"]


def _python_files() -> list[Path]:
    files: list[Path] = []
    for entry in QT_FREE:
        path = REPO_ROOT / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_core_module_does_not_import_qt(path: Path) -> None:
    offending = {m for m in _imported_modules(path)
                 if m.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} or m.startswith("app.ui")}
    assert not offending, f"{path} imports {sorted(offending)}"


def test_the_check_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport app.ui.main_window\n", encoding="utf-8")
    assert _imported_modules(sample) == {"PySide6.QtCore", "app.ui.main_window"}
