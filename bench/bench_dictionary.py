"""The English–Ukrainian dictionary in the word layers: ranking on real parallel texts, before and after.

Evaluation set: ``bench/data/gcompris_goals_uk_en.tsv`` (GCompris 3.1 activity goals, prerequisites and
descriptions with their Ukrainian translations by KDE's Ukrainian team; built by ``bench.make_gcompris_set``), its
``test`` split (the ``dev`` split was looked at while choosing how the dictionary is used; it is reported apart).
Each text must find its translation among all texts of the other language in the same split. Also shown: the
hand-written ``bench/data/outcomes_uk_en.tsv`` (same author as the glossary, so optimistic), and the ESCO en-en
ranking task of ``bench.bench_matching`` (same sample and seed), which must not drop, and covered / not-covered
decisions with the stored calibration. Rankings use the word layers only (the engine with embedding=False, as
RD_EMBEDDING=off); glossary = hand-written glossary alone, + dictionary = with
``resources/glossary/dictionary_en_uk.tsv``; the third row is the design not chosen (Ukrainian words translated to
plain English lemmas), for comparison.

    RD_BENCH_DATA=/path/to/bench-data python -m bench.bench_dictionary [--no-write] [--esco-n 2000] [--embedding]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


from app.matching import semantic  # noqa: E402
from app.matching.calibration import Calibration, default_calibration  # noqa: E402
from app.matching.engine import Engine, EngineConfig  # noqa: E402
from app.matching.glossary import DICTIONARY_FILE, Glossary, load_glossary  # noqa: E402
from app.matching.text import analyse  # noqa: E402
from app.paths import resource  # noqa: E402
from bench.bench_matching import (  # noqa: E402
    baseline_top,
    clear_caches,
    engine_top,
    eval_sample,
    find_esco,
    load_esco,
    load_uk_en,
    topk_metrics,
)
from bench.calibrate_matching import (  # noqa: E402
    decision_table,
    demo_credential_groups,
    esco_groups,
    gcompris_groups,
    gcompris_texts,
    probe_groups,
    programme_groups,
    score_groups,
    uk_en_groups,
    uk_uk_groups,
)
from bench.results import write_section  # noqa: E402

GCOMPRIS = ROOT / "bench" / "data" / "gcompris_goals_uk_en.tsv"


def load_gcompris(split: str) -> list[tuple[str, str]]:
    pairs = []
    for line in GCOMPRIS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _, _, part, en, uk = line.split("\t")
        if part == split:
            pairs.append((uk, en))
    return pairs


def glossaries() -> tuple[tuple[str, Glossary, float], ...]:
    """Both glossaries, each timed from empty analyser caches (the lemmatiser's own data is loaded first, as the
    application has it loaded by then)."""
    load_glossary()
    out = []
    for name, dictionary in (("glossary", None), ("glossary + dictionary", resource("glossary", DICTIONARY_FILE))):
        clear_caches()
        start = time.perf_counter()
        glossary = load_glossary(dictionary=dictionary)
        out.append((name, glossary, time.perf_counter() - start))
    # The design not chosen (on the dev split): Ukrainian words translated to plain English lemmas, English text
    # untouched. Shown for comparison.
    lemma_only = load_glossary(dictionary=resource("glossary", DICTIONARY_FILE))
    lemma_only.heads_as_concepts = False
    out.append(("glossary + dictionary as plain lemma translations (not used)", lemma_only, 0.0))
    # Dictionary concepts weighing as much as hand-written ones between languages: better rankings on both splits,
    # but two true cross-language pairs of the calibration set fell under "covered". Shown for comparison.
    heavy = load_glossary(dictionary=resource("glossary", DICTIONARY_FILE))
    heavy.dictionary_weight = 2.0
    out.append(("glossary + dictionary, its concepts at a hand-written concept's weight (not used)", heavy, 0.0))
    return tuple(out)


def rank(glossary: Glossary, queries: Sequence[str], candidates: Sequence[str]) -> tuple[float, float]:
    engine = Engine(EngineConfig(embedding=False), glossary=glossary)
    rows = engine.rank_detailed(queries, candidates, top_k=5)
    return topk_metrics([[s.index for s in row] for row in rows], list(range(len(queries))))


def table(
    title: str,
    pairs: list[tuple[str, str]],
    loaded: tuple[tuple[str, Glossary, float], ...],
    distractors: Sequence[str] = (),
) -> list[str]:
    uk = [p[0] for p in pairs]
    en = [p[1] for p in pairs]
    lines = [title, "", "| direction | method | top-1 | recall@5 |", "|---|---|---|---|"]
    for direction, queries, cands in (("uk → en", uk, [*en, *distractors]), ("en → uk", en, uk)):
        b1, b5 = topk_metrics(baseline_top(queries, cands), list(range(len(queries))))
        lines.append(f"| {direction} | baseline: raw `cdist` token_set_ratio | {b1:.3f} | {b5:.3f} |")
        for name, glossary, _ in loaded:
            t1, t5 = rank(glossary, queries, cands)
            lines.append(f"| {direction} | word layers, {name} | {t1:.3f} | {t5:.3f} |")
    return lines + [""]


def esco_en_en(loaded: tuple[tuple[str, Glossary, float], ...], n: int, seed: int) -> list[str]:
    """The ESCO en-en ranking task of ``bench.bench_matching`` (same sample, same seed), word layers only, with
    each glossary."""
    esco = find_esco()
    if esco is None:
        return ["- ESCO data not found: the ESCO en-en check was skipped.", ""]
    labels, alts = load_esco(esco)
    sample = eval_sample(alts, n, seed)
    queries, gold = [a for a, _ in sample], [g for _, g in sample]
    lines = [
        f"### ESCO v1.1.1 en-en (the `bench.bench_matching` task: {len(queries):,} alternative labels, seed {seed}, "
        f"against all {len(labels):,} preferred labels)",
        "",
        "| method | top-1 | recall@5 |",
        "|---|---|---|",
    ]
    for name, glossary, _ in loaded:
        engine = Engine(EngineConfig(embedding=False), glossary=glossary)
        top, _ = engine_top(engine, queries, labels)
        t1, t5 = topk_metrics(top, gold)
        lines.append(f"| word layers, {name} | {t1:.3f} | {t5:.3f} |")
    return lines + [""]


def decisions(loaded: tuple[tuple[str, Glossary, float], ...], embedding: bool) -> list[str]:
    """Covered / not-covered decisions with the application's stored calibration, for each glossary: on the
    held-out labelled pairs of ``bench.calibrate_matching`` (built as that script builds them) and on the GCompris
    test split; word layers, and with ``embedding`` the default layers too."""
    embedder = semantic.default_embedder()
    groups = esco_groups(800, 15) if find_esco() is not None else []
    groups += uk_en_groups(embedder) + uk_uk_groups(embedder) + programme_groups()
    sets = (
        ("held-out pairs of `bench.calibrate_matching`", [g for g in groups if g.split == "test"]
         + demo_credential_groups() + probe_groups()),
        ("GCompris test split", gcompris_groups(gcompris_texts("test"), "uk", "en", "test")),
    )
    stored = default_calibration()
    lines = [
        "### Covered / not covered decisions, stored calibration",
        "",
        "The held-out labelled pairs of `bench.calibrate_matching` (ESCO sibling skills, `outcomes_uk_en.tsv`, the "
        "demo programme and credentials, the outcome-list credentials; the sources of the 'Covered / not covered "
        "decisions' section) and the "
        "GCompris test split as cross-lingual groups (a text, its translation and the four other texts of the split "
        "closest to the translation by token_set_ratio: often the goal of a sibling activity that differs in one "
        "word, e.g. addition / subtraction of small numbers), scored with the application's stored calibration "
        "(`resources/matching/calibration.json`, not refitted).",
        "",
    ]
    modes = [False, True] if embedding and embedder is not None else [False]
    for emb in modes:
        layers = "lexical + glossary + embedding" if emb else "word layers (RD_EMBEDDING=off)"
        for set_name, held_out in sets:
            for name, glossary, _ in (*loaded[:2], loaded[3]):
                engine = Engine(EngineConfig(embedding=emb), calibration=Calibration(), glossary=glossary)
                scored = score_groups(held_out, engine)
                lines += decision_table(scored, stored, emb, f"**{layers}: {set_name}, {name}**") + [""]
    return lines


def english_changed(loaded: tuple[tuple[str, Glossary, float], ...]) -> str:
    esco = find_esco()
    if esco is None:
        return "- ESCO data not found: the English-features count was skipped."
    labels, _ = load_esco(esco)
    plain, with_dictionary = loaded[0][1], loaded[1][1]
    differ = sum(
        plain.features(analyse(t).content) != with_dictionary.features(analyse(t).content) for t in labels
    )
    return (
        f"- English text: {differ:,} of {len(labels):,} ESCO preferred labels contain a word that heads a dictionary "
        "entry and so becomes a concept when the label is compared with a Ukrainian text. Two texts in one language "
        "are compared without the dictionary (the ESCO en-en table above is unchanged by it)."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-write", action="store_true", help="print only; do not touch bench/RESULTS.md")
    parser.add_argument("--esco-n", type=int, default=2000, help="ESCO alternative labels (0: skip the ESCO task)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--embedding", action="store_true", help="decisions with the embedding layer too (slow)")
    args = parser.parse_args()
    loaded = glossaries()
    test, dev = load_gcompris("test"), load_gcompris("dev")
    plain, full = loaded[:2]
    lines = [
        "## English–Ukrainian dictionary in the word layers (`python -m bench.bench_dictionary --embedding`)",
        "",
        "Dictionary: `resources/glossary/dictionary_en_uk.tsv` — Open Multilingual Wordnet's Ukrainian Wiktionary "
        "wordnet (Bond & Foster 2013; CC BY-SA 3.0) joined with Princeton WordNet 3.0 English lemmas, built by "
        f"`scripts/build_dictionary_en_uk.py`: {len(full[1].translations):,} Ukrainian terms not in the hand-written "
        "glossary, each translated to the English head word of its synset; a head word that is not a hand-written "
        f"term becomes a concept ({len(full[1].heads):,} such heads). Rankings: word layers only (as "
        "RD_EMBEDDING=off); the decisions below also with the embedding layer. Run with `RD_BENCH_DATA` pointing "
        "at the ESCO data.",
        "",
    ]
    lines += table(
        f"### GCompris 3.1 learning goals, test split ({len(test)} pairs; real human translations, KDE Ukrainian "
        "team; nothing of it used to build or tune)",
        test,
        loaded,
    )
    lines += table(f"### GCompris 3.1, dev split ({len(dev)} pairs; looked at while choosing the design)", dev, loaded)
    esco = find_esco()
    distractors = random.Random(1).sample(load_esco(esco)[0], 1000) if esco is not None else []
    lines += table(
        f"### `bench/data/outcomes_uk_en.tsv` ({len(load_uk_en())} pairs, same author as the glossary; uk → en "
        f"among the English texts plus {len(distractors):,} ESCO preferred labels as distractors, as in "
        "`bench.bench_matching`)",
        load_uk_en(),
        loaded,
        distractors,
    )
    if args.esco_n:
        lines += esco_en_en(loaded, args.esco_n, args.seed)
    lines += decisions(loaded, embedding=args.embedding)
    lines += [
        english_changed(loaded),
        f"- Loading the glossary (empty analyser caches): {plain[2] * 1000:.0f} ms hand-written alone, "
        f"{full[2] * 1000:.0f} ms with the dictionary (it loads in the background at start-up).",
    ]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        write_section("dictionary", body)


if __name__ == "__main__":
    main()
