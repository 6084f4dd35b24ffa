"""Fit the score calibration of the matching layers and measure covered / not-covered decisions per language pair.

Labelled pairs (query = a component outcome, candidate = one outcome of a credential or a skill group, each scored
alone as the engine scores a credential's outcomes in ``match``), from these sources:

* ``en-en``: ESCO v1.1.1 (``../shared/bench-data/esco``): an alternative label against its own skill's preferred
  label (positive) and the preferred labels of the four sibling skills in the same ESCO hierarchy group that share
  most words with it (hard negatives). Skills with a label in the ESCO ranking sample of ``bench.bench_matching``
  are left out; the rest is split by skill id into development and held-out halves.
* ``cross`` (uk–en): ``bench/data/outcomes_uk_en.tsv``: a Ukrainian outcome against its English translation
  (positive) and the four other English outcomes of the file closest to that translation (hard negatives), and
  the same from English to Ukrainian; split by pair id (odd: development, even: held out).
* ``uk-uk``: the demo programme (``resources/demo/programme.json``): every component outcome against the outcomes
  of every other component (hard negatives: neighbouring components of one programme); split by the query
  component (alternate components). And hard negatives only: each Ukrainian outcome of
  ``bench/data/outcomes_uk_en.tsv`` against the four other Ukrainian outcomes of the file closest to it (split by
  pair id, as for ``cross``). The GCompris goals are not used here: many are one exercise with another number or
  operation ("додавати" / "віднімати малі числа"), closer than any two outcomes of a programme, and would set
  "covered" where no paraphrase reaches it (embedding uk-uk at cosine 0.999).
* held out only: the demo credentials (``resources/demo/evidence``) against the demo programme: the outcome pairs
  a committee would accept for the component each credential was submitted for (positives, listed below with
  reasons) and every pair against the other components (negatives), leaving out the few pairs whose status is a
  matter of judgement (partial overlaps such as "clean data with pandas" against "prepare data for training").
  The same for the outcome-list credentials of ``bench/data/proposal_probes.tsv`` (``PROBE_TARGETS``; the thirteen
  courses meant for no component give negatives only); they were seen when the uk-uk negatives were chosen.

The calibration uses only the development negatives: for each layer and language pair, the raw score that at
most 1% of them reach becomes "covered" (0.5) and the one that at most 5% reach becomes "partly" (0.375), the
same quantile level for every layer of a language pair (so that the best of the layers keeps to those rates), and
never below the point where the layer said "covered" before calibration; see ``app/matching/calibration.py``.
Positives are only measured, never fitted. The decisions are measured as the application makes them: the best
calibrated layer, held at "partly" where the word layers call covered a pair that shares only how something is done
("apply", "method") or any layer does where the credential's text is a name alone (a tag: "Python"), and at "not"
where the two texts name different languages (``decided_score``, the rules of
``app.matching.coverage``); the curves are fitted on the layers' own scores.

    python -m bench.calibrate_matching [--write] [--no-results]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.matching import semantic  # noqa: E402
from app.matching.calibration import (  # noqa: E402
    COVERED_AT,
    COVERED_FALSE_RATE,
    LANGUAGE_PAIRS,
    PAIRS,
    PARTLY_AT,
    PARTLY_FALSE_RATE,
    SLAVIC_LANGUAGES,
    Calibration,
    Curve,
    calibration_path,
    default_calibration,
    pair_codes,
)
from app.matching.coverage import a_name_alone  # noqa: E402
from app.matching.engine import LAYERS, Engine, EngineConfig  # noqa: E402
from app.matching.languages_named import languages_named  # noqa: E402
from app.matching.standing import NEAREST_LAYER  # noqa: E402
from bench.bench_matching import eval_sample, find_esco, load_esco, load_uk_en  # noqa: E402
from bench.results import write_section  # noqa: E402

DEMO_PROGRAMME = ROOT / "resources" / "demo" / "programme.json"
DEMO_EVIDENCE = ROOT / "resources" / "demo" / "evidence"

# Demo credentials: the component each was submitted for, and the pairs (component outcome index → credential
# outcome indexes) that cover it. Pairs inside that component not listed here are left out (not labelled).
DEMO_TARGETS: dict[str, tuple[str, dict[int, tuple[int, ...]]]] = {
    # schema design ↔ "design relational databases, normalise"; queries / INSERT-UPDATE-DELETE ↔ "SQL queries
    # for selecting, aggregating and changing data"
    "case1-sql-certificate.pdf": ("ОК5", {0: (0,), 1: (1, 2)}),
    # pandas load/clean/transform ↔ the same; visualise and chart ↔ "visualise data, build graphs"
    "case1-data-analysis-python-ob3.json": ("ВК2", {0: (0,), 1: (1,)}),
    # supervised regression/classification; model evaluation
    "case2-ml-foundations-certificate.pdf": ("ОК7", {0: (0,), 1: (1,)}),
    # prepare and clean data for training; clustering
    "case2-clustering-badge.png": ("ОК7", {2: (0,), 3: (1,)}),
    # recognise threats ↔ "identify information security threats"
    "case3-cybersecurity-badge-tampered.json": ("ОК8", {0: (0,)}),
    # Scrum ↔ "apply agile methodologies Scrum and Kanban"; organise a team's work
    "case4-scrum-fundamentals-ob2.json": ("ВК3", {1: (0,), 2: (2,)}),
}
# Neighbouring components whose outcomes partly overlap a credential's subject: not labelled either way.
DEMO_UNLABELLED = {
    ("case1-data-analysis-python-ob3.json", "ОК7"),
    ("case2-clustering-badge.png", "ВК2"),
    ("case2-ml-foundations-certificate.pdf", "ВК2"),
    ("case1-sql-certificate.pdf", "ВК2"),
}


# The outcome-list credentials of bench/data/proposal_probes.tsv meant for a component: component outcome index →
# the credential outcomes that cover it. A component outcome that a credential outcome only half covers (calculus:
# "derivatives" against "derivatives and integrals") is left out, as are the neighbours in PROBE_UNLABELLED.
PROBE_TARGETS: dict[str, tuple[str, dict[int, tuple[int, ...]]]] = {
    "Linear Algebra for Data Science": ("ОК1", {0: (0, 1)}),  # matrices, linear systems
    "Математичний аналіз": ("ОК1", {2: (2,)}),  # studying a function (monotonicity, extrema)
    "Discrete Mathematics": ("ОК2", {0: (0,), 1: (1,)}),  # sets, relations, Boolean algebra; graphs
    "Python for Everybody": ("ОК3", {0: (0,), 1: (1,), 2: (2,)}),  # programs; lists and dictionaries; debugging
    "Алгоритми і структури даних": ("ОК4", {0: (0,), 1: (1,), 2: (2,)}),  # complexity; sorting, search; hash tables
    "Statistics with R": ("ОК6", {0: (0,)}),  # probabilities of random events
    "Основи кібербезпеки": ("ОК8", {0: (0,), 1: (1,), 2: (2,)}),  # threats; encryption; personal data by law
    "Introduction to Cybersecurity": ("ОК8", {0: (0,), 1: (1,)}),  # threats, vulnerabilities; cryptography
    "Web Development Bootcamp": ("ВК1", {0: (0,), 1: (2,), 2: (3,)}),  # HTML and CSS pages; REST API; cloud
    "Англійська для ІТ (B2)": ("ОК9", {0: (0,), 1: (1,)}),  # speaking at work; technical documentation
    "Project Management Foundations": ("ВК3", {2: (2,)}),  # organising a team's work
    "Google Data Analytics": ("ВК2", {0: (0,), 1: (1,), 2: (2,)}),  # pandas; visualisation; exploratory analysis
    "Машинне навчання для початківців": ("ОК7", {0: (0,), 1: (1,), 3: (2,)}),  # supervised; evaluation; clustering
    "SQL for Data Science": ("ОК5", {0: (2,), 1: (0,)}),  # schema design; queries
}
PROBE_UNLABELLED = {
    ("Google Data Analytics", "ОК7"),  # cleaning data, as "prepare and clean data for training"
    ("SQL for Data Science", "ВК2"),
    ("Python for Everybody", "ОК4"),  # dictionaries, as hash tables
    ("Discrete Mathematics", "ОК4"),  # graphs and trees
    ("Linear Algebra for Data Science", "ОК7"),
}


@dataclass
class Group:
    """One query against one candidate list, with a label per candidate (1, 0, or None: not labelled)."""

    source: str
    split: str  # "dev" or "test"
    query: str
    candidates: list[str]
    labels: list[int | None]


def _half(key: str) -> str:
    return "dev" if zlib.crc32(key.encode("utf-8")) % 2 == 0 else "test"


def esco_groups(n_skills: int, seed: int) -> list[Group]:
    path = find_esco()
    if path is None:
        return []
    labels, alts = load_esco(path)
    excluded = {g for _, g in eval_sample(alts, 2000, 2026)}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["type"] == "preferredLabel"]
    group_of: dict[int, str] = {}
    for i, row in enumerate(rows):
        levels = row["hierarchy_levels"]
        codes = [c.strip(" '") for c in levels.replace("[", "").replace("]", "").split(",")]
        codes = [c for c in codes if c and c != "None"]
        group_of[i] = codes[3] if len(codes) > 3 else (codes[-1] if codes else "")
    members: dict[str, list[int]] = defaultdict(list)
    for i, g in group_of.items():
        if g:
            members[g].append(i)
    by_skill: dict[int, list[str]] = defaultdict(list)
    for alt, skill_of_alt in alts:
        by_skill[skill_of_alt].append(alt)
    rng = random.Random(seed)
    pool = [s for s in sorted(by_skill) if s not in excluded and len(members.get(group_of[s], ())) >= 5]
    out = []
    for skill in rng.sample(pool, min(n_skills, len(pool))):
        alt = rng.choice(by_skill[skill])
        siblings = [j for j in members[group_of[skill]] if j != skill]
        siblings.sort(key=lambda j: -fuzz.token_set_ratio(alt, labels[j]))
        cands = [labels[skill]] + [labels[j] for j in siblings[:4]]
        out.append(Group("ESCO v1.1.1 skills", _half(rows[skill]["id"]), alt, cands, [1, 0, 0, 0, 0]))
    return out


def uk_en_groups(embedder: semantic.Embedder | None) -> list[Group]:
    pairs = load_uk_en()
    uk = [p[0] for p in pairs]
    en = [p[1] for p in pairs]
    out = []
    for side, other in ((uk, en), (en, uk)):
        if embedder is not None:
            vec = embedder.encode(other)
            near = vec @ vec.T
        else:
            near = np.array([[fuzz.token_set_ratio(a, b) for b in other] for a in other], dtype=np.float32)
        for i, query in enumerate(side):
            order = [int(j) for j in np.argsort(-near[i]) if int(j) != i][:4]
            split = "dev" if (i + 1) % 2 == 1 else "test"
            out.append(
                Group("outcomes_uk_en.tsv", split, query, [other[i]] + [other[j] for j in order], [1, 0, 0, 0, 0])
            )
    return out


def _nearest(texts: list[str], embedder: semantic.Embedder | None) -> np.ndarray:
    """Similarity of every text to every other: cosine of the embeddings, or token_set_ratio without them."""
    if embedder is not None:
        vec = embedder.encode(texts)
        return np.asarray(vec @ vec.T)
    return np.array([[fuzz.token_set_ratio(a, b) for b in texts] for a in texts], dtype=np.float32)


def uk_uk_groups(embedder: semantic.Embedder | None) -> list[Group]:
    """Hard negatives between the Ukrainian outcomes of ``outcomes_uk_en.tsv``: each against the four others
    closest to it (split by pair id: odd development, even held out)."""
    texts = [uk for uk, _ in load_uk_en()]
    near = _nearest(texts, embedder)
    out = []
    for i, query in enumerate(texts):
        order = [int(j) for j in np.argsort(-near[i]) if int(j) != i][:4]
        split = "dev" if (i + 1) % 2 == 1 else "test"
        out.append(Group("outcomes_uk_en.tsv (uk-uk)", split, query, [texts[j] for j in order], [0] * len(order)))
    return out


def programme_groups() -> list[Group]:
    data = json.loads(DEMO_PROGRAMME.read_text(encoding="utf-8"))
    comps = data["components"]
    out = []
    for a, comp in enumerate(comps):
        split = "dev" if a % 2 == 0 else "test"
        for b, other in enumerate(comps):
            if a == b:
                continue
            for text in comp["outcomes"]:
                out.append(Group("demo programme", split, text, list(other["outcomes"]), [0] * len(other["outcomes"])))
    return out


def demo_credential_groups() -> list[Group]:
    from app.services.matching import read_credentials  # noqa: PLC0415 - only needed here

    out = []
    for name, (target, positives) in DEMO_TARGETS.items():
        outcomes = list(read_credentials([DEMO_EVIDENCE / name])[0].outcomes)
        skipped = {code for cred, code in DEMO_UNLABELLED if cred == name}
        out += _against_programme("demo credentials", outcomes, target, positives, skipped)
    return out


def _against_programme(
    source: str, outcomes: list[str], target: str, positives: dict[int, tuple[int, ...]], skipped: set[str]
) -> list[Group]:
    """Every demo component outcome against one credential's ``outcomes`` (held out): the listed ``positives`` of
    the ``target`` component (its other pairs not labelled), negatives for every other component but ``skipped``."""
    data = json.loads(DEMO_PROGRAMME.read_text(encoding="utf-8"))
    out = []
    for comp in data["components"]:
        if comp["code"] in skipped:
            continue
        for i, text in enumerate(comp["outcomes"]):
            if comp["code"] == target:
                if i not in positives:
                    continue
                labels: list[int | None] = [1 if j in positives[i] else None for j in range(len(outcomes))]
            else:
                labels = [0] * len(outcomes)
            out.append(Group(source, "test", text, outcomes, labels))
    return out


def probe_groups() -> list[Group]:
    """The outcome-list credentials of ``bench/data/proposal_probes.tsv`` against the demo programme, labelled as
    :func:`demo_credential_groups` labels the demo credentials (held out only)."""
    from bench.bench_proposals import load_probes  # noqa: PLC0415 - only needed here

    out = []
    for case in load_probes():
        title = case.file.split(":", 1)[1]
        target, positives = PROBE_TARGETS.get(title, ("", {}))
        if case.expected and not target:
            raise ValueError(f"{title}: meant for {sorted(case.expected)} but has no PROBE_TARGETS entry")
        skipped = {code for cred, code in PROBE_UNLABELLED if cred == title} | set(case.debatable)
        out += _against_programme("outcome-list credentials", list(case.outcomes), target, positives, skipped)
    return out


@dataclass
class Scored:
    group: Group
    pair: str
    label: int
    raw: dict[str, float]  # raw score of each layer (embedding: cosine)
    candidate: str = ""
    # the rule that holds the pair below its score's status in the application ("manner", "name", "language"; "" for
    # none)
    held: str = ""


def score_groups(groups: list[Group], engine: Engine) -> list[Scored]:
    """Raw layer scores of every labelled pair (the engine must carry the identity calibration)."""
    out = []
    for g in groups:
        for j, label in enumerate(g.labels):
            if label is None:
                continue
            # Each pair alone, as the matching scores a credential's outcomes (``Engine.pair_matrices``).
            p, m = engine.matrices([g.query], [g.candidates[j]])
            code = int(pair_codes(np.array([a.lang for a in p.queries]), p.candidates.langs)[0][0])
            raw = {"lexical": float(m.lexical[0, 0]), "glossary": float(m.glossary[0, 0])}
            if m.embedding is not None:
                raw["embedding"] = float(m.embedding[0, 0])
            out.append(Scored(g, PAIRS[code], label, raw, g.candidates[j], _held(engine, g.query, g.candidates[j])))
    return out


def _held(engine: Engine, query: str, candidate: str) -> str:
    """The rule of the application's decision (``app.matching.coverage._best_shown``) that would hold the pair below
    its score's status: "language" where the texts name different languages, "name" where the candidate is a name
    alone (a tag) beside a query that says what is done with it, "manner" where they share only how something is
    done; "" for none."""
    wanted = languages_named(query)
    if wanted:
        named = languages_named(candidate)
        if named and not named & wanted:
            return "language"
    if a_name_alone(candidate, query):
        return "name"
    return "manner" if engine.explain(query, candidate).manner_only else ""


def _best_layer(s: Scored, calibration: Calibration, embedding: bool) -> tuple[float, str]:
    """The best calibrated layer's score and name (the first of equal ones, as the engine takes it)."""
    best, which = 0.0, ""
    for layer in LAYERS:
        value = s.raw.get(layer)
        if value is None or (layer == "embedding" and not embedding):
            continue
        curve = calibration.curve(layer, s.pair)
        cal = float(curve(np.array([value], dtype=np.float32))[0]) if curve is not None else value
        if cal > best or not which:
            best, which = cal, layer
    return best, which


