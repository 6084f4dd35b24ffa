"""Check that every third-party package the code imports is declared in pyproject.toml.

    python scripts/check_dependencies.py

The application (``app/``, ``main.py``) may import the runtime dependencies and, for the optional embedding layer,
the ``semantic`` extra; tests, scripts, benchmarks and the installer may import the ``dev`` and ``build`` extras too.
A module is mapped to the distribution that provides it through the installed packages' metadata, so run this in
the project's environment. Exit 0 when all is declared, 1 with one line per undeclared import otherwise.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project's own modules, including scripts that tests import by path.
FIRST_PARTY = {"app", "tests", "bench", "scripts", "installer", "main", "conftest"} | {
    p.stem for folder in ("scripts", "installer", "bench") for p in (ROOT / folder).glob("*.py")}
RUNTIME = (["app", "main.py"], ("", "semantic"))
TOOLING = (["tests", "scripts", "bench", "installer"], ("", "semantic", "dev", "build"))


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def declared(extras: Iterable[str]) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    for extra in extras:
        if extra:
            names |= {_name(r) for r in project["optional-dependencies"][extra]}
    return names


def top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def _files(entries: list[str]) -> list[Path]:
    files: list[Path] = []
    for entry in entries:
        path = ROOT / entry
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(path.rglob("*.py")))
    return files


def undeclared(entries: list[str], extras: tuple[str, ...]) -> list[str]:
    providers = metadata.packages_distributions()
    allowed = declared(extras)
    problems: list[str] = []
    for path in _files(entries):
        for module in sorted(top_level_imports(path)):
            if module in FIRST_PARTY or module in sys.stdlib_module_names or module.startswith("_"):
                continue
            distributions = {d.lower().replace("_", "-") for d in providers.get(module, [])}
            if not distributions:
                problems.append(f"{path.relative_to(ROOT)}: imports {module!r}, which no installed package provides")
            elif not distributions & allowed:
                where = "dependencies or extras " + "/".join(e for e in extras if e)
                source = ", ".join(sorted(distributions))
                problems.append(f"{path.relative_to(ROOT)}: imports {module!r} (from {source}),"
                                f" not declared in pyproject.toml ({where})")
    return problems


def main() -> int:
    problems = undeclared(*RUNTIME) + undeclared(*TOOLING)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
