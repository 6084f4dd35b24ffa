"""Polish, Czech, Slovak, Croatian and Slovenian words in Ukrainian letters and Russian lemmas in Ukrainian
spelling, so that common words meet.

Polish and Ukrainian share much of their vocabulary, and most of the terms of a course ("struktury danych" —
"структури даних", "klawiatura" — "клавіатура", "elektryczne" — "електричні", "informacja" — "інформація"), but
not their alphabet: compared letter by letter they share nothing. Here each Polish word is written the way Ukrainian
spells the same word: letter by letter where the spelling is regular ("cz" ч, "sz" ш, "ż" ж, "ch" х, "w" в, "ł" л,
"y" и, "i" і, "j" й and, before a vowel, the iotated letter), and where the two languages moved apart from one
ancestor, as their common words have it ("rz" р as in "przez" — "через", "tworzyć" — "творити"; the nasal "ę" я
and "ą" у, "język" — "язик", "ręka" — "рука"; the infinitive "-ować" "-увати", "-ć" "-ти"; the verbal noun
"-anie" "-ання"). The result is read by the Ukrainian lemmatiser like any Ukrainian word: a shared word meets in
its dictionary form, a near one in its stem or first letters (the word layers' partial matches).

A Russian lemma is offered to the Ukrainian dictionary in the spellings Ukrainian would give it, and the first it
knows replaces it (so only real Ukrainian words are made). Whether either makes "covered" mean for such a pair what
it means for two Ukrainian texts is measured on real translations (``bench/bench_other_languages.py``).

Only the spelling is mapped, never the meaning: a false friend ("uroda", beauty) stays one; each such pair of
languages has calibration curves fitted on its own hard negatives (``app.matching.calibration``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

# Longest first at each position; a vowel after "j" (and at the end after "i") takes the iotated letter.
_DIGRAPHS = {
    "szcz": "щ", "dzie": "ді", "dż": "дж", "dź": "дзь", "dzi": "ді", "dz": "дз", "ch": "х", "cz": "ч", "sz": "ш",
    "rz": "р",
}
_LETTERS = {
    "a": "а", "ą": "у", "b": "б", "c": "ц", "ć": "ть", "d": "д", "e": "е", "ę": "я", "f": "ф", "g": "г", "h": "г",
    "i": "і", "j": "й", "k": "к", "l": "л", "ł": "л", "m": "м", "n": "н", "ń": "нь", "o": "о", "ó": "о", "p": "п",
    "q": "к", "r": "р", "s": "с", "ś": "сь", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "и", "z": "з",
    "ź": "зь", "ż": "ж",
}
# "ja", "je", "ju", "ji" (and "ia", "ie", "iu" after a consonant: "biologia") are я, є, ю, ї.
_IOTATED = {"a": "я", "e": "є", "u": "ю", "ą": "ю", "ę": "я", "i": "ї"}
_VOWELS = set("aąeęioóuy")
# Endings that correspond as a whole, longest first where one ends another: infinitives ("analizować" →
# "аналізувати", "tworzyć" → "творити", "rozumieć" → "розуміти") and verbal nouns ("programowanie" →
# "програмування", "przetwarzanie").
_ENDINGS = (
    ("owanie", "ування"), ("owania", "ування"), ("anie", "ання"), ("ania", "ання"), ("enie", "ення"),
    ("enia", "ення"), ("ować", "увати"), ("ieć", "іти"), ("ać", "ати"), ("ić", "ити"), ("yć", "ити"), ("eć", "іти"),
    # Polish writes "ki", "gi" where its k and g cannot take "y"; Ukrainian endings have и there ("biblioteki").
    ("chi", "хи"), ("ki", "ки"), ("gi", "ги"),
    # The plural of adjectives (and of "dane", data): "statystyczne" — "статистичні".
    ("ne", "ні"),
)


@lru_cache(maxsize=100_000)
def polish_in_ukrainian_letters(word: str) -> str:
    """``word`` (Polish, case-folded) written in Ukrainian letters; characters that are not Polish letters stay."""
    ending = ""
    for polish, ukrainian in _ENDINGS:
        if word.endswith(polish) and len(word) > len(polish) + 1:
            word, ending = word[: -len(polish)], ukrainian
            break
    out: list[str] = []
    i, n = 0, len(word)
    while i < n:
        for size in (4, 3, 2):  # the longest spelling first
            part = word[i : i + size]
            if len(part) == size and part in _DIGRAPHS:
                out.append(_DIGRAPHS[part])
                i += size
                break
        else:
            ch = word[i]
            nxt = word[i + 1] if i + 1 < n else ""
            if ch == "j" and nxt in _IOTATED:
                # After a consonant the sound is і + я ("informacja" → "інформація"); elsewhere я alone ("projekt").
                after_consonant = i > 0 and word[i - 1].isalpha() and word[i - 1] not in _VOWELS
                out.append(("і" if after_consonant else "") + _IOTATED[nxt])
                i += 2
            elif ch == "i" and nxt in _IOTATED and i + 2 == n and i > 0 and word[i - 1] not in _VOWELS:
                out.append("і" + _IOTATED[nxt])  # at the end: "biologia" → "біологія" (inside: "klawiatura")
                i += 2
            else:
                out.append(_LETTERS.get(ch, ch))
                i += 1
    return "".join(out) + ending


# Russian lemmas in Ukrainian spelling. Russian shares the alphabet, and many words are the same but spelt apart:
# "теория" — "теорія", "анализировать" — "аналізувати", "функция" — "функція", "программа" — "програма".
# A Russian lemma is offered to the Ukrainian dictionary in these spellings (the caller keeps the first it knows, so
# only real Ukrainian words are made; a word Ukrainian does not share stays Russian).
_RUSSIAN_ENDINGS = (
    ("ировать", "увати"), ("овать", "увати"), ("ение", "ення"), ("ание", "ання"), ("ость", "ість"),
    ("ионный", "ійний"), ("ический", "ічний"), ("ция", "ція"), ("ия", "ія"), ("ать", "ати"), ("ить", "ити"),
    ("ять", "яти"), ("еть", "іти"), ("ый", "ий"),
)
_RUSSIAN_LETTERS = str.maketrans({"ы": "и", "э": "е", "ё": "е", "ъ": "'"})
_DOUBLED = re.compile(r"([бвгджзклмнпрстфхцчшщ])\1")


@lru_cache(maxsize=100_000)
def russian_in_ukrainian_spellings(lemma: str) -> tuple[str, ...]:
    """The spellings a Russian ``lemma`` may have in Ukrainian, likeliest first: its ending and letters as Ukrainian
    writes them; then with "и" as "і" (the usual vowel of loanwords: "анализ" — "аналіз"); then with a doubled
    consonant single ("класс" — "клас")."""
    stem, ending = lemma, ""
    for russian, ukrainian in _RUSSIAN_ENDINGS:
        if lemma.endswith(russian) and len(lemma) > len(russian) + 1:
            stem, ending = lemma[: -len(russian)], ukrainian
            break
    stem = stem.translate(_RUSSIAN_LETTERS)
    with_i = stem.replace("и", "і")
    stems = (stem, with_i, _DOUBLED.sub(r"\1", stem), _DOUBLED.sub(r"\1", with_i))
    return tuple(dict.fromkeys(s + ending for s in stems))


# Czech words in Ukrainian letters. Czech is written in Latin letters with its own marks; most of its letters stand
# for one Ukrainian letter ("č" ч, "š" ш, "ž" ж, "ch" х, "c" ц, "y" и, "j" й and, before a vowel, the iotated
# letter), and where the two languages moved apart from one ancestor their common words show how: Czech "h" is
# Ukrainian "г" ("hra" — "гра"), "ř" is "р" ("tři" — "три"), "ě" and "ů" are mostly "і" ("dělení" — "ділення",
# "dům" — "дім"). Whole endings: the verbal noun "-ování" "-ування", "-ání" "-ання", "-ení" "-ення"; "-ace" "-ація"
# ("informace" — "інформація"), "-ie" "-ія" ("biologie" — "біологія"), "-ika" "-ика"; the adjectives' "-ický"
# "-ичний" ("elektrický" — "електричний"), "-ský" "-ський", "-ový" "-овий"; the infinitive "-ovat" "-увати", "-it"
# "-ити". Czech writes "i" where Ukrainian has "і" in some words and "и" in others ("informace" — "інформація",
# "číslo" — "число"), and an ending that looks like an infinitive may end a noun ("limit"): every spelling is
# offered, likeliest first, and the caller keeps the first the Ukrainian dictionary knows.
_CZECH_LETTERS = {
    "a": "а", "á": "а", "b": "б", "c": "ц", "č": "ч", "d": "д", "ď": "дь", "e": "е", "é": "е", "ě": "і", "f": "ф",
    "g": "г", "h": "г", "i": "і", "í": "і", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "ň": "нь", "o": "о",
    "ó": "о", "p": "п", "q": "к", "r": "р", "ř": "р", "s": "с", "š": "ш", "t": "т", "ť": "ть", "u": "у", "ú": "у",
    "ů": "і", "v": "в", "w": "в", "x": "кс", "y": "и", "ý": "и", "z": "з", "ž": "ж",
}
# An adjective: its stem, the suffix before the ending, and the ending (nominative, the cases outcomes use most).
_WEST_SLAVIC_ADJECTIVE_SUFFIXES = {"ačn": "аційн", "ick": "ичн", "ck": "цьк", "sk": "ськ", "ov": "ов", "n": "н"}


@dataclass(frozen=True)
class _Spelling:
    """How one language of Latin letters is written in Ukrainian ones."""

    letters: dict[str, str]
    digraphs: dict[str, str]  # read before single letters ("ch")
    iotated: dict[str, str]  # the vowel after "j": the iotated letter
    words: dict[str, str]  # words whose Ukrainian counterpart has another form
    noun_endings: tuple[tuple[str, str], ...]
    adjective: re.Pattern[str]  # stem, suffix, ending
    adjective_endings: dict[str, str]
    verb_endings: tuple[tuple[str, str], ...]
    adjective_suffixes: dict[str, str] = field(default_factory=lambda: dict(_WEST_SLAVIC_ADJECTIVE_SUFFIXES))


_APOSTROPHE_AFTER = set("bpvmfr")  # Ukrainian writes an apostrophe there before я, є, ю, ї ("objekt" — "об'єкт")
_CZECH = _Spelling(
    letters=_CZECH_LETTERS,
    digraphs={"ch": "х"},
    iotated={"a": "я", "á": "я", "e": "є", "é": "є", "ě": "є", "u": "ю", "ú": "ю", "i": "ї", "í": "ї"},
    # Czech "data" is a plural, Ukrainian "дані" ("дата" is a date).
    words={"data": "дані", "dat": "даних", "daty": "даними", "datech": "даних", "datům": "даним"},
    noun_endings=(("ování", "ування"), ("ání", "ання"), ("ění", "ення"), ("ení", "ення"), ("ace", "ація"),
                  ("ismus", "ізм"), ("ie", "ія"), ("ika", "ика"), ("iky", "ики"), ("osti", "ості"), ("ost", "ість")),
    adjective=re.compile(r"^(.+?)(ačn|ick|ck|sk|ov|n)(ých|ými|ým|ého|ému|ém|ích|ími|ím|ou|ý|á|é|í)$"),
    adjective_endings={"ý": "ий", "á": "а", "é": "е", "í": "ий", "ých": "их", "ým": "им", "ými": "ими", "ou": "ою",
                       "ého": "ого", "ému": "ому", "ém": "ому", "ích": "их", "ím": "им", "ími": "ими"},
    verb_endings=(("ovat", "увати"), ("nout", "нути"), ("at", "ати"), ("it", "ити"), ("ět", "іти"), ("et", "іти")),
)
# Slovak: Czech's letters, less ě ř ů, with its own: "ä" я ("mäso" — "м'ясо"), "ô" і ("kôň" — "кінь"), "ľ" ль,
# "ĺ" л, "ŕ" р; "ie" і as Czech "ě" ("viera" — "віра"); "dz", "dž"; the infinitive in "-ť" ("analyzovať"), the
# verbal noun in "-ie" ("programovanie"), "-ácia" ("informácia").
_SLOVAK = _Spelling(
    letters={**{k: v for k, v in _CZECH_LETTERS.items() if k not in "ěřů"}, "ä": "я", "ô": "і", "ľ": "ль", "ĺ": "л",
             "ŕ": "р"},
    digraphs={"ch": "х", "dž": "дж", "dz": "дз", "ie": "і"},
    iotated={"a": "я", "á": "я", "e": "є", "é": "є", "u": "ю", "ú": "ю", "i": "ї", "í": "ї"},
    words={"dáta": "дані", "dát": "даних", "dátami": "даними", "dátach": "даних"},
    noun_endings=(("ovanie", "ування"), ("ovania", "ування"), ("anie", "ання"), ("ania", "ання"), ("enie", "ення"),
                  ("enia", "ення"), ("ácia", "ація"), ("ácie", "ації"), ("izmus", "ізм"), ("ia", "ія"),
                  ("ika", "ика"), ("iky", "ики"), ("osti", "ості"), ("osť", "ість")),
    adjective=re.compile(r"^(.+?)(ačn|ick|ck|sk|ov|n)(ých|ými|ým|ého|ému|om|ou|ý|á|é|í|ej)$"),
    adjective_endings={"ý": "ий", "á": "а", "é": "е", "í": "ий", "ých": "их", "ým": "им", "ými": "ими", "ou": "ою",
                       "ého": "ого", "ému": "ому", "om": "ому", "ej": "ій"},
    verb_endings=(("ovať", "увати"), ("núť", "нути"), ("ať", "ати"), ("iť", "ити"), ("ieť", "іти"), ("eť", "іти")),
)


# Croatian and Slovenian (Gaj's Latin alphabet): "h" is х, "lj" ль, "nj" нь, "ć" and "đ" ч and дж; Croatian "ije" (the
# old yat) is і ("cijena" — "ціна"); the infinitive
# "-ati", "-iti", "-ovati", and "-irati" of loanwords "-увати" ("analizirati" — "аналізувати"); the verbal noun
# "-anje", "-enje"; "-ija" "-ія" ("informacija" — "інформація"); the adjectives' "-ički" "-ичний", "-ski" "-ський".
_SOUTH_SLAVIC_LETTERS = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ч", "d": "д", "đ": "дж", "e": "е", "f": "ф", "g": "г", "h": "х",
    "i": "і", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с",
    "š": "ш", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "и", "z": "з", "ž": "ж",
}
_SOUTH_SLAVIC_ADJECTIVE = re.compile(r"^(.+?)(ičk|sk|čk|n)(ima|ih|im|og|om|oj|a|o|e|i)$")
_SOUTH_SLAVIC_ADJECTIVE_SUFFIXES = {"ičk": "ичн", "sk": "ськ", "čk": "чн", "n": "н"}
_SOUTH_SLAVIC_ADJECTIVE_ENDINGS = {"i": "ий", "a": "а", "o": "е", "e": "і", "ih": "их", "im": "им", "ima": "ими",
                                   "og": "ого", "om": "ому", "oj": "ій"}
_CROATIAN = _Spelling(
    letters=_SOUTH_SLAVIC_LETTERS,
    digraphs={"dž": "дж", "lj": "ль", "nj": "нь", "ije": "і"},
    iotated={"a": "я", "e": "є", "u": "ю", "i": "ї"},
    words={},
    noun_endings=(("ovanje", "ування"), ("iranje", "ування"), ("anje", "ання"), ("enje", "ення"), ("ija", "ія"),
                  ("ije", "ії"), ("ost", "ість"), ("osti", "ості"), ("izam", "ізм"), ("ika", "ика")),
    adjective=_SOUTH_SLAVIC_ADJECTIVE,
    adjective_endings=_SOUTH_SLAVIC_ADJECTIVE_ENDINGS,
    verb_endings=(("ovati", "увати"), ("irati", "увати"), ("ati", "ати"), ("iti", "ити"), ("jeti", "іти")),
    adjective_suffixes=_SOUTH_SLAVIC_ADJECTIVE_SUFFIXES,
)
# Slovenian: the same, without Croatian's "ije" ("-izem", "-eti" where Croatian has "-izam", "-jeti").
_SLOVENIAN = replace(
    _CROATIAN,
    digraphs={"dž": "дж", "lj": "ль", "nj": "нь"},
    noun_endings=tuple(("izem", "ізм") if end == "izam" else (end, uk) for end, uk in _CROATIAN.noun_endings),
    verb_endings=tuple(("eti", "іти") if end == "jeti" else (end, uk) for end, uk in _CROATIAN.verb_endings),
)


def _letters(word: str, spelling: _Spelling) -> str:
    out: list[str] = []
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        digraph = next((word[i : i + size] for size in (3, 2) if word[i : i + size] in spelling.digraphs), None)
        if digraph is not None:
            out.append(spelling.digraphs[digraph])
            i += len(digraph)
        elif ch == "j" and nxt in spelling.iotated:
            out.append(("'" if i > 0 and word[i - 1] in _APOSTROPHE_AFTER else "") + spelling.iotated[nxt])
            i += 2
        else:
            out.append(spelling.letters.get(ch, ch))
            i += 1
    return "".join(out)


def _ending(word: str, spelling: _Spelling) -> tuple[str, str] | None:
    """The stem and the Ukrainian ending of ``word`` when its ending corresponds as a whole (nouns, adjectives,
    then infinitives), else None."""
    for written, ukrainian in spelling.noun_endings:
        if word.endswith(written) and len(word) > len(written) + 1:
            return word[: -len(written)], ukrainian
    adjective = spelling.adjective.match(word)
    if adjective is not None and len(adjective.group(1)) > 1:
        stem, suffix, ending = adjective.groups()
        return stem, spelling.adjective_suffixes[suffix] + spelling.adjective_endings[ending]
    for written, ukrainian in spelling.verb_endings:
        if word.endswith(written) and len(word) > len(written) + 2:
            return word[: -len(written)], ukrainian
    return None


def _spellings(word: str, spelling: _Spelling) -> tuple[str, ...]:
    if word in spelling.words:
        return (spelling.words[word],)
    forms = []
    found = _ending(word, spelling)
    if found is not None:
        forms.append((_letters(found[0], spelling), found[1]))
    forms.append((_letters(word, spelling), ""))
    spellings = []
    for stem, ending in forms:
        for variant in (stem, stem.replace("і", "и"), stem.replace("и", "і")):
            spellings.append(variant + ending)
            if variant[:2] in ("шт", "шп"):  # "štatistika", "štruktúra", "špeciálny": с in Ukrainian
                spellings.append("с" + variant[1:] + ending)
    return tuple(dict.fromkeys(spellings))


@lru_cache(maxsize=100_000)
def czech_in_ukrainian_letters(word: str) -> tuple[str, ...]:
    """The spellings ``word`` (Czech, case-folded) may have in Ukrainian letters, likeliest first: with its ending as
    Ukrainian writes it, then letter by letter; each with Czech "i" as "і" and "y" as "и", then the other way round
    (loanwords: "analyzovat" — "аналізувати", "číslo" — "число")."""
    return _spellings(word, _CZECH)


@lru_cache(maxsize=100_000)
def slovak_in_ukrainian_letters(word: str) -> tuple[str, ...]:
    """The same for a Slovak word ("programovanie" — "програмування", "štatistické" — "статистичне")."""
    return _spellings(word, _SLOVAK)


# Where a Polish ending and its Ukrainian counterpart are spelt apart (the genitive plural "-ów" "-ів", "-ego"
# "-ого", the feminine "-ej" "-ої", the instrumental "-ą" "-ою", the adjective's "-y" "-ий": "danych
# statystycznych", "języka obcego", "bazą danych").
# Each: the Polish ending, how it is written letter by letter, and the Ukrainian ending.
_POLISH_ENDING_VARIANTS = (("ów", "ов", "ів"), ("ego", "его", "ого"), ("emu", "ему", "ому"), ("ej", "ей", "ої"),
                           ("ą", "у", "ою"), ("y", "и", "ий"))


@lru_cache(maxsize=100_000)
def polish_spellings(word: str) -> tuple[str, ...]:
    """The spellings ``word`` (Polish, case-folded) may have in Ukrainian letters, likeliest first:
    :func:`polish_in_ukrainian_letters`, then with its ending as Ukrainian spells it; each again with Polish "i" as
    "и", which Ukrainian writes in many shared words ("słownik" — "словник", "pisać" — "писати", "liczba" — "лічба"
    keeps "і"). The caller keeps the first the Ukrainian dictionary knows, so only real Ukrainian words are made."""
    base = polish_in_ukrainian_letters(word)
    stems = (base, base.replace("і", "и")) if "i" in word else (base,)
    spellings = []
    for stem in stems:
        spellings.append(stem)
        spellings += [stem[: -len(written)] + uk for polish, written, uk in _POLISH_ENDING_VARIANTS
                      if word.endswith(polish) and stem.endswith(written) and len(stem) > len(written) + 2]
    return tuple(dict.fromkeys(spellings))


@lru_cache(maxsize=100_000)
def croatian_in_ukrainian_letters(word: str) -> tuple[str, ...]:
    """The same for a Croatian word ("informacija" — "інформація", "analizirati" — "аналізувати")."""
    return _spellings(word, _CROATIAN)


@lru_cache(maxsize=100_000)
def slovenian_in_ukrainian_letters(word: str) -> tuple[str, ...]:
    """The same for a Slovenian word ("programiranje" — "програмування")."""
    return _spellings(word, _SLOVENIAN)