def final_score(s: Scored, calibration: Calibration, embedding: bool) -> float:
    """The engine's score of the pair: the best calibrated layer."""
    return _best_layer(s, calibration, embedding)[0]


def decided_score(s: Scored, calibration: Calibration, embedding: bool) -> float:
    """The pair's score as its decision reads it: the best calibrated layer, held at "partly" where the word layers
    call covered a pair that shares only how something is done or any layer does where the candidate is a name alone,
    and at "not" where the texts name different languages, as the application decides (the calibration is fitted on
    the layers' own scores)."""
    score, layer = _best_layer(s, calibration, embedding)
    if s.held == "language":
        return 0.0
    if s.held == "manner" and layer != "embedding" and score >= COVERED_AT:
        return PARTLY_AT
    if s.held == "name" and score >= COVERED_AT:  # (a tag beside an outcome that says what is done with it)
        return PARTLY_AT
    return score


def _joint_points(neg: np.ndarray, target: float) -> np.ndarray:
    """Per-layer raw points (columns of ``neg``), all at one quantile level of their own layer's negatives, the
    lowest level at which at most ``target`` of the negatives reach the point in any layer."""
    levels = np.concatenate([np.linspace(0.80, 0.99, 96), np.linspace(0.9901, 1.0, 100)])
    points = neg.max(axis=0)
    for level in levels:
        cand = np.quantile(neg, level, axis=0)
        cand = np.maximum(cand, 0.05)  # a layer that is 0 for most negatives must not call 0.01 covered
        rate = float(np.mean((neg >= cand[None, :]).any(axis=1)))
        if rate <= target:
            points = cand
            break
    return points


