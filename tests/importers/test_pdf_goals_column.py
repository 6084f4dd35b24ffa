"""A course's goals, each numbered, under "Goal: the learner can …" (a column of goals beside the tutor's sign-off):
the goals are the outcomes. Before, the heading ended with an ellipsis, not a colon, and was not read. Other wording
than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_GOALS = (
    "<p>Eastbrook Adult Learning</p><p>Certificate of Achievement</p><p>Learner</p><p>Oksana Kravets</p>"
    "<p>Course</p><p>Spreadsheets for Small Business</p>"
    "<p>Course goals and tutor sign-off</p>"
    "<table><tr><th style='width:260pt'>Goal: the learner can …</th><th>Achieved</th><th>Evidence, date</th></tr>"
    "<tr><td>1. build a monthly budget with formulas and absolute references</td><td>✔</td><td>Task 2 · 3 Feb</td></tr>"
    "<tr><td>2. summarise sales with pivot tables and filters</td><td>✔</td><td>Task 4 · 17 Feb</td></tr>"
    "<tr><td>3. chart income and costs over a year</td><td>✔</td><td>Task 5 · 3 Mar</td></tr></table>"
    "<p>Tutor: J. Marsh, 2 April 2026</p>"
)


def test_goals_under_the_learner_can_with_an_ellipsis(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _GOALS)
    outcomes = rec.value("learning_outcomes") or []
    # each goal read from its line (the marks and evidence of the columns beside it may follow it)
    goals = ("build a monthly budget with formulas and absolute references",
             "summarise sales with pivot tables and filters", "chart income and costs over a year")
    assert len(outcomes) == 3 and all(o.startswith(g) for o, g in zip(outcomes, goals, strict=True)), outcomes
    assert not rec.outcomes_from_topics  # what the learner can do
