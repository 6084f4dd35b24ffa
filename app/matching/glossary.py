"""Bilingual domain glossary: maps English and Ukrainian lemma sequences to shared concept ids.

This is the cross-lingual layer that always works offline: 'аналізувати дані' and 'analyse data' both become
the concepts ``analyse`` and ``data``. Words the glossary does not know stay as plain lemmas, so Latin names
inside Ukrainian text (Python, SQL) still meet their English twins.

Beside the hand-written glossary, a generated English–Ukrainian dictionary (``dictionary_en_uk.tsv``, built from
the Open Multilingual Wordnet's Wiktionary data by ``scripts/build_dictionary_en_uk.py``) translates Ukrainian
words the glossary does not know into the English word that heads their WordNet synset ('множення' →
'multiplication'). That head word becomes a concept of its own (``=multiplication``), in English text too, so that
the pair counts in the glossary layer as a hand-written pair does; a head that is a hand-written term lands on the
hand-written concept. The dictionary is a fallback only: hand-written terms are matched first over the whole text
and a dictionary term never replaces or splits one.

A second generated file (``dictionary_other_en.tsv``, ``scripts/build_dictionary_other_en.py``) links words of
fourteen more languages written in Latin letters (German, Spanish, French …) to the English head words Ukrainian
reaches. A text in one of them, compared with a text in another language, reads its words through that language's
links: "árboles" is lemmatised in Spanish to "árbol" and stands for "tree", "algoritmos" for the hand-written
concept ``algorithm``; a language's links and its lemmatiser are read when a text in it first needs them.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.matching import glossary_cache
from app.matching.data_file import read_or_log
from app.matching.text import analyse, analyse_in, lemmatise_word
from app.paths import resource

CONCEPT_PREFIX = "c:"
# Concepts that say how something is done, not what: applying, using, a method or technique, a tool. Two outcomes
# that share nothing else ("Apply introductory programming techniques", "Застосовувати методи кластеризації даних")
# share no subject.
GENERIC_CONCEPTS = frozenset(CONCEPT_PREFIX + name for name in ("apply", "use", "method", "tool"))
LEMMA_PREFIX = "w:"
DICTIONARY_CONCEPT = "="  # the id of a concept made from a dictionary entry: "=" + its English head
DICTIONARY_FILE = "dictionary_en_uk.tsv"
OTHER_DICTIONARY_FILE = "dictionary_other_en.tsv"
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")

log = logging.getLogger(__name__)
# A language's lemma sequence -> the English lemma sequences it stands for
ForeignLinks = dict[tuple[str, ...], tuple[tuple[str, ...], ...]]


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
    # Ukrainian lemma sequence -> English lemma sequences it translates to (from the generated dictionary)
    translations: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    translation_max_len: int = 0
    # English head lemma sequence of a dictionary entry -> its concept id (``=`` + the head), so that a translated
    # Ukrainian word and the English word meet as a shared concept, as hand-written terms do
    heads: dict[tuple[str, ...], str] = field(default_factory=dict)
    heads_as_concepts: bool = True
    # Weight of a dictionary concept between languages, as a share of the weight of a plain word there. At 1 a
    # dictionary word weighs as the word did before the dictionary, so an English head word the Ukrainian text
    # does not share dilutes the score no more than before (at 2, the weight of a hand-written concept, true
    # cross-language pairs on the calibration set fell under "covered": 0.944 -> 0.926 recall with embeddings).
    dictionary_weight: float = 1.0
    # The dictionary, read on first use between languages (two texts in one language never need it)
    _pending_dictionary: Path | None = field(default=None, repr=False)
    _dictionary_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Other languages' links (dictionary_other_en.tsv): language -> its lemma sequence -> English lemma sequences,
    # each language's made when a text in it is first compared with another language's
    foreign: dict[str, ForeignLinks] = field(default_factory=dict)
    _pending_other: Path | None = field(default=None, repr=False)
    _other_entries: dict[str, list[tuple[str, str]]] | None = field(default=None, repr=False)
    _cache: dict[tuple[tuple[str, ...], bool, str], tuple[str, ...]] = field(default_factory=dict, repr=False)
    _starts: frozenset[str] = field(default_factory=frozenset, repr=False)
    _starts_of: tuple[int, int] = field(default=(0, -1), repr=False)  # the terms (id, size) _starts was made for

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

    def add_translation(self, uk_term: str, en_terms: tuple[str, ...]) -> bool:
        """Let the Ukrainian ``uk_term`` stand for the English ``en_terms`` where no hand-written term covers it.
        A term the glossary already has is left alone (False): the hand-written concept wins."""
        key = analyse(uk_term).content
        if not key or key in self.terms:
            return False
        english = tuple(dict.fromkeys(c for c in (analyse(t).content for t in en_terms) if c))
        if not english:
            return False
        known = self.translations.get(key, ())
        self.translations[key] = known + tuple(e for e in english if e not in known)
        self.translation_max_len = max(self.translation_max_len, len(key))
        for head, term in zip(english, en_terms, strict=False):
            if head in self.terms:
                continue  # the head is a hand-written term: the translation lands on that concept
            cid = DICTIONARY_CONCEPT + " ".join(head)
            self.heads[head] = cid
            found = self.concepts.get(cid)
            uk_terms = (*found.uk, uk_term) if found else (uk_term,)
            self.concepts[cid] = Concept(id=cid, en=(term,), uk=uk_terms)
            self.translation_max_len = max(self.translation_max_len, len(head))
        self._cache.clear()
        return True

    def clear_cache(self) -> None:
        self._cache.clear()

    def defer_dictionary(self, path: Path) -> None:
        """Read the dictionary at ``path`` when it is first needed (:meth:`load_dictionary`)."""
        self._pending_dictionary = path

    def load_dictionary(self) -> None:
        """Read the deferred dictionary now (at start-up in the background, or on the first comparison between
        languages). A missing or damaged file is one log line naming it; matching goes on with the hand-written
        glossary alone."""
        with self._dictionary_lock:
            path = self._pending_dictionary
            if path is None:
                return
            none: list[tuple[str, str]] = []
            entries = read_or_log(path, read_dictionary, none, "English-Ukrainian dictionary", log)
            for uk_term, head in entries:
                self.add_translation(uk_term, (head,))
            # Only now: another thread comparing languages waits on the lock above rather than use half of it.
            self._pending_dictionary = None

    def defer_other_languages(self, path: Path) -> None:
        """Read the other languages' links at ``path`` when a text in one of them first needs them."""
        self._pending_other = path

    def foreign_links(self, lang: str) -> ForeignLinks | None:
        """The links of ``lang``'s words to English (None when it has none): its terms lemmatised in that language,
        made on first use. A missing or damaged file is one log line naming it; such texts then read as before."""
        found = self.foreign.get(lang)
        if found is not None or (self._other_entries is None and self._pending_other is None):
            return found or None
        with self._dictionary_lock:
            if self._other_entries is None:
                self._other_entries = _read_other_file(self._pending_other) if self._pending_other else {}
            found = self.foreign.get(lang)
            if found is None:
                found = self.foreign[lang] = self._links_of(lang, self._other_entries.get(lang, []))
        return found or None

    def _links_of(self, lang: str, entries: list[tuple[str, str]]) -> ForeignLinks:
        links: ForeignLinks = {}
        for term, head in entries:
            key = foreign_key(analyse_in(term, lang).content, lang)
            english = analyse(head).content
            if not key or not english or key in self.terms:
                continue  # a word written as a hand-written term reads as that term
            known = links.get(key, ())
            if english not in known:
                links[key] = (*known, english)
        return links

    def add_foreign(self, lang: str, term: str, head: str) -> None:
        """Let ``term`` of ``lang`` stand for the English ``head`` (tests and tools; the bundled links are read by
        :meth:`foreign_links`)."""
        self.foreign.setdefault(lang, {}).update(self._links_of(lang, [(term, head)]))
        self._cache.clear()

    def features(
        self, content: tuple[str, ...], bilingual: bool = True, remember: bool = True, lang: str = ""
    ) -> tuple[str, ...]:
        """Concept features (``c:<id>``) for glossary terms found in ``content`` (longest match first) and
        lemma features (``w:<lemma>``) for the words not covered by any term. Order follows the text.
        With ``bilingual`` (for comparing texts in different languages), Ukrainian words that no term covers but
        the dictionary knows give the features of their English translation instead, and English words heading a
        dictionary entry become its concept; without it, only the hand-written terms count (two texts in one
        language need no dictionary to meet). Without ``remember`` the result is not kept for the next call (a long
        list indexed once). ``lang``: the text's language; with ``bilingual``, the words of a language that has links
        of its own (:meth:`foreign_links`) are read through them."""
        links = self.foreign_links(lang) if bilingual and lang and lang not in ("en", "uk") else None
        cache_key = (content, bilingual, lang if links else "")
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        if bilingual and self._pending_dictionary is not None:
            self.load_dictionary()
        out: list[str] = []
        i = 0
        n = len(content)
        uncovered_from = 0  # start of the current run of words no glossary term covers
        starts = self._term_starts()
        while i < n:
            if content[i] not in starts:  # most words begin no term: no window to look up
                i += 1
                continue
            for size in range(min(self.max_len, n - i), 0, -1):
                ids = self.terms.get(content[i : i + size])
                if ids:
                    out.extend(self._translated(content[uncovered_from:i], bilingual, links, lang))
                    out.extend(CONCEPT_PREFIX + cid for cid in ids)
                    i += size
                    uncovered_from = i
                    break
            else:
                i += 1
        out.extend(self._translated(content[uncovered_from:n], bilingual, links, lang))
        result = tuple(out)
        if remember:
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[cache_key] = result
        return result

    def _term_starts(self) -> frozenset[str]:
        """The first words of the hand-written terms (made again when terms were added)."""
        made_for = (id(self.terms), len(self.terms))
        if self._starts_of != made_for:
            self._starts = frozenset(key[0] for key in self.terms)
            self._starts_of = made_for
        return self._starts

    def _translated(
        self,
        run: tuple[str, ...],
        bilingual: bool = True,
        links: ForeignLinks | None = None,
        lang: str = "",
    ) -> list[str]:
        """Features of words that no glossary term covers: dictionary translations (longest first), else lemmas.
        With ``links`` (a language's own, :meth:`foreign_links`) the words are read through them, lemmatised in
        ``lang``, before the English-Ukrainian dictionary's heads."""
        if not bilingual or not (self.translation_max_len or links):
            return [LEMMA_PREFIX + word for word in run]
        translations = self.translations
        longest = self.translation_max_len
        lemmas = run
        if links:
            translations = links  # a Latin-letter text never holds the Ukrainian dictionary's words
            lemmas = foreign_key(run, lang)
            longest = max(longest, max(map(len, links)))
        out: list[str] = []
        i = 0
        n = len(run)
        while i < n:
            for size in range(min(longest, n - i), 0, -1):
                # a language's own links first; else an English head word, else a Ukrainian dictionary word
                english = translations.get(lemmas[i : i + size]) if links else None
                if not english:
                    head = self.heads.get(run[i : i + size]) if self.heads_as_concepts else None
                    if head is not None:
                        out.append(CONCEPT_PREFIX + head)
                        i += size
                        break
                    english = None if links else translations.get(run[i : i + size])
                if english:
                    seen: dict[str, None] = {}
                    for en in english:
                        seen.update(dict.fromkeys(self.features(en)))
                    out.extend(seen)
                    i += size
                    break
            else:
                out.append(LEMMA_PREFIX + run[i])
                i += 1
        return out

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


