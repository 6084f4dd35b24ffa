"""A table whose rows are numbered inside their first cell, each cell wrapping onto lines that start under its number
("2. Risks, issues and changes — identifying risks," / "risk register, …"), beside a weight and a rating: each row
read whole, every row. Before, the wrapped lines were taken for cells of their own and the first rows were lost.
Other wording than the score report that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

AREAS = [
    "Modelling the data — entities and relationships, keys, normal forms up to the third, a schema from a paper form",
    "Querying — joins of several tables, grouping and aggregates, subqueries, window functions for running totals",
    "Changing the data safely — transactions, isolation levels, constraints that refuse bad rows, triggers for audit",
    "Performance — indexes and when they help, reading a query plan, rewriting a slow query, vacuuming and statistics",
]


def test_numbered_rows_whose_cells_wrap_under_their_numbers(tmp_path: Path) -> None:
    cell = '<td style="width:{}pt; vertical-align: top">{}</td>'
    header = ("<tr>" + cell.format(240, "Area and what it covers") + cell.format(40, "Weight")
              + cell.format(50, "Below") + cell.format(50, "Target") + cell.format(50, "Above") + "</tr>")
    rows = "".join("<tr>" + cell.format(240, f"{n}. {area}") + cell.format(40, f"{20 + n} %") + cell.format(50, "·")
                   + cell.format(50, "■") + cell.format(50, "·") + "</tr>" for n, area in enumerate(AREAS, 1))
    html = ("<p>Nordhaven Data Institute</p><p>Examination Score Report — Certified Database Practitioner</p>"
            "<p>Candidate</p><p>Iryna Marchenko</p><p>Performance by area</p>"
            "<table>" + header + rows + "</table><p>Report issued 2 June 2025</p>")
    rec = inspect_html(tmp_path, html)
    outcomes = rec.value("learning_outcomes") or []
    assert [o[:60] for o in outcomes] == [area[:60] for area in AREAS], outcomes
    assert all(o.endswith(area[-20:]) for o, area in zip(outcomes, AREAS, strict=True)), outcomes
