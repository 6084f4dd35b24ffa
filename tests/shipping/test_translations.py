"""The interface is complete in Ukrainian and English.

- Every string pyside6-lupdate finds in app/ui and app/cli has a finished Ukrainian translation in the committed
  .ts, with the same placeholders; plural messages have all three Ukrainian forms and both English ones.
- The committed .qm files are what pyside6-lrelease makes of the committed .ts files (nobody forgot to compile).
- Visible texts are not hard-coded: string literals handed to widgets, and tr() calls lupdate cannot read, fail.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

I18N = REPO_ROOT / "resources" / "i18n"
UK_TS, EN_TS = I18N / "recognition_desk_uk.ts", I18N / "recognition_desk_en.ts"
SOURCES = [REPO_ROOT / "app" / "ui", REPO_ROOT / "app" / "cli"]
BIN = Path(sys.executable).parent
LUPDATE, LRELEASE = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"
PLACEHOLDER = re.compile(r"\{\d*(?::[^}]*)?\}|%L?n|%\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation (one item) or the plural forms
    finished: bool


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    messages: dict[tuple[str, str, str], Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            tr = msg.find("translation")
            assert tr is not None
            numerus = msg.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            finished = tr.get("type") not in ("unfinished", "obsolete", "vanished")
            messages[(name, source, comment)] = Message(name, source, comment, numerus, forms, finished)
    return messages


def lupdate(tmp: Path, *extra: str) -> dict[tuple[str, str, str], Message]:
    """What scripts/i18n.sh collects: lupdate over the sources plus the texts of one-argument helpers."""
    wrapped = tmp / "wrapped_strings.py"
    subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "i18n_wrappers.py"), str(wrapped),
                    str(REPO_ROOT / "app")], check=True, capture_output=True, timeout=60)
    target = tmp / "extracted.ts"
    subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", *extra, *map(str, SOURCES), str(wrapped),
                    "-ts", str(target)], check=True, capture_output=True, timeout=120)
    return read_ts(target)


needs_tools = pytest.mark.skipif(not (LUPDATE.exists() and LRELEASE.exists()),
                                 reason="pyside6-lupdate/lrelease are not installed next to this Python")


def describe(msg: Message) -> str:
    return f"{msg.context}: {msg.source!r}"


@needs_tools
def test_every_ui_string_has_a_ukrainian_translation(tmp_path: Path) -> None:
    extracted = lupdate(tmp_path)
    assert len(extracted) > 50, "lupdate found almost nothing: is the source scan broken?"
    committed = read_ts(UK_TS)
    problems = []
    for key, msg in extracted.items():
        have = committed.get(key)
        if have is None:
            problems.append(f"not in {UK_TS.name}: {describe(msg)}")
        elif not have.finished or not all(f.strip() for f in have.forms):
            problems.append(f"untranslated: {describe(msg)}")
        elif have.numerus and len(have.forms) != 3:
            problems.append(f"needs 3 Ukrainian plural forms (1 / 2–4 / 5+): {describe(msg)}")
    assert not problems, (f"{len(problems)} interface string(s) lack a Ukrainian translation; run "
                          "scripts/i18n.sh, translate in resources/i18n/recognition_desk_uk.ts, run it again:\n  "
                          + "\n  ".join(problems[:40]))


@needs_tools
def test_every_plural_message_has_its_english_forms(tmp_path: Path) -> None:
    extracted = {k: m for k, m in lupdate(tmp_path, "-pluralonly").items() if m.numerus}
    committed = read_ts(EN_TS)
    problems = [describe(m) for k, m in extracted.items()
                if k not in committed or len(committed[k].forms) != 2 or not all(committed[k].forms)
                or not committed[k].finished]
    assert not problems, f"English plural forms (singular, plural) missing in {EN_TS.name}: {problems}"


def test_translations_keep_placeholders_and_shortcuts() -> None:
    problems = []
    for msg in read_ts(UK_TS).values():
        wanted = sorted(PLACEHOLDER.findall(msg.source))
        for form in msg.forms:
            if not msg.finished:
                continue
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"placeholders differ: {describe(msg)} -> {form!r}")
            if re.search(r"&\w", msg.source) and not re.search(r"&\w", form):
                problems.append(f"keyboard shortcut (&) lost: {describe(msg)} -> {form!r}")
            if "<" in msg.source and msg.source.count("<") != form.count("<"):
                problems.append(f"HTML tags differ: {describe(msg)}")
    assert not problems, "\n".join(problems)


def test_no_unfinished_or_obsolete_leftovers() -> None:
    """The committed sources carry only current strings (scripts/i18n.sh runs lupdate with -no-obsolete)."""
    text = UK_TS.read_text(encoding="utf-8")
    assert 'type="obsolete"' not in text and 'type="vanished"' not in text


@needs_tools
@pytest.mark.parametrize("language", ["uk", "en"])
def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path, language: str) -> None:
    ts = I18N / f"recognition_desk_{language}.ts"
    built = tmp_path / f"recognition_desk_{language}.qm"
    subprocess.run([str(LRELEASE), "-silent", "-nounfinished", "-removeidentical", str(ts), "-qm", str(built)],
                   check=True, capture_output=True, timeout=60)
    committed = I18N / built.name
    assert committed.exists(), f"{committed} is missing: run scripts/i18n.sh release"
    assert committed.read_bytes() == built.read_bytes(), f"{committed} is stale: run scripts/i18n.sh release"


def test_i18n_script_uses_the_same_options_as_these_tests() -> None:
    script = (REPO_ROOT / "scripts" / "i18n.sh").read_text(encoding="utf-8")
    assert "-nounfinished -removeidentical" in script and "-pluralonly" in script and "-extensions py" in script
    assert "app/ui app/cli" in script and "i18n_wrappers.py" in script


# --- hard-coded visible strings --------------------------------------------------------------------------------
# Methods and constructors whose string arguments are shown to the user: name -> positions of the visible texts
# (None: every positional argument). Static dialogs count only when called on their class.
VISIBLE_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": None, "setWindowTitle": None, "setToolTip": None, "setStatusTip": None, "setWhatsThis": None,
    "setPlaceholderText": None, "addItems": None, "setTitle": None, "showMessage": (0,), "addMenu": None,
    "addAction": None, "setHorizontalHeaderLabels": None, "setVerticalHeaderLabels": None, "setHeaderLabels": None,
    "setLabelText": None, "setInformativeText": None, "setDetailedText": None, "setSpecialValueText": None,
    "setSuffix": None, "setPrefix": None, "addRow": (0,), "setButtonText": (1,), "addButton": (0,),
    "addItem": (0,), "addTab": (1, 2), "insertTab": (2, 3), "setTabText": (1,), "setTabToolTip": (1,),
    "QLabel": (0,), "QPushButton": (0, 1), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0, 1), "QMenu": (0,), "QToolButton": (0,), "QCommandLinkButton": (0, 1), "QTableWidgetItem": (0,),
    "QListWidgetItem": (0,), "QTreeWidgetItem": None, "QStandardItem": (0,),
}
STATIC_DIALOGS: dict[str, dict[str, tuple[int, ...]]] = {
    "QMessageBox": {"information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
                    "about": (1, 2)},
    "QFileDialog": {"getOpenFileName": (1, 3), "getOpenFileNames": (1, 3), "getSaveFileName": (1, 3),
                    "getExistingDirectory": (1,)},
    "QInputDialog": {"getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2), "getDouble": (1, 2)},
}
# Texts that are the same in every language.
UNTRANSLATED_OK = {"Recognition Desk", "Українська", "English", "Excel"}
TAG = re.compile(r"<[^>]*>|&\w+;")


def _visible_words(node: ast.AST) -> str:
    """The literal text of a string or f-string argument, without HTML tags; '' when it holds no words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = " ".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.List | ast.Tuple):
        return " ".join(filter(None, (_visible_words(e) for e in node.elts)))
    else:
        return ""
    text = TAG.sub(" ", text).strip()
    for ok in UNTRANSLATED_OK:
        text = text.replace(ok, " ")
    # Words with a lower-case letter: codes and abbreviations (ECTS, PDF, grade letters FX) read the same everywhere.
    return text if any(word != word.upper() for word in re.findall(r"[^\W\d_]{2,}", text)) else ""


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


