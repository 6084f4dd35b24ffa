"""Text patterns shared by the importers: outcome lists, hours, ECTS credits, EQF/NQF levels, forms."""

from __future__ import annotations

import re
from typing import NamedTuple

_BULLET = re.compile(r"^\s*(?:[-–—•·▪●○◦*✓✔►]|\(?\d{1,2}[.)]|\(?[a-zа-яіїєґ][.)])\s+", re.IGNORECASE)


# Markdown (the narratives and descriptions of Open Badges 3.0 are Markdown): headings and quotations are not
# outcomes, and bold text reads as plain text.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")
_MARKDOWN_QUOTE = re.compile(r"^>\s")
_MARKDOWN_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def split_items(text: str) -> list[str]:
    """Split a narrative into list items when it is a bulleted or numbered list; else one item."""
    lines = [ln.strip() for ln in text.replace("\r", "\n").split("\n")]
    lines = [_MARKDOWN_BOLD.sub(r"\2", ln) for ln in lines
             if ln and not _MARKDOWN_HEADING.match(ln) and not _MARKDOWN_QUOTE.match(ln)]
    if not lines:
        return []
    if sum(1 for ln in lines if _BULLET.match(ln)) >= 2:
        items: list[str] = []
        for ln in lines:
            if _BULLET.match(ln):
                items.append(_BULLET.sub("", ln, count=1).strip())
            elif items:
                items[-1] = f"{items[-1]} {ln}"
        return [tidy(i) for i in items if tidy(i)]
    # Inline "1) … 2) …" stay one outcome (merging is safer than guessing where one ends); outcomes run together
    # with semicolons are split when each part is one.
    return split_enumeration(tidy(" ".join(lines)))


def each_once(items: list[str]) -> list[str]:
    """The items in their order, each once (case aside: "Achievement 1" and "achievement 1" are one)."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def stated_and_aligned(stated: list[str], aligned: list[str]) -> list[str]:
    """A badge's outcomes: the list its criteria state (its own words), then the framework skills it aligns to
    (ESCO and the like) that the list does not already say."""
    seen = {s.casefold() for s in stated}
    return stated + [a for a in aligned if a.casefold() not in seen]


# "1) створює програми …; 2) опрацьовує дані …": numbers in brackets running on in one paragraph
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[;,.]))\s*\(?\d{1,2}\)\s+")


def split_enumeration(item: str) -> list[str]:
    """The parts of an item that runs several outcomes together with semicolons, inline bullets or numbers in
    brackets ("write programs; use lists; debug code", "design databases • write SQL queries", "1) … 2) …"), when
    each part is an outcome of its own (two words at least); else the item whole."""
    numbers = [int(n) for n in re.findall(r"(?:^|[;,.])\s*\(?(\d{1,2})\)\s", item)]
    if len(numbers) >= 2 and numbers[0] in (1, 2) and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        # in order from 1 (or from 2, where the first number was read as the list's bullet)
        numbered = [tidy(part) for part in _INLINE_NUMBER.split(item) if tidy(part)]
        if len(numbered) >= 2 and all(len(p.split()) >= 2 for p in numbered):
            return numbered
    if ";" not in item and " • " not in item:
        return [item]
    closed = _LAST_OF_LIST.search(item)
    if closed:  # "…; and present results in charts. Calculators are used throughout; …": the list ends there
        item = item[: closed.end()].rstrip()
    parts = [p for p in (tidy(_AND_FIRST.sub("", part.strip())) for part in _split_outside_brackets(item)) if p]
    if len(parts) >= 2 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [item]


def _split_outside_brackets(item: str) -> list[str]:
    """``item`` cut at its semicolons and inline bullets, except those inside brackets ("metrics (MAE, RMSE; accuracy,
    F1)" is one part)."""
    parts, start = [], 0
    for m in re.finditer(r";| • ", item):
        before = item[: m.start()]
        if before.count("(") <= before.count(")") and before.count("[") <= before.count("]"):
            parts.append(item[start : m.start()])
            start = m.end()
    return [*parts, item[start:]]


# The last part of a list joined with semicolons, opened by "and", up to the end of its sentence when another
# sentence follows
_LAST_OF_LIST = re.compile(r";\s*(?:and|та|і|й)\s+[^;]*?[^\W\d_]{2}\.(?=\s+[A-ZА-ЯІЇЄҐ])")
_AND_FIRST = re.compile(r"^(?:and|та|і|й)\s+(?=\S+\s+\S)")


