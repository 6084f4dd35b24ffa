"""The interface reaches the rest of the application only through the services and the shared vocabulary.

``app/ui`` may import the services, the domain, and the few leaf modules every layer uses (messages, errors,
paths, translation, logs), besides Qt, the standard library and itself. Anything else (importers, matching,
reports, models, the database module) is reached through a service, so that the CLI and the window share one
path and the interface never parses a file or opens a session itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

UI = REPO_ROOT / "app" / "ui"
ALLOWED = ("app.services", "app.domain", "app.messages", "app.errors", "app.paths", "app.translation", "app.logs",
           "app.ui")
# ``from app import __version__``: the version lives once, in the package itself.
ALLOWED_FROM_ROOT = {"__version__"}


def _allowed(module: str) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in ALLOWED)


def forbidden_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every ``app.*`` import in ``source`` that the interface may not make, as "line: module"."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            found.extend(f"{node.lineno}: {alias.name}" for alias in node.names
                         if (alias.name == "app" or alias.name.startswith("app.")) and not _allowed(alias.name))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "app":
                found.extend(f"{node.lineno}: app.{alias.name}" for alias in node.names
                             if alias.name not in ALLOWED_FROM_ROOT and not _allowed(f"app.{alias.name}"))
            elif node.module.startswith("app.") and not _allowed(node.module):
                found.append(f"{node.lineno}: {node.module}")
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            found.append(f"{node.lineno}: relative import (name the module in full)")
        elif isinstance(node, ast.Call) and _dynamic_import(node):
            found.append(f"{node.lineno}: dynamic import")
    return found


def _dynamic_import(node: ast.Call) -> bool:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name in {"import_module", "__import__"}


def _ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_the_interface_has_modules() -> None:
    assert len(_ui_files()) > 10


@pytest.mark.parametrize("path", _ui_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_ui_module_imports_only_services_and_the_vocabulary(path: Path) -> None:
    found = forbidden_imports(path.read_text(encoding="utf-8"), str(path))
    assert not found, f"{path.relative_to(REPO_ROOT)} reaches past the services: {found}"


@pytest.mark.parametrize("source", [
    "from app.importers.catalogue.excel_writer import write_template\n",
    "def f():\n    from app.matching.policy import PolicyRules\n",
    "import app.reports.data\n",
    "from app import db\n",
    "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.db import Database\n",
    "import importlib\nimportlib.import_module('app.ui.stats_view')\n",
    "from .labels import status_label\n",
])
def test_the_check_catches_a_wrong_import(source: str) -> None:
    assert forbidden_imports(source)


@pytest.mark.parametrize("source", [
    "from app.services.catalogue import read_programme_file\n",
    "from app.domain.status import CaseStatus\n",
    "from app import __version__, paths\n",
    "import app.services.reports\n",
    "from PySide6.QtCore import Qt\nfrom app.ui.labels import status_label\n",
])
def test_the_check_lets_an_allowed_import_pass(source: str) -> None:
    assert forbidden_imports(source) == []
