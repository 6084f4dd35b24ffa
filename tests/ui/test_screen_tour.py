"""The officer's screens at a common office laptop's 1366×768 and at 1920×1080, in Ukrainian and in English.

On the demo data (the worked examples included) the tour opens the main window with every tab of a decided and of
a registered case, and every window and dialog an officer meets (catalogue, policy profiles, statistics, reports,
commission, protocol, order, appeal, assessment, settings, sign-in, new case, "Open with"). Each screen is saved to
``build/screens/<lang>/<size>/<name>.png`` and checked with Qt's font metrics: no label, button, tab, header,
group title or drop-down text is cut (its text is wider than the room the widget gives it), no short table cell is
elided without a tooltip; and in Ukrainian no visible text is one of the English source strings of the
translation catalogue (or a formatted one of them).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.services.demo import DEMO_DEAN
from tests.conftest import REPO_ROOT

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
SCREENS = REPO_ROOT / "build" / "screens"
UK_TS = REPO_ROOT / "resources" / "i18n" / "recognition_desk_uk.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")
# Texts that are the same in both languages or are data (codes, units, Qt's own buttons, language names).
NEUTRAL = re.compile(r"^[\s\d.,:;–—…%/+\-()#№>×·'\"«»\[\]|=<→A-F]*$")


# --- the Ukrainian catalogue's English sources -------------------------------------------------------------------
def _sources() -> tuple[set[str], dict[str, list[re.Pattern[str]]]]:
    """English sources that have a different Ukrainian translation: plain ones, and formatted ones as patterns
    keyed by their first four characters."""
    plain: set[str] = set()
    patterns: dict[str, list[re.Pattern[str]]] = {}
    for message in ET.parse(UK_TS).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
        translation = message.find("translation")
        texts = [translation.text or ""] if translation is not None else []
        if translation is not None and len(translation):
            texts = [form.text or "" for form in translation]
        if not source.strip() or NEUTRAL.match(source) or source in texts or not re.search(r"[A-Za-z]{3}", source):
            continue
        if PLACEHOLDER.search(source):
            parts = PLACEHOLDER.split(source)
            if len(parts[0]) >= 4:
                regex = ".+?".join(re.escape(part) for part in parts)
                patterns.setdefault(parts[0][:4], []).append(re.compile(regex + "$", re.DOTALL))
        else:
            plain.add(source)
    return plain, patterns


def untranslated(text: str, plain: set[str], patterns: dict[str, list[re.Pattern[str]]]) -> bool:
    text = text.strip()
    if text in plain:
        return True
    return any(p.match(text) for p in patterns.get(text[:4], ()))


# What is data in a core text (addresses, JSON-LD terms, quoted names, type names, dates) and English in none.
_DATA = re.compile(r"https?://\S+|@\w+|'[^']*'|\"[^\"]*\"|\b[A-Z][a-z]+[A-Z]\w*|\b[\w.-]+\.(?:json|png|pdf)\b")


def core_english(db: Any) -> tuple[set[str], set[str]]:
    """The English texts the core stored for the demo's evidence and decisions (verdicts, the names and details of
    the checks, the learner comparisons, the original grade scales) that have words to translate: single words
    (a check's name) as whole texts, longer ones also inside a text (a verdict after its label)."""
    from sqlalchemy import select

    from app.models import DecisionLine, EvidenceItem

    texts: set[str] = set()
    with db.read() as session:
        for item in session.scalars(select(EvidenceItem)):
            verification = item.verification or {}
            texts.add(str(verification.get("message") or ""))
            for check in verification.get("checks") or ():
                texts.update((str(check.get("name") or ""), str(check.get("detail") or "")))
            texts.add(str((item.learner_match or {}).get("detail") or ""))
        texts.update(f"({line.original_scale})" for line in session.scalars(select(DecisionLine))
                     if line.original_scale)
    english = {text.strip() for text in texts if re.search(r"\b[a-z]{3,}\b", _DATA.sub(" ", text))}
    return {t for t in english if " " not in t}, {t for t in english if " " in t}


def shows_core_english(text: str, words: set[str], phrases: set[str]) -> str | None:
    text = text.strip()
    if text in words:
        return text
    return next((phrase for phrase in phrases if phrase in text), None)


# --- what a screen shows ------------------------------------------------------------------------------------------
def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&amp;", "&") if "<" in text else text


def _shown(widget: QWidget) -> bool:
    """On screen now: visible and not scrolled out of sight (a scroll area paints through its viewport)."""
    painted = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    return widget.isVisible() and widget.width() > 0 and not painted.visibleRegion().isEmpty()


def _cells(view: QTableView) -> Iterator[tuple[QModelIndex, str]]:
    """The cells a view shows on screen now (the rows and columns inside its viewport)."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    for row in range(max(first, 0), last + 1):
        if view.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str | int | float) and str(value):
                yield index, str(value)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            yield name, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, _clean(widget.text())
        elif isinstance(widget, QGroupBox):
            yield name, _clean(widget.title())
        elif isinstance(widget, QComboBox):
            yield name, widget.currentText()
        elif isinstance(widget, QTabBar):
            yield from ((f"{name} tab", _clean(widget.tabText(i))) for i in range(widget.count()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                header = widget.model().headerData(section, widget.orientation(), Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    yield f"{name} header", header
        elif isinstance(widget, QTableView):
            yield from ((f"{name} cell", text) for _index, text in _cells(widget))


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * label.margin() - (label.indent() if label.indent() > 0 else 0)
    if label.wordWrap() or (QtGui.Qt.mightBeRichText(text) and label.textFormat() != Qt.TextFormat.PlainText):
        # Wrapped or rich text: it must fit the height the layout gives it.
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        if needed > label.height() + 2:
            return f"needs {needed} px of height, has {label.height()}"
        if not label.wordWrap() and label.sizeHint().width() > label.width() + 2:
            return f"needs {label.sizeHint().width()} px, has {label.width()}"
        return None
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
    return f"needs {widest} px, has {room}" if widest > room + 1 else None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    width = QFontMetrics(combo.font()).horizontalAdvance(text)
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return f"needs {width + icon} px, has {field.width()}" if width + icon > field.width() + 1 else None


def _header_problems(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None or not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
        return
    view = header.parentWidget()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        needed = header.sectionSizeFromContents(section).width()  # the header's own font, margins, sort arrow
        if not header.isSortIndicatorShown() or header.sortIndicatorSection() != section:
            needed -= header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        size = header.sectionSize(section)
        if header.stretchLastSection() and section == header.count() - 1:
            size = max(size, header.viewport().width() - header.sectionPosition(section))
        if needed > size:
            yield f"header {text!r} of {type(view).__name__}: needs {needed} px, has {size}"


def _cell_problems(view: QTableView) -> Iterator[str]:
    """A short text (a verdict, a status, a decision) elided in its cell, with no tooltip to read it whole."""
    if view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideNone:
        return
    metrics = QFontMetrics(view.font())
    # The style's text margin inside a cell, on each side (Qt's item delegate: the focus frame's margin + 1).
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for index, text in _cells(view):
        if len(text) > 60 or "\n" in text:
            continue  # free text (an outcome, a comment) may be elided: the detail area shows it whole
        room = view.columnWidth(index.column()) - margin
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            room -= view.iconSize().width() or 16
        if view.horizontalHeader().stretchLastSection() and index.column() == view.model().columnCount() - 1:
            room = max(room, view.viewport().width() - view.columnViewportPosition(index.column()) - margin)
        if metrics.horizontalAdvance(text) > room and not index.data(Qt.ItemDataRole.ToolTipRole):
            yield f"cell {text!r} of {type(view).__name__}: needs {metrics.horizontalAdvance(text)} px, has {room}"


def clipped(root: QWidget) -> list[str]:
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _shown(widget):
            problems.extend(_widget_problems(widget))
    return problems


def _tab_problems(bar: QTabBar) -> Iterator[str]:
    if bar.count() and bar.tabRect(bar.count() - 1).right() > bar.width():
        yield f"tabs {[_clean(bar.tabText(i)) for i in range(bar.count())]}: they do not fit in {bar.width()} px"
    for i in range(bar.count()):
        if "&" in _clean(bar.tabText(i)):
            yield f"tab {_clean(bar.tabText(i))!r}: an ampersand in a tab name (write the word)"
        if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width():
            yield (f"tab {_clean(bar.tabText(i))!r}: needs {bar.tabSizeHint(i).width()} px, "
                   f"has {bar.tabRect(i).width()}")


def _single_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel) and widget.parentWidget() is not None:
        problem = _label_problem(widget)
        return f"label {_plain(widget.text())[:60]!r}: {problem}" if problem else None
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
        hint = widget.sizeHint().width()
        return f"button {_clean(widget.text())!r}: needs {hint} px, has {widget.width()}" \
            if hint > widget.width() + 1 else None
    if isinstance(widget, QGroupBox) and widget.title():
        needed = QFontMetrics(widget.font()).horizontalAdvance(_clean(widget.title())) + 16
        return f"group {widget.title()!r}: needs {needed} px, has {widget.width()}" \
            if needed > widget.width() else None
    if isinstance(widget, QComboBox):
        problem = _combo_problem(widget)
        return f"drop-down {widget.currentText()!r}: {problem}" if problem else None
    return None


def _widget_problems(widget: QWidget) -> list[str]:
    if isinstance(widget, QTabBar):
        return list(_tab_problems(widget))
    if isinstance(widget, QHeaderView):
        return list(_header_problems(widget))
    if isinstance(widget, QTableView) and isinstance(widget, QAbstractItemView):
        return list(_cell_problems(widget))
    problem = _single_problem(widget)
    return [problem] if problem else []


# --- the tour -----------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tour_db(loaded_demo: Any) -> Any:
    """The demo with its worked examples (tests/conftest.py): every screen has something to show."""
    return loaded_demo


class Tour:
    def __init__(self, qapp: QApplication, window: Any, folder: Path, language: str) -> None:
        self.qapp = qapp
        self.window = window
        self.folder = folder
        self.language = language
        self.problems: list[str] = []
        self.seen: set[str] = set()
        self.plain, self.patterns = _sources() if language == "uk" else (set(), {})
        self.core_words, self.core_phrases = core_english(window.ctx.db) if language == "uk" else (set(), set())
        folder.mkdir(parents=True, exist_ok=True)

    def settle(self) -> None:
        for _ in range(3):
            self.qapp.processEvents()
            self.window.ctx.runner.wait()
        self.qapp.processEvents()

    def screen(self, root: QWidget, name: str) -> None:
        """Grab ``root`` as it is now and check it; then each page of its tab widgets in turn."""
        tab_widgets = _outer([t for t in root.findChildren(QTabWidget) if _shown(t)])
        self._check(root, name)
        for tabs in tab_widgets:
            if tabs is getattr(self.window, "case_view", None) and root is not self.window:
                continue
            self._pages(root, tabs, name)

    def _pages(self, root: QWidget, tabs: QTabWidget, name: str) -> None:
        """Every page of ``tabs`` but the current one (already seen), and the pages of the tab widgets inside
        each page (the Evidence tab's elements, checks and outcomes)."""
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            slug = re.sub(r"\W+", "-", _clean(tabs.tabText(index)).lower()).strip("-")
            if index != current:
                tabs.setCurrentIndex(index)
                self.settle()
                self._check(root, f"{name}-{index}-{slug}")
            page = tabs.widget(index)
            inside = page.findChildren(QTabWidget) if page is not None else []
            for inner in _outer([t for t in inside if _shown(t)]):
                self._pages(root, inner, f"{name}-{index}-{slug}")
        tabs.setCurrentIndex(current)

    def _check(self, root: QWidget, name: str) -> None:
        self.settle()
        root.grab().save(str(self.folder / f"{name}.png"))
        found = clipped(root)
        if self.language == "uk":
            for where, text in visible_texts(root):
                if untranslated(text, self.plain, self.patterns):
                    found.append(f"{where} in English: {text!r}")
                elif english := shows_core_english(text, self.core_words, self.core_phrases):
                    found.append(f"{where} shows the core's English {english!r}: {text[:100]!r}")
        for problem in found:  # each once, on the first screen that shows it
            if problem not in self.seen:
                self.seen.add(problem)
                self.problems.append(f"{name}: {problem}")

    def dialog(self, make: Callable[[], QWidget], name: str) -> None:
        dialog = make()
        screen = self.window.size()  # a dialog never gets more than the screen (less a title bar and a taskbar)
        dialog.resize(min(dialog.width(), screen.width()), min(dialog.height(), screen.height() - 70))
        dialog.show()
        self.settle()
        self.screen(dialog, name)
        dialog.close()
        dialog.deleteLater()
        self.settle()


def _outer(tab_widgets: list[QTabWidget]) -> list[QTabWidget]:
    """The tab widgets not inside another of them (those inside are visited page by page with their parent)."""
    return [t for t in tab_widgets if not any(o is not t and o.isAncestorOf(t) for o in tab_widgets)]


def elements_that_do_not_fit(window: Any) -> list[str]:
    """The rows of the Evidence tab's element table that the officer has to scroll to (all sixteen elements must
    be seen at once)."""
    tabs = window.case_view
    tab = window.evidence.tab
    current = tabs.currentIndex()
    tabs.setCurrentWidget(tab)
    tab.detail_tabs.setCurrentIndex(0)
    QApplication.processEvents()
    table = tab.elements
    hidden = [table.item(row, 0).text() for row in range(table.rowCount())
              if table.visualRect(table.model().index(row, 0)).bottom() > table.viewport().height()]
    tabs.setCurrentIndex(current)
    return hidden


def _select_case(tour: Tour, reg_no_status: str) -> None:
    window = tour.window
    model = window.cases_model
    for row in range(model.rowCount()):
        if model.row_at(row).status == reg_no_status:
            window.table.selectRow(row)
            break
    else:
        raise AssertionError(f"no {reg_no_status} case in the demo")
    tour.settle()
    assert window.case_view.case is not None


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("language", ["uk", "en"])
def test_screen_tour(language: str, size: str, tour_db: Any, qtbot: Any, qapp: QApplication) -> None:
    from app.services import cases as case_service
    from app.ui import i18n
    from app.ui import workflow_dialogs as dialogs
    from app.ui.catalogue_view import CatalogueDialog
    from app.ui.commissions_view import CommissionsDialog
    from app.ui.context import AppContext
    from app.ui.dialogs import SettingsDialog
    from app.ui.main_window import MainWindow
    from app.ui.new_case_dialog import NewCaseDialog
    from app.ui.policy_view import PolicyDialog
    from app.ui.reports_view import PeriodDialog
    from app.ui.settings import Settings
    from app.ui.sign_in import SignInDialog
    from app.ui.stats_view import StatsDialog
    from app.ui.workers import TaskRunner

    saved = i18n.language_state()
    translators = i18n.install_translators(qapp, language)
    try:
        window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=tour_db))
        qtbot.addWidget(window)
        window.resize(*SIZES[size])
        window.show()
        qtbot.waitUntil(lambda: window.cases_loaded_once and window.features_ready, timeout=20_000)
        tour = Tour(qapp, window, SCREENS / language / size, language)
        tour.settle()
        _select_case(tour, "order_issued")
        header = window.table.horizontalHeader()  # the status is seen in the list at the default split
        status_end = header.sectionViewportPosition(window.STATUS_COLUMN) + header.sectionSize(window.STATUS_COLUMN)
        if status_end > window.table.viewport().width():
            tour.problems.append(f"main: the cases list's Status column ends at {status_end} px, outside the "
                                 f"{window.table.viewport().width()} px the list shows")
        tour.screen(window, "main-order-issued")
        hidden = elements_that_do_not_fit(window)
        if hidden:
            tour.problems.append(f"main: the Evidence tab's elements {hidden} are below the table's bottom edge")
        _select_case(tour, "under_assessment")
        tour.screen(window, "main-under-assessment")
        _select_case(tour, "order_issued")

        workflow = window.case_workflow
        commission = workflow.bundle.protocols.commission if workflow.bundle else None
        programmes = case_service.programme_choices(tour_db)
        screens: dict[str, Callable[[], QWidget]] = {
            "statistics": lambda: StatsDialog(window),
            "catalogue": lambda: CatalogueDialog(window),
            "commissions": lambda: CommissionsDialog(window),
            "policy": lambda: PolicyDialog(window),
            "settings": lambda: SettingsDialog(Settings(), "sqlite://", window),
            "sign-in": lambda: SignInDialog(tour_db, window),
            "new-case": lambda: NewCaseDialog(window.ctx, programmes, window),
            "register-period": lambda: PeriodDialog(window, window.tr("Register"), [], []),
            "commission": lambda: dialogs.CommissionDialog(commission, window),
            "member": lambda: dialogs.MemberDialog(None, window),
            "order": lambda: dialogs.OrderDialog(DEMO_DEAN, window),
            "appeal": lambda: dialogs.AppealDialog(None, window),
            "appeal-outcome": lambda: dialogs.ResolveAppealDialog(window),
            "notification": lambda: dialogs.NotificationDialog(window),
            "assessment": lambda: dialogs.AssessmentDialog(None, window),
        }
        if commission is not None:
            screens["protocol"] = lambda: dialogs.ProtocolDialog(commission, False, "", window)
        # The dialogs are as large at 1920×1080 as at 1366×768 (where they are checked): only the main window grows.
        for name, make in screens.items() if size == "1366x768" else ():
            if name == "statistics":
                def make_stats() -> QWidget:
                    dialog = StatsDialog(window)
                    dialog.view.refresh()
                    return dialog
                tour.dialog(make_stats, name)
            else:
                tour.dialog(make, name)
        window.close()
        tour.settle()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.restore_language_state(saved)
    assert not tour.problems, f"{len(tour.problems)} problems at {size} in {language}:\n" + "\n".join(
        tour.problems[:80])
