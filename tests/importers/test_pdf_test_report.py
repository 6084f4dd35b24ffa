"""A language test's report form: the learner in the form's name fields ("Surname" / "KOVAL", "First name(s)" /
"OLHA"), and the descriptors of the levels reached under "What your scores mean" as the outcomes. Before, neither was
read. Other wording than the report that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_REPORT = (
    "<p>HARBOUR LANGUAGE TESTING</p><p>SCORE REPORT</p><p>Candidate</p>"
    "<p>Surname</p><p>KOVAL</p><p>Candidate no.</p><p>4471-22</p>"
    "<p>First name(s)</p><p>OLHA</p><p>Test date</p><p>12 March 2026</p>"
    "<p>Overall score 71 / 100 (B2)</p>"
    "<p>What your scores mean</p>"
    "<p>Reading (B2). You can understand technical articles and manuals on familiar subjects in detail.</p>"
    "<p>Speaking (B1). You can describe a project and answer simple questions about it in a meeting.</p>"
)


def test_the_name_fields_and_the_descriptors_of_the_levels(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _REPORT)
    assert rec.value("learner_name") == "OLHA KOVAL"
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes[:2] == [
        "Reading (B2). You can understand technical articles and manuals on familiar subjects in detail.",
        "Speaking (B1). You can describe a project and answer simple questions about it in a meeting.",
    ], outcomes