def tidy(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s.rstrip(";,").strip()


_NUM = r"(\d+(?:[.,]\d+)?)"
# The number again in words, in brackets after it, as contracts and references write it ("120 (сто двадцять) годин",
# "45 (сорок п`ять) годин", "30 (thirty) hours")
# Kinds of hours said before the word ("96 contact hours", "12.5 total hours")
_KINDS_OF_HOURS = (r"academic\s+|contact\s+|notional\s+|learning\s+|study\s+|total\s+|video\s+|"
                   r"guided(?:\s+learning)?\s+|instructional\s+|teaching\s+|training\s+|classroom\s+|CPD\s+|CPE\s+|PDU\s+")
_IN_WORDS = r"(?:\s*\((?:[^\W\d_][\w'’`ʼ-]*\s*){1,4}\))?"

HOURS_PATTERNS = [
    # a stated total, wherever the parts are listed before it: "Total 125 hours", "Усього / 480 год", "480 hours in
    # total"
    # ("разом близько 170 годин", "in total about 40 hours": about, as the certificate says)
    # ("загальним обсягом 60 годин", "загальний обсяг — 60 год" after the parts' hours)
    re.compile(r"(?<![\w])(?:in\s+total|total(?:\s+(?:of|effort|workload|study\s+time|learning\s+time))?|усього|"
               r"всього|загалом|разом|загальн(?:им|ий)\s+обсяг(?:ом)?)\s*[:\-–—]?\s*"
               r"(?:(?:близько|приблизно|майже|about|approximately|approx\.|around|some)\s+)?" + _NUM
               + r"\s*(?:hours?|hrs?\.?|h|годин[аиу]?|год\.?)(?![\w])", re.I),
    re.compile(_NUM + r"\s*(?:hours?|hrs?\.?|годин[аиу]?|год\.?|horas|heures|ore|Stunden|godzin[ay]?)\s+(?:in\s+total|"
               r"total|усього|всього|загалом|en\s+total|au\s+total|in\s+totale|insgesamt|łącznie)(?![\w])", re.I),
    # a total's label, its number alone on the next line (a table's last row): "Усього годин підвищення кваліфікації"
    # / "45", "Total hours" / "45"
    re.compile(r"(?<![\w])(?:усього|всього|загалом|разом|total)\s+(?:годин|hours)(?![\w])[^\n\d]{0,60}\n[ \t]*"
               + _NUM + r"[ \t]*(?:\n|$)", re.I),
    # the course's volume by its label, before any hours of its parts ("volume horaire : 50 heures" above "Examen
    # final (2 h)", "Stundenumfang: 40 Stunden")
    re.compile(r"(?<![\w])(?:volume\s+horaire(?:\s+total)?|durée(?:\s+(?:totale|de\s+la\s+formation))?|"
               r"charge\s+de\s+travail|(?:stunden)?umfang|gesamtumfang|duur(?:tijd)?|studiebelasting|"
               # "w wymiarze 80 godzin dydaktycznych (32 h wykładów, 48 h warsztatów)", "v rozsahu 40 hodin"
               r"w\s+(?:łącznym\s+)?wymiarze|o\s+łącznym\s+wymiarze|v\s+(?:celkovém\s+|celkovom\s+)?rozsahu)"
               r"\s*[:\-–]?\s*" + _NUM + r"\s*(?:heures|h|Stunden|Std\.|hours?|uur|godzin[ay]?|hodin|hodín)(?![\w])",
               re.I),
    # a Nordic workload, after the credits it is worth: "Omfang og arbeidsmengde: 10 studiepoeng, ca. 270 timer" above
    # "skriftlig eksamen 5 timer"
    re.compile(r"(?<![\w])(?:arbeidsmengde|arbeidsbelastning|arbetsbelastning|arbejdsbelastning|studiebelastning|"
               r"arbejdsindsats|työmäärä)\s*[:\-–]?\s*(?:\d+(?:[.,]\d+)?\s*(?:studiepoeng|studiepoäng|högskolepoäng|"
               r"ECTS[\w-]*|opintopistettä)\s*[,;(]?\s*)?(?:ca\.\s*|cirka\s+|omkring\s+|noin\s+|about\s+)?" + _NUM
               + r"\s*(?:timer|timmar|tuntia|hours?)(?![\w])", re.I),
    # "con una duración de 75 horas lectivas" above a module's "(15 h)", "durata complessiva di 40 ore", "carga
    # horária de 60 horas"
    re.compile(r"(?<![\w])(?:duración|durata|durat[ăa]|carga\s+(?:horária|horaria|lectiva))"
               r"(?:\s+(?:total|totale|complessiva|total[ăa]))?"
               r"(?:\s+(?:de|di|del|della))?\s*[:\-–]?\s*" + _NUM + _IN_WORDS + r"\s*(?:de\s+)?(?:horas|ore|h)(?![\w])",
               re.I),
    re.compile(_NUM + _IN_WORDS + r"\s*(?:(?:академічн|навчальн|астрономічн)(?:их|і|а|ої)\s+|акад\.\s*)?"
               r"(?:годин[аиу]?|год\.?)"
               r"(?![а-яіїє])", re.I),
    # "12.5 total hours", "a 40-hour course"
    # (the kind of hours on the next line only as a sentence goes on, in lower case: "2025" / "Contact hours" is a
    # year above a label, "… 96" / "contact hours plus …" a wrapped sentence)
    re.compile(_NUM + r"(?:\s*[-\u2011]?\s*|[ \t]*[-\u2011]?[ \t]*(?:" + _KINDS_OF_HOURS + r")|[ \t]*\n\s*(?-i:(?:"
               + _KINDS_OF_HOURS + r")))(?:hours?|hrs?\.?|h)\b(?![-/]?\d)", re.I),  # not a code: "Kurs-Nr. 26H-4412"
    re.compile(_NUM + r"\s*(?:Zeitstunden|Unterrichtsstunden|Stunden|Std\.)", re.I),
    # the length as a word of the course's kind: "8-godzinnym szkoleniu", "16-годинному тренінгу", "16-stündigen"
    re.compile(_NUM + r"\s*[-\u2011]\s*(?:годинн|godzinn|stündig|hodinov|часов)\w*", re.I),
    # Russian, Bulgarian ("60 учебни часа")
    re.compile(_NUM + r"\s*(?:(?:академических|учебных|учебни|академични)\s+)?час(?:а|ов|ове)(?![а-я])", re.I),
    re.compile(_NUM + _IN_WORDS + r"\s*(?:heures|horas|(?:de\s+)?ore|uur|godzin[ay]?|hodin|hodín|timers?|timmar|"
               r"tuntia|órák?|"
               r"óra|órás|sati|časova|(?:akademin\w+\s+)?valand(?:os|ų|as|a)|stund(?:as|u|ām)|(?:akadeemilist\s+)?tundi)\b",
               re.I),
    # the number after its label: "Total hours: 480", "Hours of study – 24", "Кількість годин: 72"
    re.compile(r"(?<![\w])(?:(?:total|contact|study|learning|academic)\s+)?(?:hours|годин|godzin)(?:\s+of\s+(?:study|learning))?"
               r"\s*[:\-–]\s*" + _NUM + r"(?![\d.,]*\s*[%/])", re.I),
    # a form's field: the label alone on its line, the number alone below it ("Кількість годин" / "30")
    re.compile(r"^[ \t]*(?:кількість\s+годин|обсяг\s+(?:у\s+)?годин(?:ах)?|number\s+of\s+hours|(?:total\s+)?hours)"
               r"[ \t]*:?[ \t]*\n[ \t]*" + _NUM + r"[ \t]*$", re.I | re.M),
    # the unit before the number, as Italian forms write it: "della durata di ore 25"
    re.compile(r"(?<![\w])durata\s+(?:complessiva\s+)?di\s+ore\s+" + _NUM + r"(?![\w.,])", re.I),
    # (the last pattern: read only where one of its words is in the text, see find_hours)
    re.compile(r"(?:обсяг(?:ом|і)?|тривалість|duration|workload|volume)[^\d\n]{0,30}" + _NUM + _IN_WORDS
               + r"\s*(?:год|hour)", re.I),
]

ECTS_PATTERNS = [
    # the Nordic credits, ECTS credits by law: "10 studiepoeng", "7,5 högskolepoäng", "5 opintopistettä"
    re.compile(_NUM + r"\s*(?:studiepoeng|studiepoäng|högskolepoäng|opintopist(?:että|eet|e))\b", re.I),
    # "1,2 кредиту ЄКТС": a decimal takes the genitive singular
    re.compile(_NUM + r"\s*(?:кредит(?:и|ів|а|у|ам|ами|ах)?\s+)?(?:ЄКТС|ECTS|EKTS|ЕКТС)", re.I),
    re.compile(r"(?:ECTS|ЄКТС)[\s:-]*(?:credits?|кредит(?:и|ів|а|у|ам|ами|ах)?)?[\s:]*" + _NUM, re.I),
    re.compile(_NUM + r"\s*EC\b"),  # the Dutch "4 EC" (European credits): ECTS by name
    # "8 (opt) credite transferabile ECTS": a number's word in brackets before the credits
    re.compile(_NUM + r"\s*(?:\([^()\d]{2,12}\)\s*)?(?:credits?|crédits?|créditos|crediti|credite|studiepunten|"
               r"Leistungspunkte|punkt(?:y|ów|om|ami)?\s+ECTS)\b", re.I),
    re.compile(_NUM + r"\s*кредит(?:и|ів|а|у|ам|ами|ах)?\b", re.I),
]

EQF_PATTERNS = [
    re.compile(r"\b(?:EQF|ЄРК|ЕРК|European Qualifications? Framework)\b[^\d\n]{0,25}(\d)\b", re.I),
    re.compile(r"\b(\d)\s*(?:рів(?:ень|ня)\s+)?(?:EQF|ЄРК)\b", re.I),
    re.compile(r"\b(?:NQF|НРК|QF-EHEA)\b[^\d\n]{0,25}(\d)\b", re.I),
    re.compile(r"(?:рівень|level|Niveau|niveau|nivel|poziom)\s+(\d)\s+(?:EQF|ЄРК|НРК|NQF)", re.I),
]


def _num(s: str) -> float:
    return float(s.replace(",", "."))


# A weekly or daily effort ("4-6 hours per week", "3 год/тиж"): a total only with the number of weeks or days
# ("6 weeks"), the lower end of a range (the committee counts no more than the certificate promises).
_RATE = re.compile(
    _NUM + r"(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:hours?|hrs?\.?|h|годин[аиу]?|год\.?|Stunden|Std\.)\s*"
    r"(?:per|a|each|every|/|на|в|у|за|pro|je)\s*(week|wk|day|тиждень|тижд|тиж|день|добу|Woche|Tag|"
    # or of each of the course's units ("4 Stunden pro Lektion" / "Der Kurs besteht aus 7 Lektionen")
    r"lesson|unit|module|Lektion|Einheit|Modul|урок|модуль)\b",
    re.I,
)  # fmt: skip
_SPANS = {
    "week": re.compile(_NUM + r"\s*(?:weeks?|wks?|тижн(?:і|ів|я|ень)|тиж\.|Wochen)(?![а-яіїє\w])", re.I),
    "day": re.compile(_NUM + r"\s*(?:days?|дн(?:і|ів|я)|день|Tage)(?![а-яіїє\w])", re.I),
    "unit": re.compile(_NUM + r"\s*(?:lessons|units|modules|Lektionen|Einheiten|Module|уроків|уроки|модулів|модулі)"
                       r"(?![а-яіїє\w])", re.I),
}
_UNIT_RATES = ("lesson", "unit", "module", "lektion", "einheit", "modul", "урок", "модуль")


# Lessons of a stated length: "60 Unterrichtseinheiten à 45 Minuten", "40 lessons of 45 minutes", "36 занять по 45
# хвилин"
_LESSONS = re.compile(
    r"(?<![\d.,])" + _NUM + r"\s*(?:[^\W\d_][\w-]*\s+){0,2}?"
    r"(?:Unterrichtseinheiten|UE|Lerneinheiten|lessons|periods|sessions|занять|заняття|"
    r"уроків|пар|ur)\s*"  # (Slovene: "32 pedagoških ur po 45 minut")
    r"(?:\(\s*(?:UE|LE)\s*\)\s*)?"  # (with its abbreviation: "160 Unterrichtseinheiten (UE) à 45 Minuten")
    # (the connective may stand inside a bracket: "96 Unterrichtseinheiten (à 45 Minuten)")
    r"(?:\(\s*)?(?:à|a|zu\s+(?:je\s+)?|von\s+je|of|по|po|тривалістю|×|x|(?<=\())\s*(\d{2,3})\s*"
    r"(?:Minuten|min\.?|minutes|minut|хвилин|хв\.?)"
    r"(?![\w])",
    re.I,
)


# A lesson's length said on its own ("1 UE = 45 Minuten", "1 lesson = 45 minutes"), and the lessons counted
_LESSON_DEFINED = re.compile(r"(?<![\d.,])1\s*(UE|Unterrichtseinheit|Lerneinheit|lesson|period|урок|заняття)\s*"
                             r"(?:=|entspricht|equals|—|–)\s*(\d{2,3})\s*(?:Minuten|min\.?|minutes|хвилин|хв\.?)(?![\w])",
                             re.I)
_LESSONS_COUNTED = re.compile(r"(?<![\d.,])" + _NUM + r"\s*(UE|Unterrichtseinheiten|Lerneinheiten|lessons|periods|"
                              r"уроків|занять)(?![\w])", re.I)
def _lesson_kind(word: str) -> str:
    """One name for a kind of lesson however it is written ("UE", "Unterrichtseinheiten" …)."""
    low = word.casefold()
    return "ue" if low == "ue" or "einheit" in low else low[:4]


_LESSON_WORDS = ("einheiten", "ue ", "lesson", "period", "session", "занять", "заняття", "уроків", "пар ", "ur po")
# Sessions of a stated number of hours: "8 sessions of 3 hours", "4 live online sessions of 2.5 hours", "8
# онлайн-занять по 2 години", "4 заняття по 3 академічні години", "5 вебінарів по 2 год", "2 дні практикуму по 8 год"
# (the hours of one session are no total)
_SESSIONS = re.compile(
    r"(?<![\d.,])" + _NUM + r"\s*(?:[^\W\d_][\w-]*\s+){0,2}?"
    r"(?:sessions|classes|lessons|workshops|webinars|meetings|days|[\w-]*занять|заняття|"
    r"зустрічей|уроків|пар|вебінар(?:ів|и)|семінар(?:ів|и)|лекцій|дн(?:і|ів)|день|day|Termine|séances|"
    r"weeks|тижн(?:і|ів)|Wochen)(?:\s+[\w-]+){0,2}?\s*"  # (and where: "8 занять у Zoom по 3 години")
    r"(?:of|по|à|zu\s+je|von\s+je|тривалістю|×|x)\s*" + _NUM
    + r"\s*(?:academic\s+|академічн\w+\s+)?(?:hours?|hrs?\.?|h|годин[аиу]?|год\.?|Stunden|heures)(?:\s+each)?(?![\w])"
    # (not a rate: "10 Wochen × 4 Stunden pro Woche" is read with its rate)
    r"(?!\s*(?:per|a|each|every|/|pro|je|на|в|у)\s*(?:week|wk|Woche|тиждень)\b)",
    re.I,
)
_SESSION_WORDS = ("session", "class", "lesson", "workshop", "webinar", "meeting", "day", "занят", "зустріч", "урок",
                  "пар", "вебінар", "семінар", "лекці", "дні", "днів", "день", "termin", "séance", "week", "тижн",
                  "wochen")
_PLUS = re.compile(r"\s*\+\s*")
# What is added to the sessions after "+": more sessions, or hours of practice ("+ guided practice (about 8 hours)",
# "+ 2 дні практикуму по 8 год")
_PLUS_HOURS = re.compile(r"\s*\+\s*(?:[^\d+]{0,40}?)(?:about\s+|approx\.\s+|близько\s+|приблизно\s+)?" + _NUM
                         + r"\s*(?:hours?|hrs?\.?|h|годин[аиу]?|год\.?)(?![\w])", re.I)


def _effort(text: str) -> tuple[tuple[float, str] | None, str]:
    """The total of a weekly or daily effort and its span, if the text states both, or of lessons of a stated
    length; and the text without the effort rates (a rate is never a total)."""
    low = text.lower()
    lessons = _LESSONS.search(text) if any(w in low for w in _LESSON_WORDS) else None
    if lessons:
        value = round(_num(lessons.group(1)) * int(lessons.group(2)) / 60, 2)
        if 0 < value <= 5000:
            return (value, lessons.group(0).strip()), text
    defined = _LESSON_DEFINED.search(text) if any(w in low for w in _LESSON_WORDS) else None
    if defined:  # "… Grundlehrgang – 40 UE" … "1 UE = 45 Minuten": the lessons counted, their length said apart
        counted = next((m for m in _LESSONS_COUNTED.finditer(text) if m.start() != defined.start()
                        and _lesson_kind(m.group(2)) == _lesson_kind(defined.group(1))), None)
        if counted:
            value = round(_num(counted.group(1)) * int(defined.group(2)) / 60, 2)
            if 0 < value <= 5000:
                return (value, f"{counted.group(0).strip()} × {defined.group(0).strip()}"), text
    sessions = (_SESSIONS.search(text) if not any(w in low for w in _TOTAL_WORDS)
                and any(w in low for w in _SESSION_WORDS) and not _LABELLED_TOTAL.search(text) else None)
    if sessions:
        value, said, end = _num(sessions.group(1)) * _num(sessions.group(2)), sessions.group(0).strip(), sessions.end()
        for _ in range(3):  # "… + 2 дні практикуму по 8 год", "… + guided practice (about 8 hours)"
            joint = _PLUS.match(text, end)
            more = _SESSIONS.match(text, joint.end()) if joint else None
            if more:
                value += _num(more.group(1)) * _num(more.group(2))
            elif (more := _PLUS_HOURS.match(text, end)) is not None:
                value += _num(more.group(1))
            else:
                break
            said, end = f"{said} + {_PLUS.sub('', more.group(0), count=1)}", more.end()
        value = round(value, 2)
        if 0 < value <= 5000:
            return (value, " ".join(said.split())), text
    total = None
    rate = _RATE.search(text)
    if rate:
        per = rate.group(2).lower()
        unit = "day" if per in ("day", "день", "добу", "tag") else "unit" if per in _UNIT_RATES else "week"
        span = _SPANS[unit].search(text)
        if span:
            value = _num(span.group(1)) * _num(rate.group(1))
            if 0 < value <= 5000:
                total = (value, f"{span.group(0).strip()} × {rate.group(0).strip()}")
    return total, _RATE.sub(lambda m: " " * len(m.group(0)), text)


# A volume of hours under its label ("Обсяг" / "90 годин", "Workload: 90 hours"): the total, of which the sessions
# beside it ("20 занять × 2 год наживо + …") are a part
_LABELLED_TOTAL = re.compile(r"(?:^|\n)[ \t]*(?:обсяг|workload|umfang)[ \t]*:?[ \t]*\n?[ \t]*\d+(?:[.,]\d+)?[ \t]*"
                             r"(?:годин|год\b|hours?\b|stunden\b)", re.I)


_MINUTES = re.compile(r"\s*(?:and\s+|і\s+|та\s+)?(\d{1,2})\s*(?:m|mins?|minutes?|хв\.?|хвилин[аиу]?)(?![\w])", re.I)


# The credit's worth in hours, just before a number of hours: "1 ECTS credit corresponds to about 27 hours", "1 кредит
# ЄКТС = 30 год."
_CONVERSION_BEFORE = re.compile(
    r"(?<![\w.,])(?:1|one|each|an?|один|кожен)\s+(?:ECTS\s+|ЄКТС\s+)?(?:credit|кредит)\w*(?:\s+(?:ECTS|ЄКТС))?"
    # (the sentence may wrap between the credit and its worth: "One ECTS credit" / "corresponds to 28 hours")
    r"[^.\d]{0,15}(?:correspond\w*\s+to|equals?|is\s+equal\s+to|is\s+worth|дорівнює|відповідає|=)"
    r"[^.\n\d]{0,15}$", re.I)


_TOTAL_PATTERNS = 6  # the first patterns read a stated total, which only a text with one of these words has
_WITH_MINUTES = 8  # the hours the patterns before this one read may go on in minutes ("1h 30m")
_TOTAL_WORDS = ("total", "усього", "всього", "загалом", "разом", "загальним обсяг", "загальний обсяг", "volume horaire",
                "durée", "charge de travail",
                "umfang", "duración", "durata", "carga hor", "carga lectiva", "arbeidsmengde", "arbeidsbelastning",
                "arbetsbelastning", "arbejdsbelastning", "studiebelastning", "arbejdsindsats", "työmäärä", "duur",
                "studiebelasting", "wymiarze", "rozsahu")


# A total stated first, then its parts after a colon: "120 hours: 90 contact hours (60 live lessons of 90 minutes) and
# 30 hours of self-study", "72 години: 24 лекції, 48 практики" — the total, not a part or a rate's product
_TOTAL_THEN_PARTS = re.compile(
    r"(?<![\d.,])" + _NUM + r"\s*(?:hours?|годин[аиу]?|год\.|Stunden|heures|horas|ore|godzin[ay]?)"
    r"(?:\s+(?:in\s+total|total|overall|усього|загалом|insgesamt|au\s+total|en\s+total))?\s*:\s*\d", re.I
)
# A total worked out on the certificate, before any effort worked out here from a rate: "57 working days recorded in
# the timesheet = 456 hours" (not 40 hours a week × 12 weeks), "8 weeks × 5 h = 40 hours"; not the first part of a
# total broken down after "=" ("Обсяг 150 годин = 24 год лекцій + 38 год практичних занять + …")
_WORKED_OUT_TOTAL = re.compile(r"=\s*" + _NUM + r"\s*(?:hours?|hrs?\.?|годин[аиу]?|год\.?|Stunden|heures|horas|ore|uur|"
                               r"óra)(?![\w])(?![^\n=+]{0,40}\+)", re.I)


def find_hours(text: str) -> tuple[float, str] | None:
    worked_out = _WORKED_OUT_TOTAL.search(text) if "=" in text else None
    if (worked_out and 0 < _num(worked_out.group(1)) <= 5000
            and not _CONVERSION_BEFORE.search(text, max(0, worked_out.start() - 60), worked_out.start() + 1)):
        return _num(worked_out.group(1)), worked_out.group(0).strip()
    stated = _TOTAL_THEN_PARTS.search(text)
    if stated and 0 < _num(stated.group(1)) <= 5000:  # "120 hours: 90 contact hours (60 lessons of 90 minutes) and …"
        return _num(stated.group(1)), stated.group(0)[:-1].rstrip(" :")
    total, text = _effort(text)
    if total is not None:
        # a total stated as such beside a rate and its span ("орієнтовне навантаження 90 годин" … "10 тижнів", "8–10
        # год на тиждень"; "Approx. 34 hours · 5 weeks at 6–7 hours a week"): the figure stated, not the product of a
        # range or of a part's rate ("180 годин" … "самостійна практика 7–9 год на тиждень"); not a part's hours
        # below the product
        said, _part = _hours_stated(text)
        return said if said is not None and said[0] >= total[0] else total
    said, part = _hours_stated(text)
    both = _TWO_PARTS.search(text)
    if both and (said is None or said[0] in (_num(both.group(1)), _num(both.group(2)))):
        # a course told in two parts, each with its hours: "by classroom training (32 h) and supervised practice
        # (48 h)" — their sum, where no other total is stated
        return _num(both.group(1)) + _num(both.group(2)), " ".join(both.group(0).split())
    if said is not None:
        return said
    if part is None and "min" in text.lower():
        minutes = _LEARNING_MINUTES.search(text)  # "Total learning time: 225 minutes"
        if minutes and 0 < _num(minutes.group(1)) <= 300_000:
            return round(_num(minutes.group(1)) / 60, 2), minutes.group(0)
    return part


# Two parts of a course, each with its hours in brackets, joined: "classroom training (32 h) and supervised practice
# (48 h)", "теорія (16 год) та практика (24 год)"
_HOURS_IN_BRACKETS = r"\(\s*" + _NUM + r"\s*(?:h|hrs?|hours?|год\.?|годин[аиу]?)\s*\)"
_TWO_PARTS = re.compile(_HOURS_IN_BRACKETS + r"\s+(?:and|plus|\+|та|і|й)\s+[^()\n]{0,30}?(?:\n[^()\n]{0,30}?)?"
                        + _HOURS_IN_BRACKETS, re.I)


# The rest of a week's hours after its first part: "(2 h) lectures + 2 h lab per week", "лекції + 2 год практики на
# тиждень"
_A_WEEKS_PARTS = re.compile(r"[^\d\n()+]{0,25}?(?:\+\s*" + _NUM + r"\s*(?:h|hrs?|hours?|год\.?|годин[аиу]?)"
                            r"[^\d\n()+]{0,25}?)*(?:per|a|each|every)\s+week\b|"
                            r"[^\d\n()+]{0,25}?(?:\+\s*" + _NUM + r"\s*(?:год\.?|годин[аиу]?)[^\d\n()+]{0,25}?)*"
                            r"на\s+тиждень", re.I)


def _hours_stated(text: str) -> tuple[tuple[float, str] | None, tuple[float, str] | None]:
    """The hours a text states (the first of :data:`HOURS_PATTERNS` in order), and else the first part's hours in
    brackets (a module's)."""
    low = text.lower()
    totals = any(w in low for w in _TOTAL_WORDS)
    part: tuple[float, str] | None = None  # the first part's hours in brackets, in case nothing else is stated
    for i, pat in enumerate(HOURS_PATTERNS):
        if i < _TOTAL_PATTERNS and not totals:
            continue  # no total is stated: two scans of the whole text spared
        if i == len(HOURS_PATTERNS) - 1 and not any(
            w in low for w in ("обсяг", "тривалість", "duration", "workload", "volume")
        ):
            continue
        for m in pat.finditer(text):
            if _CONVERSION_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "one ECTS credit corresponds to about 27 hours": the scale, not this course's workload
            if _EACH_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue  # "чотири заняття по 3 години — 12 годин": each session's length, not the course's
            if _A_WEEKS_PARTS.match(text, m.end()):
                continue  # "2 h lectures + 2 h lab per week": a week's hours, not the course's
            if "\n" in m.group(0) and re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
                continue  # "… 9 March 2026" / "CPD hours" (a label below a date): a year, not hours
            v = _num(m.group(1))
            minutes = _MINUTES.match(text, m.end()) if i < _WITH_MINUTES else None  # "1h 30m", "2 години 15 хвилин"
            if minutes:
                v += int(minutes.group(1)) / 60
            if 0 < v <= 5000:
                found = round(v, 2), (m.group(0) + (minutes.group(0) if minutes else "")).strip()
                in_brackets = (text[m.start() - 1 : m.start()] == "(" and _A_PARTS_HOURS.match(text, m.end())
                               and not _A_SPAN_BEFORE.search(text, max(0, m.start() - 30), m.start() - 1))
                if i >= _TOTAL_PATTERNS and in_brackets:
                    # "… listas y diccionarios (30 h)": a module's hours at its line's end, where the course's
                    # own may be stated in another language's words ("240 horas lectivas")
                    part = part or found
                    continue
                return found, part
    return None, part


# A course's whole length in minutes under its label (a learning platform's way): no hours are stated
_LEARNING_MINUTES = re.compile(r"(?:total\s+)?(?:learning|study|video|course|watch)\s+time\s*:?\s*(\d[\d,.]*)\s*"
                               r"(?:min(?:utes?|s)?\.?)(?!\w)", re.I)
_EACH_BEFORE = re.compile(r"(?<![^\W\d_])по\s+$", re.I)  # "по 3 години": each one's hours
_A_PARTS_HOURS = re.compile(r"\)[ \t]*[.;,]?[ \t]*$", re.M)  # the bracket closed at the line's end
# ... unless it follows the course's span: "8 тижнів (72 години)", "10 weeks (40 hours)" give the course's hours
_A_SPAN_BEFORE = re.compile(r"\d+\s*(?:тижн\w*|місяц\w*|днів|дні|день|weeks?|months?|days?|Wochen|semaines|"
                            r"tygodni\w*)\s*$", re.I)


_BARE_CREDITS = 4  # the patterns from this one on name credits without saying ECTS
# Either half of a conversion ("1 studiepoeng tilsvarer 1 ECTS-poeng", "1 credit = 1 ECTS"): no workload
_EQUALS = (r"(?:=|≈|~|tilsvarer|svarer\s+til|motsvarar|vastaa|equals|is\s+equal\s+to|corresponds\s+to|"
           r"відповідає|дорівнює|entspricht|equivale\s+a|correspond\s+à)")
_CONVERSION = re.compile(r"(?<![\d.,])1\s+[^\W\d_][\w-]*\s*" + _EQUALS + r"\s*$", re.I)
_CONVERTED = re.compile(r"\s*" + _EQUALS + r"\s*(?:1|one)\b", re.I)
# A credit's worth in hours ("1 ECTS credit = 27 hours of student work", "1 кредит ЄКТС = 30 год."): how the
# credits are counted, not how many the course has
_WORTH_IN_HOURS = re.compile(r"[ \t]*(?:[^\W\d_][\w-]*[ \t]*){0,2}?" + _EQUALS + r"[ \t]*\d+(?:[.,]\d+)?[ \t]*"
                             # ("1 ECTS ≈ 30 learner hours")
                             r"(?:[-–][ \t]*\d+[ \t]*)?(?:(?:learner|student|study|work|notional)[ \t]+)?"
                             r"(?:hours?|hrs?\b|h\b|год|годин|академ|stunden|std\b|heures|"
                             r"horas|ore\b|godzin|hodin|tuntia|timer|timmar|uur)", re.I)


# A number, then on the next line a capitalised label of credits ("Кредити ЄКТС", not the abbreviation "ECTS" wrapped
# after its number): another field's value above that label
_NEXT_FIELDS_LABEL = re.compile(r"[ \t]*\n[ \t]*(?:\([^()\d]{2,12}\)\s*)?(?-i:[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’])")


_NORDIC_CREDIT_WORDS = ("studiepo", "högskolepo", "opintopist")


def find_ects(text: str) -> tuple[float, str] | None:
    low = text.lower()
    nordic = any(w in low for w in _NORDIC_CREDIT_WORDS)
    for i, pat in enumerate(ECTS_PATTERNS):
        if i == 0 and not nordic:
            continue  # the Nordic credits' pattern scans every number: only where their names occur
        for m in pat.finditer(text):
            v = _num(m.group(1))
            converts = v == 1 and (_CONVERTED.match(text, m.end()) or _WORTH_IN_HOURS.match(text, m.end()))
            if i > 0 and _NEXT_FIELDS_LABEL.match(m.group(0), len(m.group(1))):
                continue  # "Кількість годин" / "30" / "Кредити ЄКТС" / "—": the hours, above the credits' label
            if converts or _CONVERSION.search(text, max(0, m.start() - 40), m.start()):
                continue
            # Bare "credits"/"кредити" count only when ECTS is mentioned somewhere in the text.
            if i >= _BARE_CREDITS and not re.search(r"ECTS|ЄКТС|ЕКТС", text, re.I):
                continue
            if 0 < v <= 400:
                return v, m.group(0).strip()
    return None


def find_eqf(text: str) -> tuple[int, str] | None:
    for pat in EQF_PATTERNS:
        m = pat.search(text)
        if m:
            v = int(m.group(1))
            if 1 <= v <= 8:
                return v, m.group(0).strip()
    return None


PARTICIPATION = [
    (re.compile(r"\b(?:blended|hybrid|змішан\w*|гібридн\w*|Blended Learning|очно-дистанційн\w*|"
                r"дистанційно-очн\w*|hybrydow\w*|semipresencial|hybride|kombinovan\w*|hibrid\w*|híbrid\w*|"
                r"ibrid\w*)\b", re.I), "blended"),
    (re.compile(r"\b(?:online|on-line|дистанційн\w*|онлайн|e-learning|remote|à distance|Fernunterricht|zdaln\w*|"
                r"distanční\w*|a distanza|a distancia|MOOC)\b", re.I), "online"),
    (re.compile(r"\b(?:onsite|on-site|in person|in-person|face-to-face|очн\w*|аудиторн\w*|Präsenz\w*|presencial|"
                r"stacjonarn\w*|prezenční\w*|in presenza|présentiel\w*)\b", re.I), "onsite"),
]  # fmt: skip
# A word that names the form itself ("Form: …", "w formie stacjonarnej", "змішана форма", "mode of delivery: …"): a
# kind named just before or after it is the form, whatever else the text says ("… z zadaniami online")
_FORM_WORD = re.compile(
    r"(?<![^\W\d_])(?:form(?:a|at|e|ie|ą|y|ě)?|mode|delivery|форм(?:а|і|у|ою|ат\w*)|modalit\w*|modalidad|regim|trybie|"
    r"Lernform|Unterrichtsform)(?![^\W\d_])",
    re.I,
)
_FORM_BEFORE = 40  # characters from the form word to the kind it names after it, on one line
# Words about checking the document near a kind are no form of the course ("Verify this certificate online at …")
_CHECKING = re.compile(r"verif|перевір|weryfik|ověř|überprüf|vérifi|\bcheck\b", re.I)
_CHECKING_BEFORE, _CHECKING_AFTER = 45, 20

_ASSESSMENT_LABELS = (
    r"(?:форма\s+(?:підсумкового\s+)?контролю|форма\s+оцінювання|вид\s+оцінювання|підсумковий\s+контроль|"
    r"форма\s+(?:іспиту|екзамену|(?:підсумкової\s+)?атестації)|підсумкова\s+атестація|"
    r"type\s+of\s+assessment|assessment(?:\s+(?:type|method|form))?|final\s+assessment|оцінювання|"
    r"Prüfungsform|Prüfungsleistung(?:en)?|Prüfungsart|Prüfung|"
    r"évaluation|evaluación|valutazione|avaliação|evaluare|beoordeling|toetsing|bedömning|bedømmelse|vurdering|"
    r"verifiche|verifica\s+finale|"
    r"modalità\s+(?:d'esame|di\s+verifica)|forma\s+zaliczenia|warunki\s+zaliczenia|"
    # a course page's: "Grading. Weekly problem sets 30% · …", "Grading scheme. …", "Як оцінюємо. …"
    # (not "Grading:" alone, which labels a result or a scale's legend: "Grading: Graduated …", "A 90–100 %, …")
    r"grading(?=\.[ \t])|grading\s+(?:scheme|breakdown|policy)|як\s+оцінюємо|"
    r"how\s+(?:you(?:['’]ll|\s+will)\s+be|we)\s+assess(?:ed)?)"
)
# Letters every label above contains (lower case): a text without any of them names no kind of assessment
ASSESSMENT_LABEL_WORDS = ("контрол", "оцінюван", "assessment", "prüfung", "évaluation", "evaluación", "valutazione",
                          "avaliação", "evaluare", "beoordeling", "toetsing", "bedömning", "bedømmelse", "vurdering",
                          "verific", "modalità", "zaliczenia", "форма іспит", "форма екзамен", "атестаці", "grading",
                          "оцінюємо", "how we assess", "be assessed")
ASSESSMENT = re.compile(
    # only where a word begins, with a letter one of the labels begins with: the scan skips the other positions
    r"(?=[фвпtafоpéevmbgяhw])(?<![^\W\d_])" + _ASSESSMENT_LABELS + r"\s*[:\-–—]\s*(.+)",
    re.I,
)
# The label at a line's start with the kind of assessment in one of three forms: alone on its line as a heading,
# the kind on the next ("Evaluare" / "Două teme …"); with what it was in brackets, a table of results below it, read
# whole ("Final assessment (20 February 2026, written and oral):"); as a sentence of its own at a paragraph's start,
# what was assessed after it ("Assessment. At the final review the mentor rated …")
ASSESSMENT_AT_LINE_START = re.compile(
    r"^[ \t]*" + _ASSESSMENT_LABELS
    + r"(?:[ \t]*\n[ \t]*(?P<below>\S.*)|[ \t]*\((?P<bracket>[^()\n]{3,80})\)[ \t]*:?[ \t]*$|"
    r"\.[ \t]+(?P<sentence>\S.*)|"
    # told in a sentence: "Assessment comprised four graded notebooks (40%), …", "Оцінювання складалося з …"
    r"[ \t]+(?:comprised|consisted\s+of|included|involved|was\s+(?:by|based\s+on|through)|складал(?:ося|ась|ось)\s+з|"
    r"включал[оа])[ \t]+(?P<told>\S.*))",
    re.I | re.M,
)


class Assessment(NamedTuple):
    """A kind of assessment read under its label: the value, where it begins and ends in the text, the label's
    words, and whether the label is a sentence of its own (the value then ends with its first sentence)."""

    value: str
    start: int
    end: int
    label: str
    sentence: bool


# A label of the grading scale, not of the kind of assessment ("Шкала оцінювання: 90–100 A …", "Grading scale")
_SCALE_BEFORE = re.compile(r"(?:шкал\w*|scale|scala|escala|Skala|система)\s+(?:of\s+|di\s+|de\s+)?$", re.I)
_RANGES = re.compile(r"\d+\s*[–-]\s*\d+\D+\d+\s*[–-]\s*\d+")  # "90–100 A …; 82–89 B": a scale's legend


# An outcomes column's header on the line above an assessment label: the two are a table's header cells
_OUTCOMES_CELL_ABOVE = re.compile(r"(?:learning\s+)?outcomes?\s*\n$|результати?\s+навчання\s*\n$", re.I)


def find_assessment(text: str) -> Assessment | None:
    """The first labelled kind of assessment ("Форма контролю: залік", "Підсумковий контроль — екзамен", or the label
    at a line's start in one of the forms of :data:`ASSESSMENT_AT_LINE_START`), not a grading scale's legend under a
    label that says "оцінювання" too."""
    found = sorted([*ASSESSMENT.finditer(text), *ASSESSMENT_AT_LINE_START.finditer(text)], key=lambda m: m.start())
    for m in found:
        group = 1 if m.re is ASSESSMENT else next(k for k in ("below", "bracket", "sentence", "told") if m.group(k))
        value = m.group(group)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _A_TOPIC_BEFORE.search(text, line_start, m.start()) and m.group(0)[:4].lower() == "оцін":
            continue  # a topic's name ("Інтервальне оцінювання: довірчі інтервали …"), not the label
        # (in its own sentence: "… нараховано 40 балів. Результат підсумкового оцінювання — зараховано.")
        sentence_start = max(line_start, text.rfind(". ", line_start, m.start()) + 2)
        if _A_RESULT_BEFORE.match(text, sentence_start, m.start()) or _A_SCORE.match(value.strip()):
            continue  # the result ("Результат підсумкового оцінювання: зараховано", "Final assessment: 87/100 …")
        if m.re is ASSESSMENT and _A_VERDICT.fullmatch(value):
            # a verdict under the label ("Final practical assessment: passed"): the label names the kind, with the
            # words before it on its line; a bare "Assessment: passed" names none
            named = text[sentence_start : m.start(group)].strip().rstrip(":-–—").strip()
            if 2 <= len(named.split()) <= 5:
                return Assessment(named, sentence_start, m.end(), m.group(0)[:30], False)
            continue
        if _SCALE_BEFORE.search(text, line_start, m.start()) or _RANGES.match(value.strip()):
            continue
        if group == "below" and len(value.split()) < 3:
            continue  # a table's header cells ("Assessment" / "Grade"), not a heading above its text
        if group == "below" and "\n" in text[m.start() : m.start(group)].strip() and _A_HEADER_CELL.match(value):
            continue  # a header cell wrapped in its column ("Форма" / "контролю" / "Оцінка (бали / ЄКТС /")
        if group == "below" and _OUTCOMES_CELL_ABOVE.search(text, max(0, line_start - 40), line_start):
            continue  # the column beside the outcomes' ("Learning outcome" / "Assessment method" / the first outcome)
        if group == "bracket":  # the label with its bracket says it: "Final assessment (29 May – 3 June 2026)"
            return Assessment(m.group(0).strip().rstrip(":").strip(), m.start(), m.end(), m.group(0)[:30], False)
        return Assessment(value, m.start(group), m.end(), m.group(0)[:30], group in ("sentence", "told"))
    return None


# The next cell of a table's header row ("Оцінка (бали / ЄКТС / нац.)", "Grade", "Hours")
_A_HEADER_CELL = re.compile(r"\s*(?:оцінка|оцінки|бали|години|год\.|кредити|grade|mark|hours|credits|result|результат)"
                            r"(?![^\W\d_])", re.I)
# A result's label around the assessment's ("Результат підсумкового оцінювання:"), and a score where its kind would be
_A_RESULT_BEFORE = re.compile(r"\s*(?:результат|оцінка|result|grade|score)\w*\s+\w+\s*$", re.I)
# A verdict alone where the kind would be ("passed", "зараховано", "bestanden")
_VERDICTS = (r"(?:passed|pass|successful(?:ly\s+completed)?|completed|satisfactory|achieved|зараховано|зарахован[аоий]|"
             r"склав|склала|успішно|виконано|zaliczon[aoy]|zdany|zdan[ao]|bestanden|splněno|vyhověl[a]?|réussi|"
             r"superato|aprobado|apto)")
_A_VERDICT = re.compile(r"\s*" + _VERDICTS + r"\s*[.!]?\s*", re.I)
# The verdict after the kind, past a dash ("тест … та симуляційний сценарій «…» — зараховано."): no part of it
VERDICT_AFTER_DASH = re.compile(r"\s*[—–]\s*[«“\"]?" + _VERDICTS + r"[»”\"]?\s*[.!]?\s*$", re.I)
_A_SCORE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:/\s*\d+|%|бал\w*|points?)", re.I)
# "оцінювання" as a topic of statistics ("Інтервальне оцінювання: довірчі інтервали …", "Точкове оцінювання
# параметрів"), not how the learner was assessed ("Підсумкове оцінювання:", "Формувальне оцінювання:")
_A_TOPIC_BEFORE = re.compile(r"(?<![^\W\d_])(?:інтервальне|точкове|статистичне|байєсове|баєсове)\s+$", re.I)


