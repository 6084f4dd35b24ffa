"""English certificates of the ninety-seventh set's shapes, in other words: outcomes under a lead-in that names who
completed the course ("Students who complete the course can:", "After this course, practitioners are able to:"), under
"Skills you have demonstrated" and "Course description and learning outcomes" as prose of several sentences, under a
page's heading whose first lines are the course's particulars; and the fields around them (the course's name below
"completed the Level 5 short course" and "for the course", the letterhead's country in a long address part, no
awarding body from "offered by the Centre together with …")."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, inspect_pages


def test_who_completed_the_course_leads_in_to_the_outcomes(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, [
        """<p>Harbour Language School</p><p>Certificate of Attainment</p><p>Petro Lysenko</p>
<p>attended and completed the course</p><p>German for Hospitality Staff (A2)</p>""",
        """<p>Course content and results</p><p>Course outcomes. Learners who complete the course can:</p>
<ul><li>Greet guests at the reception desk and check them in, spelling names and confirming dates of stay.</li>
<li>Explain the hotel's services and the way to nearby sights in simple sentences.</li>
<li>Take a room-service order by phone.</li></ul>""",
    ])
    assert rec.value("learning_outcomes") == [
        "Greet guests at the reception desk and check them in, spelling names and confirming dates of stay.",
        "Explain the hotel's services and the way to nearby sights in simple sentences.",
        "Take a room-service order by phone.",
    ]


def test_a_heading_over_the_particulars_gives_way_to_the_lead_in_below(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, [
        """<p>Lakeside Institute of Care</p><p>Certificate in Professional Practice</p><p>Anna Moroz</p>
<p>for successful completion of the short course</p><p>Safe Moving and Handling of Patients</p>""",
        """<p>Course outline and learning outcomes</p><p>Learner: Anna Moroz · Certificate No. LIC-0412</p>
<p>Delivery: two workshop days and supervised practice on the learner's own ward and in the skills
laboratory of the institute</p><p>Assessment: observed practice</p>
<p>After this course, nurses are able to:</p>
<ul><li>Assess a patient's mobility and the risks of a transfer before moving them.</li>
<li>Use hoists, slide sheets and transfer boards safely with a colleague.</li></ul>""",
    ])
    assert rec.value("learning_outcomes") == [
        "Assess a patient's mobility and the risks of a transfer before moving them.",
        "Use hoists, slide sheets and transfer boards safely with a colleague.",
    ]


def test_outcomes_told_in_a_paragraph_of_several_sentences(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, [
        """<p>Northbay Online</p><p>Professional Certificate</p><p>is hereby awarded to</p><p>Ivan Hnatiuk</p>
<p>who has successfully completed the online program</p><p>Bookkeeping for Small Firms</p>""",
        """<p>Skills you have demonstrated</p>
<p>On completing the program, learners are able to record sales, purchases and payments in a double-entry ledger
and reconcile the bank account with the statement every month. They can prepare a trial balance and correct the
errors it shows before the period is closed. Learners draw up a simple profit and loss account and a balance sheet
for a sole trader. Finally, they file the quarterly sales-tax return on time.</p>
<p>Northbay certificates are non-credit credentials.</p>""",
    ])
    outcomes = rec.value("learning_outcomes")
    assert outcomes[0] == "record sales, purchases and payments in a double-entry ledger"
    assert "prepare a trial balance" in outcomes[2] and outcomes[-1] == "file the quarterly sales-tax return on time"
    assert not any("non-credit" in o or "learners are able" in o for o in outcomes)


def test_participants_learn_to_and_they_go_on(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Eastgate Museum Academy</p><p>Certificate of Participation</p>
<p>This certificate is awarded to</p><p>Olha Savchuk</p><p>for the course</p>
<p>Caring for Textile Collections</p><p>Course description and learning outcomes</p>
<p>Participants learn to examine historic textiles and record their condition in the collection's database with
photographs and standard terms, so that a conservator can plan treatment without handling the object again. They
clean textiles with low-suction vacuuming and decide when wet cleaning needs a specialist. Participants design
storage for flat and rolled textiles and explain the choice of materials to colleagues.</p>
<p>The Hague, 3 May 2025</p>""")
    assert rec.value("title") == "Caring for Textile Collections"
    outcomes = rec.value("learning_outcomes")
    assert outcomes[0].startswith("examine historic textiles")
    assert any(o.startswith("clean textiles with low-suction vacuuming") for o in outcomes)
    assert any(o.startswith("design storage for flat and rolled textiles") for o in outcomes)


def test_the_course_named_below_its_level_and_kind(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Westfield University</p><p>Centre for Lifelong Learning</p>
<p>Certificate of Credit</p><p>This is to certify that</p><p>Maksym Bondar</p>
<p>has successfully completed the Level 4 short course</p><p>Introduction to Accounting</p>
<p>Credit awarded 10 UK credits at Level 4</p>""")
    assert rec.value("title") == "Introduction to Accounting"


def test_a_country_at_the_end_of_a_long_letterhead_address(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ByteForge Academy</p>
<p style="font-size: 7pt">ByteForge Academy Pvt. Ltd. · 12th Floor, 88 Outer Ring Road, Hyderabad 500081, Telangana,
India</p>
<p>Certificate of Completion</p><p>awarded to</p><p>Iryna Kovalenko</p><p>for successfully completing the</p>
<p>Cloud Fundamentals Bootcamp (AWS track), Batch 9 — online</p>
<p>Duration: 3 March 2025 – 30 May 2025, 12 weeks part-time, 120 hours of live classes and labs</p>
<p>What the graduate can do</p><ul><li>Deploy a web application on virtual machines behind a load balancer.</li>
<li>Store and serve files from object storage with access policies.</li></ul>""")
    assert rec.value("issuer_country") == "India"


def test_a_unit_named_only_by_its_kind_is_no_awarding_body(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Collegium Varsoviense</p>
<p>Centre for Continuing Education · ul. Długa 5, 00-238 Warszawa, Poland</p><p>Certificate of Completion</p>
<p>Anton Hrytsai has completed the course</p><p>Maps and Mapmakers of Early Modern Europe</p>
<p>The course is offered by the Centre together with the Institute of History and is open to adult learners.</p>""")
    assert rec.value("awarding_body") != "Centre together"
    assert rec.value("awarding_body") in {"Collegium Varsoviense", "Centre for Continuing Education"}
