"""Skills set as a grid of cells in two columns without rules ("Skills you gained"): the text layer runs the first
row's cells together and sets each wrapped cell apart; each cell is one outcome, a word broken at its hyphen joined
again, the lines below the grid not taken in."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_CELL = 'style="width: 50%; padding: 4pt 6pt; background-color: #eef2fb;"'


def test_a_grid_of_skills_in_two_columns(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<p style="font-size:9pt">COURSE CERTIFICATE</p>
<p style="font-size:24pt">Olena Shevchuk</p><p>has successfully completed</p>
<p style="font-size:16pt">Relational Databases with PostgreSQL</p>
<p>an online non-credit course offered through Learnbridge. Approx. 40 hours to complete.</p>
<p style="font-weight:bold">Skills you gained</p>
<table style="width: 100%; border-collapse: collapse; font-size: 9pt;">
<tr><td {_CELL}>Entity-relationship modelling</td><td {_CELL}>Normal forms up to BCNF</td></tr>
<tr><td style="padding: 4pt 6pt;">SQL queries with joins, grouping, window functions and common table expressions over
large tables</td><td style="padding: 4pt 6pt;">Constraints, triggers and transactions with isolation levels and
locking in multi-user systems</td></tr>
<tr><td {_CELL}>Indexes and query plans</td><td {_CELL}>Backups and point-in-time recovery</td></tr>
</table>
<p style="font-size:8pt">Verify this certificate at https://learnbridge.example/verify/AB12-CD34 — Learnbridge has
confirmed the identity of this learner.</p>""")
    assert rec.value("learning_outcomes") == [
        "Entity-relationship modelling", "Normal forms up to BCNF",
        "SQL queries with joins, grouping, window functions and common table expressions over large tables",
        "Constraints, triggers and transactions with isolation levels and locking in multi-user systems",
        "Indexes and query plans", "Backups and point-in-time recovery"]
