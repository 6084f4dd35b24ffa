"""A German employer's letter confirming an in-house course: what the learner learned in its prose ("Sie haben
gelernt, …", "Frau Kovalenko hat gelernt, …") and the sentences that go on with what the learner now does ("Sie
führen …", "Sie lesen …"), read as the outcomes. Before, no outcome was read from such a letter. Other wording than
the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_LETTER = (
    "<p>Rheinblick Logistik AG · Am Hafen 3 · 50667 Köln</p><p>Frau Iryna Kovalenko</p>"
    "<p>Köln, 12. Januar 2026</p>"
    "<p>Bestätigung über die Teilnahme am Kurs „Business English for IT“</p>"
    "<p>Sehr geehrte Frau Kovalenko,</p>"
    "<p>wir bestätigen gerne, dass Sie von September bis Dezember 2025 an unserem Kurs teilgenommen haben. "
    "Der Kurs fand vollständig auf Englisch statt. Sie haben gelernt, Besprechungen auf Englisch zu leiten, "
    "Protokolle zu schreiben und technische Entscheidungen verständlich zu begründen. Sie verfassen Anforderungen "
    "und Fehlerberichte in klarem Englisch. Im Anschluss an den Kurs wurde eine Prüfung abgelegt. Sie präsentieren "
    "Projektergebnisse vor Kunden aus Irland und beantworten Rückfragen sicher.</p>"
    "<p>Mit freundlichen Grüßen</p><p>Dr. Jonas Weber, Personalentwicklung</p>"
)


def test_what_a_german_letter_says_the_learner_learned(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _LETTER)
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes, outcomes
    assert outcomes[0].startswith("Besprechungen auf Englisch zu leiten"), outcomes
    assert any(o.startswith("verfassen Anforderungen und Fehlerberichte") for o in outcomes), outcomes
    assert any(o.startswith("präsentieren Projektergebnisse vor Kunden") for o in outcomes), outcomes
    assert not any("Prüfung" in o or "fand vollständig" in o for o in outcomes), outcomes


def test_a_german_letters_course_is_the_name_in_quotes_of_its_subject(tmp_path: Path) -> None:
    """The course is the name in quotes of the letter's subject (wrapped to a second line), not the verb that ends
    the sentence after "erfolgreich abgeschlossen"."""
    letter = (
        "<p>Rheinblick Logistik AG · Am Hafen 3 · 50667 Köln</p><p>Köln, 12. Januar 2026</p>"
        "<p>Bestätigung über die Teilnahme an unserer internen Weiterbildung „Datenbanken und SQL für</p>"
        "<p>Fachanwenderinnen und Fachanwender“ (40 Stunden)</p>"
        "<p>Sehr geehrte Frau Kovalenko,</p>"
        "<p>hiermit bestätigen wir, dass Sie an der Weiterbildung teilgenommen und sie mit der Prüfung erfolgreich "
        "abgeschlossen haben.</p><p>Mit freundlichen Grüßen</p>"
    )
    rec = inspect_html(tmp_path, letter)
    assert rec.value("title") == "Datenbanken und SQL für Fachanwenderinnen und Fachanwender"
