"""Skills listed with their level shown in marks below or beside each ("●●●○Applied", "★★☆☆"): each skill is one
outcome and the marks are none (they were run together into one outcome before). Other wording than the certificate
that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_each_skill_above_its_level_marks_is_one_outcome(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE</p><p>Olha Koval</p><p>completed Orchard Care</p>
<p><b>Skills profile</b></p>
<p>Pruning young apple trees to shape the crown</p><p>●●●○Applied</p>
<p>Planning a spraying calendar for a small orchard</p><p>★★☆☆</p>
<p>Grafting with the cleft method</p><p>●○○○ Awareness</p><p>Issued 8 April 2026</p>""")
    assert rec.value("learning_outcomes") == [
        "Pruning young apple trees to shape the crown",
        "Planning a spraying calendar for a small orchard",
        "Grafting with the cleft method",
    ]