# The raw points at which each layer said "partly" / "covered" before calibration (lexical and glossary: the
# threshold itself; embedding: cosines 0.80..0.95 mapped linearly to 0..1). Calibration may only raise them, so
# a layer never calls covered what it did not call covered before.
UNCALIBRATED = {"lexical": (PARTLY_AT, COVERED_AT), "glossary": (PARTLY_AT, COVERED_AT), "embedding": (0.85625, 0.875)}


def fit(scored: list[Scored], model: str) -> Calibration:
    """Per language pair, points at which the best of the layers reaches "covered" for at most
    COVERED_FALSE_RATE of the development negatives (and "partly" for PARTLY_FALSE_RATE), never below the
    points the layers used before calibration."""
    curves: dict[tuple[str, str], Curve] = {}
    for pair in PAIRS:
        rows = [s for s in scored if s.pair == pair and s.label == 0]
        layers = [layer for layer in LAYERS if rows and all(layer in s.raw for s in rows)]
        if len(rows) < 50:
            continue
        neg = np.array([[s.raw[layer] for layer in layers] for s in rows], dtype=np.float64)
        covered = _joint_points(neg, COVERED_FALSE_RATE)
        partly = _joint_points(neg, PARTLY_FALSE_RATE)
        for k, layer in enumerate(layers):
            old_partly, old_covered = UNCALIBRATED[layer]
            c = max(float(covered[k]), old_covered)
            curves[(layer, pair)] = Curve.through(min(max(float(partly[k]), old_partly), c - 1e-3), c)
    return Calibration(curves, model)


