"""The matching engine: ranks candidate outcomes for query outcomes and explains every score.

Three layers score each pair and the best one gives the pair its score (and is reported as its ``layer``):

* ``lexical``: a weighted mean of term and string similarities within one language: IDF-weighted overlap of
  lemmas in which members of one word family partly match (so rare domain words count more than "able to",
  and "grading" meets "grade"), rapidfuzz ``ratio`` of the normalised texts, and the IDF cosine of the texts with
  glossary synonyms merged into one concept ("assess" = "evaluate", "analyze" = "analyse"); equal scores are
  ordered by token_sort_ratio. The weights were learned on ESCO skill labels set apart from
  the evaluation sample (``python -m bench.bench_matching --tune``);
* ``glossary``: IDF-weighted cosine over glossary concepts and the remaining lemmas; it is what lets
  'аналізувати дані' meet 'analyse data' with nothing but bundled files, and it only counts when a shared
  concept contributed;
* ``embedding``: cosine of multilingual sentence vectors.

Every layer's raw scores are then put on one scale by :mod:`app.matching.calibration` (a monotone map per layer
and language pair, fitted on labelled positives and hard negatives), so that "covered" and "partly" mean the same
whichever layer gives the score and whether the texts are both Ukrainian, both English or one of each.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import numpy as np
from rapidfuzz import fuzz

from app.matching import index_store, semantic, synonyms
from app.matching.calibration import Calibration, default_calibration, pair_codes_of
from app.matching.collector import collector_paused
from app.matching.glossary import CONCEPT_PREFIX, DICTIONARY_CONCEPT, GENERIC_CONCEPTS, Glossary, default_glossary
from app.matching.lexical import FamilyIndex, Postings, TermIndex, string_scores, tie_break_scores
from app.matching.text import Analysed, Stated, analyse, analyse_all, comparable, in_ukrainian_letters, shown_word
from app.messages import msg

_log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
Layer = Literal["lexical", "glossary", "embedding"]
LAYERS: tuple[Layer, ...] = ("lexical", "glossary", "embedding")
_LAYER_NAMES = np.array(LAYERS, dtype=object)  # the same str objects, picked by index array


@dataclass(frozen=True)
class EngineConfig:
    # Weights of the lexical score's parts (a weighted mean: identical texts score 1). Between texts in different
    # languages only the first four count (the glossary's concepts are the glossary layer's job there).
    family_weight: float = 0.34  # IDF-weighted Dice of lemmas, word families matching in part
    recall_weight: float = 0.09  # share of the query's term weight found in the candidate (same partial matches)
    surface_weight: float = 0.29  # rapidfuzz ratio of the normalised texts (word order, stop words, forms)
    string_weight: float = 0.0  # rapidfuzz token_set_ratio of the lemma strings
    concept_cosine_weight: float = 0.16  # IDF cosine of concepts and lemmas (glossary synonyms merged)
    # rapidfuzz ratio of the lemma strings with glossary synonyms merged. Weight 0 (not computed): a second string
    # comparison of every pair doubled the layer's cost for no gain in ranking (ESCO 0.742 / 0.872 with it,
    # 0.745 / 0.872 without, the other weights learned again without it on the development split).
    concept_ratio_weight: float = 0.0
    stem_similarity: float = 0.9  # partial match of two words with the same rough stem
    prefix_similarity: float = 0.5  # partial match of two words beginning with the same letters
    prefix_length: int = 4
    # partial match of two English words that are synonyms (WordNet, app.matching.synonyms); 0: none. Chosen on the
    # ESCO task's development splits (0.5, 0.7 and 0.9 within 0.002 of each other; docs/matching.md)
    synonym_similarity: float = 0.7
    glossary_weight: float = 1.0  # multiplier on the glossary layer before the layers are compared
    # The same between texts in one language, where the concepts already count inside the lexical score.
    same_language_glossary_weight: float = 0.85
    # Weight of words outside the glossary in the glossary layer when the two texts are in different
    # languages (such words cannot match across scripts, so they should not dilute the shared concepts).
    cross_lemma_weight: float = 0.5
    embedding: bool | None = None  # None: use the embedding layer when it is installed
    embedding_limit: int = 5_000  # in automatic mode, skip embeddings when more new texts than this
    block_rows: int = 256  # queries scored at once (memory: block_rows × candidates floats per matrix)
    # And at most about this many cells per block in rankings (beside the string ratios of the whole problem, 4 bytes
    # a cell, a block needs a few bytes a cell more while it is scored; two blocks are scored at a time).
    block_cells: int = 1 << 21
    single_block_cells: int = 1 << 18  # up to this many cells (1 MB a matrix) a ranking is scored in one block
    shortlist: int = 10  # candidates re-ordered by the tie-break, at least top_k
    workers: int = -1  # rapidfuzz threads (-1: all cores)
    index_cache: int = 8  # candidate lists whose indexes are kept for reuse


@dataclass(slots=True)
class Scored:
    """One candidate's score for one query (the ranking score, before calibration), with the score of each layer,
    and the calibrated score that decides "covered" / "partly" (:mod:`app.matching.calibration`). A value: read,
    never changed (not frozen only because a frozen dataclass takes 2.5 times as long to make, and a ranking makes
    one for every query and shortlisted candidate)."""

    index: int
    score: float
    layer: Layer
    lexical: float
    glossary: float
    embedding: float | None = None
    calibrated: float | None = None


@dataclass
class CandidateIndex:
    """Everything about one candidate list that does not depend on the queries (kept for reuse)."""

    texts: tuple[str, ...]
    keys: Sequence[str]  # each text's comparison key (the tie-break's)
    norms: list[str]
    family: FamilyIndex
    feature_index: TermIndex
    langs: np.ndarray
    concept_keys: list[str] = field(default_factory=list)  # only when the concept ratio counts
    cross_index: TermIndex | None = None  # built when queries in another language arrive
    # Built with it when a candidate's language has links to English of its own: the features without them
    cross_index_plain: TermIndex | None = None
    vectors: np.ndarray | None = None
    # Made when first needed when the index was read from the user cache (:mod:`app.matching.index_store`)
    _analysed: list[Analysed] | None = None
    # The languages that occur (each once), which of them each candidate is in and how many are in each: given by an
    # index read from the user cache, made from ``langs`` when first needed otherwise (sorting 13,000 language codes
    # as strings took longer than the rest of reading the index)
    languages: tuple[list[str], np.ndarray, np.ndarray] | None = None
    _mostly_latin: bool | None = None
    _in_ukrainian_letters: np.ndarray | None = None

    @property
    def size(self) -> int:
        return len(self.texts)

    def _languages(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        if self.languages is None:
            values, inverse, counts = np.unique(self.langs, return_inverse=True, return_counts=True)
            self.languages = values.tolist(), inverse.reshape(-1), counts
        return self.languages

    @property
    def mostly_latin(self) -> bool:
        """Whether most candidates' content words are in Latin letters (see ``text.in_ukrainian_letters``)."""
        if self._mostly_latin is None:
            values, _, counts = self._languages()
            cyrillic = sum(c for v, c in zip(values, counts.tolist(), strict=True) if in_ukrainian_letters(v))
            self._mostly_latin = 2 * cyrillic < self.size
        return self._mostly_latin

    @property
    def in_ukrainian_letters(self) -> np.ndarray:
        """Whether each candidate's content words are in Ukrainian letters (``text.in_ukrainian_letters``)."""
        if self._in_ukrainian_letters is None:
            values, inverse, _ = self._languages()
            self._in_ukrainian_letters = np.array([in_ukrainian_letters(v) for v in values], dtype=bool)[inverse]
        return self._in_ukrainian_letters

    @property
    def lang_set(self) -> set[str]:
        values, _, counts = self._languages()
        return {v for v, c in zip(values, counts.tolist(), strict=True) if c}

    @property
    def analysed(self) -> list[Analysed]:
        if self._analysed is None:
            self._analysed = analyse_all(self.texts)
        return self._analysed


