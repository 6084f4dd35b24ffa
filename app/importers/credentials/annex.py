"""A certificate laid out as the elements of Annex I of the Council Recommendation on micro-credentials (2022/C 243/02):
each element under its own label ("Title of the micro-credential", "Notional workload needed to achieve the learning
outcomes …", "Тип оцінювання"), the value after a colon or on the lines below, often as a two-column table whose
label cells wrap over several lines.

Only the labels are read here, as text; what each value means (a date, a workload, a country) is read by the PDF
reader's own field parsers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_EN = {
    "learner_name": r"identification\s+of\s+the\s+learner",
    "title": r"title\s+of\s+the\s+micro-?\s*credential",
    "issuer_country": r"country\s*(?:\(ies\))?\s*(?:(?:/|or)\s*region\s*(?:\(s\))?\s*)?of\s+(?:the\s+)?(?:issuer|issue|"
                      r"awarding\s+body)",
    # (with the country on the same label: "Awarding body / country")
    "awarding_body": r"awarding\s+bod(?:y|ies)(?:\s*\(ies\))?(?:\s*(?:/|and)\s*country(?:\s*\(ies\))?)?",
    "issued_on": r"date\s+of\s+issu(?:ing|e|ance)",
    "learning_outcomes": r"learning\s+outcomes",
    "workload": r"notional\s+workload(?:\s+needed\s+to\s+achieve\s+the\s+learning\s+outcomes)?"
                r"(?:\s*\(in\s+ECTS\s+credits,?\s+wherever\s+possible\))?",
    "eqf_level": r"level\s*\([^()\n]{0,30}(?:EQF|NQF|NFQ|QF-EHEA)[^()]{0,30}\)|EQF\s+level|"
                 r"level\s*(?:\(and\s+cycle,?\s+if\s+applicable\))?\s*"
                 r"(?:of\s+the\s+learning\s+experience\s+leading\s+to\s+the\s+micro-?\s*credential)?\s*(?:\((?:EQF|QF-EHEA|EQF,\s*QF-EHEA)\))?(?:,?\s*if\s+applicable)?",
    "assessment_type": r"type\s+of\s+assessment",
    "participation_form": r"form\s+of\s+participation(?:\s+in\s+the\s+learning\s+activity)?",
    "quality_assurance": r"type\s+of\s+quality\s+assurance(?:\s+used\s+to\s+underpin\s+the\s+"
                         r"(?:creation\s+of\s+the\s+)?micro-?\s*credential)?",
    "prerequisites": r"prerequisites(?:\s+needed\s+to\s+enrol\s+in\s+the\s+learning\s+activity)?",
    "supervision": r"(?:type\s+of\s+)?supervision\s+and\s+identity\s+verification",
    "grade": r"grade\s+achieved",
    "stackability": r"integration\s*/\s*stackability\s+options",
    "further_information": r"further\s+information",
}  # fmt: skip
_UK = {
    "learner_name": r"ідентифікація\s+(?:здобувача|особи|слухача)|"
                    r"(?:ім['’]я\s+(?:та|і)\s+прізвище|прізвище\s+(?:та|і)\s+ім['’]я)(?:\s+(?:здобувача|слухача))?",
    "title": r"назва\s+мікрокваліфікації",
    "issuer_country": r"країн[аи]\s*(?:\(и\))?\s*(?:/\s*регіон\s*(?:\(и\))?\s*)?видавця",
    "awarding_body": r"орган\s*(?:\(и\))?\s*,?\s*(?:що|який|які)\s+присуджу\w*|присуджуючий\s+орган|"
                     r"заклад\s*,?\s*(?:що|який)\s+(?:присуджує|присвоює|видає)(?:\s+мікрокваліфікацію)?",
    "issued_on": r"дата\s+видачі",
    "learning_outcomes": r"результати\s+навчання",
    "workload": r"обсяг\s+навчального\s+навантаження|"
                r"умовне\s+навчальне\s+навантаження(?:\s*,?\s*необхідне\s+для\s+досягнення\s+результатів\s+навчання)?"
                r"(?:\s*\([^)]{0,60}\))?",
    "eqf_level": r"рівень\s+(?:НРК|ЄРК)(?:\s*/\s*(?:НРК|ЄРК))?|"
                 r"рівень(?:\s*\(і\s+цикл[^)]{0,40}\))?(?:\s+(?:мікрокваліфікації|навчання))?",
    "assessment_type": r"(?:тип|форма|вид)\s+(?:підсумкового\s+)?(?:оцінювання|контролю)",
    "participation_form": r"форма\s+участі(?:\s+(?:у|в)\s+навчальній\s+діяльності)?",
    "quality_assurance": r"тип\s+забезпечення\s+якості",
    "prerequisites": r"передумови(?:\s+для\s+(?:вступу|зарахування|участі))?",
    "supervision": r"(?:тип\s+)?нагляд\w*\s+(?:та|і)\s+(?:перевірк\w+|верифікаці\w+)\s+особи",
    "grade": r"отримана\s+оцінка",
    "stackability": r"можливості\s+інтеграції(?:\s*/\s*(?:накопичення|поєднання))?",
    "further_information": r"додаткова\s+інформація",
}  # fmt: skip
# The shorter labels certificates laid out so print ("Learner", "Country", "Quality assurance", "Result"): read as
# labels once the Recommendation's own words have shown the layout, never counted to show it
_EN_SHORT = {
    "learner_name": r"learner(?:['’]s)?(?:\s+name)?|name",
    "title": r"title",
    "issuer_country": r"country(?:\s*/\s*region)?",
    "assessment_type": r"assessment(?:\s+method)?",
    "supervision": r"identity\s+verification",
    "quality_assurance": r"quality\s+assurance",
    "grade": r"(?:final\s+)?(?:grade|result)",
    "stackability": r"(?:integration\s*/\s*)?stackability(?:\s+options)?",
    "period": r"(?:period|dates?)\s+of\s+(?:the\s+)?(?:learning|study|studies)",
}  # fmt: skip
_UK_SHORT = {
    "issuer_country": r"країна",
    "quality_assurance": r"забезпечення\s+якості",
}  # fmt: skip
_LABEL = re.compile(
    "|".join(f"(?P<{lang}_{name}>{pattern})"
             for lang, table in (("en", _EN), ("uk", _UK), ("enshort", _EN_SHORT), ("ukshort", _UK_SHORT))
             for name, pattern in table.items()),
    re.I,
)  # fmt: skip
# Words of labels that only Annex I's layout has: two of them must be in the text before the labels are looked for
_HINTS = ("micro-credential", "microcredential", "awarding bod", "notional workload", "type of assessment",
          "form of participation", "quality assurance", "identity verification", "stackability",
          "мікрокваліфікац", "присуджу", "навчальне навантаження", "тип оцінювання", "форма участі",
          "забезпечення якості", "перевірк", "можливості інтеграції")
# A label is the start of a line, ends at a colon or at the end of its line (the value is below it, in a table's
# other column), and is at most this long (the longest of Annex I's wraps over three lines).
_MAX_LABEL = 200
ENOUGH_LABELS = 4  # fewer: an ordinary certificate that happens to say "Learning outcomes" or "Date of issue"


# What may stand before a label on its line: the number of its box ("7  Notional workload"), the label in the
# certificate's own language before the English one ("6  Lernergebnisse / Learning outcomes")
# ("Identifikation der/des Lernenden / Identification of the learner": a slash inside a word is no separator)
_OWN_LABEL = r"(?:[^/:\n]|(?<=\S)/(?=\S)){1,60}?[ \t]/[ \t]*"
# (a box's or a section's number: "3", "11.", "2.1", "5.3.")
_BEFORE_LABEL = re.compile(rf"\d{{1,2}}(?:\.\d{{1,2}})*[.)]?[ \t\xa0]+(?:{_OWN_LABEL})?|{_OWN_LABEL}")


def _label_at(text: str, at: int) -> re.Match[str] | None:
    """The label that begins the line at ``at``, perhaps after its box's number or its name in another language."""
    found = _LABEL.match(text, at)
    if found is None and (before := _BEFORE_LABEL.match(text, at)) is not None:
        found = _LABEL.match(text, before.end())
    return found