# Parallel texts in four languages (GCompris learning goals: English with the Ukrainian, Russian and Polish
# translations of KDE's teams), for the curves of a third language.
GCOMPRIS_FOUR = ROOT / "bench" / "data" / "gcompris_goals_ru_pl.tsv"
GCOMPRIS_COLUMNS = ("en", "uk", "ru", "pl")
THIRD_LANGUAGE_PAIRS = (("ru", "uk"), ("ru", "en"), ("pl", "uk"), ("pl", "en"))
GCOMPRIS_NEGATIVES = 4


# The same goals with their German, Spanish, French, Italian and Czech translations (languages of Latin letters).
GCOMPRIS_LATIN = ROOT / "bench" / "data" / "gcompris_goals_latin.tsv"
GCOMPRIS_LATIN_COLUMNS = ("en", "uk", "de", "es", "fr", "it", "cs")


def gcompris_texts(
    split: str, path: Path = GCOMPRIS_FOUR, columns: tuple[str, ...] = GCOMPRIS_COLUMNS
) -> dict[str, list[str]]:
    """The split's GCompris texts by language, row by row (row i of every language is one goal)."""
    texts: dict[str, list[str]] = {lang: [] for lang in columns}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _, _, part, *values = line.split("\t")
        if part == split:
            for lang, value in zip(columns, values, strict=True):
                texts[lang].append(value)
    return texts


