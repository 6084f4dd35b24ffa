"""Comparing the credential's learner with the applicant.

Names are compared across Cyrillic and the official Ukrainian Latin transliteration (Resolution of the
Cabinet of Ministers of Ukraine No. 55 of 27 January 2010), word order and case ignored; a patronymic present
on one side only does not prevent a match. Open Badges hashed identities (``sha256$hex`` of identity + salt)
are compared by recomputing the hash of each applicant identity.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from app.domain.translit import transliterate
from app.messages import Message, msg

from .record import LearnerMatch

# The kinds of learner identity a credential names, as the comparison reports them.
_KINDS = {"name": msg("name"), "email": msg("e-mail"), "url": msg("web address"), "identity": msg("identifier"),
          "telephone": msg("telephone")}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")  # none of them in a Cyrillic name: it may be written in Russian
_HASHED = re.compile(r"^(sha256|sha1|md5|sha512)\$", re.I)


def _tokens(name: str) -> list[str]:
    if CYRILLIC.search(name):
        name = transliterate(name)
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = re.sub(r"[’'ʼ`]", "", name)
    return [t for t in re.split(r"[^a-z0-9]+", name) if t]


def _fold(token: str) -> str:
    """Collapse the spelling differences between transliteration systems (ya/ia, -iy/-yi/-y, kh/h, ...)."""
    t = token
    for a, b in (
        ("shch", "sc"),
        ("sch", "sc"),
        ("kh", "h"),
        ("zh", "z"),
        ("ts", "c"),
        ("ch", "c"),
        ("sh", "s"),
        ("yi", "i"),
        ("iy", "i"),
        ("ij", "i"),
        ("j", "i"),
        ("y", "i"),
        ("g", "h"),
    ):
        t = t.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", t)


def compare_names(credential_name: str, applicant: str) -> tuple[str, Message]:
    """Return ('match'|'probable'|'mismatch', detail)."""
    a = _tokens(credential_name)
    b = _tokens(applicant)
    if not a or not b:
        return "mismatch", msg("nothing to compare")
    sa, sb = set(a), set(b)
    if sa == sb:
        return "match", msg("same name")
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(small) >= 2 and small <= big and len(big) - len(small) <= 1:
        return "match", msg("same name (one side adds a patronymic or middle name)")
    if CYRILLIC.search(credential_name) and CYRILLIC.search(applicant):
        for declined in _declined(" ".join(applicant.split())):
            sd = set(_tokens(declined))
            small, big = (sa, sd) if len(sa) <= len(sd) else (sd, sa)
            if sa == sd or (len(small) >= 2 and small <= big and len(big) - len(small) <= 1):
                # "Свідоцтво видано Петренку Івану Івановичу": Ukrainian papers name the holder in a case
                return "match", msg("same name in another grammatical case ({name})", name=declined)
    fa, fb = {_fold(t) for t in a}, {_fold(t) for t in b}
    fsmall, fbig = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    if fa == fb or (len(fsmall) >= 2 and fsmall <= fbig and len(fbig) - len(fsmall) <= 1):
        return "probable", msg("same name in another transliteration (e.g. -iy/-yi, ya/ia): confirm with the "
                               "applicant")
    russian_form = CYRILLIC.search(credential_name) and not _UKRAINIAN_LETTERS.search(credential_name)
    if russian_form and CYRILLIC.search(applicant) and _same_but_spelling(sorted(fa), sorted(fb)):
        return "probable", msg("the same names but one written differently (e.g. in its Russian form: Сергей / "
                               "Сергій): confirm with the applicant")
    score = fuzz.token_sort_ratio(" ".join(sorted(a)), " ".join(sorted(b)))
    # Close as a whole, and each word close to one of the other's: a typo or another transliteration. A long shared
    # family name makes two people close as a whole ("Петренко Олена" / "Петренко Олег", 89%): not the same.
    if score >= 88 and _words_close(sorted(fa), sorted(fb)):
        return "probable", msg("names are close ({score:.0f}%): a different transliteration or a typo", score=score)
    if len(small) >= 2:
        best = fuzz.token_set_ratio(" ".join(a), " ".join(b))
        if best >= 92:
            return "probable", msg("names are close ({score:.0f}%) apart from extra words", score=best)
    return "mismatch", msg("names differ ({score:.0f}% similar)", score=score)


def _words_close(a: list[str], b: list[str], at_least: float = 75) -> bool:
    """Whether every word of one name that the other lacks is close to one of the other's words it lacks."""
    rest_a, rest_b = [t for t in a if t not in b], [t for t in b if t not in a]
    for word in rest_a:
        if not rest_b:
            return True  # the other name has fewer words: the extra ones are not a difference of spelling
        best = max(rest_b, key=lambda other: fuzz.ratio(word, other))
        if fuzz.ratio(word, best) < at_least:
            return False
        rest_b.remove(best)
    return True


