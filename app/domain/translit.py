"""Official Ukrainian-to-Latin transliteration (Resolution of the Cabinet of Ministers No. 55 of 2010).

Used to compare a learner's name on a credential (often Latin) with the applicant's name (Cyrillic) and to let
officers search either way. The tables are translitua's (MIT): ``UkrainianKMU`` is the Resolution's own (є, ї, й,
ю, я written differently at the start of a word; "зг" as "zgh"; the soft sign and apostrophes dropped; a word in
capitals stays in capitals). A name in its Russian form — it has ё, ы, э or ъ, which Ukrainian does not — is
written as a Russian passport writes it (``RussianInternationalPassport``), so that "Сергей" reads as the
person's own documents would have it.
"""

from __future__ import annotations

import re
import unicodedata

from translitua import RussianInternationalPassport, UkrainianKMU, translit

_RUSSIAN_ONLY = re.compile("[ёыэъЁЫЭЪ]")


def transliterate(text: str) -> str:
    """``text`` with its Cyrillic letters in Latin (the official Ukrainian table; see the module's note on Russian
    forms); other characters as they are."""
    table = RussianInternationalPassport if _RUSSIAN_ONLY.search(text) else UkrainianKMU
    return str(translit(text, table))


def name_key(name: str) -> str:
    """A comparison key for a person's name: Latin, lower case, letters only, words sorted.

    Sorting the words makes "Шевченко Тарас" equal "Taras Shevchenko".
    """
    latin = transliterate(unicodedata.normalize("NFC", name)).lower()
    latin = unicodedata.normalize("NFKD", latin)
    latin = "".join(c for c in latin if not unicodedata.combining(c))
    words = re.findall(r"[a-z]+", latin)
    return " ".join(sorted(words))
