"""Fields the thirty-fourth set's first reading got wrong, in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_what_participants_learned_in_a_paragraph(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate</p><p>This certifies that</p><p>Ivan Koval</p>
<p>has completed the programme</p><p>Bookkeeping for Small Firms</p>
<p style="width:430px">The programme ran online for eight weeks. Participants learned to record transactions in a
double-entry ledger; to close the books at the month's end; and to prepare a simple cash-flow forecast.</p>
<p>Assessment consisted of a practical test.</p>""")
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes[0] == "record transactions in a double-entry ledger"
    assert len(outcomes) == 3 and outcomes[2].endswith("prepare a simple cash-flow forecast")


def test_an_italian_attestato_its_learner_and_its_contents(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ATTESTATO DI FREQUENZA CON PROFITTO</p><p>Si attesta che</p>
<p>Olena Bondar</p><p>nata a Leopoli (Ucraina) il 12 maggio 2003</p>
<p>ha frequentato con profitto il corso</p><p>«Statistica per le scienze sociali»</p><p>Contenuti del corso</p>
<ul><li>statistica descrittiva e rappresentazioni grafiche;</li><li>probabilità e distribuzioni;</li>
<li>stima e verifica di ipotesi.</li></ul><p>Pavia, 3 giugno 2026</p>""")
    assert rec.value("learner_name") == "Olena Bondar"
    assert rec.value("learning_outcomes") == [
        "statistica descrittiva e rappresentazioni grafiche", "probabilità e distribuzioni",
        "stima e verifica di ipotesi.",
    ]


def test_competences_gained_after_a_sentence_naming_the_programme(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СВІДОЦТВО</p><p>про підвищення кваліфікації</p><p>Гнатюк Ірина Петрівна</p>
<p style="width:440px">з 02.03.2026 по 06.03.2026 пройшла підвищення кваліфікації за спеціальною (короткостроковою)
програмою «Електронне урядування в громаді» в обсязі 30 годин (1 кредит ЄКТС), та</p>
<p>набула компетентностей:</p><ul><li>здатність надавати адміністративні послуги в електронній формі;</li>
<li>здатність вести електронний документообіг.</li></ul><p>Директор центру</p>""")
    assert rec.value("title") == "Електронне урядування в громаді"
    assert rec.value("learning_outcomes") == [
        "здатність надавати адміністративні послуги в електронній формі",
        "здатність вести електронний документообіг.",
    ]
