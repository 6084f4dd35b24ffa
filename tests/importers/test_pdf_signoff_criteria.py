"""A unit sign-off form: performance criteria lettered a), b) … in a table whose header cells ("Criterion", "Met",
"Date" …) stand above the first group's title ("CA1.1 Customer contact"), with each row's box ticked and its short
cells ("yes", "O, Q", the date, the assessor's initials) after the criterion. The criteria are the outcomes,
without the cells; before, the header cells were read as the only outcome. Other wording than the certificate that
showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_ROW = "<p>{text}</p><p>[X]</p><p>yes</p><p>O, Q</p><p>{date}</p><p>KL</p>"

_FORM = (
    "<p>Harbourside Skills Centre</p><p>Unit sign-off record</p>"
    "<p>Unit CA1 — Customer Service in a Contact Centre</p>"
    "<p>Performance criteria — the learner has shown, in live calls, that she can:</p>"
    "<p>Criterion</p><p>Met</p><p>Evidence</p><p>Date</p><p>Init.</p>"
    "<p>CA1.1 Customer contact and records</p>"
    + _ROW.format(text="a) greet callers, confirm their identity and log every contact in the CRM", date="03.11.25")
    + _ROW.format(text="b) handle a complaint to an agreed resolution and record it", date="10.11.25")
    + "<p>CA1.2 Data protection · CA1.3 Escalation</p>"
    + _ROW.format(text="c) keep customers' personal data confidential under the GDPR", date="17.11.25")
    + _ROW.format(text="d) escalate calls beyond her authority to a supervisor", date="24.11.25")
    + "<p>Knowledge test CA1-K (30 questions) 26 / 30 — pass</p>"
    "<p>Signed: L. Kerr Date: 01.12.2025</p>"
)


def test_criteria_of_a_signoff_form_without_its_cells(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _FORM)
    assert rec.value("learning_outcomes") == [
        "greet callers, confirm their identity and log every contact in the CRM",
        "handle a complaint to an agreed resolution and record it",
        "keep customers' personal data confidential under the GDPR",
        "escalate calls beyond her authority to a supervisor",
    ]


def test_the_unit_assessed_as_competent_names_the_course(tmp_path: Path) -> None:
    """"… has been assessed as COMPETENT in Unit CA1 — …. Issued …": the unit, not the centre's name set large at
    the top (before, "HARBOURSIDE SKILLS" was the course's name)."""
    html = (
        '<p style="font-size:20px">HARBOURSIDE SKILLS</p><p>Harbourside Skills Centre Ltd · Unit 4, Quay Road</p>'
        "<p>Unit sign-off record</p>"
        "<p>CERTIFICATE OF COMPETENCE. Harbourside Skills certifies that Lesia Koval has been assessed as COMPETENT "
        "in Unit CA1 — Customer Service in a Contact Centre. Issued at Hull on 2 December 2025.</p>"
    )
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "Unit CA1 — Customer Service in a Contact Centre"
