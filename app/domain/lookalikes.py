"""Latin letters typed inside Cyrillic words, a habit of Ukrainian offices since the first keyboards without a
Ukrainian layout: "iнформацiйнi технологii" with a Latin i, "Пpогpамування" with a Latin p. Such a word is read as
the Cyrillic word it shows; a word all in Latin letters ("SQL", "Python") and a word with a Latin letter that looks
like no Cyrillic one ("Kharkivський") keep their letters.

>>> cyrillic_throughout("Iнформацiйнi технологiї та SQL")
'Інформаційні технології та SQL'
"""

from __future__ import annotations

import re

# Latin letters and the Cyrillic ones they are typed for (the shapes a reader cannot tell apart in print)
_LOOKALIKES = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у", "ï": "ї",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
    "X": "Х", "Y": "У", "Ï": "Ї",
}  # fmt: skip
_TO_CYRILLIC = str.maketrans(_LOOKALIKES)
_SHAPES = "".join(_LOOKALIKES)
# A word in which a look-alike Latin letter and a Cyrillic letter stand side by side (found in one pass; most texts
# have none)
_MIXED_WORD = re.compile(rf"[^\W\d_]*(?:[\u0400-\u04ff][{_SHAPES}]|[{_SHAPES}][\u0400-\u04ff])[^\W\d_]*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


# A one-letter word between two Cyrillic words: the conjunction or preposition typed in Latin ("з учителем i без")
_LONE_LETTER = re.compile(r"(?<=[\u0400-\u04ff][ \t])[aioyAIOY](?=[ \t]+[\u0400-\u04ff])")


def cyrillic_throughout(text: str) -> str:
    """``text`` with the look-alike Latin letters of its Cyrillic words made Cyrillic (see the module)."""
    if text.isascii():
        return text
    text = _MIXED_WORD.sub(_in_cyrillic, text)
    return _LONE_LETTER.sub(lambda letter: letter.group(0).translate(_TO_CYRILLIC), text)


def _in_cyrillic(word: re.Match[str]) -> str:
    text = word.group(0)
    if any(ch not in _LOOKALIKES for ch in _LATIN.findall(text)):
        return text  # a Latin letter with no Cyrillic look-alike: a word in Latin letters, or two words run together
    return text.translate(_TO_CYRILLIC)