# Calls whose f-string arguments are not shown as interface text.
NOT_SHOWN = {"print", "setStyleSheet", "debug", "info", "warning", "error", "exception", "critical", "log",
             "setObjectName", "ask_save_path", "Path", "joinpath"}
FILE_OR_STYLE = re.compile(r"\.\w{2,5}\s*$|:\s*[^;]*;")


def untranslated_fstrings(tree: ast.AST, path: Path) -> list[str]:
    """f-strings with words in them, built for display outside tr(): "{n} outcome(s)" shown as it is."""
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr) or not _visible_words(node):
            continue
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        parent = parents.get(node)
        while isinstance(parent, ast.IfExp | ast.BinOp | ast.BoolOp):
            parent = parents.get(parent)
        if isinstance(parent, ast.Call) and _call_name(parent) in NOT_SHOWN | {"tr", "translate"}:
            continue
        if isinstance(parent, ast.Raise) or FILE_OR_STYLE.search(literal):
            continue
        found.append(f"{path.relative_to(REPO_ROOT)}:{node.lineno}: f-string {literal.strip()!r} is built for "
                     "display without tr() (use self.tr(\"{0} ...\").format(...), or %n for a count)")
    return found


def hard_coded_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = untranslated_fstrings(tree, path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{path.relative_to(REPO_ROOT)}:{node.lineno}"
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        owner_name = owner.id if isinstance(owner, ast.Name) else ""
        positions: tuple[int, ...] | None
        if owner_name in STATIC_DIALOGS:
            if name not in STATIC_DIALOGS[owner_name]:
                continue
            positions = STATIC_DIALOGS[owner_name][name]
        elif name in VISIBLE_CALLS:
            positions = VISIBLE_CALLS[name]
        else:
            positions = ()
        for index, arg in enumerate(node.args):
            if positions is not None and index not in positions:
                continue
            words = _visible_words(arg)
            if words:
                found.append(f"{where}: {name}(... {words!r} ...) is shown untranslated")
        if name in {"tr", "translate"}:
            text_arg = node.args[0] if name == "tr" and node.args else node.args[1] if len(node.args) > 1 else None
            if isinstance(text_arg, ast.JoinedStr | ast.BinOp):
                found.append(f"{where}: {name}() of an f-string or concatenation: lupdate cannot collect it "
                             "(use a literal with {0} placeholders and .format())")
            # self.tr and ClassName.tr use the class name as context, like lupdate; parent.tr(...) does not.
            class_like = isinstance(owner, ast.Name) and (owner.id in {"self", "cls"} or owner.id[:1].isupper())
            if name == "tr" and owner is not None and not class_like:
                found.append(f"{where}: .tr() on another object looks texts up under that object's class, not "
                             "where lupdate files them (use QCoreApplication.translate('Context', ...))")
    return found


def ui_files() -> list[Path]:
    return sorted((REPO_ROOT / "app" / "ui").rglob("*.py"))


@pytest.mark.parametrize("path", ui_files(), ids=lambda p: p.name)
def test_no_hard_coded_visible_strings(path: Path) -> None:
    problems = hard_coded_strings(path)
    assert not problems, "\n".join(problems)


def test_the_scan_catches_hard_coded_strings(tmp_path: Path) -> None:
    sample = REPO_ROOT / "app" / "ui" / "_scan_sample_.py"
    code = (
        "class W:\n"
        "    def f(self, parent, n):\n"
        "        QLabel('Applicant')\n"
        "        self.button.setText(f'Save {n} files')\n"
        "        self.tr(f'{n} cases')\n"
        "        parent.tr('About')\n"
        "        QLabel(self.tr('Fine'))\n"
        "        self.title.setText(f'<b>{n}</b>')\n"
        "        self.box.addItem('English', 'en')\n"
        "        QObject.tr('Class context is fine')\n"
        "        log.warning('not shown %s', n)\n"
        "        QMessageBox.warning(self, 'Careful', self.tr('ok'))\n"
        "        shown = f'{n} outcome(s)' if n else ''\n"
        "        self.setStyleSheet(f'color: {n};')\n"
        "        print(f'first-paint {n}')\n"
    )
    try:
        sample.write_text(code, encoding="utf-8")
        problems = hard_coded_strings(sample)
    finally:
        sample.unlink()
    assert len(problems) == 7, problems
    lines = sorted(int(p.split(":")[1]) for p in problems)
    assert lines == [3, 4, 4, 5, 6, 12, 13], problems  # line 4: an f-string handed to setText (two rules)


def test_texts_of_translation_helpers_are_collected(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _t(text: str) -> str:\n"
        "    return QCoreApplication.translate('Catalogue', text)\n"
        "def f(value):\n"
        "    return {'exam': _t('Exam')}.get(value, _t(value))\n", encoding="utf-8")
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    try:
        from i18n_wrappers import wrapped_calls
    finally:
        sys.path.remove(str(REPO_ROOT / "scripts"))
    assert wrapped_calls(sample) == [("Catalogue", "Exam", 5, False)]
    core = tmp_path / "service.py"
    core.write_text("from app.messages import msg\n"
                    "def f(case):\n"
                    "    raise ValueError(msg('Case {case} is closed.', case=case))\n"
                    "def g(tr, count):\n"
                    "    return tr('Report', 'Total'), tr('Report', '%n line(s)', count), msg('%n file(s)', n=count)\n"
                    "NAMES = {'exam': tr_noop('Report values', 'exam')}\n", encoding="utf-8")
    assert wrapped_calls(core) == [("Messages", "Case {case} is closed.", 3, False), ("Report", "Total", 5, False),
                                   ("Report", "%n line(s)", 5, True), ("Messages", "%n file(s)", 5, True),
                                   ("Report values", "exam", 6, False)]
