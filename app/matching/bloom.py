"""Bloom's taxonomy level of a learning outcome, from its verbs (English and Ukrainian lists in resources)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.matching.text import analyse, lemmatise_word, normalise
from app.paths import resource

LEVEL_NAMES_EN = {1: "remember", 2: "understand", 3: "apply", 4: "analyse", 5: "evaluate", 6: "create"}
LEVEL_NAMES_UK = {
    1: "запам'ятовування",
    2: "розуміння",
    3: "застосування",
    4: "аналіз",
    5: "оцінювання",
    6: "створення",
}


@dataclass(frozen=True, slots=True)
class BloomLevel:
    level: int | None  # 1..6, None when no signalling verb was found
    verb: str = ""  # the lemma that decided it

    @property
    def name(self) -> str:
        return LEVEL_NAMES_EN.get(self.level or 0, "unknown")

    @property
    def name_uk(self) -> str:
        return LEVEL_NAMES_UK.get(self.level or 0, "невідомо")


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
    analysed = analyse(text)
    table = verb_levels("uk" if analysed.lang in ("uk", "ru", "bg") else "en")
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