def gcompris_groups(texts: dict[str, list[str]], a: str, b: str, split: str) -> list[Group]:
    """Each text of ``a`` against its translation in ``b`` and the texts of ``b`` closest to the translation by
    token_set_ratio (hard negatives: goals of sibling activities, often one word apart), and the same from ``b``."""
    groups = []
    for source, target in ((a, b), (b, a)):
        others = texts[target]
        for i, query in enumerate(texts[source]):
            near = sorted(
                ((fuzz.token_set_ratio(others[i], other), j) for j, other in enumerate(others) if j != i),
                key=lambda t: (-t[0], t[1]),
            )[:GCOMPRIS_NEGATIVES]
            candidates = [others[i]] + [others[j] for _, j in near]
            labels: list[int | None] = [1, *(0 for _ in near)]
            groups.append(Group(f"GCompris {a}-{b}", split, query, candidates, labels))
    return groups


# The same goals with their Slovak translations (a file of its own: fewer goals have them).
GCOMPRIS_SLOVAK = ROOT / "bench" / "data" / "gcompris_goals_sk.tsv"
GCOMPRIS_SLOVAK_COLUMNS = ("en", "uk", "sk")
SLOVAK_THIRD_LANGUAGE_PAIRS = (("sk", "uk"), ("sk", "en"))
# The same goals with their Croatian and Slovenian translations.
GCOMPRIS_SOUTH = ROOT / "bench" / "data" / "gcompris_goals_hr_sl.tsv"
GCOMPRIS_SOUTH_COLUMNS = ("en", "uk", "hr", "sl")
SOUTH_THIRD_LANGUAGE_PAIRS = (("hr", "uk"), ("hr", "en"), ("sl", "uk"), ("sl", "en"))
# The pairs of the Latin-letter file whose curves are fitted.
LATIN_THIRD_LANGUAGE_PAIRS = tuple((lang, partner) for lang in GCOMPRIS_LATIN_COLUMNS[2:] for partner in ("uk", "en"))


