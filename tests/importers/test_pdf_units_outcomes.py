"""A Certificate Supplement's or a transcript's outcomes given unit by unit: the units' statements below the whole's
profile, each without the unit's name and who can do it ("SWD6-01 Software Development Fundamentals (Python). The
learner can: …"), and no column label of the units' table as the certificate's name."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_CELL = '<td style="border:1px solid #444444; padding:3px">'


def test_the_units_outcomes_below_the_profile_and_the_boxed_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<p>EUROPASS CERTIFICATE SUPPLEMENT · No. HB-2025-77</p>
<p><b>1. TITLE OF THE CERTIFICATE (EN)</b><br>Certificate in Horticulture (NFQ Level 5)</p>
<p><b>3. PROFILE OF SKILLS AND COMPETENCES</b><br>The holder is able to propagate and grow plants and maintain
amenity landscapes safely.</p>
<p><b>6. UNITS COMPLETED</b></p>
<table style="border-collapse:collapse"><tr>{_CELL}Unit title</td>{_CELL}Credits Hours (approx.)</td></tr>
<tr>{_CELL}Plant Propagation</td>{_CELL}10 / 150</td></tr></table>
<p><b>7. LEARNING OUTCOMES BY UNIT</b></p>
<p>HOR5-01 Plant Propagation. The learner can: sow seeds and take cuttings of common species; pot on and harden
off young plants.</p>
<p>HOR5-02 Landscape Maintenance. The learner can prune shrubs and hedges at the right time of the year.</p>
<p><b>8. SIGNATURE</b></p><p>Date of issue: 30 June 2025</p>""")
    assert rec.value("title") == "Certificate in Horticulture (NFQ Level 5)"
    outcomes = rec.value("learning_outcomes")
    assert outcomes[0].startswith("propagate and grow plants")
    assert "sow seeds and take cuttings of common species" in outcomes
    assert any(o.startswith("pot on and harden off young plants") for o in outcomes)
    assert any(o.startswith("prune shrubs and hedges") for o in outcomes)
    assert not any("The learner can" in o or "HOR5" in o for o in outcomes)


def test_who_can_do_it_is_no_part_of_an_outcome(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ЦЕНТР ПІСЛЯДИПЛОМНОЇ ОСВІТИ</p><p>СВІДОЦТВО № 15</p>
<p>Слухачка: Коваль Ірина Петрівна</p><p>Результати навчання:</p>
<p>1. Модуль «Облік запасів». Слухачка вміє: вести облік запасів на складі за методом ФІФО.</p>
<p>2. Модуль «Звітність». Слухачка вміє складати квартальну податкову звітність підприємства.</p>
<p>Дата видачі: 20.05.2025</p>""")
    assert rec.value("learning_outcomes") == [
        "вести облік запасів на складі за методом ФІФО.",
        "складати квартальну податкову звітність підприємства.",
    ]


def test_the_holder_the_body_and_no_credits_from_their_conversion(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>EUROPASS CERTIFICATE SUPPLEMENT · No. SC-2025-12</p>
<p>Issued to: Olha MARCHENKO · Learner number: 25 118 · Shannon College of Further Education, Limerick, Ireland</p>
<p><b>1. TITLE OF THE CERTIFICATE (EN)</b><br>Certificate in Bookkeeping (NFQ Level 5)</p>
<p><b>3. PROFILE OF SKILLS AND COMPETENCES</b><br>The holder is able to keep the books of a small business.</p>
<p><b>5. OFFICIAL BASIS OF THE CERTIFICATE</b><br>Awarding body: National Skills Awards Board (NSAB), 7 Merrion
Square, Dublin 2. Level: NFQ Level 5 / EQF Level 4.</p>
<p>Credits are indicative conversions (1 ECTS ≈ 25 learner hours).</p>
<p>Date of issue: 1 July 2025</p>""")
    assert rec.value("learner_name") == "Olha MARCHENKO"
    assert rec.value("awarding_body") == "National Skills Awards Board (NSAB)"
    assert rec.value("workload_ects") is None  # one credit's worth in hours is no credit of the certificate's
