"""The statistics workbook: tables with native Excel charts (cases per month, decisions by type, credits,
providers, authenticity of evidence)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.worksheet.worksheet import Worksheet

from app.reports import xlsx_style as st
from app.reports.data import Statistics
from app.reports.labels import check_language, label, value_label
from app.reports.output import atomic_output

SHEETS = ("Summary", "Monthly", "Decisions", "Providers", "Verification")


def period_text(stats: Statistics, lang: str) -> str:
    if not stats.date_from and not stats.date_to:
        return f"{label('period', lang)}: {label('all_time', lang)}"
    start = stats.date_from.strftime("%d.%m.%Y") if stats.date_from else "…"
    end = stats.date_to.strftime("%d.%m.%Y") if stats.date_to else "…"
    return f"{label('period', lang)}: {start} – {end}"


def _table(ws: Worksheet, keys: Sequence[str], rows: list[list[Any]], lang: str, formats: Sequence[str | None],
           total: list[Any] | None = None, first_width: float = 14) -> int:
    """A table at A1 with styled header; returns the last data row (before any totals row)."""
    ws.append([label(k, lang) for k in keys])
    for row in rows:
        ws.append(row)
    last = ws.max_row
    if total is not None:
        ws.append(total)
        for column in range(1, len(keys) + 1):
            cell = ws.cell(row=ws.max_row, column=column)
            cell.font = st.TOTAL_FONT
            cell.fill = st.TOTAL_FILL
            cell.border = st.TOTAL_BORDER
    for column, number_format in enumerate(formats, start=1):
        if number_format:
            for row_index in range(2, ws.max_row + 1):
                ws.cell(row=row_index, column=column).number_format = number_format
    st.set_widths(ws, [first_width] + [14] * (len(keys) - 1))
    st.style_header_row(ws, 1, len(keys))
    ws.freeze_panes = "A2"
    return last


def _anchor(ws: Worksheet, keys: Sequence[str], offset: int = 1) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(len(keys) + 1 + offset)}2"


def _summary(ws: Worksheet, stats: Statistics, lang: str) -> None:
    ws.append([label("stats_title", lang)])
    ws.cell(row=1, column=1).font = st.TITLE_FONT
    ws.append([period_text(stats, lang)])
    ws.append([label("generated", lang), stats.generated_at.replace(microsecond=0)])
    ws.cell(row=3, column=2).number_format = st.DATETIME_FORMAT
    ws.cell(row=3, column=2).alignment = st.LEFT_TOP
    ws.append([])
    ws.append([label("indicator", lang), label("value", lang)])
    st.style_header_row(ws, 5, 2)
    for key, value, number_format in (
        ("cases_total", stats.cases, st.INTEGER_FORMAT),
        ("lines_total", stats.lines_decided, st.INTEGER_FORMAT),
        ("recognition_rate", stats.recognition_rate, st.PERCENT1_FORMAT),
        ("credits_total", stats.credits_recognised, st.CREDITS_FORMAT),
        ("evidence_total", stats.evidence_items, st.INTEGER_FORMAT),
        ("verified_share", stats.verified_share, st.PERCENT1_FORMAT),
    ):
        ws.append([label(key, lang), value])
        ws.cell(row=ws.max_row, column=2).number_format = number_format
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 18
    for row in range(6, ws.max_row + 1):
        ws.cell(row=row, column=2).alignment = st.LEFT_TOP


def _monthly(ws: Worksheet, stats: Statistics, lang: str) -> None:
    keys = ("month", "cases_filed", "lines_decided", "credits_recognised")
    rows = [[m.month, m.cases_filed, m.lines_decided, m.credits_recognised] for m in stats.months]
    total = [label("total", lang), sum(m.cases_filed for m in stats.months),
             sum(m.lines_decided for m in stats.months), round(sum(m.credits_recognised for m in stats.months), 4)]
    last = _table(ws, keys, rows, lang, [st.MONTH_FORMAT, st.INTEGER_FORMAT, st.INTEGER_FORMAT, st.CREDITS_FORMAT],
                  total=total)
    if not rows:
        return
    months = Reference(ws, min_col=1, min_row=2, max_row=last)
    cases = BarChart()
    cases.title = label("cases_per_month", lang)
    cases.y_axis.title = label("cases_filed", lang)
    cases.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
    cases.set_categories(months)
    cases.x_axis.number_format = st.MONTH_FORMAT
    cases.legend = None
    _size(cases)
    ws.add_chart(cases, _anchor(ws, keys))
    credits = LineChart()
    credits.title = label("credits_per_month", lang)
    credits.y_axis.title = label("ects", lang)
    credits.add_data(Reference(ws, min_col=4, min_row=1, max_row=last), titles_from_data=True)
    credits.set_categories(months)
    credits.x_axis.number_format = st.MONTH_FORMAT
    credits.legend = None
    for series in credits.series:  # straight segments: openpyxl writes no <c:smooth>, LibreOffice then curves
        series.smooth = False
    _size(credits)
    ws.add_chart(credits, f"{_anchor(ws, keys)[0]}20")


def _size(chart: Any, width: float = 18, height: float = 8.5) -> None:
    chart.width = width
    chart.height = height
    for axis in (getattr(chart, "x_axis", None), getattr(chart, "y_axis", None)):
        if axis is not None:
            axis.delete = False


def _decisions(ws: Worksheet, stats: Statistics, lang: str) -> None:
    keys = ("decision_type", "lines_total", "share", "credits_requested", "credits_recognised", "credit_rate")
    rows = [[value_label("decision", d.decision, lang), d.lines, d.share, d.credits_requested, d.credits_recognised,
             d.credit_rate] for d in stats.decisions]
    requested = sum(d.credits_requested for d in stats.decisions)
    recognised = sum(d.credits_recognised for d in stats.decisions)
    total = [label("total", lang), sum(d.lines for d in stats.decisions), 1.0 if stats.decisions else 0.0,
             round(requested, 4), round(recognised, 4), recognised / requested if requested else 0.0]
    last = _table(ws, keys, rows, lang,
                  [None, st.INTEGER_FORMAT, st.PERCENT1_FORMAT, st.CREDITS_FORMAT, st.CREDITS_FORMAT,
                   st.PERCENT1_FORMAT], total=total, first_width=22)
    if not rows:
        return
    pie = PieChart()
    pie.title = label("recognition_by_decision", lang)
    pie.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
    pie.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    pie.dataLabels = _percent_labels()
    _size(pie, 14, 8.5)
    ws.add_chart(pie, _anchor(ws, keys))


def _percent_labels() -> DataLabelList:
    return DataLabelList(showPercent=True, showVal=False, showCatName=False, showSerName=False,
                         showLegendKey=False, showLeaderLines=False)


def _providers(ws: Worksheet, stats: Statistics, lang: str) -> None:
    keys = ("provider", "evidence_items", "lines_recognised", "credits_recognised")
    rows = [[p.provider or label("unknown_provider", lang), p.evidence_items, p.lines_recognised,
             p.credits_recognised] for p in stats.providers]
    last = _table(ws, keys, rows, lang, [None, st.INTEGER_FORMAT, st.INTEGER_FORMAT, st.CREDITS_FORMAT],
                  first_width=40)
    if not rows:
        return
    bar = BarChart()
    bar.type = "bar"
    bar.title = label("top_providers", lang)
    bar.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
    bar.add_data(Reference(ws, min_col=3, min_row=1, max_row=last), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    bar.x_axis.scaling.orientation = "maxMin"  # the biggest provider on top, as in the table
    bar.legend.position = "b"
    _size(bar, 20, 10)
    ws.add_chart(bar, _anchor(ws, keys))


def _verification(ws: Worksheet, stats: Statistics, lang: str) -> None:
    keys = ("verification", "items", "share")
    rows = [[value_label("verification", v.status, lang), v.items, v.share] for v in stats.verification]
    total = [label("total", lang), sum(v.items for v in stats.verification), 1.0 if stats.verification else 0.0]
    last = _table(ws, keys, rows, lang, [None, st.INTEGER_FORMAT, st.PERCENT1_FORMAT], total=total,
                  first_width=26)
    if not rows:
        return
    pie = PieChart()
    pie.title = label("verification_share", lang)
    pie.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
    pie.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    pie.dataLabels = _percent_labels()
    _size(pie, 14, 8.5)
    ws.add_chart(pie, _anchor(ws, keys))


def build_statistics_workbook(stats: Statistics, lang: str) -> Workbook:
    check_language(lang)
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = SHEETS[0]
    _summary(first, stats, lang)
    _monthly(wb.create_sheet(SHEETS[1]), stats, lang)
    _decisions(wb.create_sheet(SHEETS[2]), stats, lang)
    _providers(wb.create_sheet(SHEETS[3]), stats, lang)
    _verification(wb.create_sheet(SHEETS[4]), stats, lang)
    for ws in wb.worksheets:
        st.print_setup(ws, landscape=True, repeat_header_row=None)
    wb.properties.title = label("stats_title", lang)
    wb.properties.creator = "Recognition Desk"
    return wb


def write_statistics(stats: Statistics, path: str | os.PathLike[str], lang: str = "uk") -> None:
    wb = build_statistics_workbook(stats, lang)
    with atomic_output(path, ".xlsx") as tmp:
        wb.save(tmp)
