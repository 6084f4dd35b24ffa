"""An outcomes heading with a participle and a bracket after it ("Learning outcomes verified (according to the
Dublin descriptors)", "Risultati di apprendimento verificati (…)"), its parts lettered with a paragraph each: read
as the outcomes, each part's title before its sentences. No outcomes were read below it before; other wording than the
certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_outcomes_verified_according_to_a_framework(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE OF ATTAINMENT</p><p>Olha Koval</p>
<p>completed Orchard Management (40 hours)</p>
<p><b>Learning outcomes verified (according to the Dublin descriptors)</b></p>
<p>a) Knowledge and understanding</p><p>Knows the growth stages of apple and pear trees.</p>
<p>b) Applying knowledge</p><p>Prunes young trees to shape the crown and plans a spraying calendar.</p>
<p>Issued 8 April 2026</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and len(outcomes) >= 2
    assert any("growth stages of apple and pear trees" in o for o in outcomes)
    assert any("spraying calendar" in o for o in outcomes)
