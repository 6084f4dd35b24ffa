"""Text preparation for outcome matching: normalisation, language detection, tokens and lemmas.

Everything here is pure and deterministic. The same pipeline is applied to every text that is compared
(credential outcomes, component outcomes, glossary terms), so canonical forms only need to be consistent,
not linguistically perfect.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy

from app.domain.languages import CYRILLIC_LANGUAGES, LATIN_LANGUAGES
from app.domain.lookalikes import cyrillic_throughout
from app.matching import langid
from app.matching.lemma_cache import CompactDictionaryFactory
from app.matching.slavic import (
    croatian_in_ukrainian_letters,
    czech_in_ukrainian_letters,
    polish_spellings,
    russian_in_ukrainian_spellings,
    slovak_in_ukrainian_letters,
    slovenian_in_ukrainian_letters,
)
from app.paths import resource

# Every apostrophe-like mark seen in Ukrainian text; the lemmatiser's dictionary uses the ASCII one.
APOSTROPHES = "\u02bc\u2019\u2018\u0027\u0060\u00b4\u2032\u02b9\uff07\u02bb"
_APOSTROPHE_TABLE = str.maketrans({ch: "'" for ch in APOSTROPHES})
_DASHES_TABLE = str.maketrans({ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_APOSTROPHE_AND_DASHES_TABLE = {**_APOSTROPHE_TABLE, **_DASHES_TABLE}

_BULLETS = (
    "\u2022\u25cf\u25aa\u25e6\u00b7\u2023\u2043\u25a0\u25a1\u25ba\u2713\u2714\u2192\u27a2\u2756\u25c6\u25c7\u2219"
)
# Outcome codes used in Ukrainian and English syllabi: ПР01, ПРН 3, РН-2, ЗК1, ФК 12, LO1.2, PLO3 ...
_KNOWN_CODES = r"(?:ПРН|ПР|РН|ПРО|ЗК|ФК|СК|ПК|ЗН|УМ|КОМ|АВ|LO|PLO|CLO|ILO|PO|CO|K|U|C|SK|GC|PC)"
_LEADING_MARKERS = re.compile(
    r"^\s*(?:"
    r"[" + re.escape(_BULLETS) + r"\-*+>:]+"  # bullets, list dashes, a colon left after a code
    r"|\(?\d{1,3}(?:\.\d{1,3})*(?:[.)]|(?=\s))"  # 1.  1)  (1)  1.2.  but not "3D"
    r"|\(?[a-zа-яіїєґ][.)](?=\s)"  # a)  б)  в.
    r"|[IVX]{1,5}[.)]"  # roman numerals
    r"|" + _KNOWN_CODES + r"\s?[-.]?\s?\d{1,3}(?:\.\d{1,3})*[.:)]?(?=[\s-]|$)"  # ПР01, ПРН 3, LO1.2:
    r"|[A-ZА-ЯІЇЄҐ]{1,5}-?\d{1,3}(?:\.\d{1,3})*[.:)]?(?=\s)"  # other compact codes: ОК5, ABC-12
    r")\s*"
)
_WORD = re.compile(r"[^\W_]+(?:['][^\W_]+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Letters of Polish that no other language written in Latin letters uses together: a Latin text with one of them
# is Polish, not English (Polish certificates are common among Ukrainian students).
# Letters only Polish writes ("ć" is Croatian too: "Nauči brojati do 10 i prepoznaj mačke, psiće …").
_POLISH = re.compile("[ąęłńśźżĄĘŁŃŚŹŻ]")
# Letters beyond Latin-1 that Polish never writes: a text with "ą" or "ę" and one of these is Lithuanian ("ėįųū",
# "č", "š", "ž"), not Polish, and the model decides
_NOT_POLISH = re.compile("[\u0100-\u024f](?<![ąćęłńśźżĄĆĘŁŃŚŹŻ])")

_BOILERPLATE = [
    re.compile(p)
    for p in (
        r"\b(?:upon|after|on|by the end of|at the end of)\s+(?:the\s+)?(?:successful\s+)?(?:completion\s+of\s+)?"
        r"(?:this|the)\s+(?:course|module|programme|program|unit|training)\b",
        r"\b(?:students?|learners?|participants?|graduates?)\s+(?:will|should|shall|can|must)\s+(?:be\s+able\s+to\b)?",
        r"\bbe\s+able\s+to\b",
        r"\bздобувач\w*\s+вищо\w*\s+освіти\b",
        r"\bпісля\s+(?:успішного\s+)?(?:завершення|закінчення|проходження|вивчення)\s+"
        r"(?:курсу|модуля|дисципліни|програми|навчання)\b",
        r"\bза\s+результатами\s+(?:вивчення|навчання)\s+(?:курсу|модуля|дисципліни)?\b",
    )
]

# US spellings mapped to one canonical (British) form, applied to English lemmas.
_SPELLING = {
    "mold": "mould",
    "program": "programme",
    "center": "centre",
    "theater": "theatre",
    "meter": "metre",
    "catalog": "catalogue",
    "dialog": "dialogue",
    "analog": "analogue",
    "license": "licence",
    "defense": "defence",
    "practise": "practice",
    "modell": "model",
    "modelling": "model",
    "modeling": "model",
    "labell": "label",
    "labelling": "label",
    "labeling": "label",
    "travell": "travel",
    "basics": "basic",
    "color": "colour",
    "behavior": "behaviour",
    "labor": "labour",
    "favor": "favour",
    "honor": "honour",
    "neighbor": "neighbour",
    "humor": "humour",
    "vapor": "vapour",
    "tumor": "tumour",
    "fiber": "fibre",
    "gray": "grey",
    "aluminum": "aluminium",
    "esthetic": "aesthetic",
    "pediatric": "paediatric",
    "orthopedic": "orthopaedic",
    "enrol": "enroll",
    "fulfil": "fulfill",
}

_STOPWORD_LANGS = ("en", "uk", "pl", "cs", "sk", "hr", "sl")
# Languages whose words are written in Ukrainian letters and read as Ukrainian ones (app.matching.slavic): their
# common words then meet Ukrainian outcomes' words, as Russian ones, in Cyrillic already, do in part. Each gives a
# word's possible spellings, likeliest first; the first the Ukrainian dictionary knows is taken.
_WORDS_READ_AS: dict[str, Callable[[str], tuple[str, ...]]] = {
    "pl": polish_spellings,
    "cs": czech_in_ukrainian_letters,
    "sk": slovak_in_ukrainian_letters,
    "hr": croatian_in_ukrainian_letters,
    "sl": slovenian_in_ukrainian_letters,
}

# simplemma's default lemmatiser (not greedy), reading its dictionaries from the fast-loading copies. Without its
# own cache of results: lemmatise_word keeps them (a second cache of every word met held about 2 MB more for the
# 6,590 words of 13,412 ESCO labels).
_DICTIONARIES = CompactDictionaryFactory()
_LEMMATIZER = Lemmatizer(cache_max_size=0, lemmatization_strategy=DefaultStrategy(dictionary_factory=_DICTIONARIES))
_LOOKUP = DictionaryLookupStrategy(_DICTIONARIES)


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Stop words for ``lang`` (lemmas), read from the bundled glossary folder; empty for unknown languages."""
    if lang not in _STOPWORD_LANGS:
        return frozenset()
    path = resource("glossary", f"stopwords_{lang}.txt")
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(w.translate(_APOSTROPHE_TABLE).casefold() for w in line.split())
    return frozenset(words)