@dataclass
class Prepared:
    """Analysed queries with the candidate index for one (queries, candidates) problem."""

    queries: list[Analysed]
    q_features: list[tuple[str, ...]]
    candidates: CandidateIndex
    cross: bool  # some query differs in language from some candidate
    # Features with the bilingual dictionary, for pairs of texts in different languages (``cross``)
    q_cross_features: list[tuple[str, ...]] | None = None
    # The same without a third language's links to English, when they change some query's features
    q_cross_plain: list[tuple[str, ...]] | None = None
    q_vectors: np.ndarray | None = None
    notice: str | None = None  # said to the user: e.g. the embedding layer was skipped for a large problem


@dataclass(frozen=True, slots=True)
class LayerMatrices:
    lexical: np.ndarray
    glossary: np.ndarray
    embedding: np.ndarray | None
    score: np.ndarray  # calibrated: the best layer's score on the common scale
    layer: np.ndarray  # index into LAYERS
    rank: np.ndarray  # the layers' own best score (before calibration), which orders candidates in rankings
    rank_layer: np.ndarray  # the layer giving ``rank``
    raw_lexical: np.ndarray
    raw_glossary: np.ndarray
    raw_embedding: np.ndarray | None  # cosines mapped linearly from 0.80..0.95 to 0..1, as before calibration


_MATRIX_FIELDS = tuple(f.name for f in dataclasses.fields(LayerMatrices))
PAIR_MEMORY = 100_000  # pairs whose values are kept (a programme's 300 outcomes against a few credentials' texts)


class _PairRows:
    """The values of the pairs of one candidate text scored alone: each query's row in the block it was scored in."""

    __slots__ = ("batches", "where")

    def __init__(self) -> None:
        self.batches: list[LayerMatrices] = []
        self.where: dict[tuple[str, str], tuple[int, int]] = {}

    def add(self, queries: list[tuple[str, str]], scored: LayerMatrices) -> None:
        self.where.update((q, (len(self.batches), i)) for i, q in enumerate(queries))
        self.batches.append(scored)

    def value(self, query: tuple[str, str], name: str) -> Any:
        batch, row = self.where[query]
        return getattr(self.batches[batch], name)[row, 0]


def _text_key(text: str) -> tuple[str, str]:
    """A text and the language it is stated in, if any (a stated text equals the plain one)."""
    return str(text), text.lang if isinstance(text, Stated) else ""


class Ranking(list[list["Scored"]]):
    """The rows of :meth:`Engine.rank_detailed`, and what the user must be told about them (``notes``: e.g. that
    the embedding layer was skipped for a large problem)."""

    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Explanation:
    """Why two outcomes were matched: lemmas they share and glossary concepts they share."""

    shared_lemmas: tuple[str, ...] = ()
    shared_concepts: tuple[str, ...] = ()  # "analyse / аналізувати"
    # every shared term only says how something is done (glossary.GENERIC_CONCEPTS): no subject in common
    manner_only: bool = False

    def terms(self) -> list[str]:
        return [*self.shared_lemmas, *self.shared_concepts]

    def to_dict(self) -> dict[str, Any]:
        return {"shared_lemmas": list(self.shared_lemmas), "shared_concepts": list(self.shared_concepts)}


