"""Grammar of the papers: names in the case a sentence needs, quantities with their nouns, numbers and dates.

Ukrainian needs more than a translated phrase: "заяви здобувача освіти Шевченка Тараса Григоровича" takes the
genitive of the name, "визнати Шевченку Тарасу Григоровичу" the dative; "1 кредит", "2 кредити", "5 кредитів",
and a decimal takes the genitive singular, "1,3 кредиту". Names are declined by ``shevchenko`` (a port of
shevchenko-js: rules for Ukrainian anthroponyms and a small classifier for family names), everything else here
is a handful of fixed rules. English gets the same functions, so a writer calls them without asking the language.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Literal

log = logging.getLogger(__name__)

Case = Literal["nominative", "genitive", "dative", "accusative", "ablative", "locative", "vocative"]
CASES: tuple[Case, ...] = ("nominative", "genitive", "dative", "accusative", "ablative", "locative", "vocative")

# Family names ending in these letters are foreign and keep one form in every case (Гете, Верді, Шоу, Дюпюї).
_INDECLINABLE_ENDINGS = ("е", "є", "і", "ї", "и", "у", "ю")
_CYRILLIC_WORD = re.compile(r"^[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ'’ʼ-]+$")

# Ukrainian nouns after a number: (one, few, many, fraction). A decimal takes the genitive singular.
UNITS_UK: dict[str, tuple[str, str, str, str]] = {
    "credit": ("кредит", "кредити", "кредитів", "кредиту"),
    "point": ("бал", "бали", "балів", "бала"),
    "hour": ("година", "години", "годин", "години"),
    "day": ("день", "дні", "днів", "дня"),
    "component": ("освітній компонент", "освітні компоненти", "освітніх компонентів", "освітнього компонента"),
}
UNITS_EN: dict[str, tuple[str, str]] = {
    "credit": ("credit", "credits"),
    "point": ("point", "points"),
    "hour": ("hour", "hours"),
    "day": ("day", "days"),
    "component": ("component", "components"),
}
MONTHS_UK_GENITIVE = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                      "жовтня", "листопада", "грудня")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def number(value: float | int | None, lang: str = "uk", places: int = 2) -> str:
    """A number as printed: at most ``places`` decimals, no trailing zeros, a decimal comma in Ukrainian."""
    if value is None:
        return ""
    text = f"{float(value):.{places}f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if lang == "uk" else text


def _is_whole(value: float) -> bool:
    return abs(value - round(value)) < 1e-9


def unit_form(value: float | int, unit: str, lang: str = "uk", places: int = 2) -> str:
    """The noun that follows ``value``: "кредит", "кредити", "кредитів" or (for a decimal) "кредиту"."""
    shown = float(number(value, "en", places) or 0)
    if lang == "uk":
        one, few, many, fraction = UNITS_UK[unit]
        if not _is_whole(shown):
            return fraction
        n = abs(int(round(shown)))
        if n % 10 == 1 and n % 100 != 11:
            return one
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return few
        return many
    singular, plural = UNITS_EN[unit]
    return singular if shown == 1 else plural


def quantity(value: float | int, unit: str, lang: str = "uk", places: int = 2) -> str:
    """"1,3 кредиту", "5 кредитів", "2 кредити"; "1.5 credits", "1 credit"."""
    return f"{number(value, lang, places)} {unit_form(value, unit, lang, places)}"


def credits(value: float | int, lang: str = "uk") -> str:
    """ECTS credits with the abbreviation: "1,3 кредиту ЄКТС", "5 ECTS credits"."""
    if lang == "uk":
        return f"{quantity(value, 'credit', lang)} ЄКТС"
    return f"{number(value, lang)} ECTS {unit_form(value, 'credit', lang)}"


def date_numeric(value: date | None, lang: str = "uk", blank: str = "") -> str:
    """"01.12.2026" (both languages use the European order in these papers)."""
    return value.strftime("%d.%m.%Y") if value else blank


def date_long(value: date | None, lang: str = "uk", blank: str = "") -> str:
    """"1 грудня 2026 р." / "1 December 2026"."""
    if value is None:
        return blank
    if lang == "uk":
        return f"{value.day} {MONTHS_UK_GENITIVE[value.month - 1]} {value.year} р."
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family name, given name, patronymic) from the Ukrainian order "Шевченко Тарас Григорович"."""
    parts = full_name.split()
    family = parts[0] if parts else ""
    given = parts[1] if len(parts) > 1 else ""
    patronymic = " ".join(parts[2:])
    return family, given, patronymic


def _declinable(word: str) -> bool:
    return bool(word) and bool(_CYRILLIC_WORD.match(word))


