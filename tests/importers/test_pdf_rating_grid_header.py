"""A list of goals set as a table whose header is a row of short cells ("Not yet" / "Partly" / "Fully" / "Evidence")
above its first numbered row: the header is no goal. Before, the header's cells were read as the first goal. Other
wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, table_row

GOALS = [
    "1. write SQL queries that join three tables and group the result by month",
    "2. design a normalised schema for a small library from its paper forms",
    "3. explain why a transaction is rolled back when two users book the last copy",
]


def test_a_rating_grids_header_is_no_goal(tmp_path: Path) -> None:
    cell = '<td style="width:{}pt">{}</td>'
    header = ("<tr>" + cell.format(250, "Goal: the participant can …") + cell.format(46, "Not yet met")
              + cell.format(44, "Partly") + cell.format(44, "Fully") + cell.format(94, "Evidence, date") + "</tr>")
    rows = "".join(table_row(goal, "", "", "✔", f"Task {n} · {n + 10} May") for n, goal in enumerate(GOALS, 1))
    html = ("<p>Harbourside Adult Learning Service</p><p>Certificate of Achievement</p><p>Awarded to Oksana Lytvyn</p>"
            "<p>for completing the course Databases with SQL (36 hours)</p><p>Course goals and tutor sign-off</p>"
            "<table>" + header + rows + "</table><p>Signed by the tutor, 12 May 2025</p>")
    rec = inspect_html(tmp_path, html)
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes, outcomes
    assert not any("Partly" in o or "Not yet" in o for o in outcomes), outcomes
