"""The import graph script reads the source correctly, and docs/architecture.md shows the current graph."""

from __future__ import annotations

import sys

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))
import import_graph  # noqa: E402


def test_graph_has_the_known_edges_and_no_upward_one() -> None:
    edges = import_graph.graph()
    assert "app.domain" in edges["app.services"]
    assert "app.importers.credentials" in edges["app.services"]
    assert "app.services" not in edges["app.domain"]
    assert not any(target == "app.ui" for source, targets in edges.items() if source != "app.cli"
                   for target in targets)


def test_relative_imports_are_resolved(tmp_path) -> None:
    package = tmp_path / "app" / "services"
    package.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "app" / "domain.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "x.py").write_text("from .. import domain\n", encoding="utf-8")
    assert import_graph.graph(tmp_path)["app.services"] == {"app.domain"}


def test_the_architecture_document_shows_the_current_graph() -> None:
    document = (REPO_ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert import_graph.with_graph(document, import_graph.graph()) == document, \
        "the import graph changed: run `python scripts/import_graph.py --write` and review docs/architecture.md"
