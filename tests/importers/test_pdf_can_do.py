"""A learner's own can-do statements under "What I can do in … now" (a table of skill, statement and level) are the
outcomes, not the course's topics (they were marked as topics before, and every proposal warned that the credential
states no outcomes). Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_can_do_statements_are_outcomes(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>GREENFIELD LANGUAGE SCHOOL</p><p>Statement of Attainment</p>
<p>German for Gardeners (A2)</p><p>Learner</p><p>Olha KOVAL</p>
<p><b>What I can do in German now (confirmed by the examiners)</b></p>
<table><tr><td>Skill</td><td>Can-do statement</td><td>Level</td></tr>
<tr><td>Listening</td><td>I can follow a short talk about planting fruit trees.</td><td>A2</td></tr>
<tr><td>Writing</td><td>I can write a short order for seeds and tools.</td><td>A2</td></tr></table>
<p>Issued 8 June 2026</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and any("follow a short talk" in o for o in outcomes)
    assert not rec.outcomes_from_topics
