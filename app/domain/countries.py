"""Countries as ISO 3166-1 alpha-2 codes, whatever language or form a credential writes them in.

A credential says "IE", "Ukraine (UKR)", "Російська Федерація", "Country: Russian Federation" or "РФ"; a policy
profile excludes "RU". Both sides are compared as codes. The names come from pycountry (ISO 3166-1 with its
English names and the Ukrainian, Russian and Belarusian translations it ships), plus the short and official forms
people actually write that ISO does not list ("Росія", "РФ", "Russia", "UK", "USA", "Беларусь"…).
Text that names no country gives ``None``: the caller says "country not recognised", never "eligible".
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from dataclasses import dataclass

from app.messages import Term

# Names in Ukrainian, Russian, Belarusian and the languages of European certificates ("Deutschland", "Polska").
_LANGUAGES = ("uk", "ru", "be", "pl", "de", "fr", "es", "it", "pt", "nl", "cs", "sk", "ro", "hu", "bg", "lt", "lv",
              "et", "fi", "sv", "da", "el", "hr", "sl", "tr", "ka")

# Forms in common use that ISO 3166 and its translations do not list. Keys are compared after ``_key``.
_ALIASES: dict[str, str] = {
    # Russia
    "росія": "RU", "рф": "RU", "россия": "RU", "russia": "RU", "russian federation": "RU", "расія": "RU",
    "российская федерация": "RU", "російська федерація": "RU", "ru": "RU", "rus": "RU",
    # Belarus
    "беларусь": "BY", "білорусь": "BY", "белоруссия": "BY", "білорусія": "BY", "республіка білорусь": "BY",
    "республика беларусь": "BY", "belarus": "BY", "byelorussia": "BY",
    # Ukraine
    "україна": "UA", "украина": "UA", "ukraine": "UA", "the ukraine": "UA",
    # Frequent short forms
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "великобританія": "GB", "велика британія": "GB", "англія": "GB",
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "us": "US", "america": "US", "united states": "US",
    "сша": "US", "сполучені штати": "US", "сполучені штати америки": "US",
    "south korea": "KR", "korea": "KR", "republic of korea": "KR", "південна корея": "KR",
    "north korea": "KP", "північна корея": "KP", "кндр": "KP",
    "iran": "IR", "іран": "IR", "syria": "SY", "сирія": "SY", "moldova": "MD", "молдова": "MD",
    "czech republic": "CZ", "czechia": "CZ", "чехія": "CZ", "чеська республіка": "CZ",
    "turkey": "TR", "türkiye": "TR", "туреччина": "TR", "holland": "NL", "the netherlands": "NL",
    "нідерланди": "NL", "голландія": "NL", "vatican": "VA", "ватикан": "VA", "taiwan": "TW", "тайвань": "TW",
    "vietnam": "VN", "вʼєтнам": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "macedonia": "MK", "north macedonia": "MK", "північна македонія": "MK", "kosovo": "XK", "косово": "XK",
    "європейський союз": "EU", "european union": "EU", "eu": "EU",
}

# Labels a certificate writes before the country itself ("Country: Ireland", "Країна: Росія").
_LABEL = re.compile(r"^\s*(?:country(?:\s+of\s+issue)?|країна(?:\s+видачі)?|страна|держава|state)\s*[:\-–—]\s*",
                    re.IGNORECASE)
_PARENTHESES = re.compile(r"\(([^)]*)\)")
_APOSTROPHES = str.maketrans({"'": "ʼ", "’": "ʼ", "`": "ʼ", "´": "ʼ", "‘": "ʼ"})


@dataclass(frozen=True)
class Country:
    """A country as written (``original``) and as an ISO 3166-1 alpha-2 code (``code``; None when unknown)."""

    original: str
    code: str | None

    @property
    def recognised(self) -> bool:
        return self.code is not None


def _key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).casefold()
    text = re.sub(r"\s+", " ", text).strip(" .,;")
    return text


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every known name (English, official, common, translated) → alpha-2 code, keys after ``_key``."""
    import pycountry  # imported on first use: the table takes a moment to build

    names: dict[str, str] = {}
    translations = []
    for language in _LANGUAGES:
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]))
        except OSError:  # a trimmed installation without this language's names
            continue
    for country in pycountry.countries:
        code = country.alpha_2
        english = [country.name, getattr(country, "official_name", ""), getattr(country, "common_name", "")]
        for name in filter(None, english):
            names.setdefault(_key(name), code)
            for translation in translations:
                names.setdefault(_key(translation.gettext(name)), code)
        names.setdefault(_key(country.alpha_3), code)
    for alias, code in _ALIASES.items():
        names[_key(alias)] = code
    return names


@functools.lru_cache(maxsize=1)
def _alpha2() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) | {"EU", "XK"}


def country_code(text: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code ``text`` names, or None when it names no country (or is empty)."""
    if not text or not text.strip():
        return None
    raw = _LABEL.sub("", text.strip())
    stripped = raw.strip(" .,;")
    if len(stripped) == 2 and stripped.isascii() and stripped.isalpha():
        code = stripped.upper()
        return code if code in _alpha2() else _names().get(_key(stripped))
    names = _names()
    candidates = [raw, _PARENTHESES.sub("", raw)]
    candidates += _PARENTHESES.findall(raw)
    # "Kyiv, Ukraine" / "Україна, м. Київ": the country is one of the comma-separated parts.
    for candidate in list(candidates):
        candidates += [part for part in re.split(r"[,;/]", candidate) if part.strip()]
    for candidate in candidates:
        key = _key(candidate)
        if not key:
            continue
        if key in names:
            return names[key]
        if len(key) == 2 and key.isascii() and key.upper() in _alpha2():
            return key.upper()
    return None


def normalise_country(text: str | None) -> Country:
    """``text`` with its code (the original text is kept for the record and the papers)."""
    return Country(original=(text or "").strip(), code=country_code(text))


def country_term(code: str) -> Term | str:
    """The country ``code`` by its name, shown in the reader's language inside a message (the catalogue's names,
    context ``Countries``); an unknown code as it is."""
    from app.domain.country_names import CONTEXT, NAMES

    name = NAMES.get(code.upper())
    return Term(CONTEXT, name) if name else code


def is_excluded(code: str | None, excluded: tuple[str, ...] | list[str]) -> bool:
    """Whether ``code`` is among the profile's excluded countries (each written as a code or a name)."""
    if code is None:
        return False
    return code in {country_code(entry) or entry.upper() for entry in excluded}