def normalise(text: str) -> str:
    """Canonical surface form of one outcome: Unicode NFKC, one apostrophe, list markers and codes removed,
    case folded, punctuation turned into single spaces.

    >>> normalise("ПР01. Аналізувати об’єкти, дані!")
    "аналізувати об'єкти дані"
    """
    if text.isascii():  # NFKC changes no ASCII text; of the marks mapped, only the backtick is ASCII
        text = text.replace("`", "'")
    else:
        text = cyrillic_throughout(unicodedata.normalize("NFKC", text).translate(_APOSTROPHE_AND_DASHES_TABLE))
    # Several markers may precede the text ("1. ПР01 - ..."); strip them one by one.
    for _ in range(4):
        stripped = _LEADING_MARKERS.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    text = text.casefold()
    words = _WORD.findall(text.replace("-", " "))
    if "'" not in text:
        return " ".join(words)
    return " ".join(w.strip("'") for w in words if w.strip("'"))


def detect_language(text: str) -> str:
    """The language of one text, as an ISO 639-1 code ('und' without letters).

    Letters decide where they can, at no cost: Latin letters without accents are English; Polish letters, Polish;
    Cyrillic with і, ї, є or ґ is Ukrainian, with ы, э or ё Russian. Otherwise (accented Latin letters, Cyrillic
    without those letters) the language identification model decides among the languages of that alphabet when it
    is at least fairly sure and the text has three words or more (:mod:`app.matching.langid`), else English and
    Ukrainian stand."""
    if text.isascii():  # most texts: no Cyrillic, and any letter is Latin
        return "en" if any(ch.isalpha() for ch in text) else "und"
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr == 0 and lat == 0:
        return "und"
    if lat > cyr:
        if _POLISH.search(text) and not _NOT_POLISH.search(text):
            return "pl"
        if not _ACCENTED.search(text):  # typographic quotes and dashes only: English
            return "en"
        # Letters beyond Latin-1 ("č", "ř", "ő", "ā"; English borrows only "é", "ï", "ñ" …) are no English text's: the
        # model's best language stands even when it is not sure (it splits Croatian among hr, bs and sr).
        return _identified(text, LATIN_LANGUAGES, "en", 0.0 if _BEYOND_LATIN_1.search(text) else _LATIN_AT)
    low = text.casefold()
    if "ў" in low:
        return "be"
    if any(ch in low for ch in "іїєґ"):
        return "uk"
    if any(ch in low for ch in "ыэё"):
        return "ru"
    return _identified(text, CYRILLIC_LANGUAGES, "uk", _CYRILLIC_AT)


