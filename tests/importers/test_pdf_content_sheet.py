"""A course's content sheet typed with empty lines between its sections (a university's short course): its name,
"Course Content", then each section's title and its topics a line each, all in one block of text. The empty lines
set the paragraphs apart; each title and topic is read as one, and the timetable after them is not."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from app.importers.credentials import inspect_file

_SHEET = """Cloud Costs and Capacity Planning
Course Content

Forecasting demand

Reading usage metrics
Seasonal patterns
Quality of service targets

Paying for capacity

Reserved and on-demand pricing
Budgets and alerts
Tagging resources by team

Reporting

Dashboards for finance
Unit costs per customer

Closing Session (Friday 14 March, 2-4pm CET)

Time to finish the exercises of the earlier sessions with the tutor's help
"""


def _typed_sheet(tmp_path: Path, text: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 90), text, fontsize=11)  # one block, empty lines kept as typed
    path = tmp_path / "content.pdf"
    doc.save(path)
    doc.close()
    return path


def test_the_sections_and_their_topics_a_line_each(tmp_path: Path) -> None:
    rec = inspect_file(_typed_sheet(tmp_path, _SHEET))
    assert rec.value("title") == "Cloud Costs and Capacity Planning"
    assert rec.value("learning_outcomes") == [
        "Forecasting demand", "Reading usage metrics", "Seasonal patterns", "Quality of service targets",
        "Paying for capacity", "Reserved and on-demand pricing", "Budgets and alerts", "Tagging resources by team",
        "Reporting", "Dashboards for finance", "Unit costs per customer"]

