"""Outcome coverage: which incoming outcomes cover which component outcomes, how well and why.

``match_credential_to_component`` compares one credential's outcomes with one component's outcomes;
``best_credential_set`` finds the smallest set of an applicant's credentials that together cover the component
best (several credentials may back one component).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Literal

import numpy as np

from app.matching.bloom import BloomLevel, bloom_level, highest_level
from app.matching.calibration import PAIRS, pair_codes_of
from app.matching.clauses import clauses
from app.matching.engine import LAYERS, Engine, Explanation, Layer, default_engine
from app.matching.languages_named import languages_named
from app.matching.standing import MIN_COMPONENTS, NEAREST_LAYER, Standing, standing_of_each
from app.matching.text import analyse_all, in_stated_language
from app.messages import Message, msg

DEFAULT_THRESHOLD = 0.5
Status = Literal["covered", "partly", "not"]


@dataclass(frozen=True)
class OutcomePair:
    """The best incoming outcome for one component outcome."""

    component_index: int
    component_outcome: str
    credential_index: int | None  # None when the credential has no outcomes
    credential_outcome: str
    score: float
    layer: Layer
    status: Status
    explanation: Explanation = field(default_factory=Explanation)
    component_bloom: BloomLevel = field(default_factory=lambda: BloomLevel(None))
    credential_bloom: BloomLevel = field(default_factory=lambda: BloomLevel(None))
    credential_id: str | None = None  # which credential, when several were combined
    credential_part: str = ""  # the statement of the credential's outcome that matched, when not the whole of it
    held: str = ""  # the rule that holds the pair below its score's status ("manner", "name", "language"; HELD_AT)
    # the points its score was read on, where not the pair's own: "nearest" (the credential's nearest component's)
    points: str = ""

    @property
    def bloom_gap(self) -> int | None:
        """Credential level minus component level (negative: the evidence is at a lower cognitive level)."""
        if self.component_bloom.level is None or self.credential_bloom.level is None:
            return None
        return self.credential_bloom.level - self.component_bloom.level

    def to_dict(self) -> dict[str, Any]:
        return {
            "component_outcome": self.component_outcome,
            "credential_outcome": self.credential_outcome,
            "credential_part": self.credential_part,
            "score": self.score,
            "layer": self.layer,
            "status": self.status,
            "credential_id": self.credential_id,
            "shared_terms": self.explanation.terms(),
            "bloom": {
                "component": self.component_bloom.level,
                "credential": self.credential_bloom.level,
                "gap": self.bloom_gap,
            },
        }


@dataclass(frozen=True)
class MatchResult:
    pairs: tuple[OutcomePair, ...]
    threshold: float
    partly_threshold: float
    component_bloom: BloomLevel = field(default_factory=lambda: BloomLevel(None))
    notes: tuple[str, ...] = ()  # e.g. the embedding layer was skipped

    @property
    def total(self) -> int:
        return len(self.pairs)

    @property
    def covered(self) -> int:
        return sum(1 for p in self.pairs if p.status == "covered")

    @property
    def partly(self) -> int:
        return sum(1 for p in self.pairs if p.status == "partly")

    @property
    def coverage(self) -> float:
        """Share of component outcomes covered at or above the threshold (0 when there are none)."""
        return round(self.covered / self.total, 4) if self.total else 0.0

    @property
    def layers_used(self) -> tuple[Layer, ...]:
        return tuple(layer for layer in LAYERS if any(p.layer == layer for p in self.pairs))

    @property
    def shared_terms(self) -> tuple[str, ...]:
        terms: dict[str, None] = {}
        for p in self.pairs:
            if p.status != "not":
                terms.update(dict.fromkeys(p.explanation.terms()))
        return tuple(terms)

    @property
    def explanation(self) -> Message:
        if self.partly:
            text = msg("covers {covered} of %n outcome(s) ({partly} more partly)", n=self.total,
                       covered=self.covered, partly=self.partly)
        else:
            text = msg("covers {covered} of %n outcome(s)", n=self.total, covered=self.covered)
        if self.shared_terms:
            text = msg("{coverage}; shared terms: {terms}", coverage=text, terms=list(self.shared_terms[:12]))
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "coverage": self.coverage,
            "covered": self.covered,
            "partly": self.partly,
            "total": self.total,
            "threshold": self.threshold,
            "partly_threshold": self.partly_threshold,
            "component_bloom": self.component_bloom.level,
            "pairs": [p.to_dict() for p in self.pairs],
            "explanation": self.explanation,
            "layers": list(self.layers_used),
            "notes": list(self.notes),
        }


_STATUS_RANK = {"not": 0, "partly": 1, "covered": 2}


def _status(score: float, threshold: float, partly_threshold: float) -> Status:
    if score >= threshold:
        return "covered"
    if score >= partly_threshold:
        return "partly"
    return "not"


def _check_thresholds(threshold: float, partly_threshold: float | None) -> float:
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    partly = threshold * 0.75 if partly_threshold is None else partly_threshold
    if not 0.0 <= partly <= threshold:
        raise ValueError(f"partly_threshold must be in [0, threshold], got {partly}")
    return partly


def _clean(outcomes: Sequence[str]) -> list[str]:
    return [o for o in (str(x).strip() for x in outcomes) if o]


def warm_up(texts: Sequence[str], embedding: bool | None = None, engine: Engine | None = None) -> None:
    """Analyse and embed, in one call, the outcomes about to be matched (as the matching will clean them)."""
    (engine or default_engine()).warm_up(list(dict.fromkeys(_clean(texts))), embedding)


def _best_shown(
    engine: Engine, text: str, texts: Sequence[str], row: np.ndarray, layers: np.ndarray, threshold: float,
    partly: float,
) -> tuple[int, Status, Explanation, str]:
    """The credential text that evidences the component outcome ``text`` best, its status, its explanation and the
    rule that holds it below its score's status ("manner", "name", "language"; "" when none does).

    A text that names another language than the outcome does ("спілкуватися українською мовою" for "Спілкуватися
    англійською мовою …") is no evidence of it, however alike the rest. A pair the word layers call covered while it
    shares only the action and its manner ("apply", "method") shows no subject in common and is at most partly
    evidenced; a text below it that covers the outcome with a subject shown (the whole outcome beside one of its
    statements) is taken instead."""
    wanted = languages_named(text)
    best: tuple[int, Explanation, str] | None = None
    other_language: int | None = None
    for k in map(int, np.argsort(-row, kind="stable")):
        if wanted:
            named = languages_named(texts[k])
            if named and not named & wanted:
                other_language = k if other_language is None else other_language
                continue
        status = _status(round(float(row[k]), 4), threshold, partly)
        explanation = engine.explain(text, texts[k])
        rule = "" if status != "covered" else (
            "manner" if LAYERS[int(layers[k])] != "embedding" and explanation.manner_only
            else "name" if a_name_alone(texts[k], text) else "")
        if not rule:
            if best is None:
                return k, status, explanation, ""
            if status == "covered":
                return k, status, explanation, ""
            break
        best = best or (k, explanation, rule)
    if best is not None:  # (the first text was covered by its manner or a name alone, and none below it otherwise)
        return best[0], "partly", best[1], best[2]
    assert other_language is not None  # (every text names another language)
    return other_language, "not", engine.explain(text, texts[other_language]), "language"


def a_name_alone(evidence: str, outcome: str) -> bool:
    """Whether a credential's text is a name alone (one content word: a tag, "Python", "SQL") beside a component
    outcome that says what is done with it in three content words or more: the name shows the subject, not that
    the outcome was achieved."""
    return len(analyse_all([evidence])[0].content) == 1 and len(analyse_all([outcome])[0].content) >= 3


def _with_pieces(outcomes: Sequence[str], language: str) -> tuple[list[str], list[int]]:
    """The statements of the credential's outcomes (``clauses.clauses``), and for each the index of its outcome."""
    pieces: list[str] = []
    owner: list[int] = []
    for j, outcome in enumerate(outcomes):
        for piece in clauses(str(outcome)):
            pieces.append(in_stated_language(piece, language))
            owner.append(j)
    return pieces, owner


def _credential_texts(outcomes: Sequence[str], language: str) -> list[str]:
    """A credential's outcomes as the matching reads them: cleaned, in its stated language."""
    return [in_stated_language(o, language) for o in _clean(outcomes)]


def prepare_pairs(
    component_outcomes: Sequence[str],
    credentials: Sequence[tuple[Sequence[str], str]],
    embedding: bool | None = None,
    engine: Engine | None = None,
) -> None:
    """Score every component outcome against every outcome (and statement) of each credential — (outcomes,
    language) — in one call per credential text, as :func:`match_credential_to_component` scores them: the
    components matched afterwards find their pairs ready (``Engine.pair_matrices`` keeps them)."""
    engine = engine or default_engine()
    comp = list(dict.fromkeys(_clean(component_outcomes)))
    for outcomes, language in credentials:
        cred = _credential_texts(outcomes, language)
        if comp and cred:
            engine.pair_matrices(comp, cred, embedding=embedding)
            pieces, _ = _with_pieces(cred, language)
            if pieces:
                engine.pair_matrices(comp, pieces, embedding=False)


# Where each credential stands among the programme's components, for the matching under way in this thread:
# credential texts → component outcomes → standing. Set by :func:`standings_among` for one matching only, so that no
# matching reads a standing worked out for another programme, another edition of the catalogue or another matching
# running at the same time.
_STANDINGS: ContextVar[Mapping[tuple[str, ...], Mapping[tuple[str, ...], Standing]] | None] = ContextVar(
    "standings", default=None)


def standings_of(
    components: Sequence[Sequence[str]],
    credentials: Sequence[tuple[Sequence[str], str]],
    embedding: bool | None = None,
    engine: Engine | None = None,
) -> dict[tuple[str, ...], dict[tuple[str, ...], Standing]]:
    """Where each credential — (outcomes, language) — stands among the programme's ``components`` (each its outcomes;
    ``app.matching.standing``), by the credential's texts as the matching reads them. A credential is left out
    without the embedding layer, for a programme of fewer than ``MIN_COMPONENTS`` components, or where no component
    stands out."""
    engine = engine or default_engine()
    comps = [c for c in (list(dict.fromkeys(_clean(outcomes))) for outcomes in components) if c]
    comps = list({tuple(c): c for c in comps}.values())  # a component listed twice stands once
    if len(comps) < MIN_COMPONENTS:
        return {}
    outcomes = [text for c in comps for text in c]
    owner = [i for i, c in enumerate(comps) for _ in c]
    found: dict[tuple[str, ...], dict[tuple[str, ...], Standing]] = {}
    for credential, language in credentials:
        cred = _credential_texts(credential, language)
        cosines = engine.cosines([str(t) for t in cred], outcomes, embedding) if cred else None
        if cosines is None:
            continue
        each = standing_of_each(cosines, owner, len(comps))
        if any(s.nearest for s in each):  # where no component stands out the standing tells nothing
            found[tuple(map(str, cred))] = {tuple(c): s for c, s in zip(comps, each, strict=True)}
    return found


@contextmanager
def standings_among(
    components: Sequence[Sequence[str]],
    credentials: Sequence[tuple[Sequence[str], str]],
    embedding: bool | None = None,
    engine: Engine | None = None,
) -> Iterator[dict[tuple[str, ...], dict[tuple[str, ...], Standing]]]:
    """Within the block, :func:`match_credential_to_component` reads where each credential stands among the
    programme's ``components`` (:func:`standings_of`); outside it, no standing is read."""
    found = standings_of(components, credentials, embedding, engine)
    token = _STANDINGS.set(found)
    try:
        yield found
    finally:
        _STANDINGS.reset(token)


def _standing(credential: Sequence[str], component: Sequence[str]) -> Standing | None:
    """The standing of a component (by its outcomes) for a credential (by its texts) in the matching under way."""
    found = _STANDINGS.get()
    by_component = found.get(tuple(map(str, credential))) if found else None
    return by_component.get(tuple(map(str, component))) if by_component else None


def _nearest_scores(engine: Engine, comp: Sequence[str], cred: Sequence[str]) -> np.ndarray | None:
    """The pairs' scores on the embedding points of a credential's nearest component, for the language pairs they
    were fitted for (0 elsewhere: those pairs keep their own points); None without them."""
    curves = {pair: curve for (layer, pair), curve in engine.calibration.curves.items() if layer == NEAREST_LAYER}
    cosines = engine.cosines(list(comp), [str(t) for t in cred], True) if curves else None
    if cosines is None:
        return None
    q_langs = np.array([a.lang for a in analyse_all(list(comp))])[:, None]
    c_langs = np.array([a.lang for a in analyse_all(list(cred))])[None, :]
    codes = pair_codes_of(np.broadcast_to(q_langs, cosines.shape), np.broadcast_to(c_langs, cosines.shape))
    out = np.zeros(cosines.shape, dtype=np.float32)
    for pair, curve in curves.items():
        mask = codes == PAIRS.index(pair)
        if mask.any():
            out[mask] = curve(cosines[mask])
    return out


def match_credential_to_component(
    credential_outcomes: Sequence[str],
    component_outcomes: Sequence[str],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    partly_threshold: float | None = None,
    engine: Engine | None = None,
    embedding: bool | None = None,
    credential_id: str | None = None,
    language: str = "",
) -> MatchResult:
    """For each component outcome, the credential outcome that covers it best, with score, layer, status
    ('covered' at or above ``threshold``, 'partly' at or above ``partly_threshold``, default 0.75 × threshold)
    and the shared lemmas and concepts. Blank outcomes are ignored. ``language``: the credential's language (its
    outcomes are read in it where they are in its alphabet, ``text.in_stated_language``)."""
    partly = _check_thresholds(threshold, partly_threshold)
    engine = engine or default_engine()
    cred = _credential_texts(credential_outcomes, language)
    comp = _clean(component_outcomes)
    comp_bloom = highest_level(comp)
    if not comp:
        return MatchResult((), threshold, partly, comp_bloom)
    if not cred:
        pairs = tuple(
            OutcomePair(
                i, text, None, "", 0.0, "lexical", "not", component_bloom=bloom_level(text), credential_id=credential_id
            )
            for i, text in enumerate(comp)
        )
        return MatchResult(pairs, threshold, partly, comp_bloom)
    # Each credential outcome is scored on its own: a pair's score and status do not move with the credential's other
    # outcomes (which one an outcome left out as not achieved, or entered by hand, would change).
    notice, mats = engine.pair_matrices(comp, cred, embedding=embedding)
    scores, layers = mats.score, mats.layer
    # Where the credential stands among the programme's components (app.matching.standing), when it was worked out
    # with the embedding layer: its nearest component's pairs are read on the points fitted for it, where those are
    # lower; a component it does not stand nearer to than to its background is held at "not".
    standing = _standing(cred, list(dict.fromkeys(comp))) if mats.embedding is not None else None
    raised = np.zeros(scores.shape, dtype=bool)
    if standing is not None and standing.nearest:
        nearest = _nearest_scores(engine, comp, cred)
        if nearest is not None:
            raised = nearest > scores
            scores = np.where(raised, nearest, scores)
            layers = np.where(raised, LAYERS.index("embedding"), layers)
    # The outcomes' statements, by the word layers only: calibrated on whole outcomes, the embedding rates a short
    # piece by its pattern ("виявляє command injection і SSTI" came close to "Застосовувати … Scrum і Kanban").
    pieces, owner = _with_pieces(cred, language)
    if pieces:
        _, by_piece = engine.pair_matrices(comp, pieces, embedding=False)
        scores = np.concatenate([scores, by_piece.score], axis=1)
        layers = np.concatenate([layers, by_piece.layer], axis=1)
        raised = np.concatenate([raised, np.zeros(by_piece.score.shape, dtype=bool)], axis=1)
    texts, owner = [*cred, *pieces], [*range(len(cred)), *owner]
    out: list[OutcomePair] = []
    for i, text in enumerate(comp):
        row = scores[i]
        k, status, explanation, held = _best_shown(engine, text, texts, row, layers[i], threshold, partly)
        j = owner[k]
        score = round(float(row[k]), 4)
        layer = LAYERS[int(layers[i, k])]
        if standing is not None and not standing.stands_out and status != "not":
            status, held = "not", "standing"
        # (a raised pair is a whole outcome's: the statements are scored by the word layers only)
        points = ("nearest" if raised[i, k] and status != _status(round(float(mats.score[i, k]), 4), threshold,
                                                                   partly) else "")
        out.append(
            OutcomePair(
                component_index=i,
                component_outcome=text,
                credential_index=j,
                credential_outcome=str(cred[j]),  # a plain text from here on (text.Stated stays in the matching)
                score=score,
                layer=layer,
                status=status,
                explanation=explanation,
                credential_part=str(texts[k]) if k >= len(cred) else "",
                held=held if status != _status(score, threshold, partly) else "",
                points=points,
                component_bloom=bloom_level(text),
                credential_bloom=bloom_level(cred[j]),
                credential_id=credential_id,
            )
        )
    notes = (notice,) if notice else ()
    return MatchResult(tuple(out), threshold, partly, comp_bloom, notes)


@dataclass(frozen=True)
class CombinationResult:
    """The smallest set of credentials that covers the component best, and what each contributes."""

    chosen: tuple[str, ...]
    result: MatchResult  # pairs of the combination (each pair names its credential)
    alone: Mapping[str, MatchResult]  # each credential on its own
    max_coverage: float

    @property
    def coverage(self) -> float:
        return self.result.coverage

    @property
    def statement(self) -> Message:
        """Which credentials cover the component, as a translatable message (English by ``str()``)."""
        total = self.result.total
        if not self.chosen:
            return msg("no credential covers any of the %n outcome(s)", n=total)
        if len(self.chosen) == 1:
            text = msg("{credential} covers {covered} of %n outcome(s)", n=total, credential=self.chosen[0],
                       covered=self.result.covered)
        else:
            parts = [msg("{credential} alone {covered}", credential=c, covered=self.alone[c].covered)
                     for c in self.chosen]
            text = msg("{credentials} together cover {covered} of %n outcome(s) ({parts})", n=total,
                       credentials=" + ".join(self.chosen), covered=self.result.covered, parts=parts)
        unused = [c for c in self.alone if c not in self.chosen]
        if unused:
            text = msg("{statement}; not needed: {unused}", statement=text, unused=unused)
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "chosen": list(self.chosen),
            "coverage": self.coverage,
            "statement": self.statement,
            "alone": {k: v.coverage for k, v in self.alone.items()},
            "result": self.result.to_dict(),
        }


