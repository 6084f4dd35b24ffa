"""A third language is a new ``.ts`` file and nothing else: proved with a pseudo-language.

The pseudo-language's catalogue is built here from the committed Ukrainian ``.ts`` (which holds every message of
the application): each translation is its English source between marks, ``⟦source⟧``, placeholders (``%n``,
``{field}``) kept. It is compiled with ``pyside6-lrelease`` for the interface and read by ``app.translation`` for
everything outside Qt. Loaded as the language, every visible text must come out marked; only real data may stay
unmarked (names, titles, codes, numbers, dates). A text that is not marked is a text that a new language could not
translate: a hard-coded string, an English dictionary, a message the catalogue does not hold.

Adding a real language works the same way: copy ``resources/i18n/recognition_desk_uk.ts`` to
``recognition_desk_<lang>.ts``, set its ``language`` attribute, translate every message (and the decimal
separator, context ``Format``) and run ``scripts/i18n.sh``. The reports, the command line's ``--lang`` and the
reasons of the proposals take the language from the catalogues found; nothing in the code lists the languages.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.services.demo import DEMO_CASE_COUNT
from app.translation import Translator, load_translator, render_message
from tests.conftest import REPO_ROOT

PSEUDO = "qps"  # the private-use tag for pseudo-locales
UK_TS = REPO_ROOT / "resources" / "i18n" / "recognition_desk_uk.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
# What may remain of a visible text once its marked parts and its data are taken out: figures and punctuation.
NEUTRAL = re.compile(r"[\s\d.,:;–—…%/+\-()#№>×·'\"«»\[\]|=<→]*")


def build_pseudo_catalogue(folder: Path) -> Path:
    """``recognition_desk_qps.ts`` (and ``.qm``) in ``folder``: every translation is the marked source."""
    tree = ET.parse(UK_TS)
    root = tree.getroot()
    root.set("language", "eo")  # two plural forms, as plural_index gives a language it does not know
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = source if name == "Format" else f"⟦{source}⟧"  # the decimal separator stays a separator
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    ts = folder / f"recognition_desk_{PSEUDO}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    if LRELEASE.exists():
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True, timeout=120)
    return ts


def leftover(text: str, data: Iterable[str] = ()) -> str:
    """What of ``text`` is neither marked, nor data, nor figures and punctuation ("" when nothing)."""
    rest = text
    while True:  # innermost marks first: a translated message may hold translated fields
        shorter = MARKED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    for value in sorted({d for d in data if d}, key=len, reverse=True):
        rest = rest.replace(value, " ")
    return "" if NEUTRAL.fullmatch(rest) else rest.strip()


def strings_of(value: Any) -> Iterator[str]:
    """Every text held in a report's data (dataclasses, named tuples, lists): these are data, not interface."""
    if isinstance(value, str):
        yield value
        yield from (line for line in value.splitlines() if line)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from strings_of(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from strings_of(item)


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Translator, Path]:
    folder = tmp_path_factory.mktemp("pseudo-i18n")
    ts = build_pseudo_catalogue(folder)
    return load_translator(PSEUDO, folder), ts


@pytest.fixture(scope="module")
def demo(loaded_demo: Any) -> Any:
    """The demo as the application loads it, worked examples of the procedure included (tests/conftest.py)."""
    return loaded_demo


def test_the_pseudo_catalogue_is_a_language(pseudo: tuple[Translator, Path]) -> None:
    tr, _ts = pseudo
    assert tr("Report", "Total") == "⟦Total⟧"
    assert tr("Messages", "covers {covered} of %n outcome(s)", 3) == "⟦covers {covered} of 3 outcome(s)⟧"
    assert leftover("⟦Total⟧: 12,5 %") == "" and leftover("Total: 12") == "Total: 12"