def inflect_name(full_name: str, case: Case) -> str:
    """The full name ("Прізвище Ім'я По батькові") in ``case``, the words kept in their order.

    A name in Latin script, or one the rules do not know, is returned as written: a name printed in the
    nominative is a style fault, a wrongly invented form would be a wrong person.
    """
    text = " ".join(full_name.split())
    if case == "nominative" or not text:
        return text
    family, given, patronymic = split_name(text)
    if not all(_declinable(w) for w in text.split()):
        return text
    try:
        import shevchenko
    except ImportError:  # pragma: no cover - a dependency of the application; kept working without it
        log.warning("shevchenko is not installed: names stay in the nominative")
        return text
    person: dict[str, str] = {"family_name": family}
    if given:
        person["given_name"] = given
    if patronymic and " " not in patronymic:
        person["patronymic_name"] = patronymic
    try:
        result = shevchenko.in_case(case, **person)
    except Exception as exc:  # the library refuses what it cannot classify (e.g. no gender): keep the name
        log.info("Cannot decline %r: %s", text, exc)
        return text
    declined_family = result.get("family_name", family)
    if family.lower().endswith(_INDECLINABLE_ENDINGS):
        declined_family = family
    words = [declined_family]
    if given:
        words.append(result.get("given_name", given))
    if patronymic:
        words.append(result.get("patronymic_name", patronymic) if "patronymic_name" in person else patronymic)
    return " ".join(words)


def short_name(full_name: str) -> str:
    """Signature form used in Ukrainian documents: given name and SURNAME ("Ірина ПЕТРЕНКО")."""
    parts = full_name.split()
    if len(parts) >= 2:
        return f"{parts[1]} {parts[0].upper()}"
    return full_name.upper()


def initials_name(full_name: str) -> str:
    """"Шевченко Т. Г." — the family name with initials."""
    family, given, patronymic = split_name(full_name)
    initials = " ".join(f"{w[0]}." for w in (given, patronymic) if w)
    return f"{family} {initials}".strip()


# The head nouns of the titles of legal acts and their genitive ("відповідно до наказу …, Положення …").
_ACT_GENITIVE = {
    "наказ": "наказу", "положення": "положення", "порядок": "порядку", "постанова": "постанови",
    "закон": "закону", "рішення": "рішення", "інструкція": "інструкції", "розпорядження": "розпорядження",
    "правила": "правил",
}


def genitive_phrase(title: str) -> str:
    """A legal act's title after "відповідно до": "наказ МОН …" → "наказу МОН …" (only the head noun changes;
    an unknown head is left as written)."""
    words = title.strip().split(" ", 1)
    if not words or not words[0]:
        return title.strip()
    head = words[0]
    declined = _ACT_GENITIVE.get(head.lower())
    if declined is None:
        return title.strip()
    if head[0].isupper():
        declined = declined[0].upper() + declined[1:]
    return " ".join([declined, *words[1:]])


def genitive_phrases(titles: list[str]) -> str:
    """Several acts joined as Ukrainian lists them: "наказу …, Положення … та …"."""
    items = [genitive_phrase(t) for t in titles if t.strip()]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " та " + items[-1]


def gender(full_name: str) -> str | None:
    """"masculine" / "feminine" from the patronymic or the given name; None when it cannot be told."""
    family, given, patronymic = split_name(" ".join(full_name.split()))
    if not all(_declinable(w) for w in (family, given, patronymic) if w) or not (given or patronymic):
        return None
    try:
        import shevchenko

        found = shevchenko.detect_gender(given_name=given or None, patronymic_name=patronymic or None,
                                         family_name=family or None)
    except Exception:  # an unknown name: the caller uses a neutral wording
        return None
    return found if found in ("masculine", "feminine") else None


def by_gender(full_name: str, masculine: str, feminine: str, neutral: str) -> str:
    """The word form that agrees with the person: "заявив" / "заявила" / "заявив (-ла)"."""
    return {"masculine": masculine, "feminine": feminine}.get(gender(full_name) or "", neutral)


def address(full_name: str) -> str:
    """The address of a letter: "Шановний Тарасе Григоровичу!" (given name and patronymic in the vocative)."""
    family, given, patronymic = split_name(" ".join(full_name.split()))
    words = " ".join(w for w in (given, patronymic) if w)
    if not words:
        return f"Шановний (-а) {full_name}!"
    vocative = inflect_name(f"{family} {words}", "vocative").split(" ", 1)[1]
    return by_gender(full_name, f"Шановний {vocative}!", f"Шановна {vocative}!", f"Шановний (-а) {vocative}!")
