"""A certificate set out in numbered fields (a traineeship certificate, a Europass Mobility): the outcomes are the
paragraph under "8. Knowledge, skills and competences acquired", up to the next numbered field, not the fields
themselves nor the next field's heading. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_FIELDS = (
    "<p>LINDQVIST SOFTWARE AB</p><p>INTERNSHIP CERTIFICATE</p>"
    "<p>1. Intern</p><p>Ms Daryna MOROZ</p><p>2. Period</p><p>2 June – 29 August 2025, 480 hours</p>"
    "<p>3. Tasks</p><p>• maintained the test suite of the billing service;</p><p>• fixed defects reported by users.</p>"
    "<p>4. Knowledge, skills and competences acquired</p>"
    "<p>The intern writes automated tests for a web service; reviews colleagues' code; reports defects clearly.</p>"
    "<p>5. Evaluation by the supervisor</p><p>Overall: very good.</p>"
)


def test_the_outcomes_under_a_numbered_field_end_at_the_next(tmp_path: Path) -> None:
    outcomes = inspect_html(tmp_path, _FIELDS).value("learning_outcomes")
    assert outcomes == ["The intern writes automated tests for a web service", "reviews colleagues' code",
                        "reports defects clearly."]


def test_a_numbered_list_under_a_numbered_heading_is_read_whole(tmp_path: Path) -> None:
    html = ("<p>CERTIFICATE</p><p>Anna Kowalska completed the course Data Analysis.</p>"
            "<p>2. Learning outcomes</p><p>1. Cleans tabular data with pandas.</p><p>2. Draws charts of trends.</p>"
            "<p>3. Tests a simple hypothesis.</p><p>4. Reports the findings in writing.</p>")
    outcomes = inspect_html(tmp_path, html).value("learning_outcomes") or []
    assert len(outcomes) == 4 and outcomes[3].startswith("Reports the findings"), outcomes
