"""Bilingual domain glossary: maps English and Ukrainian lemma sequences to shared concept ids.

This is the cross-lingual layer that always works offline: 'аналізувати дані' and 'analyse data' both become
the concepts ``analyse`` and ``data``. Words the glossary does not know stay as plain lemmas, so Latin names
inside Ukrainian text (Python, SQL) still meet their English twins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.matching.text import analyse
from app.paths import resource

CONCEPT_PREFIX = "c:"
LEMMA_PREFIX = "w:"


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    en: tuple[str, ...]
    uk: tuple[str, ...]

    def label(self, lang: str = "en") -> str:
        terms = self.uk if lang == "uk" else self.en
        return terms[0] if terms else self.id


@dataclass
class Glossary:
    concepts: dict[str, Concept] = field(default_factory=dict)
    # lemma sequence -> concept ids
    terms: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    max_len: int = 1
    _cache: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict, repr=False)

    def add(self, concept: Concept) -> None:
        self.concepts[concept.id] = concept
        self._cache.clear()
        for term in (*concept.en, *concept.uk):
            key = analyse(term).content
            if not key:
                continue
            known = self.terms.get(key, ())
            if concept.id not in known:
                self.terms[key] = (*known, concept.id)
            self.max_len = max(self.max_len, len(key))

    def clear_cache(self) -> None:
        self._cache.clear()

    def features(self, content: tuple[str, ...]) -> tuple[str, ...]:
        """Concept features (``c:<id>``) for glossary terms found in ``content`` (longest match first) and
        lemma features (``w:<lemma>``) for the words not covered by any term. Order follows the text."""
        cached = self._cache.get(content)
        if cached is not None:
            return cached
        out: list[str] = []
        i = 0
        n = len(content)
        while i < n:
            for size in range(min(self.max_len, n - i), 0, -1):
                ids = self.terms.get(content[i : i + size])
                if ids:
                    out.extend(CONCEPT_PREFIX + cid for cid in ids)
                    i += size
                    break
            else:
                out.append(LEMMA_PREFIX + content[i])
                i += 1
        result = tuple(out)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[content] = result
        return result

    def describe(self, feature: str, lang: str = "en") -> str:
        """Human-readable form of one feature: the concept's first term in ``lang``, or the lemma itself."""
        if feature.startswith(CONCEPT_PREFIX):
            concept = self.concepts.get(feature[len(CONCEPT_PREFIX) :])
            if concept is not None:
                if lang == "both":
                    en, uk = concept.label("en"), concept.label("uk")
                    return en if en.casefold() == uk.casefold() else f"{en} / {uk}"
                return concept.label(lang)
        return feature.split(":", 1)[-1]


def parse_glossary(text: str, source: str = "glossary") -> Glossary:
    """Parse the TSV format: ``concept<TAB>en terms<TAB>uk terms`` with terms separated by ``|``."""
    glossary = Glossary()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("concept\t"):
            continue
        cols = raw.split("\t")
        if len(cols) != 3:
            raise ValueError(f"{source}, line {number}: expected 3 tab-separated columns, found {len(cols)}")
        cid, en, uk = (c.strip() for c in cols)
        if not cid:
            raise ValueError(f"{source}, line {number}: empty concept id")
        glossary.add(
            Concept(
                id=cid,
                en=tuple(t.strip() for t in en.split("|") if t.strip()),
                uk=tuple(t.strip() for t in uk.split("|") if t.strip()),
            )
        )
    return glossary


def load_glossary(path: Path | None = None) -> Glossary:
    path = path or resource("glossary", "glossary.tsv")
    return parse_glossary(path.read_text(encoding="utf-8"), source=str(path))


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The bundled glossary (loaded once)."""
    return load_glossary()