def _tsv_rows(text: str, source: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of each data line of the glossary's TSV formats: blank lines, ``#`` comments and the
    ``concept`` header are skipped; a line with another number of columns raises ValueError naming ``source``."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("concept\t"):
            continue
        cols = raw.split("\t")
        if len(cols) != columns:
            raise ValueError(f"{source}, line {number}: expected {columns} tab-separated columns, found {len(cols)}")
        yield number, cols


def parse_glossary(text: str, source: str = "glossary", keep: bool = False) -> Glossary:
    """Parse the TSV format: ``concept<TAB>en terms<TAB>uk terms`` with terms separated by ``|``. With ``keep``
    the analysed terms are read from (or written to) the user cache (:mod:`app.matching.glossary_cache`)."""
    key = glossary_cache.cache_key(text) if keep else None
    kept = glossary_cache.read(key) if key else None
    glossary = Glossary()
    for number, cols in _tsv_rows(text, source, 3):
        cid, en, uk = (c.strip() for c in cols)
        if not cid:
            raise ValueError(f"{source}, line {number}: empty concept id")
        concept = Concept(
            id=cid,
            en=tuple(t.strip() for t in en.split("|") if t.strip()),
            uk=tuple(t.strip() for t in uk.split("|") if t.strip()),
        )
        if kept is None:
            glossary.add(concept)
        else:
            glossary.concepts[cid] = concept
    if kept is not None:
        glossary.terms, glossary.max_len = kept
    elif key is not None:
        glossary_cache.write(key, glossary.terms, glossary.max_len)
    return glossary


def read_dictionary(text: str, source: str = DICTIONARY_FILE) -> list[tuple[str, str]]:
    """The generated dictionary's links, checked whole before any is used: (Ukrainian term, English head) for every
    Ukrainian term of a line, the head being the line's first English term (the head of its WordNet synset).
    Format: ``concept<TAB>English terms<TAB>Ukrainian terms<TAB>category``. A bad line raises ValueError naming
    ``source`` and the line."""
    entries: list[tuple[str, str]] = []
    for number, cols in _tsv_rows(text, source, 4):
        en = [t.strip() for t in cols[1].split("|") if t.strip()]
        uk = [t.strip() for t in cols[2].split("|") if t.strip()]
        if not cols[0].strip() or not en or not uk:
            raise ValueError(f"{source}, line {number}: a concept id, an English and a Ukrainian term are needed")
        entries += [(term, en[0]) for term in uk]
    return entries


def read_other_dictionary(text: str, source: str = OTHER_DICTIONARY_FILE) -> dict[str, list[tuple[str, str]]]:
    """The other languages' links, checked whole before any is used: language -> (term, English head) for every term
    of a line, the head being the line's first English term. Format: ``concept<TAB>English terms<TAB>language<TAB>
    terms<TAB>category``. A bad line raises ValueError naming ``source`` and the line."""
    entries: dict[str, list[tuple[str, str]]] = {}
    for number, cols in _tsv_rows(text, source, 5):
        en = [t.strip() for t in cols[1].split("|") if t.strip()]
        lang = cols[2].strip()
        terms = [t.strip() for t in cols[3].split("|") if t.strip()]
        if not cols[0].strip() or not en or not terms or not _LANGUAGE_CODE.match(lang):
            raise ValueError(f"{source}, line {number}: a concept id, an English term, a language code and a term "
                             "are needed")
        entries.setdefault(lang, []).extend((term, en[0]) for term in terms)
    return entries


def _read_other_file(path: Path) -> dict[str, list[tuple[str, str]]]:
    return read_or_log(path, read_other_dictionary, {}, "Other languages' dictionary", log)


def foreign_key(words: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """Each word lemmatised in ``lang``: the text pipeline reads Latin-letter words with the English lemmatiser,
    which leaves a German or Spanish word as it is written ("árboles"), the language's own gives "árbol"."""
    return tuple(lemmatise_word(w, lang) for w in words)


def parse_dictionary(text: str, glossary: Glossary, source: str = DICTIONARY_FILE) -> int:
    """Add the generated dictionary's links to ``glossary`` (which already holds the hand-written concepts).
    Returns the number of terms added."""
    return sum(glossary.add_translation(term, (head,)) for term, head in read_dictionary(text, source))


def load_glossary(path: Path | None = None, dictionary: Path | None = None) -> Glossary:
    """The hand-written glossary at ``path``, then (if given) the generated dictionary at ``dictionary``."""
    path = path or resource("glossary", "glossary.tsv")
    glossary = parse_glossary(path.read_text(encoding="utf-8"), source=str(path), keep=True)
    if dictionary is not None:
        parse_dictionary(dictionary.read_text(encoding="utf-8"), glossary, source=str(dictionary))
    return glossary


def load_default_glossary(dictionary: Path | None = None) -> Glossary:
    """The bundled glossary with the bundled dictionary, read on its first use between languages. A missing or
    damaged dictionary file is reported in one log line and matching goes on with the hand-written glossary."""
    glossary = load_glossary()
    glossary.defer_dictionary(dictionary or resource("glossary", DICTIONARY_FILE))
    glossary.defer_other_languages(resource("glossary", OTHER_DICTIONARY_FILE))
    return glossary


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The bundled glossary and dictionary (loaded once)."""
    return load_default_glossary()
