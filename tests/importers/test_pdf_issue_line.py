"""A line that gives the date of issue and then the body that issued it ("Issued 5 March 2025, Kyiv Data School",
"Видано 05.03.2025 р., Київська школа даних") names the awarding body without the date; the date is still the
date of issue. A sentence that awards the paper names the body after "by" ("Awarded to … on … by Kyiv Data School
for …"), without the learner it was issued to."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html

PAPER = """<h2>Certificate of Completion</h2><p>This certifies that Olena Kovalenko has completed the course</p>
<p><b>Applied Statistics with R</b></p><p>Workload: 40 hours</p><p>{line}</p>"""


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Issued 5 March 2025, Northfield Data School", "Northfield Data School"),
        ("Issued on 5 March 2025 by Northfield Data School", "Northfield Data School"),
        ("Issued on 05.03.2025 | Northfield Data School", "Northfield Data School"),
        ("Видано 5 березня 2025 р., Київська школа даних", "Київська школа даних"),
    ],
)
def test_the_body_after_an_issue_date_is_named_alone(tmp_path: Path, line: str, body: str) -> None:
    rec = inspect_html(tmp_path, PAPER.format(line=line))
    assert rec.value("awarding_body") == body
    assert rec.value("issued_on") == "2025-03-05"


def test_a_body_whose_name_begins_like_a_date_label_keeps_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, PAPER.format(line="Data Science Academy, 5 March 2025"))
    assert rec.value("awarding_body") == "Data Science Academy"


def test_the_body_an_awarding_sentence_names(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h2>CERTIFICATE</h2><p>Awarded to Olena Kovalenko on 5 March 2025 by Northfield
Data School for completing the course Applied Statistics with R (40 hours).</p>""")
    assert rec.value("awarding_body") == "Northfield Data School"
    # issued by a body to the learner: the body without "to …"
    rec = inspect_html(tmp_path, """<h2>CERTIFICATE</h2><p>This certificate is issued by the Institute of Continuing
Education of Example University to Olena Kovalenko.</p>""")
    assert rec.value("awarding_body") == "Institute of Continuing Education of Example University"
    # a person who presented it is no body
    rec = inspect_html(tmp_path, "<h2>CERTIFICATE</h2><p>Presented by Dr Anna Smith, course lead.</p>")
    assert rec.value("awarding_body") is None
