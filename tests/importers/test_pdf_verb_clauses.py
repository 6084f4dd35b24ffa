"""An English sentence that lists several outcomes by their verbs without "to" ("… can now formalise X, simplify Y
and model Z") gives one outcome per verb clause; verbs that share an object stay together, and a list of nouns is not
split at a word that may be a verb ("decision trees, model validation")."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers.credentials.pdf import _clause_list
from tests.importers.pdfgen import inspect_html


def test_a_sentence_of_three_verb_clauses(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>Garden Water</h1><p>Awarded to Olha Koval</p>
<p>By the end of the course, participants were able to survey a plot and its slopes, size a rain barrel for a roof
and schedule the watering of a vegetable bed.</p><p>Issued 2 May 2025</p>""")
    assert rec.value("learning_outcomes") == [
        "survey a plot and its slopes", "size a rain barrel for a roof", "schedule the watering of a vegetable bed"]


@pytest.mark.parametrize(("text", "clauses"), [
    ("prune and graft fruit trees, propagate the roses from cuttings and keep a nursery diary",
     ["prune and graft fruit trees", "propagate the roses from cuttings", "keep a nursery diary"]),
    ("identify common pests, select a treatment and evaluate its effect",
     ["identify common pests", "select a treatment", "evaluate its effect"]),
    ("plan a drip line, and estimate the water needs of vegetables",
     ["plan a drip line", "estimate the water needs of vegetables"]),
])
def test_verb_clauses(text: str, clauses: list[str]) -> None:
    assert _clause_list(text) == clauses


@pytest.mark.parametrize("text", [
    "decision trees, model validation, underfitting and overfitting, random forests",  # nouns
    "water, test and adjust the drip line",  # three verbs, one object
    "apply statistics, probability and design of experiments",  # "design of": a noun
    "understand how soil is watered, drained and mulched",
    "name the parts of a drip line and the tools to lay it",
])
def test_not_clauses(text: str) -> None:
    assert _clause_list(text) == []