# A line that labels the final task ("Capstone: plan a mobile app launch …", "Атестація: практичне завдання …"),
# not a row of a table of modules with its hours ("Capstone Project: churn prediction | 40 h")
FINAL_TASK = re.compile(
    r"^\s*(?:capstone(?:\s+project)?|final\s+(?:project|case(?:\s+study)?)|підсумковий\s+проєкт|"
    r"(?:підсумковий|фінальний)\s+кейс|атестація)\s*[:\-–]\s*"
    r"(?![^\n]*\d+\s*(?:h|hrs?|hours|год\.?|годин\w*)\s*$)(\S[^\n]*)$",
    re.I | re.M,
)
ASSESSMENT_WORDS = re.compile(
    r"(?=[etqpaіезтпвк])"  # a letter the words begin with: most positions are skipped at once
    # (not a machine learning's or a tester's "test set", "test cases", "test data")
    r"\b(?:exam(?:ination)?s?|test(?!\s+(?:sets?|cases?|data|suites?|coverage|plans?|scripts?|environments?)\b)|"
    # (not the subject of managing projects: "Site Supervision & Project Delivery", "Project Management")
    r"quiz(?:zes)?|project(?!\s+(?:management|delivery|planning|manager|lifecycle|life\s+cycle|risks?)\b)|essay|"
    r"assignment|peer[- ]review|"
    # "виконав випускну (атестаційну) роботу на тему …"
    r"(?:випускн|атестаційн|кваліфікаційн|курсов)\w*\s+(?:\(\w+\)\s+)?робот\w*|"
    # (not software testing: "інженер з тестування", "тестування вебзастосунку", "тест-кейси")
    r"іспити?|екзамени?|заліки?|(?<!з\s)тестування(?!\s+(?:програм|веб|застосун|api|коду|мобільн|продукт|rest))|"
    r"тест(?![-‑]кейс)|проєкт|проект|"
    # a defence, not the protection of something ("Закон «Про захист персональних даних»", "захист інформації")
    r"захист(?!\s+(?:персональних|інформації|даних|прав|від|довкілля|об['’]єктів)))\b",
    re.I,
)