# --- (b) the reasons of the proposals --------------------------------------------------------------------------
def _scenarios() -> Iterator[Any]:
    """Proposals that between them give every reason the rules know."""
    from app.matching.coverage import MatchResult, OutcomePair
    from app.matching.policy import ComponentFacts, CreditedElsewhere, EvidenceFacts, PolicyRules, propose

    def result(covered: int, total: int, partly: int = 0) -> MatchResult:
        pairs = tuple(
            OutcomePair(i, f"outcome {i}", 0 if i < covered + partly else None, "evidence outcome",
                        0.9 if i < covered else 0.5 if i < covered + partly else 0.0, "lexical",
                        "covered" if i < covered else "partly" if i < covered + partly else "not")
            for i in range(total))
        return MatchResult(pairs, 0.6, 0.45)

    today = date(2026, 9, 1)
    component = ComponentFacts("ОК5", "Бази даних", 5.0, control="exam", module_points=15)
    good = EvidenceFacts(id="SQL course", hours=150, verification_status="verified", grade="92/100",
                         issued_on=date(2025, 1, 1))
    rules = PolicyRules()
    yield propose(component, result(6, 6), [good], rules, 0, 60, today=today)
    partly = tuple(OutcomePair(i, f"outcome {i}", i, f"evidence outcome {i}", 0.5, "embedding", "partly")
                   for i in range(3))  # every outcome partly evidenced, each by another outcome
    yield propose(component, MatchResult(partly, 0.6, 0.45), [good], rules, 0, 60, today=today)
    # one outcome partly evidenced, the others just under the line, each by another outcome
    nearly = tuple(OutcomePair(i, f"outcome {i}", i, f"evidence outcome {i}", 0.5 if i == 0 else 0.445, "embedding",
                               "partly" if i == 0 else "not") for i in range(3))
    yield propose(component, MatchResult(nearly, 0.6, 0.45), [good], rules, 0, 60, today=today)
    yield propose(component, result(4, 6, 1), [EvidenceFacts(id="Badge", hours=40, verification_status="verified",
                                                             grade="70%", issued_on=date(2025, 1, 1))],
                  PolicyRules.from_dict({**rules.to_dict(), "partial_grade_rule": "proportional"}), 0, 60,
                  today=today)
    strict = PolicyRules.from_dict({**rules.to_dict(), "required_verification": "signature",
                                    "max_evidence_age_years": 3, "excluded_issuer_countries": ["RU"],
                                    "require_translation": True, "eligible_component_types": ["elective"]})
    yield propose(component, result(1, 6), [
        EvidenceFacts(id="Old", issued_on=date(2010, 1, 1), issuer_country="RU", language="de"),
        EvidenceFacts(id="Forged", verification_status="invalid"),
        EvidenceFacts(id="Undated", hours=10, verification_status="verified", grade="Pass"),
        EvidenceFacts(id="Somewhere", issuer_country="Atlantis", issued_on=date(2025, 1, 1))], strict, 0, 60,
        today=today)
    yield propose(component, result(0, 0), [], rules, 0, 60, today=today)
    yield propose(component, result(6, 6), [EvidenceFacts(id="Own key", hours=150, verification_status="verified",
                                                           issuer_binding="self-asserted", issuer="Coursera",
                                                           revocation="not-checked", issued_on=date(2025, 1, 1))],
                  rules, 0, 60, today=today)
    yield propose(component, result(6, 6), [good], rules, 12, 60, today=today)  # past the cap
    yield propose(component, result(6, 6), [good], rules, 10, 60, today=today)  # what the cap leaves
    for rule in ("warn", "override", "block"):
        yield propose(component, result(6, 6), [
            EvidenceFacts(id="Someone else's", hours=150, verification_status="unverifiable-offline",
                          learner_match="mismatch", issued_on=date(2025, 1, 1)),
            EvidenceFacts(id="Nobody named", hours=10, learner_match="unknown", verification_status="verified",
                          issuer="Moscow State University, Russia", issuer_country="UA"),
            EvidenceFacts(id="Latin name", learner_match="probable", verification_status="unverifiable-offline",
                          manually_checked=True)],
            PolicyRules.from_dict({**rules.to_dict(), "identity_rule": rule}), 0, 60, today=today)
    yield propose(component, result(6, 6), [EvidenceFacts(id="Offline", verification_status="unverifiable-offline",
                                                           hours=60)],
                  PolicyRules.from_dict({**rules.to_dict(), "workload_rule": "proportional",
                                         "required_verification": "checked"}), 0, 60, today=today)
    yield propose(component, result(6, 6), [EvidenceFacts(id="Short", verification_status="verified", hours=60)],
                  PolicyRules.from_dict({**rules.to_dict(), "workload_rule": "proportional"}), 0, 60, today=today)
    yield propose(component, result(6, 6), [EvidenceFacts(id="No hours", verification_status="verified",
                                                           grade="???")], rules, 0, 60, today=today)
    yield propose(component, result(6, 6), [EvidenceFacts(id="4 credits in 30 hours", verification_status="verified",
                                                           hours=30, ects=4)], rules, 0, 60, today=today)
    yield propose(component, result(6, 6), [EvidenceFacts(id="Topics only", verification_status="verified",
                                                           hours=150, outcomes_from="topics")], rules, 0, 60,
                  today=today)
    yield propose(component, result(6, 6), [EvidenceFacts(id="Taken before", verification_status="verified",
                                                           hours=150)], rules, 0, 60, today=today,
                  elsewhere=CreditedElsewhere((100.0,), ("ОК4 Алгоритми",)))
    master = ComponentFacts("ОК5", "Бази даних", 5.0, cycle="master")
    for rule in ("warn", "block"):
        yield propose(master, result(6, 6), [EvidenceFacts(id="Level 6", hours=150, verification_status="verified",
                                                            level=6)],
                      PolicyRules.from_dict({**rules.to_dict(), "level_rule": rule}), 0, 60, today=today)