def _fit_points(neg: list[Scored], covered_rate: float, partly_rate: float) -> dict[str, Curve]:
    """Curves of each layer at which ``covered_rate`` (``partly_rate``) of the negatives ``neg`` reach "covered"
    ("partly"), never below the points the layers used before calibration."""
    layers = [layer for layer in LAYERS if neg and all(layer in s.raw for s in neg)]
    values = np.array([[s.raw[layer] for layer in layers] for s in neg], dtype=np.float64)
    covered = _joint_points(values, covered_rate)
    partly = _joint_points(values, partly_rate)
    curves: dict[str, Curve] = {}
    for k, layer in enumerate(layers):
        old_partly, old_covered = UNCALIBRATED[layer]
        c = max(float(covered[k]), old_covered)
        curves[layer] = Curve.through(min(max(float(partly[k]), old_partly), c - 1e-3), c)
    return curves


def fit_other(calibration: Calibration, raw_engine: Engine, embedding: bool) -> Calibration:
    """``calibration`` with curves for third languages, fitted on the GCompris development split: for each pair of
    a third language and Ukrainian or English (``de-uk``, ``ru-en`` …), per layer, the raw points at which as many of
    the pair's hard negatives reach "covered" (and "partly") as the Ukrainian–English pairs' negatives of the same
    goals reach with the ``cross`` curves; ``other`` the same over all those pairs together (for languages without
    curves of their own); never below the points the layers used before calibration."""
    sources = (
        (gcompris_texts("dev"), THIRD_LANGUAGE_PAIRS),
        (gcompris_texts("dev", GCOMPRIS_LATIN, GCOMPRIS_LATIN_COLUMNS), LATIN_THIRD_LANGUAGE_PAIRS),
        (gcompris_texts("dev", GCOMPRIS_SLOVAK, GCOMPRIS_SLOVAK_COLUMNS), SLOVAK_THIRD_LANGUAGE_PAIRS),
        (gcompris_texts("dev", GCOMPRIS_SOUTH, GCOMPRIS_SOUTH_COLUMNS), SOUTH_THIRD_LANGUAGE_PAIRS),
    )
    third_language = {"other", *LANGUAGE_PAIRS}
    curves = {key: curve for key, curve in calibration.curves.items() if key[1] not in third_language}
    pooled: list[Scored] = []
    pooled_reference: list[float] = []
    for texts, pairs in sources:
        reference = [s for s in score_groups(gcompris_groups(texts, "uk", "en", "dev"), raw_engine)
                     if s.pair == "cross" and s.label == 0]
        finals = np.array([final_score(s, calibration, embedding) for s in reference])
        pooled_reference += finals.tolist()
        covered_rate = float(np.mean(finals >= COVERED_AT))
        partly_rate = float(np.mean(finals >= PARTLY_AT))
        for a, b in pairs:
            name = f"{a}-{b}"
            neg = [s for s in score_groups(gcompris_groups(texts, a, b, "dev"), raw_engine)
                   if s.pair == name and s.label == 0]
            if not (b == "uk" and a in SLAVIC_LANGUAGES):  # those without curves of their own take uk-uk's
                pooled += neg
            for layer, curve in _fit_points(neg, covered_rate, partly_rate).items():
                curves[(layer, name)] = curve
            print(f"{name}: {len(neg)} negatives; the Ukrainian-English reference of the same goals: "
                  f"{covered_rate:.3f} reach covered, {partly_rate:.3f} partly")
    reference_finals = np.array(pooled_reference)
    for layer, curve in _fit_points(pooled, float(np.mean(reference_finals >= COVERED_AT)),
                                    float(np.mean(reference_finals >= PARTLY_AT))).items():
        curves[(layer, "other")] = curve
    print(f"other (all third-language pairs): {len(pooled)} negatives")
    return Calibration(curves, calibration.model)


