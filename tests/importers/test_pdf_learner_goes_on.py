"""Outcomes told in prose: "За підсумками навчання учасниця вміє …", then sentences that go on about what she does
("Вона розрізняє …", "Крім того, учасниця розпізнає …", "She also …"); a sentence about something else in between is
skipped, not read. No outcomes were read before; other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_ukrainian_prose_about_the_learner(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ № С-11</p><p>засвідчує, що Олена Коваль взяла участь у практикумі
«Сад на схилі»</p><p>Практикум присвячено догляду за садом. За підсумками практикуму учасниця вміє складати
календар обрізки плодових дерев. Вона розрізняє хвороби листя яблуні за їхніми ознаками. Сад заклали 1998 року.
Крім того, учасниця підбирає підщепи для схилових ділянок.</p><p>Київ, 2 травня 2026 р.</p>""")
    assert rec.value("learning_outcomes") == [
        "складати календар обрізки плодових дерев",
        "розрізняє хвороби листя яблуні за їхніми ознаками",
        "підбирає підщепи для схилових ділянок",
    ]


def test_english_prose_about_the_learner(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>CERTIFICATE</p><p>Olha Koval attended Orchard Care.</p>
<p>The course ran in spring. Upon completion of the course, participants are able to plan a pruning calendar for
fruit trees. She also recognises the common leaf diseases of apple trees.</p><p>Issued 8 April 2026</p>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes is not None and outcomes[0].startswith("plan a pruning calendar")
    assert outcomes[-1] == "recognises the common leaf diseases of apple trees"