def test_every_reason_of_the_rules_is_translated(pseudo: tuple[Translator, Path]) -> None:
    from app.matching.policy import REASON_CODES, decision_message, render

    tr, _ts = pseudo
    seen: set[str] = set()
    problems = []
    for proposal in _scenarios():
        for reason in proposal.reasons:
            seen.add(reason.code)
            data = [str(v) for v in reason.params.values() if isinstance(v, str)]
            rest = leftover(render(reason, tr), data)
            if rest:
                problems.append(f"{reason.code}: {render(reason, tr)!r} leaves {rest!r}")
        assert leftover(render_message(decision_message(proposal.decision), tr)) == ""
    assert seen >= REASON_CODES - {"bloom_lower"}, sorted(REASON_CODES - seen)
    assert not problems, "\n".join(problems)


def test_match_reasons_and_statements_are_translated(pseudo: tuple[Translator, Path], demo: Any) -> None:
    from app.services.matching import match_programme

    tr, _ts = pseudo
    evidence = REPO_ROOT / "resources" / "demo" / "evidence"
    files = [evidence / "case1-data-analysis-python-ob3.json", evidence / "case1-sql-certificate.pdf",
             evidence / "case2-clustering-badge.png"]
    report = match_programme(demo, "122-BS-CS", files, embedding=False)
    assert report.components
    problems = []
    for comp in report.components:
        data = [*comp.credentials, *(str(p["credential"] or "") for p in comp.pairs), comp.code, comp.title]
        produced = comp.to_json(tr)
        for text in [*produced["reasons"], produced["statement"], *produced["notes"]]:
            rest = leftover(text, data + [" + ".join(comp.credentials)])
            if rest:
                problems.append(f"{comp.code}: {text!r} leaves {rest!r}")
        assert [r["rule"] for r in produced["reason_codes"]] == [r["code"] for r in comp.reasons]
    assert not problems, "\n".join(problems[:20])