class Engine:
    def __init__(
        self,
        config: EngineConfig | None = None,
        glossary: Glossary | None = None,
        embedder: semantic.Embedder | None = None,
        calibration: Calibration | None = None,
    ) -> None:
        self.config = config or EngineConfig()
        self._glossary = glossary
        self._embedder = embedder
        self._calibration = calibration
        self._index_cache: OrderedDict[tuple[object, ...], CandidateIndex] = OrderedDict()
        # (candidate text, its language, embedding used) → query text and language → the pair's values
        self._pair_memory: OrderedDict[tuple[str, str, bool], _PairRows] = OrderedDict()
        self._pairs_kept = 0
        self._cache_lock = threading.Lock()

    def clear_cache(self) -> None:
        """Forget the kept candidate indexes (and the glossary's memory of analysed texts)."""
        with self._cache_lock:
            self._index_cache.clear()
            self._pair_memory.clear()
            self._pairs_kept = 0
        if self._glossary is not None:
            self._glossary.clear_cache()

    @property
    def calibration(self) -> Calibration:
        if self._calibration is None:
            self._calibration = default_calibration()
        return self._calibration

    @property
    def glossary(self) -> Glossary:
        if self._glossary is None:
            self._glossary = default_glossary()
        return self._glossary

    def embedder_for(self, n_texts: int, embedding: bool | None = None) -> semantic.Embedder | None:
        embedder, _ = self._embedder_and_notice(n_texts, embedding)
        return embedder

    def _embedder_and_notice(self, n_texts: int, embedding: bool | None) -> tuple[semantic.Embedder | None, str | None]:
        """The embedder to use, or None; and, when the automatic limit turned it off, the sentence saying so (it
        goes into the result: a layer is never dropped silently)."""
        wanted = self.config.embedding if embedding is None else embedding
        if wanted is False:
            return None, None
        embedder = self._embedder or semantic.default_embedder()
        if embedder is None:
            return None, None
        if wanted is None and n_texts > self.config.embedding_limit:
            notice = msg(
                "The embedding layer was not used: {texts} texts to compare, more than its automatic limit of "
                "{limit}; the scores come from the word layers alone.",
                texts=n_texts,
                limit=self.config.embedding_limit,
            )
            _log.warning("%s (pass embedding=True to use it anyway)", notice)
            return None, notice
        return embedder, None

    def cosines(self, queries: Sequence[str], candidates: Sequence[str],
                embedding: bool | None = None) -> np.ndarray | None:
        """The embedding's cosine of every query with every candidate; None without the embedding layer."""
        embedder = self.embedder_for(len(queries) + len(candidates), embedding)
        if embedder is None or not queries or not candidates:
            return None
        return np.asarray(embedder.encode(list(queries)) @ embedder.encode(list(candidates)).T, dtype=np.float32)

    def _cross_weight(self, feature: str) -> float:
        if feature.startswith(CONCEPT_PREFIX + DICTIONARY_CONCEPT):
            return self.glossary.dictionary_weight * self.config.cross_lemma_weight
        return 1.0 if feature.startswith(CONCEPT_PREFIX) else self.config.cross_lemma_weight

    # -- preparation -------------------------------------------------------------------------------------

    def warm_up(self, texts: Sequence[str], embedding: bool | None = None) -> None:
        """Analyse (and, with the embedding layer, embed) texts ahead of time, e.g. a programme's outcomes when
        a case is opened, so that the first comparison does not pay for them. Safe to call from a worker."""
        with collector_paused():
            analyse_all(texts)
            embedder = self.embedder_for(len(texts), embedding)
            if embedder is not None and texts:
                embedder.encode(list(dict.fromkeys(texts)))  # one call: new texts' windows run on several threads

    def candidate_index(self, candidates: Sequence[str]) -> CandidateIndex:
        """The index of a candidate list, reused while the same list comes back (a programme, a catalogue), and
        kept between runs when the list is long (:mod:`app.matching.index_store`)."""
        texts = tuple(candidates)
        # A text in a stated language equals the plain text: the languages are part of the key. (The types are
        # gathered first: most lists have no stated text, and this runs on every call.)
        kinds = set(map(type, texts))
        stated = tuple(t.lang if isinstance(t, Stated) else "" for t in texts) if kinds - {str} else ()
        key: tuple[object, ...] = (texts, stated) if any(stated) else texts
        with self._cache_lock:
            found = self._index_cache.get(key)
            if found is not None:
                self._index_cache.move_to_end(key)
                return found
        store_key = self._store_key(texts) if not any(stated) else None
        stored = index_store.load(store_key, len(texts)) if store_key else None
        if stored is not None:
            index = CandidateIndex(
                texts, stored.keys, stored.norms, stored.family, stored.feature_index, stored.langs,
                languages=stored.languages,
            )
        else:
            index = self._build_index(texts, lean=store_key is not None)
            if store_key:
                index_store.save(
                    store_key,
                    index_store.StoredIndex(index.norms, index.langs, index.family, index.feature_index, index.keys),
                )
        with self._cache_lock:
            self._index_cache[key] = index
            while len(self._index_cache) > self.config.index_cache:
                self._index_cache.popitem(last=False)
        return index

    def _store_key(self, texts: tuple[str, ...]) -> str | None:
        """The key under which the index of ``texts`` is kept between runs; None when it is not kept: a short
        list, a glossary other than the bundled one, or the concept ratio (whose strings are not kept)."""
        cfg = self.config
        if len(texts) < index_store.MIN_CANDIDATES or cfg.concept_ratio_weight > 0:
            return None
        if self._glossary is not None and self._glossary is not default_glossary():
            return None
        settings = f"{cfg.stem_similarity}/{cfg.prefix_similarity}/{cfg.prefix_length}/{cfg.synonym_similarity}"
        return index_store.key_of(texts, settings)

    def _build_index(self, texts: tuple[str, ...], *, lean: bool = False) -> CandidateIndex:
        """The index of ``texts``. ``lean`` (a long list of plain texts, one kept in the user cache): one pass that
        keeps only what the index holds — each text's analysis is kept neither in the analysis cache nor beside the
        index (the few texts an explanation needs are analysed again), so that building the index takes little more
        memory than reading it from the user cache, which gives the same index."""
        cfg = self.config
        glossary = self.glossary
        kept: list[Analysed] | None = None
        if lean:
            analysed: Iterable[Analysed] = map(analyse.__wrapped__, texts)  # the uncached analysis, not kept
        else:
            analysed = kept = analyse_all(texts)
        keys, norms, langs = [], [], []
        # Each text's terms go into the two indexes' postings as it is analysed: its lemmas and glossary features
        # are not kept until the end (13,412 texts' would be held at once, and their memory left scattered).
        contents, features = Postings(), Postings()
        concept_keys: list[str] = []
        for a in analysed:
            keys.append(a.key)
            norms.append(a.norm)
            langs.append(a.lang)
            contents.add(a.content)
            found = glossary.features(a.content, bilingual=False, remember=not lean)
            features.add(found)
            if cfg.concept_ratio_weight > 0:
                concept_keys.append(concept_key(found))
        family = FamilyIndex(contents, stem_similarity=cfg.stem_similarity, prefix_similarity=cfg.prefix_similarity,
                             prefix_length=cfg.prefix_length, synonym_similarity=cfg.synonym_similarity,
                             synonyms=synonyms.english() if cfg.synonym_similarity > 0 else None)
        return CandidateIndex(
            texts=texts, keys=keys, norms=norms, family=family, feature_index=TermIndex(features),
            langs=np.array(langs), concept_keys=concept_keys, _analysed=kept,
        )

    def prepare(self, queries: Sequence[str], candidates: Sequence[str], embedding: bool | None = None) -> Prepared:
        """The queries analysed, the candidates' index (built, kept or read) and, with the embedding layer, the
        vectors: everything the scoring reads."""
        with collector_paused():  # many small objects, no cycles (app.matching.collector)
            return self._prepare(queries, candidates, embedding)

    def _prepare(self, queries: Sequence[str], candidates: Sequence[str], embedding: bool | None) -> Prepared:
        aq = analyse_all(queries)
        ci = self.candidate_index(candidates)
        # A Polish credential's words meet a programme written in Latin letters as written, one in Cyrillic letters
        # in Ukrainian letters (app.matching.slavic): the letters most candidates are in decide.
        if any(a.latin is not None for a in aq) and ci.mostly_latin:
            aq = [a.in_latin_letters() for a in aq]
        q_langs = {a.lang for a in aq}
        cross = bool(aq) and ci.size > 0 and len(q_langs | ci.lang_set) > 1
        if cross and ci.cross_index is None:
            linked, plain = self._cross_features(ci.analysed)
            ci.cross_index = TermIndex(linked, term_weight=self._cross_weight)
            if plain is not None:
                ci.cross_index_plain = TermIndex(plain, term_weight=self._cross_weight)
        q_cross, q_plain = self._cross_features(aq) if cross else (None, None)
        prepared = Prepared(
            queries=aq,
            q_features=[self.glossary.features(a.content, bilingual=False) for a in aq],
            candidates=ci,
            cross=cross,
            q_cross_features=q_cross,
            q_cross_plain=q_plain,
        )
        embedder, prepared.notice = self._embedder_and_notice(len(queries) + len(candidates), embedding)
        if embedder is not None and queries and candidates:
            prepared.q_vectors = embedder.encode(list(queries))
            if ci.vectors is None:
                ci.vectors = embedder.encode(list(candidates))
        return prepared

    def _cross_features(
        self, texts: Sequence[Analysed]
    ) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]] | None]:
        """Each text's features between languages with its own language's links to English
        (``dictionary_other_en.tsv``), and, when they change some text's features, without them (else None).
        The links serve a text in a third language against one in Ukrainian letters; against English or another
        Latin-letter language the lexical layer already reads the words they share in spelling, and the links'
        English words only add chance meetings (Italian → English top-1 0.71 → 0.51 with them, word layers)."""
        linked = [self.glossary.features(a.content, lang=a.lang) for a in texts]
        plain = [self.glossary.features(a.content) for a in texts]
        return linked, (None if plain == linked else plain)

    # -- scoring -----------------------------------------------------------------------------------------

    def block(self, p: Prepared, start: int, stop: int) -> LayerMatrices:
        """All layer scores for queries[start:stop] against every candidate."""
        lexical, glossary, cosines = self._raw_layers(p, start, stop)
        # The order of candidates follows the layers' own scores (the lexical weights were learned for ranking);
        # the reported score, its layer and every covered / partly decision use the calibrated scores.
        rank_stack: list[np.ndarray] = [lexical, glossary]
        if cosines is not None:
            rank_stack.append(semantic.calibrate(cosines))
        q_langs = np.array([a.lang for a in p.queries[start:stop]])
        stack = self._calibrated(lexical, glossary, cosines, q_langs[:, None], p.candidates.langs[None, :])
        layers = np.stack(stack)
        layer = np.argmax(layers, axis=0)  # first (simplest) layer wins ties
        score = np.take_along_axis(layers, layer[None], axis=0)[0]
        ranked = np.stack(rank_stack)
        rank_layer = np.argmax(ranked, axis=0)
        rank = np.take_along_axis(ranked, rank_layer[None], axis=0)[0]
        legacy = rank_stack[2] if len(rank_stack) > 2 else None
        embedding = stack[2] if len(stack) > 2 else None
        return LayerMatrices(
            stack[0], stack[1], embedding, score, layer, rank, rank_layer, rank_stack[0], rank_stack[1], legacy
        )

    def _raw_layers(self, p: Prepared, start: int, stop: int) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """The layers' own scores for queries[start:stop]: lexical, glossary and (with vectors) the cosines."""
        lexical, glossary, cosines = self._raw_layers_sparse(p, start, stop)
        if isinstance(glossary, tuple):
            cells, values = glossary
            glossary = _dense(cells, values, stop - start, p.candidates.size)
        return lexical, glossary, cosines

    def _raw_layers_sparse(
        self, p: Prepared, start: int, stop: int, overlap: bool = True
    ) -> tuple[np.ndarray, np.ndarray | tuple[np.ndarray, np.ndarray], np.ndarray | None]:
        """:meth:`_raw_layers`, with the glossary layer as (cells, values) when all texts share one language: it
        is 0 wherever no glossary concept is shared, which is most cells. ``overlap``: the string ratios are made on
        a helper thread meanwhile (not when blocks are scored two at a time already)."""
        cfg = self.config
        ci = p.candidates
        qs = p.queries[start:stop]
        qf = p.q_features[start:stop]
        nq, nc = len(qs), ci.size
        # The string ratios (rapidfuzz, which lets go of the interpreter while it compares) are made on a helper
        # thread, in one thread of rapidfuzz's own, while this one makes the sparse parts, which read none of them
        # (50 × 2,000 on two cores: 2.2 → 2.0 ms; rapidfuzz's two threads on the helper gave no gain, nor did two
        # helpers with half the rows each). Blocks scored two at a time overlap already: there a helper only added
        # the memory of its own allocator arena (3 MB at 200 × 13,412) and no speed.
        ratios = None
        if overlap and cfg.surface_weight > 0 and nq * nc >= BACKGROUND_CELLS:
            ratios = _in_background(self.surface_ratios, qs, ci, 1).result
        # The term scores are 0 in most cells: they come as (cells, values) and are added only where they count.
        cells, cos_values, share_values = ci.feature_index.cosine_cells(qf, marked=_is_concept)
        same: np.ndarray | None = None
        if p.cross:
            same = np.array([a.lang for a in qs])[:, None] == ci.langs[None, :]
        lexical = self._lexical(qs, qf, ci, (cells, cos_values), same, ratios)
        glossary: np.ndarray | tuple[np.ndarray, np.ndarray]
        if same is not None and ci.cross_index is not None:
            cos = _dense(cells, cos_values, nq, nc)
            concept_share = _dense(cells, share_values, nq, nc)
            q_cross = p.q_cross_features[start:stop] if p.q_cross_features is not None else qf
            cross, cross_share = ci.cross_index.cosine(q_cross, marked=_is_concept)
            if p.q_cross_plain is not None or ci.cross_index_plain is not None:
                # A pair of two Latin-letter texts reads neither through the links (see _cross_features).
                q_plain = p.q_cross_plain[start:stop] if p.q_cross_plain is not None else q_cross
                plain_index = ci.cross_index_plain or ci.cross_index
                plain_cos, plain_share = plain_index.cosine(q_plain, marked=_is_concept)
                q_cyrillic = np.array([in_ukrainian_letters(a.lang) for a in qs])
                linked = q_cyrillic[:, None] | ci.in_ukrainian_letters[None, :]
                cross = np.where(linked, cross, plain_cos)
                cross_share = np.where(linked, cross_share, plain_share)
            cos = np.where(same, cos, cross)
            concept_share = np.where(same, concept_share, cross_share)
            weight = np.where(same, cfg.same_language_glossary_weight, cfg.glossary_weight)
            glossary = np.where(concept_share > 0, cos * weight, 0.0).astype(np.float32)
        else:
            concept = share_values > 0  # the glossary layer counts only where a shared concept contributed
            glossary = (cells[concept], cos_values[concept] * cfg.same_language_glossary_weight)
        cosines = None
        if p.q_vectors is not None and ci.vectors is not None:
            cosines = np.clip(p.q_vectors[start:stop] @ ci.vectors.T, 0.0, 1.0).astype(np.float32)
        return lexical, glossary, cosines

    def _calibrated(
        self,
        lexical: np.ndarray,
        glossary: np.ndarray,
        cosines: np.ndarray | None,
        q_langs: np.ndarray,
        c_langs: np.ndarray,
    ) -> list[np.ndarray]:
        """Each layer's scores on the common scale; the language arrays broadcast to the scores' shape (a whole
        block, or only the cells of a shortlist: the maps are cell by cell)."""
        calibration = self.calibration
        pairs = pair_codes_of(q_langs, c_langs) if calibration.curves else None
        stack = [calibration.apply("lexical", lexical, pairs), calibration.apply("glossary", glossary, pairs)]
        if cosines is not None:
            stack.append(calibration.apply("embedding", cosines, pairs))
        return stack

    def _lexical(
        self,
        qs: Sequence[Analysed],
        qf: Sequence[tuple[str, ...]],
        ci: CandidateIndex,
        concept_cos: tuple[np.ndarray, np.ndarray],
        same: np.ndarray | None,
        ratios: Callable[[], np.ndarray] | None = None,
    ) -> np.ndarray:
        """The lexical layer for one block of queries: the weighted mean of its parts (parts with weight 0 are
        not computed), made in the array of the block's string ratios (``ratios``, when they are being made
        already). Between languages the glossary-based parts count as 0."""
        cfg = self.config
        nq, nc = len(qs), ci.size
        total = (
            cfg.family_weight
            + cfg.recall_weight
            + cfg.surface_weight
            + cfg.string_weight
            + cfg.concept_cosine_weight
            + cfg.concept_ratio_weight
        )
        if total <= 0 or nq == 0 or nc == 0:
            return np.zeros((nq, nc), dtype=np.float32)
        # The word families' part is made before the string ratios are waited for (it reads none of them).
        family = (
            ci.family.scores_cells([a.content for a in qs]) if cfg.family_weight > 0 or cfg.recall_weight > 0 else None
        )
        # Each sparse part is added where it is not 0 (elsewhere adding 0 changes nothing), in the same order of
        # operations as the dense sum, so every score is the same to the last bit.
        if cfg.surface_weight > 0:
            out = ratios() if ratios is not None else self.surface_ratios(qs, ci)
            out *= cfg.surface_weight
        else:
            out = np.zeros((nq, nc), dtype=np.float32)
        if family is not None:
            cells, dice, recall = family
            flat = out.reshape(-1)
            flat[cells] = (cfg.family_weight * dice + cfg.recall_weight * recall) + flat[cells]
        if cfg.string_weight > 0:
            out += cfg.string_weight * string_scores([a.key for a in qs], ci.keys, cfg.workers)
        if cfg.concept_ratio_weight > 0:
            keys = [concept_key(f) for f in qf]
            concepts = string_scores(keys, ci.concept_keys, cfg.workers, fuzz.ratio)
            concepts *= cfg.concept_ratio_weight
            if cfg.concept_cosine_weight > 0:
                cells, cos = concept_cos
                flat = concepts.reshape(-1)
                flat[cells] = cfg.concept_cosine_weight * cos + flat[cells]
            if same is not None:
                concepts *= same
            out += concepts
        elif cfg.concept_cosine_weight > 0:
            # Without the concept ratio the concept part is sparse too: added only where it is not 0.
            cells, cos = concept_cos
            if same is not None:
                kept = same.reshape(-1)[cells]
                cells, cos = cells[kept], cos[kept]
            flat = out.reshape(-1)
            flat[cells] = flat[cells] + cfg.concept_cosine_weight * cos
        out /= total
        # No part is negative, so only the upper bound can be crossed (by rounding, or by a dense part): one pass.
        np.minimum(out, 1.0, out=out)
        return out

    def surface_ratios(self, queries: Sequence[Analysed], ci: CandidateIndex, workers: int | None = None) -> np.ndarray:
        """rapidfuzz ``ratio`` (0..1) of the normalised texts, every query against every candidate (in ``workers``
        threads, by default the configured number). A text whose
        words are read in Ukrainian letters (a Polish one) is compared in them against candidates mostly in Cyrillic
        letters, which its own Latin letters never meet; against others as written (as :meth:`prepare` chooses)."""
        if any(a.latin is not None for a in queries) and not ci.mostly_latin:
            texts = [a.norm if a.latin is None else " ".join(a.lemmas) for a in queries]
        else:
            texts = [a.norm for a in queries]
        return string_scores(texts, ci.norms, self.config.workers if workers is None else workers, fuzz.ratio)

    def matrices(
        self, queries: Sequence[str], candidates: Sequence[str], embedding: bool | None = None
    ) -> tuple[Prepared, LayerMatrices]:
        """Dense scores for small problems (one credential against one component or programme)."""
        p = self.prepare(queries, candidates, embedding)
        return p, self.block(p, 0, len(queries))

    def pair_matrices(
        self, queries: Sequence[str], candidates: Sequence[str], embedding: bool | None = None
    ) -> tuple[str | None, LayerMatrices]:
        """:meth:`matrices` with each candidate scored as the only one: a pair's scores are its own, whatever the
        other candidates. (The word layers weigh a term by how many candidates contain it, so among a credential's
        other outcomes a pair's score moved, and a few pairs' status with it: "covered" beside some outcomes,
        "partly" beside others.) Returns the notice for the user, if any, and the matrices.

        Being its own, a pair's row is kept (``PAIR_MEMORY`` pairs): a programme's components ask for the same
        credential outcomes one after another, and a caller that scored every outcome of the programme against them
        at once (:func:`app.matching.coverage.prepare_pairs`) has them all ready."""
        if not candidates or not queries:
            prepared, empty = self.matrices(queries, candidates, embedding)
            return prepared.notice, empty
        unique = list({_text_key(text): text for text in candidates}.values())  # equal keys are equal texts
        # The embedding layer is used, or not, for the whole problem, as one call would decide it.
        embedder, notice = self._embedder_and_notice(len(queries) + len(unique), embedding)
        use = embedding if embedding is not None else embedder is not None
        used = embedder is not None  # whether the pairs have the embedding layer: part of what is kept
        wanted = list({_text_key(q): q for q in queries}.values())
        kept: dict[tuple[str, str], _PairRows] = {}
        to_score: list[tuple[_PairRows, str, list[str]]] = []
        with self._cache_lock:
            for text in unique:
                key = (*_text_key(text), used)
                rows = self._pair_memory.pop(key, None) or _PairRows()
                self._pair_memory[key] = rows  # the most recently used last
                kept[_text_key(text)] = rows
                missing = [q for q in wanted if _text_key(q) not in rows.where]
                if missing:
                    to_score.append((rows, text, missing))
        if to_score:
            # one batch of analyses and embeddings, not one per text
            self.warm_up([*wanted, *(text for _, text, _ in to_score)], use)
        for rows, text, missing in to_score:
            scored = self.matrices(missing, [text], use)[1]
            with self._cache_lock:
                rows.add([_text_key(q) for q in missing], scored)
                self._pairs_kept += len(missing)
                while self._pairs_kept > PAIR_MEMORY and len(self._pair_memory) > len(kept):
                    self._pairs_kept -= len(self._pair_memory.popitem(last=False)[1].where)
        q_keys = [_text_key(q) for q in queries]
        columns = [kept[_text_key(text)] for text in candidates]

        def joined(name: str) -> Any:  # an array, or None for a layer that was not used
            if getattr(columns[0].batches[0], name) is None:
                return None
            return np.array([[column.value(q, name) for column in columns] for q in q_keys])

        return notice, LayerMatrices(*(joined(name) for name in _MATRIX_FIELDS))

    def rank_detailed(
        self,
        queries: Sequence[str],
        candidates: Sequence[str],
        top_k: int = 5,
        embedding: bool | None = None,
    ) -> Ranking:
        """For each query, the ``top_k`` best candidates (best first) with per-layer scores."""
        if not queries:
            return Ranking()
        if not candidates or top_k <= 0:
            return Ranking([] for _ in queries)
        p = self.prepare(queries, candidates, embedding)
        n_c = len(candidates)
        k = min(top_k, n_c)
        m = min(n_c, max(k, self.config.shortlist))
        out = Ranking()
        if p.notice:
            out.notes = (p.notice,)
        # Every layer, the string ratios included, goes in blocks of rows, and only the shortlisted cells are
        # calibrated: the ranking needs the layers' own scores everywhere, the calibrated ones only there. A small
        # problem is one block; a larger one at least BLOCKS_AT_LEAST (four blocks held 3.4 MB more than six at
        # 200 × 13,412, in the same time). (The string ratios of the whole problem in one call were measured: as
        # fast, 5 MB more at 200 × 13,412.)
        cfg = self.config
        n_q = len(queries)
        if n_q * n_c <= cfg.single_block_cells:
            rows = n_q
        else:
            rows = max(1, min(cfg.block_rows, cfg.block_cells // n_c, -(-n_q // BLOCKS_AT_LEAST)))
        blocks = [(start, min(start + rows, n_q)) for start in range(0, n_q, rows)]

        two_at_a_time = len(blocks) > 1 and cfg.workers != 1

        def one(block: tuple[int, int]) -> list[list[Scored]]:
            start, stop = block
            return self._rank_block(p, start, stop, k, m, overlap=not two_at_a_time)

        if two_at_a_time:
            # Two blocks at a time: numpy releases the GIL in its sorts, selections and arithmetic, so the blocks
            # overlap on two cores as the string comparison does (the order of the rows is kept).
            for rows_out in _two_at_a_time(one, blocks):
                out.extend(rows_out)
        else:
            for block in blocks:
                out.extend(one(block))
        return out

    def _rank_block(
        self, p: Prepared, start: int, stop: int, k: int, m: int, overlap: bool = True
    ) -> list[list[Scored]]:
        """The ranked rows of queries[start:stop]: the ``m`` best candidates by the layers' own scores are
        calibrated, ordered and the first ``k`` kept (``overlap``: see :meth:`_raw_layers_sparse`)."""
        n_c = p.candidates.size
        c_langs = p.candidates.langs
        out: list[list[Scored]] = []
        if p.q_vectors is None:
            lexical, sparse, cosines = self._raw_layers_sparse(p, start, stop, overlap)
        else:
            lexical, sparse, cosines = self._raw_layers(p, start, stop)
        legacy = semantic.calibrate(cosines) if cosines is not None else None
        if isinstance(sparse, tuple):
            # One language, word layers: the ranking score is the lexical one except where a glossary concept is
            # shared, so it is made in the lexical array itself (no dense glossary, no copy: the memory of the
            # block is the string ratios' own), keeping the lexical scores of those few cells aside.
            g_cells, g_values = sparse
            flat = lexical.reshape(-1)
            g_lexical = flat[g_cells]
            flat[g_cells] = np.maximum(g_lexical, g_values)
            rank = lexical
        else:
            glossary = sparse
            rank = np.maximum(lexical, glossary)
            if legacy is not None:
                np.maximum(rank, legacy, out=rank)
        short = _top_columns(rank, m) if m < n_c else np.broadcast_to(np.arange(n_c), (stop - start, n_c))
        at = (np.arange(stop - start)[:, None], short)
        if isinstance(sparse, tuple):
            cell_lex = rank[at]
            cell_gloss = np.zeros(short.shape, dtype=np.float32)
            flat_at = (np.arange(stop - start)[:, None] * n_c + short).reshape(-1)
            where = np.minimum(np.searchsorted(g_cells, flat_at), max(len(g_cells) - 1, 0))
            found = (g_cells[where] == flat_at) if len(g_cells) else np.zeros(len(flat_at), dtype=bool)
            cell_lex.reshape(-1)[found] = g_lexical[where[found]]
            cell_gloss.reshape(-1)[found] = g_values[where[found]]
        else:
            cell_lex, cell_gloss = lexical[at], glossary[at]
        cell_cos = cosines[at] if cosines is not None else None
        cell_legacy = legacy[at] if legacy is not None else None
        q_langs = np.array([a.lang for a in p.queries[start:stop]])
        calibrated = np.stack(self._calibrated(cell_lex, cell_gloss, cell_cos, q_langs[:, None], c_langs[short]))
        cell_score = np.take_along_axis(calibrated, np.argmax(calibrated, axis=0)[None], axis=0)[0]
        own = [cell_lex, cell_gloss] if cell_legacy is None else [cell_lex, cell_gloss, cell_legacy]
        cell_layer = np.argmax(np.stack(own), axis=0)  # first (simplest) layer wins ties
        # Candidates in order of the main scores (rounded to 6 places), then index, for the whole block at once;
        # only rows where two shortlisted candidates have equal main scores go through the tie-break.
        main_rank = _rounded(rank[at], 6)
        main_score = _rounded(cell_score, 6)
        order = np.lexsort((short, -main_score, -main_rank))
        # Only equal neighbours among the first k + 1 can change the first k (equal scores sit side by side in the
        # order): a tie further down is left as it is.
        head = order[:, : k + 1]
        sorted_rank = np.take_along_axis(main_rank, head, axis=1)
        sorted_score = np.take_along_axis(main_score, head, axis=1)
        tied = ((sorted_rank[:, 1:] == sorted_rank[:, :-1]) & (sorted_score[:, 1:] == sorted_score[:, :-1])).any(
            axis=1
        )
        # The first k of each row's order; rows with equal main scores there are ordered by the tie-break instead.
        chosen = order[:, :k].copy()
        if tied.any():
            keys = p.candidates.keys
            for row in np.flatnonzero(tied).tolist():
                cand = short[row].tolist()
                main = list(zip((-main_rank[row]).tolist(), (-main_score[row]).tolist(), strict=True))
                qkey = p.queries[start + row].key
                ties = tie_break_scores([(qkey, keys[c]) for c in cand])
                chosen[row] = sorted(range(len(cand)), key=lambda i: (*main[i], -ties[i], cand[i]))[:k]

        def pick(values: np.ndarray) -> np.ndarray:
            return np.take_along_axis(values, chosen if values.ndim == 2 else chosen[None], axis=-1)

        # Plain Python values once per block (the same floats as round(float(cell), 4), without its cost), then one
        # result per kept cell, made with positional arguments: index, score, layer, lexical, glossary, embedding,
        # calibrated; all cells of the block in one pass, then cut into rows of k. The score columns are picked and
        # rounded together when all are float32 (as they are).
        floats = [rank[at], cell_lex, cell_gloss, cell_score] + ([cell_legacy] if cell_legacy is not None else [])
        if all(f.dtype == np.float32 for f in floats):
            picked = _rounded(pick(np.stack(floats)), 4).reshape(len(floats), -1).tolist()
        else:
            picked = [_rounded(pick(f), 4).ravel().tolist() for f in floats]
        cells = chosen.size
        made = list(
            itertools.starmap(
                Scored,
                zip(
                    pick(short).ravel().tolist(),
                    picked[0],
                    _LAYER_NAMES[pick(cell_layer).ravel()].tolist(),
                    picked[1],
                    picked[2],
                    picked[4] if cell_legacy is not None else itertools.repeat(None, cells),
                    picked[3],
                    strict=True,
                ),
            )
        )
        out.extend(made[i : i + k] for i in range(0, cells, k))
        return out

    # -- explanation -------------------------------------------------------------------------------------

    def explain(self, query: str, candidate: str) -> Explanation:
        """Lemmas (outside the glossary) and glossary concepts that both texts contain, and the synonyms the word
        layers read between them (shown as concepts are: "hire / employ")."""
        aq, ac = analyse_all([query, candidate])
        aq, ac = comparable(aq, ac.lang), comparable(ac, aq.lang)
        g = self.glossary
        bilingual = aq.lang != ac.lang  # the dictionary links texts in different languages only
        # A third language's links to English serve a text against one in Ukrainian letters (_cross_features).
        linked = in_ukrainian_letters(aq.lang) or in_ukrainian_letters(ac.lang)
        qf = g.features(aq.content, bilingual, lang=aq.lang if linked else "")
        cf = set(g.features(ac.content, bilingual, lang=ac.lang if linked else ""))
        shared = [f for f in dict.fromkeys(qf) if f in cf]
        return Explanation(
            shared_lemmas=tuple(
                shown_word(g.describe(f), aq) for f in shared if not f.startswith(CONCEPT_PREFIX)
            ),
            shared_concepts=tuple(dict.fromkeys(
                [g.describe(f, "both") for f in shared if f.startswith(CONCEPT_PREFIX)]
                + ([] if bilingual else self._synonym_pairs(aq.content, ac.content))
            )),
            # (the synonyms are only shown: what a pair's shared terms say is read from the glossary's concepts)
            manner_only=bool(shared) and all(f in GENERIC_CONCEPTS for f in shared),
        )

    def _synonym_pairs(self, ours: Sequence[str], theirs: Sequence[str]) -> list[str]:
        """"word / synonym" for each word of one text whose synonym (app.matching.synonyms) the other has and the
        first lacks: the partial matches :class:`FamilyIndex` made between them."""
        if self.config.synonym_similarity <= 0:
            return []
        found = synonyms.english()
        mine, other = set(ours), set(theirs)
        return [f"{word} / {syn}" for word in dict.fromkeys(ours) if word not in other
                for syn in found.of(word) if syn in other and syn not in mine]


def _top_columns(scores: np.ndarray, m: int, chunk_cells: int = 1 << 18) -> np.ndarray:
    """The columns of the ``m`` highest scores of each row, in ascending order; of the columns whose score equals
    the m-th highest, the first ones. A few rows at a time (about ``chunk_cells`` cells), so that the copy the
    selection makes stays small beside the block."""
    rows, n = scores.shape
    chunk = max(1, chunk_cells // max(n, 1))
    out = np.empty((rows, m), dtype=np.intp)
    for start in range(0, rows, chunk):
        out[start : start + chunk] = _top_of_rows(scores[start : start + chunk], m)
    return out


# A ranking too large for one block is scored in at least this many: two blocks at a time, about 10 bytes a cell each,
# then hold less than the 4 bytes a cell of a plain string comparison's whole matrix (2 × 10 / 6 < 4).
BLOCKS_AT_LEAST = 6
# Every this many columns of a row are sampled to bound its m-th highest score from below (see _top_of_rows).
SAMPLE_STRIDE = 8


def _top_of_rows(scores: np.ndarray, m: int) -> np.ndarray:
    """:func:`_top_columns` of a few rows. The m-th highest of every eighth column of a row is at most the row's own
    m-th highest, so only the cells at or above it (about 8m a row) can be among the row's m highest: those are
    ordered by row, score (highest first) and column, and the first m of each row kept. Comparing every cell once
    with that floor and ordering the few above it takes less than half the time of selecting the m-th highest of
    every whole row, and it is the same selection."""
    rows, n = scores.shape
    stride = SAMPLE_STRIDE
    if n < 4 * stride * m:
        return _top_of_rows_by_partition(scores, m)
    sample = scores[:, ::stride]
    s = sample.shape[1]
    floor = np.partition(sample, s - m, axis=1)[:, s - m : s - m + 1]
    at = np.flatnonzero(scores >= floor)  # by row, columns ascending; at least m in each row
    if len(at) > 8 * stride * m * rows:  # many equal scores at the floor (rows of zeros): select in whole rows
        return _top_of_rows_by_partition(scores, m)
    # The cells' flat positions, then row and column (a two-dimensional nonzero took four to eight times longer).
    row = at // n
    col = at - row * n
    # One key orders by row, then score, highest first (scores lie in 0..1, rows 4 apart; exact in float64); the
    # stable sort keeps the columns of equal scores ascending.
    order = np.argsort(row * 4.0 + (1.0 - scores.reshape(-1)[at].astype(np.float64)), kind="stable")
    row, col = row[order], col[order]
    first_of_row = np.searchsorted(row, np.arange(rows))
    taken = np.arange(len(row)) - first_of_row[row] < m
    return np.sort(col[taken].reshape(rows, m), axis=1)


def _top_of_rows_by_partition(scores: np.ndarray, m: int) -> np.ndarray:
    """:func:`_top_of_rows` by selecting the m-th highest value of each whole row (``partition``, three times faster
    than ``argpartition`` on these float32 rows) and then the columns at or above it, which also says which of
    several equal scores at the boundary are kept."""
    rows, n = scores.shape
    boundary = np.partition(scores, n - m, axis=1)[:, n - m : n - m + 1]  # the m-th highest of each row
    keep = scores > boundary  # fewer than m a row
    wanted = m - keep.sum(axis=1)  # how many of the equal ones each row still takes (at least one)
    equal = np.flatnonzero(scores == boundary)  # row by row, columns ascending
    row_of = equal // n
    first_of_row = np.searchsorted(row_of, np.arange(rows))
    taken = (np.arange(len(equal)) - first_of_row[row_of]) < wanted[row_of]
    keep.reshape(-1)[equal[taken]] = True
    return (np.flatnonzero(keep) % n).reshape(rows, m)


_helpers: ThreadPoolExecutor | None = None
_helpers_lock = threading.Lock()


# Below this many cells the string ratios take less time than handing them to a helper thread (a credential's outcome
# against a component's three to five: about a microsecond against tens).
BACKGROUND_CELLS = 2_000


def _in_background(fn: Callable[..., T], *args: Any) -> Future[T]:
    """``fn(*args)`` on one of the engine's helper threads (two, made at the first use and kept: starting threads at
    every comparison would cost more than the overlap saves)."""
    global _helpers
    with _helpers_lock:
        if _helpers is None:
            _helpers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="matching")
        pool = _helpers
    return pool.submit(fn, *args)


def _two_at_a_time(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``fn`` of each item, in their order, made by this thread and one of the engine's kept helpers, each taking
    the next item when done with its last. (Threads made for each call would each bring an allocator arena of their
    own, whose freed blocks the other cannot reuse: 3.4 MB more at the peak of 200 × 13,412.)"""
    results: list[R | None] = [None] * len(items)
    taken = itertools.count()
    lock = threading.Lock()
    failed = threading.Event()

    def work() -> None:
        while not failed.is_set():
            with lock:
                i = next(taken)
            if i >= len(items):
                return
            try:
                results[i] = fn(items[i])
            except BaseException:
                failed.set()  # the other stops at its next item
                raise

    helper = _in_background(work)
    try:
        work()
    finally:
        # A helper busy with another ranking never began: this thread made every item. Otherwise wait for its last.
        error = None if helper.cancel() else helper.exception()
    if error is not None:
        raise error
    return results  # type: ignore[return-value]


def _rounded(values: np.ndarray, digits: int) -> np.ndarray:
    """``values`` rounded to ``digits`` places as float64, equal to Python's ``round(float(v), digits)`` of each
    cell: for float32 cells the product with 10**digits is exact in float64, so numpy's rint-based rounding is the
    correctly rounded one (half to even); other types are rounded cell by cell in Python."""
    if values.dtype == np.float32:
        return np.round(values.astype(np.float64), digits)
    return np.array([[round(v, digits) for v in row] for row in values.tolist()], dtype=np.float64).reshape(
        values.shape
    )


def _dense(cells: np.ndarray, values: np.ndarray, rows: int, cols: int) -> np.ndarray:
    out = np.zeros(rows * cols, dtype=values.dtype)
    out[cells] = values
    return out.reshape(rows, cols)


def _is_concept(feature: str) -> bool:
    return feature.startswith(CONCEPT_PREFIX)


def concept_key(features: Sequence[str]) -> str:
    """A text's glossary features as one string for string similarity: concepts in upper case (lemmas are case
    folded, so the two never meet by accident), other lemmas as they are."""
    return " ".join(
        f[len(CONCEPT_PREFIX) :].upper() if f.startswith(CONCEPT_PREFIX) else f.split(":", 1)[-1] for f in features
    )


_default_engine: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    global _default_engine
    with _default_lock:
        if _default_engine is None:
            _default_engine = Engine()
    return _default_engine


def prepare_word_layers(engine: Engine | None = None) -> None:
    """Load what every comparison by the word layers reads: the glossary with the dictionary it reads between
    languages, and the lemmatiser's Ukrainian and English data (the application does this in the background at
    start-up, so that the first matching waits for none of it), the English synonyms, the layers' calibration, and
    the digest of the files a kept candidate index depends on (read once per process)."""
    engine = engine or default_engine()
    engine.glossary.load_dictionary()
    if engine.config.synonym_similarity > 0:
        synonyms.english()
    _ = engine.calibration
    analyse_all(["Аналізувати дані проєкту", "Analyse project data"])
    index_store.read_sources()


def rank(
    queries: list[str], candidates: list[str], top_k: int = 5, *, embedding: bool | None = None
) -> list[list[tuple[int, float]]]:
    """For each query, ``top_k`` pairs ``(candidate index, score 0..1)``, best first."""
    return [
        [(s.index, s.score) for s in row]
        for row in default_engine().rank_detailed(queries, candidates, top_k, embedding=embedding)
    ]


__all__ = [
    "LAYERS",
    "Engine",
    "EngineConfig",
    "Explanation",
    "Layer",
    "LayerMatrices",
    "CandidateIndex",
    "Prepared",
    "Ranking",
    "Scored",
    "default_engine",
    "rank",
]