def best_credential_set(
    credentials: Mapping[str, Sequence[str]],
    component_outcomes: Sequence[str],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    partly_threshold: float | None = None,
    engine: Engine | None = None,
    embedding: bool | None = None,
    exact_limit: int = 14,
    languages: Mapping[str, str] | None = None,
) -> CombinationResult:
    """Find the smallest subset of ``credentials`` (id → outcomes) whose union covers as many component
    outcomes as all of them together; among subsets of that size, the one with the highest total score.
    Exact search up to ``exact_limit`` credentials, greedy set cover beyond. ``languages``: each credential's
    language (id → ISO 639-1 code), its outcomes read in it (:func:`match_credential_to_component`)."""
    partly = _check_thresholds(threshold, partly_threshold)
    engine = engine or default_engine()
    alone = {
        cid: match_credential_to_component(
            outs,
            component_outcomes,
            threshold=threshold,
            partly_threshold=partly,
            engine=engine,
            embedding=embedding,
            credential_id=cid,
            language=(languages or {}).get(cid, ""),
        )
        for cid, outs in credentials.items()
    }
    ids = list(alone)
    comp = _clean(component_outcomes)
    n = len(comp)
    covers = {cid: frozenset(p.component_index for p in alone[cid].pairs if p.status == "covered") for cid in ids}
    scores = {cid: [p.score for p in alone[cid].pairs] for cid in ids}
    union = frozenset().union(*covers.values()) if covers else frozenset()

    def merged(subset: Sequence[str]) -> MatchResult:
        pairs = []
        for i in range(n):
            # the best status first: a pair a rule holds below its score does not hide another credential's
            best = max((alone[c].pairs[i] for c in subset), key=lambda p: (_STATUS_RANK[p.status], p.score))
            pairs.append(best)
        return MatchResult(tuple(pairs), threshold, partly, alone[subset[0]].component_bloom)

    def total_score(subset: Sequence[str]) -> float:
        return sum(max(scores[c][i] for c in subset) for i in range(n))

    chosen: tuple[str, ...] = ()
    if union:
        if len(ids) <= exact_limit:
            for size in range(1, len(ids) + 1):
                found = [s for s in combinations(ids, size) if frozenset().union(*(covers[c] for c in s)) == union]
                if found:
                    chosen = max(found, key=total_score)
                    break
        else:
            remaining = set(union)
            picked: list[str] = []
            while remaining:
                best_id = max(ids, key=lambda c: (len(covers[c] & remaining), sum(scores[c])))
                picked.append(best_id)
                remaining -= covers[best_id]
            chosen = tuple(picked)
    if chosen:
        result = merged(chosen)
    elif ids:
        best_single = max(ids, key=lambda c: (alone[c].partly, sum(scores[c])))
        result = alone[best_single]
    else:
        result = MatchResult((), threshold, partly, highest_level(comp))
    max_cov = round(len(union) / n, 4) if n else 0.0
    return CombinationResult(chosen=chosen, result=result, alone=alone, max_coverage=max_cov)
