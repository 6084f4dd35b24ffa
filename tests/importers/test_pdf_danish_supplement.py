"""A Danish course certificate laid out as a diploma supplement: the holder from "Efternavn" / "Fornavn" fields,
the outcomes under a numbered heading whose sentence runs on to a short line ending in its colon ("4.2 Læringsmål.
Ved prøven har den studerende dokumenteret, at han" / "kan:"), the workload in "timers", and no issuer's country from
where the holder was born ("født i" / "Ukraine)"). Before, none of these was read (the holder's birthplace was
taken for the issuer's country). Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html

_DANISH = (
    "<p>NORDFJORD ERHVERVSAKADEMI</p><p>Havnegade 4, 7000 Fredericia</p><p>BEVIS FOR BESTÅET ENKELTFAG</p>"
    "<p>1.1</p><p>Efternavn</p><p>SHEVCHUK</p><p>1.2</p><p>Fornavn</p><p>Bohdan</p>"
    "<p>1.3</p><p>Fødselsdato</p><p>3. maj 2001 (født i</p><p>Ukraine)</p>"
    "<p>3.2 Omfang: 5 ECTS-point, svarende til ca. 137 timers arbejdsindsats</p>"
    "<p>4.2 Læringsmål. Ved prøven har den studerende dokumenteret, at han</p><p>kan:</p>"
    "<ul><li>designe en relationel database og normalisere den</li>"
    "<li>skrive SQL-forespørgsler med joins og gruppering</li></ul>"
    "<p>6.2 Udstedt: Fredericia, 20. januar 2026</p>"
)


def test_a_danish_supplement(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _DANISH)
    assert rec.value("learner_name") == "Bohdan SHEVCHUK"
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes[:2] == ["designe en relationel database og normalisere den",
                            "skrive SQL-forespørgsler med joins og gruppering"], outcomes
    assert rec.value("workload_hours") == 137
    assert rec.value("issuer_country") != "Ukraine (UKR)"
