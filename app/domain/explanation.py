"""How a matched pair of outcomes is explained: the words they share ("shared: analyse, data"), and, when a statement
of a long credential outcome matched rather than the whole of it, that statement ("part matched: «…»").

The explanation is stored with each outcome pair as its English text, one line each; it is shown in the reader's
language by reading it back (``explanation_parts``) and translating its messages (``explanation_messages``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.messages import Message, msg

SHARED_PREFIX = "shared: "
PART_PREFIX = "part matched: «"
PART_END = "»"
# A rule of the matching that holds a pair below the status its score gives (``coverage._best_shown``): stored as
# its code on a line of its own, so that the proposal made again from the stored pairs keeps it
HELD_PREFIX = "held: "
# ("standing": the credential's outcomes stand no nearer to the component than to the programme's at large,
# app.matching.standing; "name": the credential's text is a name alone, a tag, beside an outcome that says what is
# done with it)
HELD_AT = {"manner": "partly", "language": "not", "standing": "not", "name": "partly"}  # the most a held pair is
# The points a pair's score was read on where they are not its own language pair's: "nearest", those fitted for the
# credential's nearest component of the programme (app.matching.standing). The score is stored as read on them.
POINTS_PREFIX = "points: "
POINTS = ("nearest",)


def shared_terms_message(terms: Sequence[str]) -> Message:
    return msg("shared: {terms}", terms=list(terms))


def matched_part_message(part: str) -> Message:
    return msg("part matched: «{part}»", part=part)


def held_message(held: str) -> Message:
    """Why a rule holds the pair below what its score says (``HELD_AT``)."""
    if held == "language":
        return msg("not covered: the texts name different languages")
    if held == "standing":
        return msg("not covered: the credential's outcomes stand no nearer to this component than to the "
                   "programme's outcomes at large")
    if held == "name":
        return msg("at most partly covered: the credential names the subject alone, not what was done with it")
    return msg("at most partly covered: the texts share only how something is done, not what")


def points_message(points: str) -> Message:
    """Why a pair's score was read on other points than its language pair's (``POINTS``)."""
    return msg("scored on the embedding points of the component the credential's outcomes stand nearest to among "
               "the programme's")


def pair_explanation(terms: Sequence[str], part: str = "", held: str = "", points: str = "") -> str:
    """The explanation stored with a pair: the statement that matched (when not the whole outcome), the shared
    terms, the rule that holds the pair (``HELD_AT``) and the points its score was read on (``POINTS``), one line
    each; empty when there is none of them."""
    part = " ".join(part.split())  # one line: the stored lines are read back one by one
    lines = [str(matched_part_message(part))] if part else []
    if terms:
        lines.append(str(shared_terms_message(terms)))
    if held in HELD_AT:
        lines.append(HELD_PREFIX + held)
    if points in POINTS:
        lines.append(POINTS_PREFIX + points)
    return "\n".join(lines)


def points_of(stored: str) -> str:
    """The points a stored pair's score was read on ("nearest"), "" for its own."""
    for line in (stored or "").split("\n"):
        if line.startswith(POINTS_PREFIX) and line[len(POINTS_PREFIX):] in POINTS:
            return line[len(POINTS_PREFIX):]
    return ""


def held_of(stored: str) -> str:
    """The rule that holds a stored pair ("manner", "language"), "" when none does."""
    for line in (stored or "").split("\n"):
        if line.startswith(HELD_PREFIX) and line[len(HELD_PREFIX):] in HELD_AT:
            return line[len(HELD_PREFIX):]
    return ""


def auto_status(score: float, threshold: float, stored: str = "") -> str:
    """The status a stored pair's score gives ("covered", "partly", "not"; "partly" from 0.75 × ``threshold``), no
    higher than the rule that holds it allows."""
    status = "covered" if score >= threshold else "partly" if score >= 0.75 * threshold else "not"
    held = held_of(stored)
    if held and ("covered", "partly", "not").index(status) < ("covered", "partly", "not").index(HELD_AT[held]):
        return HELD_AT[held]
    return status


def explanation_parts(stored: str) -> tuple[str, list[str]] | None:
    """The matched statement ("" for the whole outcome) and the shared terms of a stored explanation; None when the
    text is not one (a comment written by hand)."""
    if not stored:
        return None
    part, terms = "", list[str]()
    for line in stored.split("\n"):
        if line.startswith(PART_PREFIX) and line.endswith(PART_END) and not part:
            part = line[len(PART_PREFIX):-len(PART_END)]
        elif line.startswith(SHARED_PREFIX) and not terms:
            terms = [term.strip() for term in line[len(SHARED_PREFIX):].split(",") if term.strip()]
        elif not (line.startswith(HELD_PREFIX) and line[len(HELD_PREFIX):] in HELD_AT) and not (
                line.startswith(POINTS_PREFIX) and line[len(POINTS_PREFIX):] in POINTS):
            return None
    return part, terms


def explanation_messages(stored: str) -> list[Message] | None:
    """A stored explanation as messages to translate; None when the text is not one (shown as written)."""
    parts = explanation_parts(stored)
    if parts is None:
        return None
    part, terms = parts
    held, points = held_of(stored), points_of(stored)
    return [*([matched_part_message(part)] if part else []), *([shared_terms_message(terms)] if terms else []),
            *([held_message(held)] if held else []), *([points_message(points)] if points else [])]


def explanation_shown(stored: str, render: Callable[[Message], str]) -> str:
    """A stored explanation as the reader sees it, its messages rendered by ``render`` (translated); a comment written
    by hand as it is."""
    messages = explanation_messages(stored)
    return stored if messages is None else "; ".join(render(message) for message in messages)