def decision_table(scored: list[Scored], calibration: Calibration, embedding: bool, title: str) -> list[str]:
    lines = [
        title,
        "",
        "| language pair | positives | negatives | covered: precision | covered: recall | not covered: precision "
        "| not covered: recall | false 'covered' | false 'partly' or better |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for pair in PAIRS:
        rows = [(s, decided_score(s, calibration, embedding)) for s in scored if s.pair == pair]
        if not rows:
            continue
        pos = [f for s, f in rows if s.label == 1]
        neg = [f for s, f in rows if s.label == 0]
        tp = sum(1 for f in pos if f >= COVERED_AT)
        fp = sum(1 for f in neg if f >= COVERED_AT)
        tn = len(neg) - fp
        fn = len(pos) - tp
        fpp = sum(1 for f in neg if f >= PARTLY_AT)

        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "—"

        lines.append(
            f"| {pair} | {len(pos)} | {len(neg)} | {ratio(tp, tp + fp)} | {ratio(tp, len(pos))} | "
            f"{ratio(tn, tn + fn)} | {ratio(tn, len(neg))} | {fp} | {fpp} |"
        )
    return lines


def _show_and_write(calibration: Calibration, write: bool) -> None:
    for (layer, pair), curve in sorted(calibration.curves.items()):
        print(f"{layer:9} {pair:6} partly at raw {curve.xs[1]:.3f}, covered at raw {curve.xs[2]:.3f}")
    if write:
        path = calibration_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        # The nearest component's curves are fitted apart (bench.fit_nearest): kept as they are.
        nearest = {key: curve for key, curve in default_calibration().curves.items() if key[0] == NEAREST_LAYER}
        calibration = Calibration({**calibration.curves, **nearest}, calibration.model)
        path.write_text(json.dumps(calibration.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--esco-skills", type=int, default=800)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--write", action="store_true", help="write resources/matching/calibration.json")
    parser.add_argument("--no-results", action="store_true", help="do not touch bench/RESULTS.md")
    parser.add_argument("--show-errors", action="store_true", help="print held-out pairs decided wrongly")
    parser.add_argument("--third-language-only", action="store_true",
                        help="fit only the curves of a third language (GCompris), keeping the stored ones")
    args = parser.parse_args()

    embedder = semantic.default_embedder()
    raw_engine = Engine(EngineConfig(embedding=embedder is not None), calibration=Calibration())
    if args.third_language_only:
        # Only the curves of a third language, beside the stored ones (which stay exactly as they are).
        calibration = fit_other(default_calibration(), raw_engine, embedder is not None)
        _show_and_write(calibration, args.write)
        return
    groups = (esco_groups(args.esco_skills, args.seed) + uk_en_groups(embedder) + uk_uk_groups(embedder)
              + programme_groups())
    dev = [g for g in groups if g.split == "dev"]
    test = [g for g in groups if g.split == "test"] + demo_credential_groups() + probe_groups()
    dev_scored = score_groups(dev, raw_engine)
    calibration = fit(dev_scored, embedder.name if embedder is not None else "")
    calibration = fit_other(calibration, raw_engine, embedder is not None)
    _show_and_write(calibration, args.write)

    test_scored = score_groups(test, raw_engine)
    before = Calibration({("embedding", p): Curve((0.0, 0.80, 0.95, 1.0), (0.0, 0.0, 1.0, 1.0)) for p in PAIRS})
    sections: list[str] = []
    for name, cal in (("before calibration", before), ("calibrated", calibration)):
        for emb in [False, True] if embedder is not None else [False]:
            layers = "lexical + glossary + embedding" if emb else "lexical + glossary (RD_EMBEDDING=off)"
            table = decision_table(test_scored, cal, emb, f"**{layers}, {name}**")
            print("\n".join(table))
            sections.extend([*table, ""])
    if args.show_errors:
        for s in test_scored:
            f = final_score(s, calibration, True)
            if (s.label == 0 and f >= COVERED_AT) or (s.label == 1 and f < COVERED_AT):
                raw = {k: round(v, 3) for k, v in s.raw.items()}
                print(f"{s.pair} label {s.label} score {f:.2f} {raw} | {s.group.query} | {s.candidate}")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for g in groups + demo_credential_groups() + probe_groups():
        counts[(g.source, g.split)] += sum(1 for x in g.labels if x is not None)
    source_line = "; ".join(f"{src} {split} {n}" for (src, split), n in sorted(counts.items()))
    if not args.no_results:
        write_section(
            "calibration",
            "\n".join(
                [
                    "## Covered / not covered decisions (`python -m bench.calibrate_matching`)",
                    "",
                    "Held-out labelled pairs, scored as `match` scores them (a component outcome against a "
                    "credential's outcomes); 'covered' = score ≥ 0.5 (the default outcome threshold), "
                    "'partly' ≥ 0.375. Sources "
                    "(labelled pairs per split): " + source_line + ". Positives: an ESCO alternative label and its "
                    "skill; a Ukrainian outcome and its English translation (and back); a demo credential's outcome, "
                    "or an outcome of a credential of `bench/data/proposal_probes.tsv` (written for the benchmark), "
                    "and the outcome of the component it was meant for. Negatives: sibling ESCO skills of the same "
                    "hierarchy group sharing most words; the four closest other translations; the four closest "
                    "other Ukrainian outcomes of `outcomes_uk_en.tsv`; outcomes of the other components of the demo "
                    "programme; those credentials' outcomes against the other components (and the outcome-list "
                    "courses meant for no component against every one). The calibration was fitted on the "
                    "development half's negatives only (details in `docs/matching.md`).",
                    "",
                    *sections,
                ]
            ),
        )


if __name__ == "__main__":
    main()