def _same_but_spelling(a: list[str], b: list[str]) -> bool:
    """Whether two names of as many words, at least one of them the same, have every other word close to one of the
    other's ("serhei" / "serhi", "elena" / "olena", "nikolaevna" / "mikolaivna"): a name written in another
    language's form, not another person (a brother's given name, "andri" / "serhi", is not close)."""
    if len(a) != len(b) or len(a) < 2:
        return False
    rest_a, rest_b = [t for t in a if t not in b], [t for t in b if t not in a]
    if not rest_a or len(rest_a) == len(a) or len(rest_a) != len(rest_b):
        return False
    return _words_close(a, b)


@lru_cache(maxsize=256)
def _declined(applicant: str) -> tuple[str, ...]:
    """The applicant's Ukrainian name in the cases a certificate may use (genitive, dative, accusative,
    instrumental, locative), by shevchenko's rules, for the word orders "Прізвище Ім'я [По батькові]" and
    "Ім'я [По батькові] Прізвище"; nothing where the rules do not know the name."""
    import shevchenko

    words = applicant.split()
    if not 2 <= len(words) <= 3:
        return ()
    orders = [(words[0], words[1], words[2] if len(words) == 3 else "")]
    orders.append((words[-1], words[0], words[1] if len(words) == 3 else ""))
    out: list[str] = []
    for family, given, patronymic in orders:
        person = {"family_name": family, "given_name": given} | ({"patronymic_name": patronymic} if patronymic else {})
        for case in ("genitive", "dative", "accusative", "ablative", "locative"):
            try:
                result = shevchenko.in_case(case, **person)
            except Exception:  # noqa: BLE001, S112 - the rules refuse names they cannot classify: no declined form
                continue
            out.append(" ".join(result.get(k, v) for k, v in person.items()))
    return tuple(dict.fromkeys(out))


def hashed_identity_matches(identity: str, salt: str | None, candidate: str) -> bool:
    alg, _, hexdigest = identity.partition("$")
    alg = alg.lower()
    if alg not in ("sha256", "md5", "sha1", "sha512") or not hexdigest:
        return False
    h = hashlib.new(alg)
    h.update((candidate.strip() + (salt or "")).encode("utf-8"))
    if h.hexdigest() == hexdigest.lower():
        return True
    h2 = hashlib.new(alg)
    h2.update((candidate.strip().lower() + (salt or "")).encode("utf-8"))
    return h2.hexdigest() == hexdigest.lower()


def match_learner(  # noqa: C901 (the name comparison rules in order of strength; each returns early)
    names: Sequence[str],
    identities: Sequence[dict[str, Any]],
    applicant_names: Sequence[str],
    applicant_ids: Sequence[str] = (),
) -> LearnerMatch:
    """Compare what the credential says about its learner with the applicant's names and identifiers."""
    applicants = [a for a in applicant_names if a and a.strip()]
    ids = [a for a in applicant_ids if a and a.strip()] + applicants
    if not applicants and not ids:
        return LearnerMatch("not-checked", "", msg("no applicant given"))
    # Hashed (or plain) identities first: an exact, cryptographic comparison.
    for ident in identities:
        value = str(ident.get("identity", ""))
        kind = str(ident.get("type", "identity"))
        if ident.get("hashed") or _HASHED.match(value):
            for cand in ids:
                if hashed_identity_matches(value, ident.get("salt"), cand):
                    return LearnerMatch("match", f"hashed {kind}", msg("{identity}… equals the hash of {candidate!r}",
                                                                         identity=value[:20], candidate=cand))
        else:
            for cand in ids:
                if value.strip().lower() == cand.strip().lower():
                    return LearnerMatch("match", kind, msg("{kind} {value!r} equals the applicant's",
                                                           kind=_KINDS.get(kind, kind), value=value))
    best: LearnerMatch | None = None
    for name in names:
        for app in applicants:
            status, detail = compare_names(name, app)
            if status == "match":
                return LearnerMatch("match", "name", msg("{name!r} ~ {applicant!r}: {detail}", name=name, applicant=app,
                                                         detail=detail))
            if status == "probable" and (best is None or best.status != "probable"):
                best = LearnerMatch("probable", "name", msg("{name!r} ~ {applicant!r}: {detail}", name=name,
                                                            applicant=app, detail=detail))
            elif best is None:
                best = LearnerMatch("mismatch", "name", msg("{name!r} vs {applicant!r}: {detail}", name=name,
                                                            applicant=app, detail=detail))
    if best is not None:
        return best
    if identities:
        if any(ident.get("hashed") or _HASHED.match(str(ident.get("identity", ""))) for ident in identities):
            return LearnerMatch(
                "mismatch",
                "hashed identity",
                msg("the credential's hashed learner identity matches none of the applicant's names or identifiers "
                    "(give the applicant's e-mail address to compare)"),
            )
        shown = ", ".join(f"{ident.get('type', 'identity')} {ident.get('identity')!r}" for ident in identities[:2])
        return LearnerMatch(
            "mismatch",
            "identity",
            msg("the credential names its learner only by {shown}, which matches none of the applicant's names or "
                "identifiers (give the applicant's e-mail address to compare)", shown=shown),
        )
    return LearnerMatch("unknown", "", msg("the credential does not name its learner"))
