"""The word-family and term indexes remember each query text's terms between calls; the scores must be those of an
index that has seen nothing, whatever the order and the company of the queries, and a change of the marking function
must not reuse the marks of another."""

from __future__ import annotations

import numpy as np

from app.matching.lexical import FamilyIndex, TermIndex
from app.matching.text import light_stem

CANDIDATES = [("design", "relational", "database"), ("write", "sql", "query"), ("normalise", "database", "schema"),
              ("train", "classification", "model"), ("database", "databases", "query")]
QUERIES = [("design", "databases"), ("sql", "queries", "writing"), ("classify", "model", "model"), ("databas", "e")]


def _family(queries: list[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[list[int], list[float], list[float]]]:
    fresh = FamilyIndex(CANDIDATES)
    cells, dice, recall = fresh.scores_cells(queries)
    rows, cols = np.divmod(cells, len(CANDIDATES))
    out: dict[tuple[str, ...], tuple[list[int], list[float], list[float]]] = {q: ([], [], []) for q in queries}
    for r, c, d, rc in zip(rows.tolist(), cols.tolist(), dice.tolist(), recall.tolist(), strict=True):
        out[queries[r]][0].append(c)
        out[queries[r]][1].append(d)
        out[queries[r]][2].append(rc)
    return out


def test_family_scores_are_the_same_on_every_call_and_in_any_company() -> None:
    index = FamilyIndex(CANDIDATES)
    first = index.scores_cells(QUERIES)
    again = index.scores_cells(QUERIES)
    for a, b in zip(first, again, strict=True):
        assert np.array_equal(a, b)
    expected = _family(QUERIES)
    for batch in (QUERIES[::-1], QUERIES[1:2], [QUERIES[2], QUERIES[0], QUERIES[2]]):
        cells, dice, recall = index.scores_cells(batch)
        rows, cols = np.divmod(cells, len(CANDIDATES))
        for r, c, d, rc in zip(rows.tolist(), cols.tolist(), dice.tolist(), recall.tolist(), strict=True):
            want = expected[batch[r]]
            at = want[0].index(c)
            assert (d, rc) == (want[1][at], want[2][at])


def test_term_cosines_are_the_same_on_every_call_and_marks_follow_the_function() -> None:
    index = TermIndex(CANDIDATES)
    plain = index.cosine_cells(QUERIES)
    assert all(np.array_equal(a, b) for a, b in zip(plain, index.cosine_cells(QUERIES), strict=True))
    marked = index.cosine_cells(QUERIES, marked=lambda t: t == "model")
    fresh = TermIndex(CANDIDATES).cosine_cells(QUERIES, marked=lambda t: t == "model")
    assert all(np.array_equal(a, b) for a, b in zip(marked, fresh, strict=True))
    assert marked[2].any() and not plain[2].any()  # a share comes only from marked terms
    reversed_cells, reversed_cos, _ = index.cosine_cells(QUERIES[::-1])
    n = len(CANDIDATES)
    as_before = {(len(QUERIES) - 1 - r, c): v for r, c, v in zip(*np.divmod(reversed_cells, n), reversed_cos.tolist(),
                                                                  strict=True)}  # fmt: skip
    assert as_before == {(r, c): v for r, c, v in zip(*np.divmod(plain[0], n), plain[1].tolist(), strict=True)}


def _partners_by_definition(index: FamilyIndex, tok: str) -> dict[int, float]:
    """A term's partners as the index describes them, one level after another, the first level a term reaches kept."""
    levels: dict[int, float] = {}
    if tok in index.vocab:
        levels[index.vocab[tok]] = 1.0
    stems = {term: light_stem(term) for term in index.vocab}
    for term, tid in index.vocab.items():
        if index.stem_similarity > 0 and stems[term] == light_stem(tok):
            levels.setdefault(tid, index.stem_similarity)
    n = index.prefix_length
    for term, tid in index.vocab.items():
        if index.prefix_similarity > 0 and len(tok) >= n and len(term) >= n and term[:n] == tok[:n]:
            levels.setdefault(tid, index.prefix_similarity)
    return levels


def test_partners_are_those_of_the_definition_at_their_first_level() -> None:
    tokens = ["database", "databases", "query", "queries", "design", "designer", "model", "modelling", "sql", "e",
              "normalisation", "classify", "unknownword"]
    for stem, prefix in ((0.9, 0.5), (0.4, 0.7), (0.0, 0.5), (0.9, 0.0)):
        index = FamilyIndex(CANDIDATES + [("designer", "modelling", "queries")], stem_similarity=stem,
                            prefix_similarity=prefix)
        owners, ids, strengths = index._partners_of(tokens)
        found: dict[str, dict[int, float]] = {tok: {} for tok in tokens}
        for owner, tid, strength in zip(owners.tolist(), ids.tolist(), strengths.tolist(), strict=True):
            assert tid not in found[tokens[owner]]  # each partner once
            found[tokens[owner]][tid] = strength
        assert found == {tok: _partners_by_definition(index, tok) for tok in tokens}, (stem, prefix)
