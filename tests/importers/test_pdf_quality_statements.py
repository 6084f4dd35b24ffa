"""The quality assurance a certificate states amid its boilerplate: a provider's own framework of quality ("issued
under the … Quality Framework"), before a disclaimer of what the paper is not; the statement read from where its
sentence begins on the line above, and on over a long line that ends inside it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

HEAD = """<p style="font-size:18pt">Certificate of Completion</p><p>This is to certify that Roksolana Pavliuk has
completed the short course Beekeeping for Smallholders (24 hours).</p>"""


def test_a_providers_quality_framework_before_a_disclaimer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""{HEAD}<p style="font-size:7pt">This certificate is issued under the Meadowbank
Quality Framework (MQF, 3rd edition), approved by the Board of Governors.</p><p style="font-size:7pt">Disclaimer:
this is a certificate of attendance for a non-accredited course; it does not confer academic credit.</p>""")
    assert rec.value("quality_assurance") == (
        "This certificate is issued under the Meadowbank Quality Framework (MQF, 3rd edition), approved by the Board "
        "of Governors.")


def test_a_disclaimer_alone_is_still_read(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""{HEAD}<p style="font-size:7pt">Disclaimer: this is a certificate of attendance
for a non-accredited course.</p>""")
    assert rec.value("quality_assurance") == (
        "Disclaimer: this is a certificate of attendance for a non-accredited course.")


def test_a_statement_begun_on_the_line_above(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""{HEAD}<p style="font-size:8pt">Certificate No. MB-2025-0117. The course, ref.
BK-24, is taught by the Meadowbank School of Rural Skills and its<br>programmes are accredited by the Rural Skills
Council.</p>""")
    assert rec.value("quality_assurance") == (
        "The course, ref. BK-24, is taught by the Meadowbank School of Rural Skills and its programmes are accredited "
        "by the Rural Skills Council.")


def test_a_long_line_that_ends_inside_the_sentence(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""{HEAD}<p style="font-size:7pt">The School's courses are quality assured by the
Rural Skills Council under its Code for Short Courses, revision 2, adopted on 14<br>March 2024, and reviewed each
year.</p>""")
    assert rec.value("quality_assurance") == (
        "The School's courses are quality assured by the Rural Skills Council under its Code for Short Courses, "
        "revision 2, adopted on 14 March 2024, and reviewed each year.")
