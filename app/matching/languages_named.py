"""The languages an outcome names as what is spoken, read or written ("спілкуватися англійською мовою", "communicate
in English", "Business English"): an outcome about one language is no evidence of an outcome about another, however
alike the rest of their words ("Спілкуватися українською мовою у професійному середовищі" is not "Спілкуватися
англійською мовою у професійному середовищі").

>>> sorted(languages_named("Читати технічну документацію англійською мовою"))
['en']
>>> sorted(languages_named("Читати й розуміти польську медичну документацію"))
['pl']
>>> sorted(languages_named("Communicate in German and read Business English"))
['de', 'en']
>>> sorted(languages_named("Обробляти дані відповідно до законодавства України"))
[]
"""

from __future__ import annotations

import re

# Ukrainian adjective stems and English names of the languages a programme or certificate may name
_UKRAINIAN = {"англійськ": "en", "українськ": "uk", "німецьк": "de", "французьк": "fr", "іспанськ": "es",
              "італійськ": "it", "польськ": "pl", "китайськ": "zh", "японськ": "ja", "російськ": "ru", "чеськ": "cs",
              "португальськ": "pt", "турецьк": "tr", "арабськ": "ar", "корейськ": "ko"}  # fmt: skip
_ENGLISH = {"english": "en", "ukrainian": "uk", "german": "de", "french": "fr", "spanish": "es", "italian": "it",
            "polish": "pl", "chinese": "zh", "japanese": "ja", "russian": "ru", "czech": "cs", "portuguese": "pt",
            "turkish": "tr", "arabic": "ar", "korean": "ko"}  # fmt: skip
_UK_STEMS = "|".join(_UKRAINIAN)
_EN_NAMES = "|".join(_ENGLISH)
# The adjective next to "мова" in any case, either side ("англійською мовою", "мова навчання — англійська"), or
# after "іноземної (англійської)"
_NAMED_UK = re.compile(rf"(?<![^\W\d_])({_UK_STEMS})[а-яіїєґ]*\s+мов[а-яіїєґ]*|"
                       rf"(?<![^\W\d_])мов[а-яіїєґ]*(?:\s+навчання|\s+викладання)?\s*[:—–-]?\s*({_UK_STEMS})[а-яіїєґ]*|"
                       rf"(?<![^\W\d_])іноземн[а-яіїєґ]*\s*\(({_UK_STEMS})[а-яіїєґ]*\)|"
                       # … or next to what is read or written in it ("польську медичну документацію", as "English
                       # documentation" below)
                       rf"(?<![^\W\d_])({_UK_STEMS})[а-яіїєґ]*\s+(?:[а-яіїєґ'’]+\s+){{0,2}}?"
                       rf"(?:документаці|літератур|текст|граматик|лексик|листуванн)[а-яіїєґ]*", re.I)
# "in English", "English language", "English for IT", "Business English"
_NAMED_EN = re.compile(rf"\b(?:in|into|from)\s+({_EN_NAMES})\b|\b({_EN_NAMES})[\s-]+(?:language|for\b|communication|"
                       rf"speaking|writing|grammar|vocabulary|texts?|documentation|conversation)|"
                       rf"\b(?:business|technical|professional|academic|general|spoken|written)\s+({_EN_NAMES})\b",
                       re.I)


def languages_named(text: str) -> frozenset[str]:
    """The ISO 639-1 codes of the languages ``text`` names as a language used (see the module)."""
    low = text.lower()
    codes = {_UKRAINIAN[next(g for g in m.groups() if g).lower()] for m in _NAMED_UK.finditer(low)}
    codes |= {_ENGLISH[next(g for g in m.groups() if g).lower()] for m in _NAMED_EN.finditer(low)}
    return frozenset(codes)