def document_language(text: str) -> str:
    """The language of a whole document (a credential's outcomes together), for the profile's rules: as
    :func:`detect_language`, except that Latin letters without accents are not taken for English unread (a Spanish
    or Italian certificate may have none): the model decides there too, English standing unless it is fairly sure.
    One call per document, so the model's cost does not count."""
    lang = detect_language(text)
    return _identified(text, LATIN_LANGUAGES, "en", _LATIN_AT) if lang == "en" else lang


# How sure the model must be to overrule the default of each alphabet (the languages it may name: app.domain.languages).
# Ukrainian without і, ї, є and ґ is common ("Бази даних", "Намалюйте малюнок, клацаючи на позначених крапках"):
# the model must be sure to call such a text Russian (on GCompris goals it gave those 0.67 and 0.77, while 42 of 44
# Russian texts without ы, э and ё had at least 0.8). Latin text with accents is rarely English.
_CYRILLIC_AT = 0.8
_LATIN_AT = 0.5
_MODEL_MIN_WORDS = 3
# A text of Latin letters without accents goes to the model when at least this many of its words, and at least one in
# this many, are unknown to the English dictionary. English shares many short words with the languages of Latin
# letters ("a", "in", "con", "die", "tempo"): of 124 Italian learning goals 78 reached the model when half the words
# had to be unknown, 119 at a quarter; of 33,636 English texts (ESCO labels, learning goals, outcomes) 15 reach it
# and none is taken for another language (GCompris development split; bench.bench_other_languages).
_UNKNOWN_MIN = 2
_UNKNOWN_SHARE = 4
_ACCENTED = re.compile(r"[\u00c0-\u024f]")
_BEYOND_LATIN_1 = re.compile(r"[\u0100-\u024f]")


def _identified(text: str, candidates: frozenset[str], default: str, sure_at: float) -> str:
    if len(text.split()) < _MODEL_MIN_WORDS:  # a code or one word: the model guesses ("ОК8" Serbian, "ВК1" Russian)
        return default
    found = langid.identify(text, candidates)
    if found is None or found[1] < sure_at:
        return default
    return found[0]


def _lemma_lang(word: str, text_lang: str) -> str:
    if _CYRILLIC.search(word):
        return text_lang if text_lang in ("uk", "ru", "bg") else "uk"
    return "en"


@lru_cache(maxsize=200_000)
def lemmatise_word(word: str, lang: str) -> str:
    """Lemma of one already-normalised word (cached). Unknown words come back unchanged."""
    if word.isdigit():
        return word
    try:
        lemma = _LEMMATIZER.lemmatize(word, lang).casefold()
    except (ValueError, KeyError):  # language without a dictionary
        lemma = word
    lemma = lemma.translate(_APOSTROPHE_TABLE)
    if lang == "uk" and not is_known(word, "uk"):
        lemma = _stem_unknown_ukrainian(lemma)
    if lang == "en":
        lemma = _canonical_english(lemma)
    return lemma


def is_known(word: str, lang: str) -> bool:
    """Whether the lemmatiser's dictionary has ``word`` (as ``simplemma.is_known``, on the same dictionaries)."""
    return _LOOKUP.get_lemma(unicodedata.normalize("NFC", word), lang) is not None


