"""Official Ukrainian-to-Latin transliteration (Resolution of the Cabinet of Ministers No. 55 of 2010).

Used to compare a learner's name on a credential (often Latin) with the applicant's name (Cyrillic) and to let
officers search either way. The letters є, ї, й, ю, я are written differently at the start of a word; "зг" is "zgh"
so that it cannot be read as "ж"; the soft sign and apostrophes are dropped.
"""

from __future__ import annotations

import re
import unicodedata

_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    # Russian letters that occur in older documents, for a best-effort reading.
    "ё": "io", "ы": "y", "э": "e", "ъ": "",
}
_APOSTROPHES = "'’ʼ`´‘"


def transliterate(text: str) -> str:
    out: list[str] = []
    word_start = True
    lowered_text = text.replace("зг", "zgh").replace("Зг", "Zgh").replace("ЗГ", "ZGH")
    for index, char in enumerate(lowered_text):
        if char in _APOSTROPHES:
            continue
        lower = char.lower()
        if lower in _TABLE:
            latin = _INITIAL[lower] if word_start and lower in _INITIAL else _TABLE[lower]
            if char.isupper() and latin:
                # In a word written in capitals every Latin letter is a capital ("ЄВГЕН" -> "YEVHEN", not
                # "YeVHEN"); otherwise only the first one ("Євген" -> "Yevhen").
                latin = latin.upper() if _in_capitals(lowered_text, index) else latin[0].upper() + latin[1:]
            out.append(latin)
            word_start = False
        else:
            out.append(char)
            word_start = not char.isalpha()
    return "".join(out)


def _in_capitals(text: str, index: int) -> bool:
    """Is the capital letter at ``index`` part of a word in capitals (a neighbouring letter is a capital too)?"""
    for step in (1, -1):
        j = index + step
        while 0 <= j < len(text) and text[j] in _APOSTROPHES:
            j += step
        if 0 <= j < len(text) and text[j].isalpha():
            return text[j].isupper()
    return False


def name_key(name: str) -> str:
    """A comparison key for a person's name: Latin, lower case, letters only, words sorted.

    Sorting the words makes "Шевченко Тарас" equal "Taras Shevchenko".
    """
    latin = transliterate(unicodedata.normalize("NFC", name)).lower()
    latin = unicodedata.normalize("NFKD", latin)
    latin = "".join(c for c in latin if not unicodedata.combining(c))
    words = re.findall(r"[a-z]+", latin)
    return " ".join(sorted(words))
