"""Make texts passed to one-argument translation helpers visible to pyside6-lupdate.

A module may define a helper such as::

    def _t(text: str) -> str:
        return QCoreApplication.translate("Catalogue", text)

and then call ``_t("Exam")``; the core writes ``msg("Case {case} is closed.", case=...)`` (app.messages), with
``n=count`` for a plural message; reports call the translate function they are given, ``tr("Report", "Total")``
(outside app/ui), and tables of names are marked ``tr_noop("Report values", "exam")`` (app.translation).
lupdate only sees literal ``tr()``/``translate()`` calls of Qt, so it would miss all of them.
This script finds such helpers (a function whose body returns ``translate("<literal context>", <its parameter>)``)
in the given folders and writes, for every call of a helper with a literal text, the equivalent literal
``QCoreApplication.translate("Catalogue", "Exam")`` into one Python file that scripts/i18n.sh hands to lupdate.

    python scripts/i18n_wrappers.py OUTPUT.py FOLDER...
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

MESSAGES_CONTEXT = "Messages"  # app.messages.CONTEXT (this script does not import the application)


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """The fixed context of a one-text translation helper, or None when ``func`` is not one."""
    params = [a.arg for a in func.args.args if a.arg not in ("self", "cls")]
    if not params or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if not isinstance(call, ast.Call) or len(call.args) < 2:
        return None
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    context, text = call.args[0], call.args[1]
    if (name == "translate" and isinstance(context, ast.Constant) and isinstance(context.value, str)
            and isinstance(text, ast.Name) and text.id == params[0]):
        return context.value
    return None


def wrapped_calls(path: Path) -> list[tuple[str, str, int, bool]]:  # noqa: C901 - one branch per kind of call
    """(context, text, line, plural) for every call of a translation helper with a literal text in ``path``."""
    core = "ui" not in path.parts
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    helpers: dict[str, str | None] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            context = _wrapper_context(node)
            if context is not None:
                # The same name with two different contexts in one file cannot be resolved: leave it out.
                helpers[node.name] = context if helpers.get(node.name, context) == context else None
    # Messages of the core: msg("template", ...) from app.messages, translated in the context "Messages".
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "app.messages":
            for alias in node.names:
                if alias.name == "msg":
                    helpers[alias.asname or alias.name] = MESSAGES_CONTEXT
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if (isinstance(node.func, ast.Name) and helpers.get(node.func.id)
                and node.args and _literal(node.args[0]) is not None):
            plural = node.func.id in helpers and helpers[node.func.id] == MESSAGES_CONTEXT and any(
                k.arg == "n" for k in node.keywords)
            found.append((str(helpers[node.func.id]), str(_literal(node.args[0])), node.lineno, plural))
        elif _translate_call(node, core):
            plural = len(node.args) > 2 or any(k.arg == "n" for k in node.keywords)
            found.append((str(_literal(node.args[0])), str(_literal(node.args[1])), node.lineno, plural))
    # translate("Context", "text") inside an f-string: lupdate does not look into f-strings.
    for joined in ast.walk(tree):
        if isinstance(joined, ast.JoinedStr):
            for node in ast.walk(joined):
                if (isinstance(node, ast.Call) and _callee(node) == "translate" and len(node.args) >= 2
                        and all(_literal(a) is not None for a in node.args[:2])):
                    found.append((str(_literal(node.args[0])), str(_literal(node.args[1])), node.lineno,
                                  len(node.args) > 2))
    return sorted(dict.fromkeys(found), key=lambda item: item[2])  # in line order, each once


def _callee(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translate_call(node: ast.Call, core: bool) -> bool:
    """``tr_noop("Context", "text")`` anywhere; ``tr("Context", "text"[, n])`` outside the interface (where ``tr``
    is the ``app.translation.Translate`` a report or the core is given; in app/ui ``self.tr`` is Qt's own)."""
    name = node.func.id if isinstance(node.func, ast.Name) else None
    if name not in ("tr_noop", "tr") or (name == "tr" and not core):
        return False
    return len(node.args) >= 2 and _literal(node.args[0]) is not None and _literal(node.args[1]) is not None


def write_stub(output: Path, folders: list[Path], root: Path) -> int:
    lines = ['"""Generated by scripts/i18n_wrappers.py for pyside6-lupdate; not imported by the application."""',
             "from PySide6.QtCore import QCoreApplication", ""]
    count = 0
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            for context, text, line, plural in wrapped_calls(path):
                where = path.resolve().relative_to(root) if path.resolve().is_relative_to(root) else path
                count_arg = ", None, 1" if plural else ""
                lines.append(f"QCoreApplication.translate({context!r}, {text!r}{count_arg})  # {where}:{line}")
                count += 1
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path.cwd().resolve()
    count = write_stub(Path(argv[0]), [Path(a) for a in argv[1:]], root)
    print(f"{count} texts of translation helpers written to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
