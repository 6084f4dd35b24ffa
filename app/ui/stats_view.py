"""The statistics view: the committee's figures as charts (QtCharts) — cases per month, decisions by type,
credits recognised per month, top providers and the authenticity of evidence.

It shows what ``app.services.reports.statistics`` returns (the same figures as the statistics workbook); the
query runs on the task runner.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QMargins, QObject, Qt
from PySide6.QtGui import QAction, QColor, QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import date_display_format, format_number, format_percent
from app.ui.labels import decision_label, verification_label

if TYPE_CHECKING:
    from app.services.reports import Statistics
    from app.ui.main_window import MainWindow

PALETTE = ("#2F5597", "#C0504D", "#9BBB59", "#8064A2", "#F79646", "#4BACC6")
DECISION_COLOURS = {"full": "#4E9A06", "partial": "#EDB100", "none": "#C0504D"}
VERIFICATION_COLOURS = {"verified": "#4E9A06", "unverifiable-offline": "#EDB100", "unsigned": "#A6A6A6",
                        "invalid": "#C0504D", "failed": "#7F7F7F"}


def _month(value: date) -> str:
    return value.strftime("%m.%Y")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLocalizeNumbers(True)  # axis labels with the interface language's decimal separator: 2,5 not 2.5
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


PROVIDER_ROW_HEIGHT = 34  # pixels per provider on the chart (less and Qt elides the names)
PROVIDER_NAME_LIMIT = 32  # characters of a provider's name on the chart's axis; the whole name is in the tooltip


def short_name(name: str, limit: int = PROVIDER_NAME_LIMIT) -> str:
    """``name`` cut at a word to at most ``limit`` characters, ending in "…" when cut."""
    if len(name) <= limit:
        return name
    cut = name[: limit - 1].rsplit(" ", 1)[0] if " " in name[: limit - 1] else name[: limit - 1]
    return cut.rstrip(" ,;:-–—«") + "…"


def _value_axis(maximum: float, integer: bool) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1.0, maximum * 1.1))
    axis.setLabelFormat("%.0f" if integer else "%.1f")  # printf forms that localised labels support
    axis.applyNiceNumbers()
    return axis


class StatsView(QWidget):
    """Period controls, the key figures, and five charts."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.stats: Statistics | None = None
        self.provider_tips: list[str] = []
        today = date.today()
        start = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
        self.limit = QCheckBox(self.tr("Period:"))
        self.date_from = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format())
            edit.setEnabled(False)
        self.limit.toggled.connect(self.date_from.setEnabled)
        self.limit.toggled.connect(self.date_to.setEnabled)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self._export)
        bar = QHBoxLayout()
        bar.addWidget(self.limit)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.views: dict[str, QChartView] = {}
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        # row, column, column span
        places = {"months": (0, 0, 1), "credits": (0, 1, 1), "decisions": (1, 0, 1), "verification": (1, 1, 1),
                  "providers": (2, 0, 2)}
        for key, (row, column, span) in places.items():
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(380, 240)
            self.views[key] = view
            grid.addWidget(view, row, column, 1, span)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        # The charts scroll when the screen is smaller than they need (1366×768): a chart squeezed below its
        # height makes Qt elide its category names to "…".
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(charts)
        layout.addWidget(scroll, 1)

    # --- data -----------------------------------------------------------------------------------------------
    def period(self) -> tuple[date | None, date | None]:
        if not self.limit.isChecked():
            return None, None
        a, b = self.date_from.date(), self.date_to.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())

    def refresh(self) -> None:
        from app.services.reports import statistics

        start, end = self.period()
        if start and end and start > end:
            self.summary.setText(self.tr("The start of the period is after its end."))
            return
        db = self.main_window.ctx.db
        self.refresh_button.setEnabled(False)
        task = self.main_window.ctx.runner.start(lambda _task: statistics(db, start, end), title=self.tr("Statistics"),
                                            on_success=self.show_stats, on_failure=self.main_window.show_error)
        task.signals.finished.connect(lambda: self.refresh_button.setEnabled(True))

    def _export(self) -> None:
        self.main_window.reports.export_statistics(self.period())

    # --- charts ---------------------------------------------------------------------------------------------
    def show_stats(self, stats: Statistics) -> None:
        self.stats = stats
        self.summary.setText(self.tr(
            "<b>{0}</b> cases · <b>{1}</b> component decisions · recognition rate <b>{2}</b> · "
            "<b>{3}</b> ECTS credits recognised · <b>{4}</b> evidence items, verified <b>{5}</b>"
        ).format(format_number(stats.cases), format_number(stats.lines_decided),
                 format_percent(stats.recognition_rate), format_number(stats.credits_recognised),
                 format_number(stats.evidence_items), format_percent(stats.verified_share)))
        for key, chart in (("months", self._months_chart(stats)), ("decisions", self._decisions_chart(stats)),
                           ("credits", self._credits_chart(stats)), ("providers", self._providers_chart(stats)),
                           ("verification", self._verification_chart(stats))):
            view = self.views[key]
            old = view.chart()
            view.setChart(chart)  # the view releases the old chart without deleting it
            if old is not None:
                old.deleteLater()

    def _category_chart(self, title: str, categories: list[str], sets: list[tuple[str, list[float], str]],
                        integer: bool, horizontal: bool = False) -> QChart:
        chart = _chart(title)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        maximum = 0.0
        for name, values, colour in sets:
            bar_set = QBarSet(name)
            bar_set.append(values)
            bar_set.setColor(QColor(colour))
            series.append(bar_set)
            maximum = max([maximum, *values])
        chart.addSeries(series)
        categories_axis = QBarCategoryAxis()
        categories_axis.append(categories)
        values_axis = _value_axis(maximum, integer)
        if horizontal:
            chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories_axis)
        series.attachAxis(values_axis)
        chart.legend().setVisible(len(sets) > 1)
        return chart

    def _empty(self, title: str) -> QChart:
        chart = _chart(title + " — " + self.tr("no data"))
        chart.legend().setVisible(False)
        return chart

    def _months_chart(self, stats: Statistics) -> QChart:
        title = self.tr("Cases per month")
        if not stats.months:
            return self._empty(title)
        return self._category_chart(
            title, [_month(m.month) for m in stats.months],
            [(self.tr("Cases filed"), [float(m.cases_filed) for m in stats.months], PALETTE[0]),
             (self.tr("Component decisions"), [float(m.lines_decided) for m in stats.months], PALETTE[4])],
            integer=True)

    def _credits_chart(self, stats: Statistics) -> QChart:
        title = self.tr("ECTS credits recognised per month")
        months = [m for m in stats.months if m.lines_decided]
        if not months:
            return self._empty(title)
        return self._category_chart(title, [_month(m.month) for m in months],
                                    [(self.tr("ECTS credits"), [m.credits_recognised for m in months], PALETTE[2])],
                                    integer=False)

    def _providers_chart(self, stats: Statistics) -> QChart:
        title = self.tr("Top providers")
        if not stats.providers:
            return self._empty(title)
        providers = list(reversed(stats.providers))  # horizontal bars are drawn bottom-up: biggest on top
        full = [p.provider or self.tr("(not stated)") for p in providers]
        # Short names on the axis (Qt elides a long category to "…" with no way to read it); the whole name and
        # the figures in the tooltip of its bars.
        self.provider_tips = [self.tr("{0}\nEvidence items: {1}\nComponents recognised: {2}").format(
            name, format_number(p.evidence_items), format_number(p.lines_recognised))
            for name, p in zip(full, providers, strict=True)]
        chart = self._category_chart(
            title, [short_name(name) for name in full],
            [(self.tr("Evidence items"), [float(p.evidence_items) for p in providers], PALETTE[0]),
             (self.tr("Components recognised"), [float(p.lines_recognised) for p in providers], PALETTE[2])],
            integer=True, horizontal=True)
        for series in chart.series():
            if isinstance(series, QHorizontalBarSeries):
                series.hovered.connect(self._provider_hovered)
        # A row of height per provider, so that Qt has the room to write each name.
        self.views["providers"].setMinimumHeight(max(240, 110 + PROVIDER_ROW_HEIGHT * len(providers)))
        return chart

    def _provider_hovered(self, status: bool, index: int, _bar_set: object) -> None:
        if status and 0 <= index < len(self.provider_tips):
            QToolTip.showText(QCursor.pos(), self.provider_tips[index])
        else:
            QToolTip.hideText()

    def _pie(self, title: str, slices: list[tuple[str, float, str]]) -> QChart:
        chart = _chart(title)
        series = QPieSeries()
        total = sum(value for _label, value, _colour in slices) or 1.0
        for text, value, colour in slices:
            # The name in the legend beside the pie, where a long name has room (a label around the pie is cut at
            # the chart's edge); the share on the slice itself; both in the tooltip.
            share = format_percent(value / total)
            pie_slice = series.append(text, value)
            pie_slice.setColor(QColor(colour))
            pie_slice.setLabelPosition(QPieSlice.LabelPosition.LabelInsideHorizontal)
            pie_slice.setLabelColor(QColor("#ffffff"))
            tip = f"{text}: {share}"
            pie_slice.hovered.connect(lambda state, tip=tip: QToolTip.showText(QCursor.pos(), tip) if state
                                      else QToolTip.hideText())
        for pie_slice in series.slices():  # the share printed on slices large enough to hold it
            pie_slice.setLabelVisible(pie_slice.percentage() >= 0.08)
            pie_slice.setLabel(format_percent(pie_slice.percentage()))
        legend_names = [text for text, _value, _colour in slices]
        chart.addSeries(series)
        legend = chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        widest = 0
        metrics = QFontMetrics(legend.font())
        for marker, name in zip(legend.markers(series), legend_names, strict=True):
            marker.setLabel(name)  # the legend follows the slice's label unless told otherwise
            widest = max(widest, metrics.horizontalAdvance(name))
        # Qt gives a side legend a narrow default width and elides the names: room for the longest one.
        legend.setMinimumWidth(widest + 40)
        return chart

    def _decisions_chart(self, stats: Statistics) -> QChart:
        title = self.tr("Decisions by type (recognition rate {0})").format(format_percent(stats.recognition_rate))
        if not stats.decisions:
            return self._empty(self.tr("Decisions by type"))
        return self._pie(title, [(decision_label(d.decision), float(d.lines),
                                  DECISION_COLOURS.get(d.decision, PALETTE[3])) for d in stats.decisions])

    def _verification_chart(self, stats: Statistics) -> QChart:
        title = self.tr("Authenticity of evidence (verified {0})").format(format_percent(stats.verified_share))
        if not stats.verification:
            return self._empty(self.tr("Authenticity of evidence"))
        return self._pie(title, [(verification_label(v.status), float(v.items),
                                  VERIFICATION_COLOURS.get(v.status, PALETTE[3])) for v in stats.verification])


class StatsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Statistics"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.view = StatsView(window, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        self.resize(1100, 860)


def open_stats(window: MainWindow) -> StatsDialog:
    dialog = window.stats.dialog
    if dialog is None:
        dialog = window.stats.dialog = StatsDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.view.refresh()
    return dialog


class StatsFeature(QObject):
    """The statistics view at the top of the Reports menu and its one dialog (opened on demand)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.dialog: StatsDialog | None = None
        self.action = QAction(QCoreApplication.translate("StatsView", "Statistics &view…"), window)
        self.action.triggered.connect(lambda _checked=False: open_stats(window))
        menu = window.menu_reports
        first = menu.actions()[0] if menu.actions() else None
        if first is not None:
            menu.insertAction(first, self.action)
            menu.insertSeparator(first)
        else:
            menu.addAction(self.action)
