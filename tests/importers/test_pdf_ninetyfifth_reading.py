"""European micro-credentials laid out by the Recommendation's elements (the ninety-fifth set's shapes), in other
words: labels numbered by section ("2.1 Title:", "11. Type of quality assurance."), each value ending at the next
numbered line; a label wrapped in its narrow column ("Country /" / "region"); outcomes numbered by their section
("3.1 …; 3.2 …"), a dash inside one no break; the learner's name without what follows it on its line."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

NBSP = "\xa0"


def test_labels_numbered_by_section(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<p>Meadowbank Polytechnic</p><p>Microcredential record</p>
<p>1{NBSP} Learner</p><p>1.1 Name: Ostap Kravets</p><p>2{NBSP} Microcredential</p>
<p>2.1 Title: Orchard Irrigation Planning</p><p>2.2 Awarding body: Meadowbank Polytechnic</p>
<p>2.3 Country/region of the issuer: Portugal</p><p>2.4 Date of issue: 12 May 2025</p>
<p>2.5 Notional workload: 2 ECTS (54 hours)</p><p>2.6 Level: EQF 5 (higher professional courses)</p>
<p>3{NBSP} Learning outcomes</p><p>Upon completion, learners will be able to:</p>
<p>3.1 estimate the water need of an orchard block — from weather data and crop factors;</p>
<p>3.2 set a drip irrigation schedule for young and mature trees.</p>
<p>4{NBSP} Assessment</p><p>4.1 Type of assessment: field report</p><p>5{NBSP} Quality</p>
<p>5.1 Type of quality assurance: internal quality assurance system of the Polytechnic</p>""")
    assert rec.value("eqf_level") == 5
    assert rec.value("learner_name") == "Ostap Kravets"  # under "1.1 Name:", below the section's "1 Learner"
    assert rec.value("learning_outcomes") == [
        "estimate the water need of an orchard block — from weather data and crop factors",
        "set a drip irrigation schedule for young and mature trees."]
    assert rec.value("quality_assurance") == "internal quality assurance system of the Polytechnic"


def test_labels_with_their_period_and_a_label_wrapped_in_its_column(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certificate of a micro-credential</p>
<p>1. Learner. Kateryna Lysenko, date of birth 11 October 1997</p><p>2. Title. Orchard Irrigation Planning</p>
<p>3. Country or region of the issuer. Slovenia</p><p>4. Awarding body. Meadowbank School</p>
<p>7. Notional workload. 2 ECTS (54 hours)</p><p>9. Type of assessment. Field report</p>
<p>11. Type of quality assurance. Internal quality assurance of the School</p>
<p>15. Integration / stackability. Counts towards the programme "Water in Agriculture"</p>""")
    assert rec.value("title") == "Orchard Irrigation Planning"
    assert rec.value("learner_name") == "Kateryna Lysenko"
    assert rec.value("quality_assurance") == "Internal quality assurance of the School"
    rec = inspect_html(tmp_path, """<p>MICRO-CREDENTIAL</p><p>Learner</p>
<p>Ostap Kravets · date of birth 21.11.2001 · learner number 88</p><p>Title</p><p>Orchard Irrigation Planning</p>
<p>Country /<br>region</p><p>Belgium, Flemish Region</p><p>Awarding<br>body</p><p>Meadowbank School</p>
<p>Date of issue</p><p>12 May 2025</p><p>Notional workload</p><p>2 ECTS</p><p>Type of assessment</p>
<p>Field report</p><p>Form of participation</p><p>Onsite</p><p>Quality assurance</p><p>Internal</p>""")
    assert rec.value("title") == "Orchard Irrigation Planning"
    assert rec.value("learner_name") == "Ostap Kravets"


def test_a_larger_award_in_quotes_is_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Meadowbank University of Applied Sciences</p><p>DIGITAL MICRO-CREDENTIAL</p>
<p style="font-size:15pt">Orchard Irrigation (course 5T00IR01, Master's programme in Water Engineering)</p>
<p>LEARNER</p><p>Ostap Kravets</p><p>Integration/stackability: Part of the Open UAS study path "Water Engineering"
(30 ECTS)</p>""")
    assert (rec.value("title") or "").startswith("Orchard Irrigation")


def test_a_value_below_its_label_ends_at_another_fields_label(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>MICRO-CREDENTIAL</p><p>Learner</p><p>Ostap Kravets</p><p>Title</p>
<p>Orchard Irrigation Planning</p><p>Issuer</p><p>Meadowbank School, Tallinn, Estonia</p><p>Date of issue</p>
<p>12 May 2025</p><p>Notional workload</p><p>2 ECTS</p><p>Type of assessment</p><p>Field report</p>
<p>Form of participation</p><p>Onsite</p><p>Prerequisites</p><p>A year of work in an orchard</p><p>Identity<br>
verification</p><p>Photo ID checked at the field exam</p>""")
    assert rec.value("title") == "Orchard Irrigation Planning"
    assert rec.value("prerequisites") == "A year of work in an orchard"
    assert rec.value("supervision") == "Photo ID checked at the field exam"
