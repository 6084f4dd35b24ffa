"""The statements a long outcome is made of.

A credential often says in one sentence what a programme says in several short outcomes ("Розгортає фронтенд і API
на хмарних платформах (Render, Vercel), під'єднує власний домен із HTTPS"). Matched as a whole, the sentence's other
words dilute each statement it makes, so a short component outcome it does contain stays "partly". Its statements,
its head (what a colon's or a comma's list elaborates: "plan a small IT project: scope, schedule and budget") and the
sentence without its parenthesised lists are matched beside it (``coverage``); the best of them stands for the
outcome.

A statement starts with a verb: a comma, colon or dash separates two statements only when a verb follows it, and
items of a list ("монотонність, екстремуми та опуклість") stay together. Semicolons and the ends of sentences always
separate.
"""

from __future__ import annotations

import re

from app.matching.bloom import verb_levels
from app.matching.text import lemmatise_word, normalise

MIN_WORDS = 3  # a shorter piece ("second", "Vercel") states no outcome of its own
MAX_PIECES = 12  # per outcome: a page-long paragraph read as one outcome adds at most this many texts to compare

_PARENTHESES = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# semicolons, and the end of a sentence ("Працює за Scrum. Організовує планування спринту …"; not "м. Київ")
_HARD_BREAK = re.compile(r"\s*;\s*|(?<=[^\W\d_]{3})\.\s+(?=[A-ZА-ЯІЇЄҐ])")
_SOFT_BREAK = re.compile(r"(\s*(?:[:,]|\s[—–-])\s+)")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[а-яіїєґ]", re.IGNORECASE)
# Ukrainian verbs: an infinitive lemma, or the present tense's third person the outcomes of a certificate use
_UK_INFINITIVE = ("ти", "тися", "тись")
_UK_THIRD_PERSON = ("ує", "ює", "ає", "яє", "іє", "ить", "іть", "їть", "ать", "ять", "уть", "ють")


def _is_verb(word: str, before: str = "") -> bool:
    """Whether ``word`` (``before`` it: the word before, if any) reads as a verb: in Ukrainian by its form, in
    English after "to" or as a verb of the Bloom list."""
    word = normalise(word)
    if _CYRILLIC.search(word):
        return lemmatise_word(word, "uk").endswith(_UK_INFINITIVE) or word.endswith(_UK_THIRD_PERSON)
    return normalise(before) == "to" or lemmatise_word(word, "en") in verb_levels("en")


def _starts_with_verb(piece: str) -> bool:
    first = _WORD.search(piece)
    return first is not None and _is_verb(first.group())


def _ends_with_verb(piece: str) -> bool:
    words = _WORD.findall(piece)
    return bool(words) and _is_verb(words[-1], words[-2] if len(words) > 1 else "")


def _statements(segment: str) -> list[str]:
    """``segment`` split where a comma, colon or dash is followed by a verb — unless a verb precedes it too: verbs
    that share their object ("to load, clean and transform data") make one statement."""
    parts = _SOFT_BREAK.split(segment)
    out = [parts[0]]
    for sep, piece in zip(parts[1::2], parts[2::2], strict=True):
        if _starts_with_verb(piece) and not _ends_with_verb(out[-1]):
            out.append(piece)
        else:
            out[-1] += sep + piece
    return out


def clauses(text: str) -> list[str]:
    """The pieces of ``text`` matched beside it: the text without its parenthesised parts, and each statement of at
    least ``MIN_WORDS`` words; never the text itself, each piece once."""
    whole = text.strip().rstrip(".")
    plain = _PARENTHESES.sub("", whole).strip()
    pieces = [plain]
    for segment in _HARD_BREAK.split(plain):
        statements = _statements(segment)
        head = _SOFT_BREAK.split(segment, maxsplit=1)[0]  # what the rest of the first statement elaborates
        pieces += [head] if statements[0] != head and not _ends_with_verb(head) else []
        pieces += statements
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip(" .,:;")
        if piece and piece != whole and piece not in out and len(_WORD.findall(piece)) >= MIN_WORDS:
            out.append(piece)
            if len(out) == MAX_PIECES:
                break
    return out