def test_stored_reasons_of_the_demo_are_translated(pseudo: tuple[Translator, Path], demo: Any) -> None:
    from sqlalchemy import select

    from app.models import DecisionLine
    from app.services.recognition_rules import reason_messages

    tr, _ts = pseudo
    problems = []
    with demo.read() as session:
        lines = list(session.execute(select(DecisionLine)).scalars())
        assert any(line.proposal_reasons for line in lines)
        for line in lines:
            data = [e.title or e.original_name for e in line.evidence] + [line.component_code]
            for message in reason_messages(line.proposal_reasons or []):
                text = render_message(message, tr)
                rest = leftover(text, data)
                if rest:
                    problems.append(f"{line.component_code}: {text!r} leaves {rest!r}")
    assert not problems, "\n".join(problems[:20])


# --- (c) every report workbook of the demo ------------------------------------------------------------------------
def _chart_texts(chart: Any) -> Iterator[str]:
    for title in (chart.title, getattr(getattr(chart, "x_axis", None), "title", None),
                  getattr(getattr(chart, "y_axis", None), "title", None)):
        rich = getattr(getattr(title, "tx", None), "rich", None)
        for paragraph in getattr(rich, "p", None) or []:
            yield "".join(run.t for run in paragraph.r or [])


def _workbook_problems(book: Any, data: set[str], where: str) -> list[str]:
    problems = []
    for ws in book.worksheets:
        texts = [(f"sheet name {ws.title!r}", ws.title)]
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    texts.append((f"{ws.title}!{cell.coordinate}", cell.value))
        for chart in getattr(ws, "_charts", []):
            texts += [(f"{ws.title} chart", text) for text in _chart_texts(chart)]
        for place, text in texts:
            rest = leftover(text, data)
            if rest:
                problems.append(f"{where} {place}: {text!r} leaves {rest!r}")
    if book.properties.title:
        rest = leftover(book.properties.title, data)
        if rest:
            problems.append(f"{where} title: {book.properties.title!r} leaves {rest!r}")
    return problems


def test_every_report_workbook_is_translated(pseudo: tuple[Translator, Path], demo: Any, tmp_path: Path) -> None:
    from app.reports.case_report import build_case_workbook
    from app.reports.data import RegisterFilter
    from app.reports.register import write_register
    from app.reports.statistics import build_statistics_workbook
    from app.services import reports

    tr, _ts = pseudo
    problems: list[str] = []
    with demo.read() as session:
        from sqlalchemy import select

        from app.models import Case

        numbers = list(session.execute(select(Case.reg_no).order_by(Case.id)).scalars())
    assert numbers
    for number in numbers:
        data = reports.case_report_data(demo, number)
        problems += _workbook_problems(build_case_workbook(data, tr), set(strings_of(data)), number)
    # The check bites: the same workbook in the source language is all unmarked text.
    english = _workbook_problems(build_case_workbook(data, load_translator("en")), set(strings_of(data)), "en")
    assert len(english) > 50, english

    rows = list(reports.iter_register(demo, RegisterFilter()))
    assert rows
    out = tmp_path / "register.xlsx"
    write_register(iter(rows), out, tr)
    problems += _workbook_problems(load_workbook(out), {s for row in rows for s in strings_of(list(row))},
                                   "register")

    stats = reports.statistics(demo)
    problems += _workbook_problems(build_statistics_workbook(stats, tr), set(strings_of(stats)), "statistics")
    assert not problems, f"{len(problems)} texts are not translated:\n" + "\n".join(problems[:40])


# --- (a) the main window, its menus and tabs ----------------------------------------------------------------------
def _database_texts(db: Any) -> set[str]:
    """Every text stored in the database: names, titles, codes, outcomes… (data, shown as it is)."""
    from sqlalchemy import String, Text, select

    from app.models.base import Base

    texts: set[str] = set()
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if columns:
                for row in session.execute(select(*columns)):
                    texts.update(str(v) for v in row if v)
    return texts | {line for text in texts for line in text.splitlines() if line}


