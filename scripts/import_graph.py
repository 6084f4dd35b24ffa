"""Draw the import graph of the application's packages from the source (AST; nothing is imported).

    python scripts/import_graph.py            # text: one line per package, the packages it imports
    python scripts/import_graph.py --mermaid  # a Mermaid flowchart for docs/architecture.md
    python scripts/import_graph.py --write    # put both into docs/architecture.md (its ```text/```mermaid blocks)

A node is a top-level package or module of ``app`` (``app.importers`` is split into its two subpackages, which
are separate layers). Imports inside functions count too: a deferred import is still a dependency.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPLIT = {"app.importers"}  # packages whose subpackages are nodes of their own


def node_of(module: str) -> str | None:
    """The graph node a module belongs to (None for a module outside the application)."""
    parts = module.split(".")
    if parts[0] != "app":
        return None
    if len(parts) == 1:
        return "app"
    top = ".".join(parts[:2])
    if top in SPLIT and len(parts) > 2:
        return ".".join(parts[:3])
    return top


def module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path, module: str) -> set[str]:
    """The absolute names of the modules ``path`` imports (relative imports resolved against ``module``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # "from app import db"
    return found


def graph(root: Path = ROOT, exclude: tuple[str, ...] = ("app.migrations.versions",)) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for path in sorted((root / "app").rglob("*.py")):
        module = module_name(path, root)
        if module.startswith(exclude):
            continue
        source = node_of(module)
        if source is None:
            continue
        edges.setdefault(source, set())
        for imported in imports_of(path, module):
            target = node_of(imported)
            if target and target not in (source, "app") and _exists(root, target):
                edges[source].add(target)
    return dict(edges)


def _exists(root: Path, module: str) -> bool:
    """Whether the dotted name is a module or package of the source tree (not a name imported from one)."""
    base = root.joinpath(*module.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def as_text(edges: dict[str, set[str]]) -> str:
    width = max(len(n) for n in edges)
    return "\n".join(f"{n:<{width}} -> {', '.join(sorted(edges[n])) or '(nothing)'}" for n in sorted(edges))


def as_mermaid(edges: dict[str, set[str]]) -> str:
    def ident(name: str) -> str:
        return name.replace(".", "_")

    lines = ["flowchart TD"]
    for source in sorted(edges):
        lines.append(f"    {ident(source)}[{source}]")
    for source in sorted(edges):
        lines.extend(f"    {ident(source)} --> {ident(target)}" for target in sorted(edges[source]))
    return "\n".join(lines)


DOC = ROOT / "docs" / "architecture.md"


def with_graph(document: str, edges: dict[str, set[str]]) -> str:
    """``document`` with its first ```text and ```mermaid blocks replaced by the current graph."""
    document = re.sub(r"```text\n.*?\n```", lambda _: f"```text\n{as_text(edges)}\n```", document, count=1,
                      flags=re.S)
    return re.sub(r"```mermaid\n.*?\n```", lambda _: f"```mermaid\n{as_mermaid(edges)}\n```", document, count=1,
                  flags=re.S)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mermaid", action="store_true", help="print a Mermaid flowchart instead of text")
    parser.add_argument("--write", action="store_true", help=f"update the graph in {DOC.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    edges = graph()
    if args.write:
        DOC.write_text(with_graph(DOC.read_text(encoding="utf-8"), edges), encoding="utf-8")
        return 0
    print(as_mermaid(edges) if args.mermaid else as_text(edges))
    return 0


if __name__ == "__main__":
    sys.exit(main())