# Inflectional endings stripped from words the dictionary does not know (new terms: "реляційні",
# "датасетів"), so that all forms of an unknown word still share one key. Longest first.
_UK_ENDINGS = tuple(
    sorted(
        "ями ами ові еві ими іми ого ому ої ою ій их им ий ів ах ях ам ям ею єю ом ем а я у ю і и е о ь".split(),  # noqa: SIM905
        key=len,
        reverse=True,
    )
)


def _stem_unknown_ukrainian(word: str) -> str:
    for ending in _UK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _canonical_english(lemma: str) -> str:
    if lemma in _SPELLING:
        return _SPELLING[lemma]
    if lemma.endswith("yze"):
        return lemma[:-3] + "yse"
    if lemma.endswith("ization"):
        return lemma[:-7] + "isation"
    if lemma.endswith("ize") and len(lemma) > 5:
        return lemma[:-3] + "ise"
    return lemma


# Derivational endings of English words. Stripping them (after the lemmatiser has removed the inflections) lets
# the members of one word family meet: operate / operation / operator, supervise / supervision, manage /
# management, grade / grading. Stems are only compared with each other, never shown.
_EN_SUFFIXES = frozenset(
    "ational ation ition ution ator ative ement ment ance ence ancy ency ing ion ist ism ive ivity ity ness "  # noqa: SIM905
    "ical ial al ic ics ous able ible ary ery ory ure ate er or y".split()
)
_EN_SUFFIX_LENGTHS = tuple(sorted({len(s) for s in _EN_SUFFIXES}, reverse=True))  # longest ending first
_MIN_STEM = 3


def _strip_suffix(word: str) -> str | None:
    for size in _EN_SUFFIX_LENGTHS:
        if len(word) - size >= _MIN_STEM and word[-size:] in _EN_SUFFIXES:
            stem = word[:-size]
            if len(stem) > _MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
                stem = stem[:-1]  # planning -> plann -> plan
            return stem
    return None


@lru_cache(maxsize=200_000)
def light_stem(lemma: str) -> str:
    """A rough stem of an English lemma (at most two derivational endings removed, then a final 'e' or 'i'), used
    to give word families a partial match. Words that are not purely Latin letters come back unchanged."""
    if not lemma.isascii() or not lemma.isalpha():
        return lemma
    word = lemma
    if len(word) <= _MIN_STEM + 1:
        return word[:-1] if len(word) > _MIN_STEM and word.endswith("e") else word
    for _ in range(2):
        stripped = _strip_suffix(word)
        if stripped is None:
            break
        word = stripped
    if len(word) > _MIN_STEM + 1 and word[-1] in "ei":
        word = word[:-1]
    return word


_BOILERPLATE_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in _BOILERPLATE))
_BOILERPLATE_HINT = re.compile(
    r"able|student|learner|participant|graduate|completion|end of|здобувач|після|результатами"
)


def strip_boilerplate(norm: str) -> str:
    """Remove phrases that every outcome carries ("students will be able to", "здобувач вищої освіти")."""
    if not _BOILERPLATE_HINT.search(norm):
        return norm
    return " ".join(_BOILERPLATE_ANY.sub(" ", norm).split())


@dataclass(frozen=True, slots=True)
class Analysed:
    """One text after the pipeline: normalised form, language, all lemmas and the content lemmas."""

    text: str
    norm: str
    lang: str
    lemmas: tuple[str, ...]  # every word, in order (for Bloom verbs and display)
    content: tuple[str, ...]  # lemmas without stop words, in order
    # A text whose words are read in Ukrainian letters (a Polish one): its content words as written, in Latin letters,
    # for comparing it with texts in languages written in them (English shares many of their roots).
    latin: tuple[str, ...] | None = None

    def in_latin_letters(self) -> Analysed:
        """This text with its content words as written in Latin letters, where it has them (else itself)."""
        if self.latin is None:
            return self
        return Analysed(self.text, self.norm, self.lang, self.lemmas, self.latin, None)

    @property
    def key(self) -> str:
        """The content lemmas as one string: what the string scorers compare."""
        return " ".join(self.content)


