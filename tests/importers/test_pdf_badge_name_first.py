"""A badge's printable view: its name above "Issued by …" (wrapped, with a level's figure in it) comes before what its
description says was completed further down."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_the_badges_name_above_its_issuer_not_its_description(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Digital Badge · printable view of a verified badge assertion</p>
<p style="font-size:26pt">Beekeeping Level 3: Queen Rearing and Swarm Control</p>
<p>Issued by Meadowbank Apiary School, Orchard Road 7, Meadowbank · apiary-school.example</p>
<p>Earner: Oksana Didenko</p><p>Issued on: 3 June 2025</p>
<p>Description</p><p>This badge is awarded to beekeepers who have completed the practical module on queen rearing in the
school's teaching apiary.</p>""")
    assert rec.value("title") == "Beekeeping Level 3: Queen Rearing and Swarm Control"