def _label_wrapped(text: str, at: int) -> tuple[str, int] | None:
    """The element whose label is the short line at ``at`` and the next one together ("Country /" / "region",
    "Awarding" / "body"), and where its value begins (the line after); None otherwise."""
    first_end = text.find("\n", at)
    if first_end == -1 or not 0 < first_end - at <= 20:
        return None
    second_end = text.find("\n", first_end + 1)
    second_end = len(text) if second_end == -1 else second_end
    joined = f"{text[at:first_end].strip()} {text[first_end + 1 : second_end].strip()}".rstrip(" :")
    m = _LABEL.match(joined)
    if m is None or m.end() != len(joined) or second_end - first_end > 30:
        return None
    return (m.lastgroup or "_").split("_", 1)[1], min(second_end + 1, len(text))


def _labels_in(text: str) -> tuple[list[tuple[int, int, str]], set[str]]:
    """The labels that begin lines of ``text``: (where each starts, where its value starts, its element) in order, and
    the elements labelled in the Recommendation's own words."""
    found: list[tuple[int, int, str]] = []  # label start, value start, element
    shown: set[str] = set()  # the elements labelled in the Recommendation's own words
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    for line_at in line_starts:  # a label begins its line
        m = _label_at(text, line_at)
        if m is None:
            wrapped = _label_wrapped(text, line_at)
            if wrapped is not None:  # a label wrapped in its narrow column: "Country /" / "region"
                name, begin = wrapped
                if not (found and found[-1][2] == name):
                    shown.add(name)
                    found.append((line_at, begin, name))
            continue
        # (the value after a colon, below, or after a table's gap: "Country    Deutschland (DE)")
        # (or after its period, a numbered label's: "2. Title. Cadastral Data …")
        after = re.match(r"[ \t]*(?:[:\-–][ \t]*|\n)|[ \t]*$|[ \t]{2,}|\.[ \t]+(?=\S)", text[m.end() : m.end() + 3])
        if after is not None and after.group(0).startswith(".") and not _NUMBERED.match(text, line_at):
            continue
        if after is None or m.end() - m.start() > _MAX_LABEL:
            continue
        lang, name = (m.lastgroup or "_").split("_", 1)
        if found and found[-1][2] == name:
            if (text[found[-1][1] : line_at].strip() or not _NUMBERED.match(text, found[-1][0])
                    or not _NUMBERED.match(text, line_at)):
                continue
            found.pop()  # a section's heading with nothing under it before its first label: "1 Learner" / "1.1 Name:"
        if not lang.endswith("short"):
            shown.add(name)
        # (a box's number alone on the line above belongs to the label: "3" / "Країна")
        above = text.rfind("\n", 0, max(line_at - 1, 0)) + 1 if line_at else 0
        if line_at and re.fullmatch(r"[ \t]*\d{1,2}[.)]?[ \t]*", text[above : line_at - 1]):
            line_at = above
        found.append((line_at, m.end() + len(after.group(0)), name))
    return found, shown