@lru_cache(maxsize=100_000)
def analyse(text: str) -> Analysed:
    """Run the whole pipeline on one text (cached: outcome lists repeat a lot)."""
    norm = strip_boilerplate(normalise(text))
    lang = detect_language(norm)
    lemmas, content, unknown = _words(norm, lang)
    if lang == "en" and unknown >= _UNKNOWN_MIN and _UNKNOWN_SHARE * unknown >= len(lemmas):
        # No accent to tell, but words English does not know ("zna podstawowe struktury danych", "Impara a
        # moltiplicare i numeri in un periodo di tempo limitato"): the model decides.
        lang = _identified(norm, LATIN_LANGUAGES, "en", _LATIN_AT)
        if lang in _WORDS_READ_AS:  # read again the way that language's words are read
            lemmas, content, unknown = _words(norm, lang)
    return _analysed(text, norm, lang, lemmas, content)


def _analysed(text: str, norm: str, lang: str, lemmas: list[str], content: list[str]) -> Analysed:
    latin = None
    if lang in _WORDS_READ_AS:
        stop = stopwords(lang)
        latin = tuple(lemma for lemma, word in zip(_words(norm, "en")[0], norm.split(), strict=True)
                      if word not in stop and (len(lemma) > 1 or lemma.isdigit()))
    return Analysed(text=str(text), norm=norm, lang=lang, lemmas=tuple(lemmas), content=tuple(content), latin=latin)


class Stated(str):
    """A text whose language its document states: a credential's outcome, in the language the credential was read
    to be written in as a whole or an officer corrected it to (``EvidenceItem.language``). It is analysed in that
    language, so that the one statement of a credential's language steers the profile's translation rule and the
    matching alike (its calibration curves, and the West and South Slavic reading in Ukrainian letters): a short
    outcome alone may not tell ("Tavole della moltiplicazione da 1 a 10." reads as English). Equal to the plain
    text."""

    lang: str

    def __new__(cls, text: str, lang: str) -> Stated:
        stated = super().__new__(cls, text)
        stated.lang = lang
        return stated

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return str(self), self.lang


def in_stated_language(text: str, lang: str) -> str:
    """``text`` as :class:`Stated` in ``lang`` when ``lang`` is written in the alphabet most of the text's letters are
    in (an English outcome of a Ukrainian credential keeps its own language); else ``text`` as it is."""
    if lang in LATIN_LANGUAGES:
        wants_latin = True
    elif lang in CYRILLIC_LANGUAGES:
        wants_latin = False
    else:  # "", "und", a code the catalogue does not know
        return text
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if cyrillic == latin or (latin > cyrillic) != wants_latin:
        return Stated(text, lang) if lang == "uk" and _names_joined_in_ukrainian(text) else text
    return Stated(text, lang)


