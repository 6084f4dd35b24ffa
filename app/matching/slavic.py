"""Polish words in Ukrainian letters and Russian lemmas in Ukrainian spelling, so that common words meet.

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

Only the spelling is mapped, never the meaning: a false friend ("uroda", beauty) stays one; the Ukrainian
calibration curves, the strictest, apply to such pairs (``app.matching.calibration``).
"""

from __future__ import annotations

import re
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
