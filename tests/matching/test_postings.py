"""An index of a long list is built from its texts' term ids as each text is analysed (``Postings``): the pairs it
gives and the indexes made from it must be those of the texts' term lists given whole."""

from __future__ import annotations

import numpy as np
import pytest

from app.matching.lexical import FamilyIndex, Postings, TermIndex

DOCS = [("sql", "query", "sql"), (), ("design", "database", "query"), ("database",)]


def test_pairs_are_each_distinct_term_of_each_document_in_order_of_first_use() -> None:
    postings = Postings()
    for doc in DOCS:
        postings.add(doc)
    docs, terms = postings.pairs()
    assert postings.vocab == {"sql": 0, "query": 1, "design": 2, "database": 3}
    assert list(postings.vocab) == ["sql", "query", "design", "database"]
    # "sql" twice in the first document is one pair; the empty document has none
    assert docs.tolist() == [0, 0, 2, 2, 2, 3]
    assert terms.tolist() == [0, 1, 2, 3, 1, 3]
    assert len(postings) == len(DOCS)


def test_indexes_from_postings_equal_those_from_the_documents() -> None:
    gathered = Postings()
    for doc in DOCS:
        gathered.add(doc)
    from_docs, from_postings = TermIndex(DOCS), TermIndex(gathered)
    assert from_docs.vocab == from_postings.vocab
    for name, array in from_docs.state()[0].items():
        assert np.array_equal(array, from_postings.state()[0][name]), name
    gathered = Postings(DOCS)
    family_docs, family_postings = FamilyIndex(DOCS), FamilyIndex(gathered)
    assert family_docs.vocab == family_postings.vocab
    assert np.array_equal(family_docs.doc_weight, family_postings.doc_weight)
    queries = [("sql", "queries"), ("databases", "design")]
    for a, b in zip(family_docs.scores_cells(queries), family_postings.scores_cells(queries), strict=True):
        assert np.array_equal(a, b)


def test_a_looked_up_vocabulary_does_not_grow() -> None:
    """The vocabulary handed to an index is a plain dictionary: looking up a word it lacks adds nothing."""
    index = TermIndex(Postings(DOCS))
    with pytest.raises(KeyError):
        index.vocab["network"]  # a numbering dictionary would add the word here
    assert "network" not in index.vocab
    assert len(index.vocab) == 4


def test_rows_scored_in_runs_give_the_cells_of_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.matching import lexical

    docs = [tuple(f"w{(i * 7 + j) % 23}" for j in range(i % 5 + 1)) for i in range(60)]
    queries = [tuple(f"w{(q * 5 + j) % 29}" for j in range(q % 4 + 1)) for q in range(40)] + [("nothing",), ()]
    whole = FamilyIndex(docs).scores_cells(queries)
    monkeypatch.setattr(lexical, "SCORED_POSTINGS", 7)  # a few rows a run, rows of no posting between them
    parted = FamilyIndex(docs).scores_cells(queries)
    for a, b in zip(whole, parted, strict=True):
        assert a.dtype == b.dtype and np.array_equal(a, b)
    assert len(whole[0]) > 100 and (np.diff(parted[0]) > 0).all()  # ascending cells


def test_term_cosines_in_runs_give_the_cells_of_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.matching import lexical

    docs = [tuple(f"w{(i * 7 + j) % 23}" for j in range(i % 5 + 1)) for i in range(60)]
    queries = [tuple(f"w{(q * 5 + j) % 29}" for j in range(q % 4 + 1)) for q in range(40)] + [("nothing",), ()]

    def marked(term: str) -> bool:
        return term.endswith("1")

    whole = TermIndex(docs).cosine_cells(queries, marked)
    monkeypatch.setattr(lexical, "SCORED_POSTINGS", 7)
    parted = TermIndex(docs).cosine_cells(queries, marked)
    for a, b in zip(whole, parted, strict=True):
        assert a.dtype == b.dtype and np.array_equal(a, b)
    assert len(whole[0]) > 100 and (whole[2] > 0).any() and (np.diff(parted[0]) > 0).all()