def _names_joined_in_ukrainian(text: str) -> bool:
    """Whether a text's only Ukrainian words are common ones that join or place names written in Latin letters
    ("Django і REST API", "Docker та Kubernetes", "Power BI для HR") and it has no common English word: a Ukrainian
    text, however many of its letters the names take."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    cyrillic = [w for w in words if _CYRILLIC.match(w)]
    return bool(cyrillic) and set(cyrillic) <= stopwords("uk") and not stopwords("en").intersection(words)


@lru_cache(maxsize=20_000)
def analyse_in(text: str, lang: str) -> Analysed:
    """:func:`analyse` of a text in the stated language ``lang`` (its words read as that language's)."""
    own = analyse(str(text))
    if own.lang == lang:
        return own
    lemmas, content, _ = _words(own.norm, lang)
    return _analysed(text, own.norm, lang, lemmas, content)


def in_ukrainian_letters(lang: str) -> bool:
    """Whether the content words of a text in ``lang`` are in Ukrainian (Cyrillic) letters after the analysis:
    a text in a Cyrillic language, or one whose words are read in them (a Polish one)."""
    return lang in CYRILLIC_LANGUAGES or lang in _WORDS_READ_AS


def comparable(text: Analysed, other_lang: str) -> Analysed:
    """``text`` in the form to compare with a text in ``other_lang``: a Polish text meets a text in Latin letters
    (English) by its words as written, a text in Cyrillic ones by its words in Ukrainian letters."""
    return text if in_ukrainian_letters(other_lang) else text.in_latin_letters()


def _words(norm: str, lang: str) -> tuple[list[str], list[str], int]:
    """The lemma of each word of a text in ``lang``, the content lemmas among them, and how many words of Latin
    letters English does not know."""
    lemmas: list[str] = []
    content: list[str] = []
    unknown = 0
    known = _WORDS.setdefault(lang, {})
    for word in norm.split():
        entry = known.get(word)
        if entry is None:
            if len(known) >= _WORDS_KEPT:
                known.clear()
            entry = known[word] = _analyse_word(word, lang)
        lemmas.append(entry[0])
        if entry[1]:
            content.append(entry[0])
        unknown += entry[2]
    return lemmas, content, unknown


# Each word's analysis by the language of its text: a catalogue repeats a few thousand words many times, and a
# plain dict look-up is the cheapest step of the loop above.
_WORDS: dict[str, dict[str, tuple[str, bool, bool]]] = {}
_WORDS_KEPT = 200_000


# A word of Latin letters without a vowel is an acronym ("sql", "html", "css"): a Ukrainian text writes it in Latin
# letters too.
_ACRONYM = re.compile(r"[b-df-hj-np-tv-xz]{2,}")


# The case endings West and South Slavic languages add to a foreign name ("w Pythonie", "v Excelu", "s Gitom",
# "pomocí Pandasu"), longest first.
_SLAVIC_CASE_ENDINGS = ("ach", "ami", "owi", "ovi", "ie", "em", "om", "u", "a", "e", "y")


def _declined_english(word: str) -> str | None:
    """The English word ``word`` declines (plain letters only), or None. Only words of five letters or more: shorter
    ones are as often the language's own words that English happens to spell ("ledu", "reda", "satu")."""
    if not word.isascii() or not word.isalpha():
        return None
    for ending in _SLAVIC_CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5 and is_known(word[: -len(ending)], "en"):
            return word[: -len(ending)]
    return None


def _analyse_word(word: str, text_lang: str) -> tuple[str, bool, bool]:
    """The lemma of one word of a text in ``text_lang``, whether it is content (not a stop word, not a single
    letter), and whether it is a word of Latin letters that the English dictionary does not know."""
    if text_lang in _WORDS_READ_AS and not _CYRILLIC.search(word) and not _ACRONYM.fullmatch(word):
        if word in stopwords(text_lang):
            return word, False, False
        spellings = _WORDS_READ_AS[text_lang](word)
        written = next((s for s in spellings if is_known(s, "uk")), spellings[0])
        # A name or term of English ("pandas", "python") stays as written, as a Ukrainian text writes it, unless
        # Ukrainian knows the word in its letters; declined ("w Pythonie", "v Excelu") it is the English word.
        if not is_known(written, "uk") and not is_known(word, "en"):
            word = _declined_english(word) or written
        elif is_known(written, "uk"):
            word = written
        text_lang = "uk"
    word_lang = _lemma_lang(word, text_lang)
    lemma = lemmatise_word(word, word_lang)
    if word_lang == "ru":
        # The same word in its Ukrainian spelling, where Ukrainian has it ("теория" — "теорія"): it then meets
        # Ukrainian texts' words (and their stop words); a word Ukrainian does not share stays Russian.
        ukrainian = next((s for s in russian_in_ukrainian_spellings(lemma) if is_known(s, "uk")), None)
        if ukrainian is not None:
            lemma, word_lang = lemmatise_word(ukrainian, "uk"), "uk"
    if word_lang in _STOPWORD_LANGS:
        stop = stopwords(word_lang)
        if lemma in stop or word in stop:
            return lemma, False, False
    if len(lemma) == 1 and not lemma.isdigit():
        return lemma, False, False
    return lemma, True, word_lang == "en" and len(word) > 2 and word.isalpha() and not is_known(word, "en")


def shown_word(lemma: str, text: Analysed) -> str:
    """How a shared lemma of ``text`` is shown to the committee: the lemma when it is a dictionary word that
    begins like the word written in the text, else the word as written. Ukrainian words the dictionary does not
    know keep only a stem ("сортуванн"), and the dictionary's lemma is now and then another word altogether
    ("хеш" → "гашиш"): neither belongs in an explanation."""
    words = text.norm.split()
    written = next((w for w, lem in zip(words, text.lemmas, strict=False) if lem == lemma), None)
    if written is None or written == lemma:
        return lemma
    if lemma[:2] == written[:2] and is_known(lemma, _lemma_lang(lemma, text.lang)):
        return lemma
    return written


def clear_caches() -> None:
    """Forget every analysed text and word (benchmarks measuring a first analysis)."""
    analyse.cache_clear()
    analyse_in.cache_clear()
    _WORDS.clear()
    lemmatise_word.cache_clear()
    light_stem.cache_clear()


def analyse_all(texts: Iterable[str]) -> list[Analysed]:
    return [analyse_in(str(t), t.lang) if isinstance(t, Stated) else analyse(t) for t in texts]