def read_labelled_elements(text: str) -> dict[str, tuple[str, int]]:
    """Element name → (the text under its label, where the label starts) for a certificate that labels at least
    ``ENOUGH_LABELS`` Annex I elements; empty for any other text. ``text``: the lines of the certificate joined with
    newlines."""
    low = text.lower()
    if sum(word in low for word in _HINTS) < 2:  # the cheap test first: most certificates name no such element
        return {}
    found, shown = _labels_in(text)
    if len(shown) < ENOUGH_LABELS:
        return {}
    out: dict[str, tuple[str, int]] = {}
    for n, (at, begin, name) in enumerate(found):
        # the last value ends with its paragraph's few lines (a signature or a footer may follow)
        end = found[n + 1][0] if n + 1 < len(found) else _lines_end(text, begin, _LAST_VALUE_LINES)
        if text[at:begin].strip().isupper():  # labels in capitals: the next such line ends the value, an
            end = _first_line_such(text, begin, end, _in_capitals)  # element of Annex I or not ("CREDENTIAL ID")
        elif ":" in text[at:begin] and text[begin - 1 : begin] != "\n":  # "Label: value" lines: the next line
            end = _first_line_such(text, begin, end, _opens_with_a_label)  # that opens with a label ends it
        if _NUMBERED.match(text, at):  # numbered labels ("2.6 Level: …"): the next numbered line ends the value
            end = _first_line_such(text, begin - 1, end, _a_numbered_line)
        elif text[begin - 1 : begin] == "\n":  # values below their labels: a label of another field alone on its line
            end = _first_line_such(text, begin - 1, end, _another_fields_label)  # ends one ("Title" / … / "Issuer")
        value = _before_a_label_inside(" ".join(text[begin:end].split()))
        if value and name not in out:
            out[name] = (value, at)
    return out