# Letters every word of each pattern above contains (lower case): a text without them needs no scan.
_PARTICIPATION_HINTS = (("blend", "hybrid", "змішан", "гібридн", "очно-дистанційн", "дистанційно-очн", "semipresencial",
                         "kombinovan", "hibrid", "híbrid", "ibrid"),
                        ("line", "дистанційн", "онлайн", "learning", "remote", "distance", "fernunterricht", "zdaln",
                         "distanční", "distanza", "distancia", "mooc"),
                        ("site", "person", "face", "очн", "аудиторн", "präsenz", "presencial", "stacjonarn",
                         "prezenční", "presenza", "présentiel"))


def find_participation(text: str) -> tuple[str, str] | None:
    """The form of participation (``blended``, ``online``, ``onsite``) and the words that say it: the first kind named
    as the form (just after or before a word for it), else the first kind in that order named away from words
    about checking the document."""
    low = text.lower()
    found: list[tuple[int, int, int, re.Match[str]]] = []  # (0 named as the form, else 1; where; which kind; match)
    for order, ((pat, _label), hints) in enumerate(zip(PARTICIPATION, _PARTICIPATION_HINTS, strict=True)):
        if not any(h in low for h in hints):
            continue
        for m in pat.finditer(text):
            before = text[max(0, m.start() - _FORM_BEFORE) : m.start()].rsplit("\n", 1)[-1]
            if _NOT_THIS_FORM.search(text, max(0, m.start() - 40), m.start()):
                continue  # "… в онлайн-форматі й не замінює очного практичного тренінгу": the form it is not
            after = text[m.end() : m.end() + 24].split("\n", 1)[0]
            word_after = _FORM_WORD.match(after, len(after) - len(after.lstrip(" \t")))
            if _FORM_WORD.search(before) or (word_after and word_after.start() > 0):
                found.append((0, m.start(), order, m))
            elif not _checking_near(text, m):
                found.append((1, 0, order, m))
    if not found:
        return None
    _, _, order, m = min(found, key=lambda f: (f[0], f[1], f[2]))
    return PARTICIPATION[order][1], m.group(0)


# What a course does not replace or is not: a form of participation it was not held in
_NOT_THIS_FORM = re.compile(r"(?:не\s+замінює|не\s+заміняє|does\s+not\s+replace|do\s+not\s+replace|is\s+not\s+a\s+"
                            r"substitute\s+for|instead\s+of|замість|nie\s+zastępuje|ersetzt\s+nicht)\s+(?:[\w-]+\s+){0,2}$",
                            re.I)


def _checking_near(text: str, m: re.Match[str]) -> bool:
    """Whether words about checking the document stand near ``m``, in its sentence and on its line."""
    before = re.split(r"\n|\.\s", text[max(0, m.start() - _CHECKING_BEFORE) : m.start()])[-1]
    after = re.split(r"\n|\.\s", text[m.end() : m.end() + _CHECKING_AFTER], maxsplit=1)[0]
    return bool(_CHECKING.search(before) or _CHECKING.search(after))
