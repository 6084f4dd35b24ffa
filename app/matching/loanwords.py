"""International words that Ukrainian and English share, read as one between the two languages.

Much of the vocabulary of a course is borrowed: "кластеризація" — "clustering", "алгоритм" — "algorithm",
"класифікація" — "classification", "валідація" — "validation", "інтеграл" — "integral". Neither the hand-written
glossary nor the dictionary can list every such word, and compared letter by letter the two spellings share
nothing. Here a word is reduced to a key both spellings give: a Ukrainian word is written in Latin letters by the
official transliteration (Resolution No. 55 of 2010, ``app.domain.translit``) with the Latinate endings it took
over restored ("-ація" "-ation", "-ція" "-tion", "-сія" "-sion", "-ізм" "-ism"); then, in either language, the
sounds the two spellings write differently are written alike ("c" before e, i, y and "ts" as "s", other "c", "ch",
"kh" and "q" as "k", "g" and "h" as "g", "ph" "f", "th" "t", "x" "ks", "z" "s", "w" "v"), the vowels are dropped and
doubled letters are written once. The key is the first ``KEY_CONSONANTS`` consonants of what is left: a word with
fewer gives none, as short skeletons meet by chance ("модель", "model": m-d-l, like "medal"). A Ukrainian word and
an English one with the same key are taken for the same international word between the two languages only
(``app.matching.glossary.Glossary.features`` with ``bilingual``); within one language nothing changes.

Only the spelling is compared, never the meaning: a false friend with the same key stays one; what "covered" means
for such pairs is measured on real translations and hard negatives (``bench/bench_dictionary.py``,
``bench/calibrate_matching.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.translit import transliterate

KEY_CONSONANTS = 5

_CYRILLIC = re.compile(r"[а-яіїєґ]")
# Ukrainian endings of Latinate words and the English endings they stand for, longest first (on the transliteration)
# (a word the dictionary does not know comes as a stem: "валідаці", "регресі")
_UKRAINIAN_ENDINGS = (
    ("atsiiu", "ation"), ("atsiia", "ation"), ("atsii", "ation"), ("atsi", "ation"), ("tsiiu", "tion"),
    ("tsiia", "tion"), ("tsii", "tion"), ("tsi", "tion"), ("siiu", "sion"), ("siia", "sion"), ("sii", "sion"),
    ("si", "sion"), ("izm", "ism"),
)
# Spellings written alike, in this order (longer first where one contains another)
_ALIKE = (
    ("sch", "sk"), ("ph", "f"), ("th", "t"), ("ch", "k"), ("kh", "k"), ("ck", "k"), ("ts", "s"), ("zh", "g"),
    ("x", "ks"), ("q", "k"), ("w", "v"), ("z", "s"), ("h", "g"), ("j", "i"),
)
_C_SOFT = re.compile(r"c(?=[eiy])")
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_LETTERS_ONLY = re.compile(r"[a-z]+")


@lru_cache(maxsize=100_000)
def loanword_key(word: str) -> str | None:
    """The key of one (lemmatised, case-folded) word, or None when it has too few consonants or is no plain word
    of Ukrainian or Latin letters."""
    if _CYRILLIC.search(word):
        latin = transliterate(word).casefold().replace("'", "")
        for ukrainian, english in _UKRAINIAN_ENDINGS:
            if latin.endswith(ukrainian) and len(latin) > len(ukrainian) + 2:
                latin = latin[: -len(ukrainian)] + english
                break
    elif word.isascii():
        latin = word
    else:
        return None
    if not _LETTERS_ONLY.fullmatch(latin):
        return None
    latin = _C_SOFT.sub("s", latin)
    for spelling, alike in _ALIKE:
        latin = latin.replace(spelling, alike)
    skeleton = _DOUBLED.sub(r"\1", _VOWELS.sub("", latin.replace("c", "k")))
    return skeleton[:KEY_CONSONANTS] if len(skeleton) >= KEY_CONSONANTS else None