def _visible_texts(root: Any) -> Iterator[tuple[str, str]]:  # noqa: C901 (one branch per kind of widget)
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QTableView,
        QTabWidget,
        QTreeView,
        QWidget,
    )

    def clean(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

    yield "window title", root.windowTitle()
    menus = root.menuBar().findChildren(QMenu) if hasattr(root, "menuBar") else []
    for menu in menus:
        yield "menu", clean(menu.title())
        for action in menu.actions():
            if action.text():
                yield "menu item", clean(action.text())
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            text = widget.text()
            if "<" in text:  # rich text: the words, not the markup
                text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")
            yield name, text
        elif isinstance(widget, QAbstractButton):
            yield name, clean(widget.text())
        elif isinstance(widget, QGroupBox):
            yield name, clean(widget.title())
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((f"{name} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((f"{name} tab", clean(widget.tabText(i))) for i in range(widget.count()))
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            from PySide6.QtCore import Qt

            model = widget.model()
            bar = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            for column in range(bar.count()):
                header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    yield f"{name} header", header


# Buttons of Qt's standard dialogs: translated by Qt's own catalogues (qtbase_<lang>.qm, shipped with Qt for many
# languages and installed by app.ui.i18n.install_translators), not by the application's.
QT_OWN = {"OK", "Cancel", "< Back", "Next >", "Finish", "Help", "Close", "Apply", "Yes", "No"}


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed next to this Python")
def test_main_window_menus_tabs_and_dialogs_are_translated(pseudo: tuple[Translator, Path], demo: Any, qtbot: Any,
                                                   qapp: Any) -> None:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QTabWidget

    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.workers import TaskRunner

    _tr, ts = pseudo
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(translator)
    try:
        window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=demo))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.cases_model.rowCount() == DEMO_CASE_COUNT, timeout=10000)
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: window.case_view.case is not None, timeout=10000)
        window.ctx.runner.wait()
        from app.ui.i18n import language_names

        data = _database_texts(demo) | {"A", "B", "C", "D", "E", "F", "FX"}  # the ECTS grade letters
        data |= set(language_names()) | set(language_names().values())  # language codes, each language's own name
        data |= QT_OWN | {"sqlite://"}
        problems: set[str] = set()

        def tour(root: Any, name: str) -> None:
            """Every tab of ``root`` in turn, the visible texts of each."""
            for tabs in [None, *root.findChildren(QTabWidget)]:
                for index in range(tabs.count()) if tabs is not None else [None]:
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                    qapp.processEvents()
                    window.ctx.runner.wait()
                    qapp.processEvents()
                    for where, text in _visible_texts(root):
                        rest = leftover(text, data)
                        if rest:
                            problems.add(f"{name} {where}: {text!r} leaves {rest!r}")

        tour(window, "main window")
        from app.services import cases as case_service
        from app.ui.catalogue_view import CatalogueDialog, ImportWizard
        from app.ui.dialogs import SettingsDialog
        from app.ui.new_case_dialog import NewCaseDialog
        from app.ui.policy_view import PolicyDialog
        from app.ui.reports_view import PeriodDialog
        from app.ui.stats_view import StatsDialog

        dialogs = {
            "settings": lambda: SettingsDialog(Settings(), "sqlite://", window),
            "new case": lambda: NewCaseDialog(window.ctx, case_service.programme_choices(demo), window),
            "register period": lambda: PeriodDialog(window, "⟦Register⟧", [("122-BS-CS", "⟦programme⟧")], []),
            "statistics": lambda: StatsDialog(window),
            "catalogue": lambda: CatalogueDialog(window),
            "programme import": lambda: ImportWizard(window),
            "policy profiles": lambda: PolicyDialog(window),
        }
        for name, make in dialogs.items():
            dialog = make()
            dialog.show()
            window.ctx.runner.wait()
            qapp.processEvents()
            tour(dialog, name)
            dialog.close()
            dialog.deleteLater()
        window.ctx.runner.wait()
    finally:
        qapp.removeTranslator(translator)
    assert not problems, f"{len(problems)} texts are not translated:\n" + "\n".join(sorted(problems)[:60])
