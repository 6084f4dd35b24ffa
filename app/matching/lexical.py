"""Lexical scores: rapidfuzz string similarity and IDF-weighted term overlap (exact, same word family, same
beginning).

The term-weighting scores are sparse dot products computed block by block with ``numpy.bincount``, so a
2,000 × 20,000 comparison never builds more than one block of dense rows at a time.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from app.matching.synonyms import Synonyms
from app.matching.text import light_stem

# The number of empty pseudo-documents added to the collection so that term weights stay sensible when only a
# handful of outcomes are compared. A credential's outcome is scored alone (``Engine.pair_matrices``): twenty weigh its
# words as ten did among a credential's ten or so outcomes (a word found in one of them against a word found in none:
# 0.71 of the weight either way), where ten would weigh a component outcome's words the credential lacks more.
PSEUDO_DOCS = 20
# rapidfuzz shares a comparison among its threads by rows: below this many cells, or this many rows, one thread is
# faster than two (measured with ``ratio`` on 2 cores, ms on one thread / two: 10 × 300 0.04 / 0.18, 10 × 13,412
# 2.1 / 2.4, 20 × 2,000 0.26 / 0.30; 50 × 2,000 0.99 / 0.67, 20 × 13,412 3.0 / 2.8, 200 × 300 0.52 / 0.39).
THREADED_CELLS = 50_000
THREADED_ROWS = 16
# Postings summed by cell at once when a block of queries is scored (FamilyIndex.scores_cells)
SCORED_POSTINGS = 1 << 13


def string_scores(
    queries: Sequence[str],
    candidates: Sequence[str],
    workers: int = -1,
    scorer: Callable[..., Any] = fuzz.token_set_ratio,
) -> np.ndarray:
    """``scorer`` (a rapidfuzz scorer, token_set_ratio by default) of every query against every candidate, as
    float32 in 0..1."""
    if not queries or not candidates:
        return np.zeros((len(queries), len(candidates)), dtype=np.float32)
    if len(queries) * len(candidates) < THREADED_CELLS or len(queries) < THREADED_ROWS:
        workers = 1  # starting threads costs more than a small matrix (one credential against one component)
    out = process.cdist(queries, candidates, scorer=scorer, workers=workers, dtype=np.float32)
    out /= 100.0
    return out


def tie_break_scores(pairs: Sequence[tuple[str, str]]) -> list[float]:
    """token_sort_ratio (0..1) of each pair: used to order candidates whose main scores are equal."""
    return [fuzz.token_sort_ratio(a, b) / 100.0 for a, b in pairs]


class TermIndex:
    """An inverted index over candidate token lists scoring the cosine similarity of IDF-weighted binary term
    vectors (symmetric), plus the part of the dot product that comes from a chosen subset of terms (used to tell
    whether glossary concepts contributed).

    Document frequencies come from the candidates alone (plus empty pseudo-documents), so one index serves any
    number of query batches; a query term found in no candidate gets the highest weight.
    """

    def __init__(
        self,
        candidates: Sequence[Sequence[str]] | Postings,
        term_weight: Callable[[str], float] | None = None,
    ) -> None:
        self.n_docs = len(candidates)
        self._term_weight = term_weight
        vocab, docs, tids = _postings_of(candidates)
        self.vocab = vocab
        df = np.bincount(tids, minlength=len(vocab)).astype(np.float64)
        self._total_docs = self.n_docs + PSEUDO_DOCS
        self.idf = np.log1p((self._total_docs - df + 0.5) / (df + 0.5))
        self._max_idf = math.log1p((self._total_docs + 0.5) / 0.5)
        # Weights for the cosine: IDF times an optional per-term factor.
        self.cos_weight = self.idf.copy()
        if term_weight is not None:
            factors = np.fromiter((term_weight(tok) for tok in vocab), dtype=np.float64, count=len(vocab))
            self.cos_weight *= factors
        cos_vals = self.cos_weight[tids]
        self._norms = np.sqrt(np.bincount(docs, weights=cos_vals * cos_vals, minlength=self.n_docs))
        order = np.argsort(tids, kind="stable")
        self._docs = docs[order]
        self._cos_vals = cos_vals[order]
        self._offsets = np.concatenate(([0], np.cumsum(df.astype(np.int64))))
        self._query_terms: dict[str, tuple[float, int]] = {}
        self._marks: dict[str, bool] = {}
        self._marked_by: Callable[[str], bool] | None = None
        # Each query text's norm and its terms (ids, weights, marks) in text order, for the next calls.
        self._query_rows: dict[tuple[str, ...], tuple[float, np.ndarray, np.ndarray, np.ndarray]] = {}

    def state(self) -> tuple[dict[str, np.ndarray], list[str]]:
        """Everything the index holds, as arrays and its vocabulary in id order (:meth:`from_state` reverses it).
        Only for an index without a per-term weight function, which cannot be stored."""
        if self._term_weight is not None:
            raise ValueError("an index with a term weight function cannot be stored")
        arrays = {
            "n_docs": np.array([self.n_docs]),
            "idf": self.idf,
            "norms": self._norms,
            "docs": self._docs,
            "cos": self._cos_vals,
            "offsets": self._offsets,
        }
        return arrays, list(self.vocab)

    @classmethod
    def from_state(cls, arrays: dict[str, np.ndarray], vocab: list[str]) -> TermIndex:
        """The index :meth:`state` described (ValueError when the parts do not fit together)."""
        index = cls.__new__(cls)
        index.n_docs = int(arrays["n_docs"][0])
        index._term_weight = None
        index.vocab = dict(zip(vocab, range(len(vocab)), strict=True))
        index._total_docs = index.n_docs + PSEUDO_DOCS
        index.idf = arrays["idf"]
        index._max_idf = math.log1p((index._total_docs + 0.5) / 0.5)
        index.cos_weight = index.idf
        index._norms = arrays["norms"]
        index._docs = arrays["docs"]
        index._cos_vals = arrays["cos"]
        index._offsets = arrays["offsets"]
        index._query_terms = {}
        index._marks = {}
        index._marked_by = None
        index._query_rows = {}
        n_postings = int(index._offsets[-1]) if len(index._offsets) else 0
        if (
            len(index.idf) != len(vocab)
            or len(index._offsets) != len(vocab) + 1
            or len(index._norms) != index.n_docs
            or not len(index._docs) == len(index._cos_vals) == n_postings
            or (n_postings and (index._docs.min() < 0 or index._docs.max() >= index.n_docs))
        ):
            raise ValueError("term index parts do not fit together")
        return index

    def _gather(self, tids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The postings of the terms ``tids`` one after another: their positions in the postings arrays, and for
        each the index into ``tids`` it came from."""
        starts = self._offsets[tids]
        lengths = self._offsets[tids + 1] - starts
        segments = np.repeat(np.arange(len(tids)), lengths)
        firsts = np.cumsum(lengths) - lengths
        return np.arange(int(lengths.sum())) - firsts[segments] + starts[segments], segments

    def _query_row(
        self, tokens: tuple[str, ...], marked: Callable[[str], bool] | None
    ) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
        """A query's norm and, for its distinct terms found in some candidate (in text order: a set's order changes
        with the hash seed, and with it the last bit of the sums), their ids, weights and marks."""
        known = self._query_terms
        marks = self._marks
        norm = 0.0
        terms: list[int] = []
        weights: list[float] = []
        marks_of: list[bool] = []
        for tok in dict.fromkeys(tokens):
            term = known.get(tok)
            if term is None:
                term = self._query_term(tok)
            w, tid = term
            norm += w * w
            if tid < 0:
                continue
            terms.append(tid)
            weights.append(w)
            mark = marks.get(tok)
            if mark is None:
                mark = marks[tok] = marked is not None and marked(tok)
            marks_of.append(mark)
        return (
            norm,
            np.array(terms, dtype=np.int64),
            np.array(weights, dtype=np.float64),
            np.array(marks_of, dtype=bool),
        )

    def _query_term(self, tok: str) -> tuple[float, int]:
        """A query term's cosine weight and its id (-1: in no candidate), remembered for the next queries."""
        w = self._query_idf(tok)
        if self._term_weight is not None:
            w *= self._term_weight(tok)
        tid = self.vocab.get(tok)
        if len(self._query_terms) > 100_000:
            self._query_terms.clear()
        term = self._query_terms[tok] = (w, -1 if tid is None else tid)
        return term

    def _query_idf(self, tok: str) -> float:
        tid = self.vocab.get(tok)
        return float(self.idf[tid]) if tid is not None else self._max_idf

    def cosine(
        self, queries: Sequence[Sequence[str]], marked: Callable[[str], bool] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """IDF-weighted cosine (0..1) of binary term sets, and the share of each dot product that comes from
        terms for which ``marked`` is true (0 where none of them is shared)."""
        nq, nd = len(queries), self.n_docs
        cells, cos_values, share_values = self.cosine_cells(queries, marked)
        cos = np.zeros(nq * nd, dtype=np.float32)
        share = np.zeros(nq * nd, dtype=np.float32)
        cos[cells] = cos_values
        share[cells] = share_values
        return cos.reshape(nq, nd), share.reshape(nq, nd)

    def cosine_cells(
        self, queries: Sequence[Sequence[str]], marked: Callable[[str], bool] | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`cosine` for the cells where a term is shared (flat indices ``query * n_docs + candidate``,
        ascending); both scores are 0 everywhere else, which is most cells."""
        nq = len(queries)
        if marked is not self._marked_by:  # the marks remembered are those of one function
            self._marks, self._marked_by, self._query_rows = {}, marked, {}
        remembered = self._query_rows
        if len(remembered) > 50_000:
            remembered.clear()
        rows_of_queries = []
        for tokens in queries:
            key = tokens if isinstance(tokens, tuple) else tuple(tokens)
            row = remembered.get(key)
            if row is None:
                row = remembered[key] = self._query_row(key, marked)
            rows_of_queries.append(row)
        norms, terms_of, weights_of, marks_of = zip(*rows_of_queries, strict=True) if queries else ((), (), (), ())
        qnorm = np.array(norms, dtype=np.float64)
        counts = np.fromiter(map(len, terms_of), dtype=np.int64, count=nq)
        q_terms = np.concatenate(terms_of) if nq else np.zeros(0, dtype=np.int64)
        # The queries in runs of at most SCORED_POSTINGS postings, as in FamilyIndex.scores_cells.
        term_postings = self._offsets[q_terms + 1] - self._offsets[q_terms]
        per_query = np.bincount(np.repeat(np.arange(nq), counts), weights=term_postings, minlength=nq)
        run_of = (np.cumsum(per_query) - per_query) // SCORED_POSTINGS
        bounds = [0, *(np.flatnonzero(np.diff(run_of)) + 1).tolist(), nq]
        term_at = np.concatenate(([0], np.cumsum(counts))).tolist()
        found = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            t0, t1 = term_at[a], term_at[b]
            if per_query[a:b].any():
                found.append(self._cosine_run(
                    np.repeat(np.arange(a, b, dtype=np.int64), counts[a:b]), q_terms[t0:t1],
                    np.concatenate(weights_of[a:b]), np.concatenate(marks_of[a:b]), qnorm,
                ))
        return _joined_runs(found)

    def _cosine_run(
        self, q_rows: np.ndarray, q_terms: np.ndarray, weights: np.ndarray, marks: np.ndarray, qnorm: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`cosine_cells` of a run of queries: each term's row, id, weight and mark, one after another."""
        nd = self.n_docs
        # Every (query term, posting) pair at once, in the order of the queries and their terms.
        positions, segments = self._gather(q_terms)
        idx = self._docs[positions] + q_rows[segments] * nd
        vals = self._cos_vals[positions] * weights[segments]
        cells, dots, where = _sum_by_cell(idx, vals)
        marked_dots: np.ndarray = np.zeros(len(cells), dtype=np.float64)
        is_marked = marks[segments]
        if is_marked.any() and len(cells):
            marked_dots = np.bincount(where[is_marked], weights=vals[is_marked], minlength=len(cells))
        if not dots.all():  # only with terms of weight 0
            keep = dots != 0
            cells, dots, marked_dots = cells[keep], dots[keep], marked_dots[keep]
        rows, cols = np.divmod(cells, nd) if nd else (cells, cells)
        denom = np.sqrt(qnorm)[rows] * self._norms[cols]
        # No weight is negative: the cosine is at least 0, and only rounding can take it past 1.
        if denom.all():  # the usual case: every text touched has a term of some weight
            cos = np.minimum(dots / denom, 1.0)
        else:
            with np.errstate(divide="ignore", invalid="ignore"):
                cos = np.minimum(np.where(denom > 0, dots / np.where(denom > 0, denom, 1.0), 0.0), 1.0)
        share = marked_dots / dots
        return cells, cos.astype(np.float32), share.astype(np.float32)


class _Numbering(dict[str, int]):
    """Each new key numbered in order of first use, at its first look-up."""

    def __missing__(self, key: str) -> int:
        number = self[key] = len(self)
        return number


class Postings:
    """Documents' terms as term ids, gathered one document after another for an index (:class:`TermIndex` and
    :class:`FamilyIndex` take either this or the documents): an index of a long list is built while each text is
    analysed, so that the texts' term lists (and the strings made for them) need not all be held until the end."""

    __slots__ = ("_numbering", "_number", "_ids", "_lengths")

    def __init__(self, documents: Iterable[Sequence[str]] = ()) -> None:
        self._numbering = _Numbering()
        self._number = self._numbering.__getitem__
        self._ids: list[int] = []  # every document's term ids, one after another
        self._lengths: list[int] = []
        for tokens in documents:
            self.add(tokens)

    def add(self, tokens: Sequence[str]) -> None:
        self._ids += map(self._number, tokens)
        self._lengths.append(len(tokens))

    def __len__(self) -> int:
        return len(self._lengths)

    @property
    def vocab(self) -> dict[str, int]:
        """Term → id, ids in order of first use."""
        return dict(self._numbering)

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """One (document, term id) pair for each distinct term of each document: documents in order and, within one,
        terms in order of first use (the order in which the sums over a document's terms are made, so their last
        bits too)."""
        word_ids = np.array(self._ids, dtype=np.int64)
        lengths = np.array(self._lengths, dtype=np.int64)
        doc_of = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
        _, first = np.unique(doc_of * max(len(self._numbering), 1) + word_ids, return_index=True)
        first = np.sort(first)  # each pair where it first occurs: document order, then word order
        return doc_of[first], word_ids[first]


def _postings_of(candidates: Sequence[Sequence[str]] | Postings) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """The vocabulary and the (document, term id) pairs of :meth:`Postings.pairs`."""
    postings = candidates if isinstance(candidates, Postings) else Postings(candidates)
    docs, tids = postings.pairs()
    return postings.vocab, docs, tids


def _joined_runs(runs: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The (cells, scores, scores) of runs of rows one after another (no cell: empty arrays of their types)."""
    if not runs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.float32)
    if len(runs) == 1:
        return runs[0]
    cells, first, second = (np.concatenate(part) for part in zip(*runs, strict=True))
    return cells, first, second


def _sum_by_cell(idx: np.ndarray, vals: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The touched cells (ascending), the sum of the values given for each, added in the order given (the same
    sums, to the last bit, as ``numpy.bincount`` over the whole matrix), and where in the cells each value went (so
    that a share of the values is summed by cell with one more ``bincount``, in the same order)."""
    # A stable sort keeps each cell's values in the order given; the postings come as sorted runs, which the stable
    # sort (timsort) merges faster than np.unique's quicksort sorts them.
    order = np.argsort(idx, kind="stable")
    ordered = idx[order]
    first = np.empty(len(ordered), dtype=bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    cells = ordered[first]
    where = np.empty(len(idx), dtype=np.intp)
    where[order] = np.cumsum(first) - 1
    return cells, np.bincount(where, weights=vals, minlength=len(cells)), where


class _Families:
    """Terms grouped under a name (a rough stem, a word's first letters): each group's term ids, ascending, one group
    after another. Kept as two arrays, so that an index read from the user cache needs no loop over its vocabulary,
    only a look-up table of the names."""

    __slots__ = ("names", "offsets", "members", "_group")

    def __init__(self, names: list[str], offsets: np.ndarray, members: np.ndarray, n_terms: int) -> None:
        if (
            len(offsets) != len(names) + 1
            or (len(offsets) and (offsets[0] != 0 or offsets[-1] != len(members) or (np.diff(offsets) < 0).any()))
            or (len(members) and (members.min() < 0 or members.max() >= n_terms))
        ):
            raise ValueError("word families do not fit the vocabulary")
        self.names = names
        self.offsets = offsets
        self.members = members
        self._group = dict(zip(names, range(len(names)), strict=True))

    @classmethod
    def of(cls, names_of_terms: list[str], term_ids: np.ndarray) -> _Families:
        """The groups of ``term_ids`` by their names (``names_of_terms``, one per term), in order of first use."""
        numbering = _Numbering()
        group_of = np.fromiter(map(numbering.__getitem__, names_of_terms), dtype=np.int64, count=len(names_of_terms))
        order = np.argsort(group_of, kind="stable")  # ascending ids within each group
        counts = np.bincount(group_of, minlength=len(numbering))
        offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        n_terms = int(term_ids.max()) + 1 if len(term_ids) else 0
        return cls(list(numbering), offsets, term_ids[order].astype(np.int32), n_terms)

    def members_of(self, name: str) -> list[int]:
        group = self._group.get(name)
        if group is None:
            return []
        return self.members[self.offsets[group] : self.offsets[group + 1]].tolist()


class FamilyIndex:
    """IDF-weighted overlap of term sets in which a term also partly matches the other members of its word family.

    A query term matches a candidate term fully when they are equal, with ``stem_similarity`` when their rough
    English stems are equal (operate / operation, grade / grading) and with ``prefix_similarity`` when they only
    begin with the same ``prefix_length`` letters (maintain / maintenance, produce / production), and, given
    ``synonyms``, with ``synonym_similarity`` when they are synonyms (hire / employ). Each query term counts once per
    candidate, through its best match. With ``M`` the weighted overlap and ``Q``, ``C``
    the total weights of the two term sets:

    * ``dice`` = 2M / (Q + C): symmetric, penalises words on either side that find no partner;
    * ``recall`` = M / Q: how much of the query the candidate contains.

    Weights are IDF over the candidates (plus empty pseudo-documents); a query term found in no candidate gets the
    highest weight, as in :class:`TermIndex`. Two neighbouring query words that the candidates spell as one
    ("bio technology", from "bio-technology", and "biotechnology") are read as that one word.
    """

    def __init__(
        self,
        candidates: Sequence[Sequence[str]] | Postings,
        stem_similarity: float = 0.9,
        prefix_similarity: float = 0.5,
        prefix_length: int = 4,
        synonyms: Synonyms | None = None,
        synonym_similarity: float = 0.0,
    ) -> None:
        self.n_docs = len(candidates)
        self.stem_similarity = stem_similarity
        self.prefix_similarity = prefix_similarity
        self.prefix_length = prefix_length
        self.synonym_similarity = synonym_similarity if synonyms is not None else 0.0
        vocab, docs, tids = _postings_of(candidates)
        self.vocab = vocab
        df = np.bincount(tids, minlength=len(vocab)).astype(np.float64)
        total = self.n_docs + PSEUDO_DOCS
        self.weight = np.log1p((total - df + 0.5) / (df + 0.5))
        self._max_weight = math.log1p((total + 0.5) / 0.5)
        self.doc_weight = np.bincount(docs, weights=self.weight[tids], minlength=self.n_docs)
        order = np.argsort(tids, kind="stable")
        self._docs = docs[order]
        self._offsets = np.concatenate(([0], np.cumsum(df.astype(np.int64))))
        n = prefix_length
        tids_all = np.arange(len(vocab), dtype=np.int64)
        long_enough = np.fromiter((len(tok) >= n for tok in vocab), dtype=bool, count=len(vocab))
        self._stems = _Families.of([light_stem(tok) for tok in vocab], tids_all)
        self._prefixes = _Families.of([tok[:n] for tok in vocab if len(tok) >= n], tids_all[long_enough])
        # Each word that is a synonym of some candidate term, with those terms: a query word finds its partners by
        # its own spelling, as in the other families, and an index read back needs no list of synonyms.
        names: list[str] = []
        owners: list[int] = []
        if synonyms is not None and synonym_similarity > 0:
            for tok, tid in vocab.items():
                found = synonyms.of(tok)
                names += found
                owners += [tid] * len(found)
        self._synonyms = _Families.of(names, np.array(owners, dtype=np.int64))
        self._start_query_memory()

    def _start_query_memory(self) -> None:
        self._query_terms: dict[str, tuple[float, np.ndarray, np.ndarray]] = {}
        # Each query text's total weight and its terms' postings, in term order: a catalogue's outcomes and a
        # credential's come back at every matching, and their words need not be joined and looked up again.
        self._query_rows: dict[tuple[str, ...], tuple[float, np.ndarray, np.ndarray]] = {}

    def state(self) -> tuple[dict[str, np.ndarray], list[str], list[str], list[str], list[str]]:
        """Everything the index holds, as arrays, its vocabulary in id order, and the names of its families by
        rough stem, by first letters and by synonym (:meth:`from_state` reverses it)."""
        arrays = {
            "n_docs": np.array([self.n_docs]),
            "similarity": np.array([self.stem_similarity, self.prefix_similarity, self.synonym_similarity]),
            "prefix_length": np.array([self.prefix_length]),
            "weight": self.weight,
            "doc_weight": self.doc_weight,
            "docs": self._docs,
            "offsets": self._offsets,
            "stem_offsets": self._stems.offsets,
            "stem_members": self._stems.members,
            "prefix_offsets": self._prefixes.offsets,
            "prefix_members": self._prefixes.members,
            "synonym_offsets": self._synonyms.offsets,
            "synonym_members": self._synonyms.members,
        }
        return arrays, list(self.vocab), self._stems.names, self._prefixes.names, self._synonyms.names

    @classmethod
    def from_state(
        cls, arrays: dict[str, np.ndarray], vocab: list[str], stems: list[str], prefixes: list[str],
        synonyms: list[str],
    ) -> FamilyIndex:
        """The index :meth:`state` described (ValueError when the parts do not fit together)."""
        index = cls.__new__(cls)
        index.n_docs = int(arrays["n_docs"][0])
        index.stem_similarity, index.prefix_similarity, index.synonym_similarity = (
            float(v) for v in arrays["similarity"]
        )
        index.prefix_length = int(arrays["prefix_length"][0])
        index.vocab = dict(zip(vocab, range(len(vocab)), strict=True))
        index.weight = arrays["weight"]
        index._max_weight = math.log1p((index.n_docs + PSEUDO_DOCS + 0.5) / 0.5)
        index.doc_weight = arrays["doc_weight"]
        index._docs = arrays["docs"]
        index._offsets = arrays["offsets"]
        index._stems = _Families(stems, arrays["stem_offsets"], arrays["stem_members"], len(vocab))
        index._prefixes = _Families(prefixes, arrays["prefix_offsets"], arrays["prefix_members"], len(vocab))
        index._synonyms = _Families(synonyms, arrays["synonym_offsets"], arrays["synonym_members"], len(vocab))
        n_postings = int(index._offsets[-1]) if len(index._offsets) else 0
        if (
            len(index.weight) != len(vocab)
            or len(index._offsets) != len(vocab) + 1
            or len(index.doc_weight) != index.n_docs
            or len(index._docs) != n_postings
            or (n_postings and (index._docs.min() < 0 or index._docs.max() >= index.n_docs))
        ):
            raise ValueError("word family index parts do not fit together")
        index._start_query_memory()
        return index

    def _learn_query_terms(self, tokens: Iterable[str]) -> dict[str, tuple[float, np.ndarray, np.ndarray]]:
        """Remember each new query term's weight, and its partners: the candidates containing a partner of it
        (the term itself, its stem family, its synonyms, its prefix family) with the strength of the best partner in
        each × the square root of its weight (each overlap is the geometric mean of the two terms' weights).

        All new terms are gathered in one pass over the postings: a first comparison brings hundreds of terms,
        and a few array operations for all of them cost less than a few for each. Returns the terms learnt."""
        known = self._query_terms
        new = [tok for tok in dict.fromkeys(tokens) if tok not in known]
        if not new:
            return {}
        if len(known) + len(new) > 100_000:
            known.clear()
        owners, ids, strengths = self._partners_of(new)
        lo = self._offsets[ids]
        lengths = self._offsets[ids + 1] - lo
        # Each partner's postings, one after another: position k of partner j is lo[j] + (k - where j starts).
        starts = np.cumsum(lengths) - lengths
        docs = self._docs[np.arange(int(lengths.sum())) + np.repeat(lo - starts, lengths)]
        # Geometric mean of the two terms' weights, so a rare partner counts like a rare term.
        values = np.repeat(strengths * np.sqrt(self.weight[ids]), lengths)
        # One cell per (term, candidate), ascending, holding the best partner's strength (a maximum: the order in
        # which the partners come does not change it). The postings come as ascending runs, which a stable sort
        # (timsort) merges quickly.
        cell = np.repeat(owners * self.n_docs, lengths) + docs
        order = np.argsort(cell, kind="stable")
        cell = cell[order]
        first = np.ones(len(cell), dtype=bool)
        first[1:] = cell[1:] != cell[:-1]
        starts_of_cells = np.flatnonzero(first)
        values = np.maximum.reduceat(values[order], starts_of_cells) if len(cell) else values
        owner, docs = np.divmod(cell[starts_of_cells], max(self.n_docs, 1))
        bounds = np.searchsorted(owner, np.arange(len(new) + 1)).tolist()
        tids = np.fromiter(map(self.vocab.get, new, itertools.repeat(-1)), dtype=np.int64, count=len(new))
        weights = np.full(len(new), self._max_weight)  # a word in no candidate: the highest weight
        in_vocab = tids >= 0
        weights[in_vocab] = self.weight[tids[in_vocab]]
        values *= np.sqrt(weights)[owner]
        learnt = {
            tok: (w, docs[a:b], values[a:b])
            for tok, w, a, b in zip(new, weights.tolist(), bounds, bounds[1:], strict=False)
        }
        known.update(learnt)
        return learnt

    def _partners_of(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each of ``tokens``, the vocabulary's terms that fully or partly match it: (which token, term id,
        strength) one partner after another, in no particular order. A term that is a partner at several levels
        counts at the first of them: the term itself (1), its stem family (``stem_similarity``), its synonyms
        (``synonym_similarity``), its prefix family (``prefix_similarity``)."""
        n = self.prefix_length
        tids = np.fromiter(map(self.vocab.get, tokens, itertools.repeat(-1)), dtype=np.int64, count=len(tokens))
        found = np.flatnonzero(tids >= 0)
        owners = [found]
        ids = [tids[found]]
        strengths = [np.ones(len(found))]
        for similarity, families, names in (
            (self.stem_similarity, self._stems, map(light_stem, tokens) if self.stem_similarity > 0 else None),
            (self.synonym_similarity, self._synonyms, iter(tokens)),
            (self.prefix_similarity, self._prefixes, (t[:n] if len(t) >= n else "" for t in tokens)),
        ):
            if similarity <= 0 or names is None:
                continue
            groups = np.fromiter(map(families._group.get, names, itertools.repeat(-1)), dtype=np.int64,
                                 count=len(tokens))
            owner = np.flatnonzero(groups >= 0)
            lo = families.offsets[groups[owner]]
            lengths = families.offsets[groups[owner] + 1] - lo
            starts = np.cumsum(lengths) - lengths
            owners.append(np.repeat(owner, lengths))
            ids.append(families.members[np.arange(int(lengths.sum())) + np.repeat(lo - starts, lengths)])
            strengths.append(np.full(int(lengths.sum()), similarity))
        owner_all, id_all = np.concatenate(owners), np.concatenate(ids).astype(np.int64)
        # The first of each (token, term): np.unique gives the first occurrence, and the levels come in order.
        _, first = np.unique(owner_all * max(len(self.vocab), 1) + id_all, return_index=True)
        return owner_all[first], id_all[first], np.concatenate(strengths)[first]

    def query_weight(self, tok: str) -> float:
        tid = self.vocab.get(tok)
        return float(self.weight[tid]) if tid is not None else self._max_weight

    def _join_compounds(self, tokens: Sequence[str]) -> Sequence[str]:
        vocab = self.vocab
        if len(tokens) < 2 or not any(a + b in vocab for a, b in zip(tokens, tokens[1:], strict=False)):
            return tokens  # the usual case: nothing to join
        out: list[str] = []
        i = 0
        while i < len(tokens):
            if i + 1 < len(tokens) and tokens[i] + tokens[i + 1] in self.vocab:
                out.append(tokens[i] + tokens[i + 1])
                i += 2
            else:
                out.append(tokens[i])
                i += 1
        return out

    def _rows_of(
        self, keys: Sequence[tuple[str, ...]]
    ) -> dict[tuple[str, ...], tuple[float, np.ndarray, np.ndarray]]:
        """Each query's total weight and its terms' postings one after another (candidates and values, terms in text
        order, compounds joined), remembered for the next calls; the new queries' new terms are learnt in one pass."""
        remembered = self._query_rows
        rows = {key: row for key in keys if (row := remembered.get(key)) is not None}
        missing = [key for key in dict.fromkeys(keys) if key not in rows]
        if not missing:
            return rows
        joined = [dict.fromkeys(self._join_compounds(key)) for key in missing]
        self._learn_query_terms(tok for tokens in joined for tok in tokens)
        known = self._query_terms
        if len(remembered) + len(missing) > 50_000:
            remembered.clear()
        for key, tokens in zip(missing, joined, strict=True):
            q_total = 0.0
            docs_of: list[np.ndarray] = []
            vals_of: list[np.ndarray] = []
            for tok in tokens:
                term = known.get(tok)
                if term is None:  # forgotten meanwhile (the memory of terms is bounded; another thread may clear it)
                    term = self._learn_query_terms((tok,)).get(tok) or known[tok]
                w, docs, vals = term
                q_total += w
                if len(docs):
                    docs_of.append(docs)
                    vals_of.append(vals)
            docs_all = np.concatenate(docs_of) if docs_of else np.zeros(0, dtype=np.int64)
            vals_all = np.concatenate(vals_of) if vals_of else np.zeros(0, dtype=np.float64)
            rows[key] = remembered[key] = (q_total, docs_all, vals_all)
        return rows

    def scores(self, queries: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """``dice`` and ``recall`` (0..1) of each query (a token list) against every candidate."""
        nq, nd = len(queries), self.n_docs
        cells, dice_values, recall_values = self.scores_cells(queries)
        dice = np.zeros(nq * nd, dtype=np.float32)
        recall = np.zeros(nq * nd, dtype=np.float32)
        dice[cells] = dice_values
        recall[cells] = recall_values
        return dice.reshape(nq, nd), recall.reshape(nq, nd)

    def scores_cells(self, queries: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`scores` for the cells where some term matched (flat indices ``query * n_docs + candidate``,
        ascending); both scores are 0 everywhere else, which is most cells."""
        keys = [tokens if isinstance(tokens, tuple) else tuple(tokens) for tokens in queries]
        query_rows = self._rows_of(keys)
        q_totals, doc_parts, val_parts = zip(*map(query_rows.__getitem__, keys), strict=True) if keys else ((), (), ())
        q_weight = np.array(q_totals, dtype=np.float64)
        lengths = np.fromiter(map(len, doc_parts), dtype=np.int64, count=len(doc_parts))
        # The rows in runs of at most SCORED_POSTINGS postings (a row is never parted): summing by cell and scoring
        # the cells hold about 50 bytes a posting and 80 a cell, and 33 queries against 13,000 catalogue outcomes
        # bring 30,000 postings (60,000 with the synonyms). The runs' cells follow each other in ascending order; each
        # cell is summed and scored as in one run.
        run_of = (np.cumsum(lengths) - lengths) // SCORED_POSTINGS
        bounds = [0, *(np.flatnonzero(np.diff(run_of)) + 1).tolist(), len(keys)]
        found = [
            self._scored_run(doc_parts[a:b], val_parts[a:b], lengths[a:b], a, q_weight)
            for a, b in zip(bounds, bounds[1:], strict=False)
            if lengths[a:b].any()
        ]
        return _joined_runs(found)

    def _scored_run(
        self, doc_parts: Sequence[np.ndarray], val_parts: Sequence[np.ndarray], lengths: np.ndarray, first_row: int,
        q_weight: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`scores_cells` of the rows from ``first_row`` whose postings are given."""
        nd = self.n_docs
        # One concatenation of the rows' postings: the same values (each posting + its row offset, each value
        # already × its term's factor), in the same order as term by term.
        rows_at = np.arange(first_row, first_row + len(lengths), dtype=np.int64) * nd
        idx = np.concatenate(doc_parts) + np.repeat(rows_at, lengths)
        cells, overlap, _ = _sum_by_cell(idx, np.concatenate(val_parts))
        if not overlap.all():  # only with partner strengths of 0
            keep = overlap != 0
            cells, overlap = cells[keep], overlap[keep]
        rows, cols = np.divmod(cells, nd) if nd else (cells, cells)
        q_w, d_w = q_weight[rows], self.doc_weight[cols]
        both = np.minimum(np.minimum(overlap, q_w), d_w)
        total = q_w + d_w
        if q_w.all():  # always when weights are positive, as IDF weights are (and then total > 0 as well)
            dice = 2.0 * both / total
            recall = both / q_w
        else:
            with np.errstate(divide="ignore", invalid="ignore"):
                dice = np.where(total > 0, 2.0 * both / np.where(total > 0, total, 1.0), 0.0)
                recall = np.where(q_w > 0, both / np.where(q_w > 0, q_w, 1.0), 0.0)
        return cells, dice.astype(np.float32), recall.astype(np.float32)
