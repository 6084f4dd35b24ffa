"""Bloom's taxonomy level of a learning outcome, from its verbs (English and Ukrainian lists in resources)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.matching.text import analyse_all, in_ukrainian_letters, lemmatise_word, normalise
from app.paths import resource
from app.translation import Translate, tr_noop

BLOOM_CONTEXT = "Bloom levels"  # translation context of the level names
LEVEL_NAMES = {1: tr_noop("Bloom levels", "remember"), 2: tr_noop("Bloom levels", "understand"),
               3: tr_noop("Bloom levels", "apply"), 4: tr_noop("Bloom levels", "analyse"),
               5: tr_noop("Bloom levels", "evaluate"), 6: tr_noop("Bloom levels", "create")}
UNKNOWN_LEVEL = tr_noop("Bloom levels", "unknown")


@dataclass(frozen=True, slots=True)
class BloomLevel:
    level: int | None  # 1..6, None when no signalling verb was found
    verb: str = ""  # the lemma that decided it

    @property
    def name(self) -> str:
        """The level's English name (a stable key in JSON output)."""
        return LEVEL_NAMES.get(self.level or 0, UNKNOWN_LEVEL)

    def label(self, tr: Translate) -> str:
        """The level's name in the language of ``tr``."""
        return tr(BLOOM_CONTEXT, self.name)


def parse_verb_list(text: str, lang: str) -> dict[str, int]:
    """``level<TAB>verb verb ...`` lines; the first (lowest) level given for a verb wins."""
    verbs: dict[str, int] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        level_text, _, words = line.partition("\t")
        level = int(level_text)
        if not 1 <= level <= 6:
            raise ValueError(f"Bloom level must be 1..6, found {level}")
        for word in normalise(words).split():
            verbs.setdefault(lemmatise_word(word, lang), level)
    return verbs


@cache
def verb_levels(lang: str) -> dict[str, int]:
    """Verb lemma → level for ``lang`` ('en' or 'uk'); other languages have no list."""
    if lang not in ("en", "uk"):
        return {}
    path = resource("glossary", f"bloom_{lang}.txt")
    return parse_verb_list(path.read_text(encoding="utf-8"), lang)


def bloom_level(text: str) -> BloomLevel:
    """Level of the first signalling verb of the outcome (its main verb in the usual outcome style)."""
    analysed = analyse_all([text])[0]  # a text in a stated language (text.Stated) is read in it
    # Words read in Ukrainian letters (Cyrillic languages, and Polish: app.matching.slavic) meet the Ukrainian list.
    table = verb_levels("uk" if in_ukrainian_letters(analysed.lang) else "en")
    latin = verb_levels("en")
    for lemma in analysed.lemmas:
        level = table.get(lemma) or latin.get(lemma)
        if level:
            return BloomLevel(level, lemma)
    return BloomLevel(None)


def highest_level(texts: list[str]) -> BloomLevel:
    """The highest level among several outcomes: the level a component demands."""
    best = BloomLevel(None)
    for text in texts:
        level = bloom_level(text)
        if level.level is not None and (best.level is None or level.level > best.level):
            best = level
    return best
