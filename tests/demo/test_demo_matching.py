"""The demo credentials' outcomes match the demo programme the way the demo story says: the Ukrainian SQL
certificate covers ОК5 in part, and the English badge meets ВК2 across languages. Checked with the lexical and
glossary layers alone (always installed) and with the default engine (embeddings when the extra is installed)."""

from __future__ import annotations

import json
from functools import cache

import pytest

from app import paths
from app.importers.credentials import inspect_file
from app.matching import match_credential_to_component, semantic
from app.matching.coverage import DEFAULT_THRESHOLD

EVIDENCE = paths.resource("demo", "evidence")
MODES = pytest.mark.parametrize("embedding", [False, None], ids=["glossary-only", "default-engine"])


@cache
def component(code: str) -> tuple[str, ...]:
    data = json.loads(paths.resource("demo", "programme.json").read_text(encoding="utf-8"))
    return tuple(next(c["outcomes"] for c in data["components"] if c["code"] == code))


@cache
def outcomes(name: str) -> tuple[str, ...]:
    rec = inspect_file(EVIDENCE / name)
    assert rec.error is None, rec.error
    return tuple(rec.learning_outcomes)


@MODES
def test_sql_certificate_covers_ok5_in_part(embedding: bool | None) -> None:
    cert = outcomes("case1-sql-certificate.pdf")
    result = match_credential_to_component(cert, component("ОК5"), embedding=embedding)
    design, queries, integrity = result.pairs
    assert result.covered == 2 and 0 < result.coverage < 1
    assert design.status == "covered" and design.credential_outcome == cert[0]  # schema design, normalisation
    assert queries.status == "covered" and queries.credential_outcome == cert[1]  # SQL queries
    assert integrity.status != "covered"  # constraints and transactions are not on the certificate
    assert integrity.score < DEFAULT_THRESHOLD


@MODES
def test_english_badge_meets_vk2_across_languages(embedding: bool | None) -> None:
    badge = outcomes("case1-data-analysis-python-ob3.json")
    result = match_credential_to_component(badge, component("ВК2"), embedding=embedding)
    load, charts, exploratory = result.pairs
    assert charts.status == "covered" and charts.layer != "lexical"  # a glossary concept or a sentence vector
    assert charts.credential_outcome == badge[1]
    assert "visualise / візуалізувати" in charts.explanation.terms()
    assert load.credential_outcome == badge[0]  # the pandas outcome is the best partner of the pandas outcome
    assert exploratory.status != "covered"  # the badge does not claim exploratory analysis
    assert 0 < result.coverage < 1
    if embedding is None and semantic.default_embedder() is not None:
        assert load.status == "covered"  # sentence vectors see "load, clean and transform" as a translation


@MODES
def test_english_badge_does_not_meet_an_unrelated_component(embedding: bool | None) -> None:
    result = match_credential_to_component(outcomes("case1-data-analysis-python-ob3.json"), component("ОК1"),
                                           embedding=embedding)  # fmt: skip
    assert result.covered == 0 and all(p.score < DEFAULT_THRESHOLD for p in result.pairs)
