"""Rule: an excluded country (of the issuer or of the awarding body) binds the proposal, the saving of a decision,
the move to "decided" and is named on the protocol."""

from __future__ import annotations

import pytest

from app.db import Database
from app.reports.papers import reasons_text
from app.services import decisions, reports
from app.services.decisions import DecisionInput
from app.services.workflow import TransitionRefused
from app.translation import load_translator
from tests.scenarios.conftest import codes, move, set_evidence, to_assessment

SQL = "Relational Databases and SQL"


@pytest.mark.parametrize(("country", "body"), [
    ("Російська Федерація", "Open Data University"),
    ("UA", "Lomonosov Moscow State University, Russia"),
])
def test_an_excluded_country_refuses_recognition_and_is_in_the_protocol(demo_db: Database, sql_case: int,
                                                                        country: str, body: str) -> None:
    set_evidence(demo_db, sql_case, SQL, issuer_country=country, awarding_body=body)
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    found = codes(line)
    assert line.proposal == "reject"
    assert "blocking" in (found.get("issuer_country_excluded"), found.get("awarding_body_country_excluded"))
    with pytest.raises(decisions.RuleRefusal, match="exclude"):
        decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("full"))
    assert decisions.get_line(demo_db, line.id).decision is None  # nothing was saved
    decisions.save_decision(demo_db, "officer", line.id, line.row_version,
                            DecisionInput("none", reasons="Issued in an aggressor state."))
    move(demo_db, sql_case, "decided")
    paper_line = next(x for x in reports.protocol_data(demo_db, "RD-TEST-001").lines if x.component_code == "ОК5")
    # The paper names the country in its own language, never by its code.
    assert "Russian Federation, which the rules exclude" in reasons_text(paper_line, "en", load_translator("en"))
    ukrainian = reasons_text(paper_line, "uk", load_translator("uk"))
    assert "в країні Російська Федерація, яку виключено правилами" in ukrainian
    assert "RU" not in ukrainian


def test_the_move_to_decided_refuses_a_recognition_on_evidence_from_an_excluded_country(
        demo_db: Database, sql_case: int) -> None:
    line = next(x for x in to_assessment(demo_db, sql_case) if x.component_code == "ОК5")
    decisions.save_decision(demo_db, "officer", line.id, line.row_version, DecisionInput("full"))
    # The credential turns out to come from an excluded country after the decision was recorded.
    set_evidence(demo_db, sql_case, SQL, issuer_country="Country: Russian Federation")
    with pytest.raises(TransitionRefused, match="ОК5 is recognised although .*exclude"):
        move(demo_db, sql_case, "decided")
