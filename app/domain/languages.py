"""Languages as ISO 639-1 codes: those the matching's language identification may name for a text of Latin or
Cyrillic letters, and their names (English source texts marked for the one translation catalogue, context
``Languages``; shown in the reader's language by the interface and the reports). Names from ISO 639 as pycountry
gives them."""

from __future__ import annotations

from app.messages import Term
from app.translation import tr_noop

CONTEXT = "Languages"  # the translation context of the names below

# The languages the identification may name for a text of each alphabet (app.matching.text).
LATIN_LANGUAGES = frozenset(
    "en de fr es it pt nl pl cs sk sl hr bs ro hu lt lv et fi sv da no nb nn is ga cy ca eu gl tr az sq mt la eo vi id "  # noqa: SIM905
    "ms tl sw uz lb fy".split()
)
CYRILLIC_LANGUAGES = frozenset("uk ru bg be sr mk kk ky tg mn ba tt cv".split())  # noqa: SIM905
NAMES: dict[str, str] = {
    "en": tr_noop("Languages", "English"),
    "de": tr_noop("Languages", "German"),
    "fr": tr_noop("Languages", "French"),
    "es": tr_noop("Languages", "Spanish"),
    "it": tr_noop("Languages", "Italian"),
    "pt": tr_noop("Languages", "Portuguese"),
    "nl": tr_noop("Languages", "Dutch"),
    "pl": tr_noop("Languages", "Polish"),
    "cs": tr_noop("Languages", "Czech"),
    "sk": tr_noop("Languages", "Slovak"),
    "sl": tr_noop("Languages", "Slovenian"),
    "hr": tr_noop("Languages", "Croatian"),
    "bs": tr_noop("Languages", "Bosnian"),
    "ro": tr_noop("Languages", "Romanian"),
    "hu": tr_noop("Languages", "Hungarian"),
    "lt": tr_noop("Languages", "Lithuanian"),
    "lv": tr_noop("Languages", "Latvian"),
    "et": tr_noop("Languages", "Estonian"),
    "fi": tr_noop("Languages", "Finnish"),
    "sv": tr_noop("Languages", "Swedish"),
    "da": tr_noop("Languages", "Danish"),
    "no": tr_noop("Languages", "Norwegian"),
    "nb": tr_noop("Languages", "Norwegian Bokmål"),
    "nn": tr_noop("Languages", "Norwegian Nynorsk"),
    "is": tr_noop("Languages", "Icelandic"),
    "ga": tr_noop("Languages", "Irish"),
    "cy": tr_noop("Languages", "Welsh"),
    "ca": tr_noop("Languages", "Catalan"),
    "eu": tr_noop("Languages", "Basque"),
    "gl": tr_noop("Languages", "Galician"),
    "tr": tr_noop("Languages", "Turkish"),
    "az": tr_noop("Languages", "Azerbaijani"),
    "sq": tr_noop("Languages", "Albanian"),
    "mt": tr_noop("Languages", "Maltese"),
    "la": tr_noop("Languages", "Latin"),
    "eo": tr_noop("Languages", "Esperanto"),
    "vi": tr_noop("Languages", "Vietnamese"),
    "id": tr_noop("Languages", "Indonesian"),
    "ms": tr_noop("Languages", "Malay"),
    "tl": tr_noop("Languages", "Tagalog"),
    "sw": tr_noop("Languages", "Swahili"),
    "uz": tr_noop("Languages", "Uzbek"),
    "lb": tr_noop("Languages", "Luxembourgish"),
    "fy": tr_noop("Languages", "Western Frisian"),
    "uk": tr_noop("Languages", "Ukrainian"),
    "ru": tr_noop("Languages", "Russian"),
    "bg": tr_noop("Languages", "Bulgarian"),
    "be": tr_noop("Languages", "Belarusian"),
    "sr": tr_noop("Languages", "Serbian"),
    "mk": tr_noop("Languages", "Macedonian"),
    "kk": tr_noop("Languages", "Kazakh"),
    "ky": tr_noop("Languages", "Kyrgyz"),
    "tg": tr_noop("Languages", "Tajik"),
    "mn": tr_noop("Languages", "Mongolian"),
    "ba": tr_noop("Languages", "Bashkir"),
    "tt": tr_noop("Languages", "Tatar"),
    "cv": tr_noop("Languages", "Chuvash"),
}


def language_term(code: str) -> Term | str:
    """The language ``code`` by its name, shown in the reader's language inside a message; an unknown code as it
    is."""
    name = NAMES.get(code)
    return Term(CONTEXT, name) if name else code
