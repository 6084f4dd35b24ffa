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
_CYRILLIC_SHAPES = "".join(_LOOKALIKES.values())
_MIXED_PAIR = re.compile(rf"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]|"
                         rf"(?<![^\W\d_])[{_SHAPES}](?=[ \t]+[\u0400-\u04ff])|(?<![\w])[{_SHAPES}]{{2,4}}[ \t]*«")
_MIXED_WORD = re.compile(rf"[^\W\d_]*(?:[\u0400-\u04ff][{_SHAPES}]|[{_SHAPES}][\u0400-\u04ff]|"
                         rf"[{_CYRILLIC_SHAPES}][A-Za-z]|[A-Za-z][{_CYRILLIC_SHAPES}])[^\W\d_]*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


# A one-letter word between two Cyrillic words: the conjunction or preposition typed in Latin ("з учителем i без")
_LONE_LETTER = re.compile(r"(?<=[\u0400-\u04ff][ \t])[aioyAIOY](?=[ \t]+[\u0400-\u04ff])")
# A company's legal form typed in Latin capitals before its name in quotes ("TOB «Датакрафт»")
_FORM_BEFORE_QUOTES = re.compile(rf"(?<![\w])[{_SHAPES}]{{2,4}}(?=[ \t]*«)")
_TO_LATIN = str.maketrans({cyrillic: latin for latin, cyrillic in _LOOKALIKES.items()})


def cyrillic_throughout(text: str) -> str:
    """``text`` with the look-alike Latin letters of its Cyrillic words made Cyrillic, and the look-alike Cyrillic
    letters of its Latin words Latin ("ЕCTS" with a Cyrillic Е; see the module)."""
    if text.isascii() or not _MIXED_PAIR.search(text):  # (one quick scan: most texts mix no scripts in a word)
        return text
    text = _MIXED_WORD.sub(_in_one_script, text)
    text = _LONE_LETTER.sub(lambda letter: letter.group(0).translate(_TO_CYRILLIC), text)
    return _FORM_BEFORE_QUOTES.sub(lambda form: form.group(0).translate(_TO_CYRILLIC), text)


def _in_one_script(word: re.Match[str]) -> str:
    text = word.group(0)
    if all(ch in _LOOKALIKES for ch in _LATIN.findall(text)):
        return text.translate(_TO_CYRILLIC)
    cyrillic = _CYRILLIC.findall(text)
    if cyrillic and all(ch in _CYRILLIC_SHAPES for ch in cyrillic):
        return text.translate(_TO_LATIN)  # a Latin word with Cyrillic look-alikes in it ("ЕCTS", "ЕDA")
    return text  # letters of both scripts that look like none of the other's: two words run together, left as they are


# Digits a scanner's character recognition read as the letters they look like, in a number that counts something
# ("9О годин", "4О %", "l2" alone in a table's cell): О/O → 0, З → 3, б → 6, l → 1, where the number has a digit of its
# own and stands before a unit or alone on its line
_NUMBER_MISREAD = re.compile(r"(?<![\w])(?=[ОOоoЗбl]*\d)([\dОOоoЗбl]{2,4})(?![\w])"
                             r"(?=[ \t]*(?:%|год|годин|hours?\b|h\b|кредит|ECTS|ЄКТС|бал))|"
                             r"^([ \t]*)(?=[ОOоoЗбl]*\d)([\dОOоoЗбl]{2,4})[ \t]*$", re.M)
_LOOKALIKE_BEFORE_A_DIGIT = re.compile(r"[ОOоoЗбl]\d")  # (two scans, each with a quick first character)
_DIGIT_BEFORE_A_LOOKALIKE = re.compile(r"\d[ОOоoЗбl]")
_TO_DIGITS = str.maketrans({"О": "0", "O": "0", "о": "0", "o": "0", "З": "3", "б": "6", "l": "1"})
# A capital O read as a zero inside a word in capitals ("UNIVERSITY 0F APPLIED SCIENCES")
_ZERO_FOR_O = re.compile(r"(?<=[A-Z] )0(?=[A-Z]+(?![\w]))|(?<=[A-Z])0(?=[A-Z])")


def digits_throughout(text: str) -> str:
    """``text`` with the digits of its counted numbers read as digits, and a zero inside a word in capitals as an O
    (see :data:`_NUMBER_MISREAD`)."""
    if _LOOKALIKE_BEFORE_A_DIGIT.search(text) or _DIGIT_BEFORE_A_LOOKALIKE.search(text):
        text = _NUMBER_MISREAD.sub(_as_digits, text)
    return _ZERO_FOR_O.sub("O", text) if "0" in text else text


def _as_digits(number: re.Match[str]) -> str:
    if number.group(1) is not None:
        return number.group(1).translate(_TO_DIGITS)
    return number.group(2) + number.group(3).translate(_TO_DIGITS)
