"""The main window: the cases list on the left, the selected case on the right, work in progress below."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.status import CaseStatus
from app.ui.case_view import CaseView
from app.ui.cases_model import CASE_ID_ROLE, CasesTableModel
from app.ui.context import AppContext
from app.ui.i18n import format_number
from app.ui.labels import status_label
from app.ui.workers import Task

if TYPE_CHECKING:
    from app.services.audit import ChainReport
    from app.services.cases import CaseDetail, CaseRow
    from app.services.database import Database
    from app.ui.case_workflow import CaseWorkflow
    from app.ui.catalogue_view import CatalogueFeature
    from app.ui.commissions_view import CommissionsFeature
    from app.ui.evidence_view import EvidenceController
    from app.ui.policy_view import PolicyFeature
    from app.ui.reports_view import ReportsController
    from app.ui.stats_view import StatsFeature

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The window and its features. Each feature adds its own menu entries, actions and case tabs; the window
    creates them (``_install_features``) once the database is open, so the window paints before the database layer
    is imported."""

    features_installed = Signal()  # the features below exist from now on
    STATUS_COLUMN = 4  # of the cases model

    evidence: EvidenceController  # evidence import, drag and drop, the Evidence tab
    case_workflow: CaseWorkflow  # the procedure: tabs, workflow bar, moves, undo
    catalogue: CatalogueFeature  # programmes: browse, import, template
    policy: PolicyFeature  # policy profiles
    reports: ReportsController  # the Reports menu's workbooks and PDF
    stats: StatsFeature  # the statistics view
    commissions: CommissionsFeature  # Catalogue ▸ Commissions

    def __init__(self, ctx: AppContext, log_file: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self.log_file = log_file
        self.setWindowTitle(self.tr("Recognition Desk"))
        self.resize(1360, 820)
        self.cases_model = CasesTableModel(self)
        self._pending_select: int | None = None
        self._opening: int | None = None  # the case whose details were asked for last
        self._build_cases_panel()
        self.case_view = CaseView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cases_panel)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 800])
        self.setCentralWidget(splitter)
        self._build_status_bar()
        self._build_menus()
        self.ctx.runner.task_started.connect(self._on_task_started)
        self.ctx.runner.task_finished.connect(self._on_task_finished)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.cases_loaded_once = False
        self.first_page_only = False  # only the newest cases, read at start-up, are in the list so far
        self._features_after_list = False
        if ctx.has_db:
            self.attach_database(ctx.db)

    def attach_database(self, db: Database, *, features_after_list: bool = False) -> None:
        """Called once the database is open (after the first paint, so the window appears at once).

        The features are added at once, or, with ``features_after_list`` (the application's start), once the cases
        list is shown: their services bring the matching stack (numpy, rapidfuzz, simplemma), which is then
        imported in the background rather than on the way to the list.
        """
        self.ctx.db = db
        self.db_label.setText(self.tr("Database: {0}").format(db.url))
        self._features_after_list = features_after_list
        if not features_after_list:
            self._install_features()
        self.refresh_cases()

    @property
    def features_ready(self) -> bool:
        return hasattr(self, "evidence")

    def _load_features_in_background(self) -> None:
        def load(_task: object) -> None:
            # Importing a module once makes the next import of it free: the features then install at once.
            import app.services.decisions
            import app.services.policy
            import app.services.protocols
            import app.services.reports  # noqa: F401

        def loaded(_result: object) -> None:
            self._install_features()
            self._load_matching_model()

        self.ctx.runner.start(load, title=self.tr("Preparing"), on_success=loaded, on_failure=self.show_error)

    def _load_matching_model(self) -> None:
        """Load the embedding model in the background once the window works, so that the first matching does not
        wait for it; without the model the word layers match alone, so a failure here is only logged."""
        from app.services.vectors import prepare_matching

        db = self.ctx.db
        # What it loaded (the glossary, the dictionaries, the model) lives as long as the window: set aside from the
        # cyclic collector too, as the window's own objects were (_install_features).
        self.ctx.runner.start(lambda _task: prepare_matching(db), title=self.tr("Loading the matching model"),
                              on_success=lambda _result: gc.freeze(),
                              on_failure=lambda message: log.warning("matching model not loaded: %s", message))

    def _install_features(self) -> None:
        # Imported here rather than at the top: the features use the services, which import the database layer,
        # and the window paints before that is loaded. The order is the order of their menu entries.
        from app.ui.case_workflow import CaseWorkflow
        from app.ui.catalogue_view import CatalogueFeature
        from app.ui.commissions_view import CommissionsFeature
        from app.ui.evidence_view import EvidenceController
        from app.ui.policy_view import PolicyFeature
        from app.ui.reports_view import ReportsController
        from app.ui.stats_view import StatsFeature

        if self.features_ready:  # the database is attached once
            return
        self.evidence = EvidenceController(self)
        self.case_workflow = CaseWorkflow(self)
        self.catalogue = CatalogueFeature(self)
        self.policy = PolicyFeature(self)
        self.reports = ReportsController(self)
        self.stats = StatsFeature(self)
        self.commissions = CommissionsFeature(self)
        # The window's long-lived objects (Qt wrappers, the database layer, the services) are set aside from the
        # cyclic garbage collector from now on. Otherwise every full collection walks all of them, holding the
        # interpreter lock: 70-180 ms without an answer from the window whenever background work allocates a
        # lot (decoding the protocols' snapshots while the audit log is verified, for one).
        gc.freeze()
        self.features_installed.emit()

    # --- layout ---------------------------------------------------------------------------------------------
    def _build_cases_panel(self) -> None:
        self.cases_panel = QWidget()
        layout = QVBoxLayout(self.cases_panel)
        layout.setContentsMargins(6, 6, 0, 6)
        self.filter_bar = QToolBar()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name (Cyrillic or Latin), student ID, reg. no."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in CaseStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.toggled.connect(self._apply_filter)
        self.filter_bar.addWidget(self.search)
        self.filter_bar.addWidget(self.status_filter)
        self.filter_bar.addWidget(self.overdue_only)
        self.table = QTableView()
        self.table.setModel(self.cases_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights keep the view fast with 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 215, 85, 85, 125, 80, 80, 60)):
            # Never narrower than the column's title in the interface language (the size includes the sort arrow).
            header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))
        # The status right after the registration number: at the default split of a 1366-pixel screen the list
        # shows about four columns, and the status is what an officer scans it for.
        header.moveSection(header.visualIndex(self.STATUS_COLUMN), 1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.count_label = QLabel()
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.task_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.ctx.runner.cancel_all)
        for widget in (self.task_label, self.progress, self.cancel_button):
            widget.setVisible(False)
            bar.addPermanentWidget(widget)
        self.db_label = QLabel(self.tr("Opening the database…"))
        bar.addWidget(self.db_label)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_case = bar.addMenu(self.tr("&Case"))
        self.menu_catalogue = bar.addMenu(self.tr("C&atalogue"))
        self.menu_reports = bar.addMenu(self.tr("&Reports"))
        self.menu_tools = bar.addMenu(self.tr("&Tools"))
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.action_new_case = self._action(self.menu_file, self.tr("&New case…"), self.new_case, "Ctrl+N")
        self.action_refresh = self._action(self.menu_file, self.tr("&Refresh"), self.refresh_cases, "F5")
        self.action_edit_case = self._action(self.menu_case, self.tr("&Edit case data…"), self.edit_case)
        self.menu_file.addSeparator()
        self.action_demo = self._action(self.menu_file, self.tr("Load &demo data"), self.load_demo)
        self.menu_file.addSeparator()
        self._action(self.menu_file, self.tr("&Quit"), self.close, "Ctrl+Q")
        self._action(self.menu_tools, self.tr("&Verify audit log"), self.verify_audit)
        self._action(self.menu_tools, self.tr("&Trusted store…"), self.open_trust)
        self._action(self.menu_tools, self.tr("&Settings…"), self.open_settings)
        self._action(self.menu_help, self.tr("Open &log folder"), self.open_log_folder)
        self._action(self.menu_help, self.tr("&About"), self.about)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.action_new_case)
        toolbar.addAction(self.action_refresh)

    # --- cases list -----------------------------------------------------------------------------------------
    def refresh_cases(self, select_case: int | None = None) -> None:
        current = self.case_view.case.id if self.case_view.case else None
        self._pending_select = select_case or current
        from app.services import cases as case_service

        db = self.ctx.db
        self.ctx.runner.start(lambda _task: case_service.list_cases(db), title=self.tr("Loading cases"),
                              on_success=self._on_cases_loaded, on_failure=self.show_error)

    def show_first_page(self, rows: list[CaseRow]) -> None:
        """The newest cases, read at start-up before the database is open; the whole list replaces them once
        loaded (search and the filters apply to the rows at hand meanwhile, and to all of them then)."""
        if self.cases_loaded_once:
            return
        from app.services.case_list import FIRST_PAGE

        self.cases_model.set_rows(rows)
        self.first_page_only = len(rows) >= FIRST_PAGE  # fewer: that is every case there is
        self._update_count()

    def _on_cases_loaded(self, rows: list[CaseRow]) -> None:
        self.cases_model.set_rows(rows)
        self.cases_loaded_once = True
        self.first_page_only = False
        self._update_count()
        if self._pending_select is not None:
            self.select_case(self._pending_select)
        if self._features_after_list and not self.features_ready:
            self._features_after_list = False
            self._load_features_in_background()

    def _apply_filter(self) -> None:
        self.cases_model.set_filter(self.search.text(), str(self.status_filter.currentData() or ""),
                                    self.overdue_only.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        total, shown = len(self.cases_model.rows), self.cases_model.rowCount()
        overdue = sum(1 for r in self.cases_model.rows if r.overdue)
        if self.first_page_only:
            self.count_label.setText(self.tr("{0} of the newest {1} cases shown; loading the rest…").format(
                format_number(shown), format_number(total)))
        elif total == 0:
            self.count_label.setText(self.tr("No cases yet: create one with File ▸ New case, or try the application "
                                             "with File ▸ Load demo data."))
        else:
            # The total is the plural-form count (%Ln, with the locale's digit grouping): "з 1 справи", "з 5 справ".
            self.count_label.setText(self.tr("{0} of %Ln case(s) shown; {1} overdue", "", total).format(
                format_number(shown), format_number(overdue)))

    def select_case(self, case_id: int) -> None:
        row = self.cases_model.row_of_case(case_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.cases_model.index(row, 0))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        case_id = self.cases_model.data(indexes[0], CASE_ID_ROLE)
        self.open_case(int(case_id))

    def open_case(self, case_id: int) -> None:
        from app.services import cases as case_service

        db = self.ctx.db
        self._opening = case_id

        def show(detail: CaseDetail) -> None:
            # A slower load of a case selected before must not replace the one selected since.
            if detail.id == self._opening:
                self.case_view.show_case(detail)

        self.ctx.runner.start(lambda _task: case_service.get_case_detail(db, case_id),
                              title=self.tr("Opening case"), on_success=show, on_failure=self.show_error)

    # --- actions --------------------------------------------------------------------------------------------
    def new_case(self) -> None:
        from app.services import cases as case_service
        from app.ui.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.ctx, case_service.programme_choices(self.ctx.db), self)
        if dialog.exec() and dialog.case_id is not None:
            self.refresh_cases(select_case=dialog.case_id)

    def edit_case(self) -> None:
        """Correct the registered data of the shown case and of its applicant (audited, with a version check)."""
        from app.services import cases as case_service
        from app.ui.edit_case_dialog import EditCaseDialog

        case = self.case_view.case
        if case is None:
            self.show_error(self.tr("Select a case first."))
            return
        dialog = EditCaseDialog(self.ctx, case, case_service.programme_choices(self.ctx.db), self)
        if dialog.exec() and dialog.new_version is not None:
            self.refresh_cases(select_case=case.id)
            self.open_case(case.id)

    def load_demo(self) -> None:
        from app.services.demo import load_demo

        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.runner.start(lambda task: load_demo(db, actor, progress=task), title=self.tr("Loading demo data"),
                              on_success=self._on_demo_loaded, on_failure=self.show_error)

    def _on_demo_loaded(self, summary: str) -> None:
        self.refresh_cases()
        self.statusBar().showMessage(summary, 8000)

    def verify_audit(self) -> None:
        """Check the audit chain in the background (a long log takes a while); progress and Cancel below."""
        from app.services.audit import verify_database

        db = self.ctx.db
        self.ctx.runner.start(lambda task: verify_database(db, task), title=self.tr("Verifying the audit log"),
                              on_success=self._show_audit_report, on_failure=self.show_error)

    def _show_audit_report(self, report: ChainReport) -> None:
        if report.ok:
            QMessageBox.information(self, self.tr("Audit log"),
                                    self.tr("The audit log is intact: {0} entries checked.").format(report.checked))
        else:
            QMessageBox.critical(self, self.tr("Audit log"),
                                 self.tr("The audit log is broken at entry {0}: {1}").format(
                                     report.first_broken_id, report.problem))

    def open_settings(self) -> None:
        from app.ui.dialogs import SettingsDialog

        SettingsDialog(self.ctx.settings, self.ctx.db.url, self).exec()

    def trusted_folder(self) -> Path:
        """The trusted-keys directory the settings name, or the default one in the user data folder."""
        from app import paths

        chosen = self.ctx.settings.trusted_folder
        return Path(chosen) if chosen else paths.trusted_dir()

    def open_trust(self) -> None:
        from app.services.matching import load_rules
        from app.ui.trust_view import TrustDialog

        rules, label = load_rules(self.ctx.db)  # the latest profile: the one new cases follow
        TrustDialog(self.trusted_folder(), rules.max_snapshot_age_days, f"“{label}”", self).exec()

    def open_log_folder(self) -> None:
        from app import paths

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    def about(self) -> None:
        from app.ui.dialogs import show_about

        show_about(self, self.ctx.db.url, self.log_file)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Recognition Desk"), message)

    # --- background work indicator --------------------------------------------------------------------------
    def _on_task_started(self, task: Task) -> None:
        task.signals.progress.connect(self._on_progress)
        self.task_label.setText(task.title)
        self.progress.setRange(0, 0)
        for widget in (self.task_label, self.progress, self.cancel_button):
            widget.setVisible(True)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        if message:
            self.task_label.setText(message)

    def _on_task_finished(self, _task: Task) -> None:
        if not self.ctx.runner.running:
            for widget in (self.task_label, self.progress, self.cancel_button):
                widget.setVisible(False)

    def closeEvent(self, event: Any) -> None:
        # The window goes at once: background work is told to stop here and given a short grace after the event
        # loop ends (app.ui.application), never waited for while the window stays on screen.
        self.ctx.runner.cancel_all()
        super().closeEvent(event)
