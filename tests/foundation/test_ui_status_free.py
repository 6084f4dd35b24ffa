"""The interface knows no case states: it asks the services what is allowed and shows names from one mapping.

A case-state code written in ``app/ui`` (``"decided"``), or the domain's sets of states (``EDIT_*_STATES``), would
mean the window decides by itself what the procedure allows. These tests fail on either.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.domain.status import CaseStatus
from tests.conftest import REPO_ROOT

UI = REPO_ROOT / "app" / "ui"
STATE_CODES = {status.value for status in CaseStatus}
RULE_NAMES = ("_STATES", "TRANSITIONS", "transitions_from", "_editable", "IMPORT_ALLOWED")


def status_knowledge(source: str, filename: str = "<source>") -> list[str]:
    """Case-state literals and uses of the procedure's rule tables in ``source``, as "line: what"."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in STATE_CODES:
            found.append(f"{node.lineno}: the state literal {node.value!r}")
        name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None
        if isinstance(node, ast.alias):
            name = node.name
        if name and any(name.endswith(rule) or name == rule for rule in RULE_NAMES):
            found.append(f"{getattr(node, 'lineno', '?')}: the rule table {name}")
    return found


def _ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


@pytest.mark.parametrize("path", _ui_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_ui_module_has_no_case_state_literals(path: Path) -> None:
    found = status_knowledge(path.read_text(encoding="utf-8"), str(path))
    assert not found, f"{path.relative_to(REPO_ROOT)} decides from case states itself: {found}"


@pytest.mark.parametrize("source", [
    'enabled = status == "decided"\n',
    'if state.status in ("registered", "documents_checked"):\n    pass\n',
    "editable = status in workflow.EDIT_COMPONENTS_STATES\n",
    "from app.domain.status import EDIT_DECISIONS_STATES\n",
    "from app.services.evidence import IMPORT_ALLOWED\n",
    "ok = decisions_editable(status)\n",
])
def test_the_check_sees_status_knowledge(source: str) -> None:
    assert status_knowledge(source)


def test_the_check_lets_capabilities_pass() -> None:
    source = ("enable_by(self.sign_button, state.can.sign_protocol)\n"
              "label = status_label(state.status)\n"
              "for status in CaseStatus:\n    combo.addItem(status_label(status), status.value)\n")
    assert status_knowledge(source) == []