_LAST_VALUE_LINES = 3


# A line that opens with a section's or a box's number and a word: "3  Learning outcomes", "4.4 Supervision …"
_NUMBERED = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*[.)]?[ \t\xa0]+(?-i:[A-ZА-ЯІЇЄҐ])")


# Labels of fields that are no element of Annex I, alone on their line in a table of labels: "Issuer", "Credential ID"
_OTHER_FIELDS_LABEL = re.compile(r"(?:issuer|provider|issued\s+by|awarded\s+by|organi[sz]er|credential\s+id|"
                                 r"certificate\s+(?:no\.?|number|id)|видавець|організатор)\s*:?", re.I)


def _another_fields_label(line: str) -> bool:
    return _OTHER_FIELDS_LABEL.fullmatch(line.strip()) is not None


def _a_numbered_line(line: str) -> bool:
    return _NUMBERED.match(line) is not None


def _before_a_label_inside(value: str) -> str:
    """``value`` up to the end of the sentence after which another element's label and its colon follow on the same
    line ("Слобожанський медичний університет (Україна). Рівень: 6 НРК …")."""
    for m in re.finditer(r"[.;]\s+", value):
        label = _LABEL.match(value, m.end())
        if label is not None and value[label.end() : label.end() + 2].lstrip().startswith(":"):
            return value[: m.start()].rstrip()
    return value


def _first_line_such(text: str, start: int, end: int, such: Callable[[str], bool]) -> int:
    """Where the first line after the first one of ``text[start:end]`` that is ``such`` begins, or ``end``."""
    at = text.find("\n", start, end)
    while at != -1 and at + 1 < end:
        line_end = text.find("\n", at + 1, end)
        if such(text[at + 1 : line_end if line_end != -1 else end].strip()):
            return at + 1
        at = line_end
    return end


def _in_capitals(line: str) -> bool:
    """A side panel's next label: a line in capitals of two words at most, no figure."""
    return line.isupper() and len(line.split()) <= 2 and not any(ch.isdigit() for ch in line)


def _opens_with_a_label(line: str) -> bool:
    """A line that opens with a label and its colon ("Оцінка: 87 з 100", "Credential ID:")."""
    return _ANOTHER_LABEL.match(f"{line}\n") is not None


def _lines_end(text: str, start: int, lines: int) -> int:
    """The end of the ``lines`` lines from ``start``, or of those before a line that opens with a label of its own
    ("Credential ID: …" after the last element)."""
    end = start
    for _ in range(lines):
        if end > start and _ANOTHER_LABEL.match(text, end + 1):
            return end
        end = text.find("\n", end + 1)
        if end == -1:
            return len(text)
    return end


_ANOTHER_LABEL = re.compile(r"[^\W\d][\w .'’()/-]{1,40}:\s")
