"""Small helpers shared by the importers: safe JSON, base encodings, dates, language maps."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

MAX_JSON_DEPTH = 100


class ImportFailure(Exception):
    """The file could not be read as a credential. The message is shown to the user after the file name.

    ``status`` is the verdict the failed record carries: ``invalid`` when the file is a recognisable but broken
    signed credential, otherwise ``unverifiable-offline`` (nothing could be checked).
    """

    def __init__(self, message: str, status: str = "unverifiable-offline") -> None:
        super().__init__(message)
        self.status = status


class Deadline:
    """A per-file time budget checked by long-running loops (canonicalisation, PDF pages)."""

    def __init__(self, seconds: float) -> None:
        import time

        self._time = time.monotonic
        self.end = self._time() + seconds
        self.seconds = seconds

    def expired(self) -> bool:
        return self._time() > self.end

    def check(self, what: str) -> None:
        if self.expired():
            raise ImportFailure(f"{what} took longer than the {self.seconds:g} s allowed per file")


def json_depth_ok(obj: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        cur, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(cur, dict):
            stack.extend((v, depth + 1) for v in cur.values())
        elif isinstance(cur, list):
            stack.extend((v, depth + 1) for v in cur)
    return True


def unwrapped(obj: Any) -> tuple[Any, str]:
    """The object inside a single-key ``{"credential": {…}}`` wrapper (as the Europass issuer's "uploadable" files
    hold a credential) and the path to it; anything else as it is, with an empty path. Each reader still decides
    whether what is inside is its credential."""
    if isinstance(obj, dict) and len(obj) == 1 and isinstance(obj.get("credential"), dict):
        return obj["credential"], "/credential"
    return obj, ""


def load_json(data: bytes | str, what: str = "JSON") -> Any:
    """Parse JSON with a nesting limit; raise ImportFailure with a readable reason otherwise."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFailure(f"{what} is not valid UTF-8 text (byte {exc.start})") from None
    else:
        text = data
    try:
        obj = json.loads(text)
    except RecursionError:
        raise ImportFailure(f"{what} is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ImportFailure(f"{what} is not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not json_depth_ok(obj):
        raise ImportFailure(f"{what} is nested more than {MAX_JSON_DEPTH} levels deep")
    return obj


def b64url_decode(s: str) -> bytes:
    s = s.strip()
    if not re.fullmatch(r"[A-Za-z0-9_\-]*={0,2}", s):
        raise ValueError("not base64url")
    s = s.rstrip("=")
    try:
        return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"bad base64url: {exc}") from None


def b64_decode_any(s: str) -> bytes:
    """Standard or URL-safe base64, padding optional."""
    t = re.sub(r"\s+", "", s).rstrip("=")
    t = t.replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(t + "=" * (-len(t) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"bad base64: {exc}") from None


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def b58_decode(s: str) -> bytes:
    if len(s) > 512:
        raise ValueError("base58 value too long")
    n = 0
    for ch in s:
        try:
            n = n * 58 + _B58_INDEX[ch]
        except KeyError:
            raise ValueError(f"invalid base58 character {ch!r}") from None
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\x00" * pad + raw


def multibase_decode(s: str) -> bytes:
    """Decode a multibase string: 'z' base58btc or 'u' base64url (the two used by credentials)."""
    if not s:
        raise ValueError("empty multibase value")
    if s[0] == "z":
        return b58_decode(s[1:])
    if s[0] == "u":
        return b64url_decode(s[1:])
    raise ValueError(f"unsupported multibase prefix {s[0]!r}")


def parse_datetime(value: Any) -> datetime | None:
    """Parse an ISO 8601 date or date-time; naive values are taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            d = date.fromisoformat(v)
            return datetime(d.year, d.month, d.day, tzinfo=UTC)
        dt = datetime.fromisoformat(v.replace("z", "Z"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt


def iso_date(value: Any) -> str | None:
    dt = parse_datetime(value)
    if dt is not None:
        return dt.date().isoformat()
    if isinstance(value, int | float) and 0 < value < 1e11:
        return datetime.fromtimestamp(value, UTC).date().isoformat()
    return None


def now_utc() -> datetime:
    return datetime.now(UTC)


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


PREFERRED_LANGS = ("uk", "en")


def text_of(value: Any, langs: tuple[str, ...] = PREFERRED_LANGS) -> str | None:  # noqa: C901 (one branch per JSON-LD shape a text can take (string, language map, list, object))
    """A readable string from a plain string, a language map, a {@value} object or a list of those."""
    if value is None:
        return None
    if isinstance(value, str):
        v = value.strip()
        return v or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        for item in value:
            t = text_of(item, langs)
            if t:
                return t
        return None
    if isinstance(value, dict):
        if "@value" in value:
            return text_of(value["@value"], langs)
        for key in ("noteLiteral", "prefLabel", "title", "name", "legalName", "text", "content"):
            if key in value:
                t = text_of(value[key], langs)
                if t:
                    return t
        # language map
        for lang in langs:
            if lang in value:
                t = text_of(value[lang], langs)
                if t:
                    return t
        for k, v in value.items():
            if isinstance(k, str) and re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", k):
                t = text_of(v, langs)
                if t:
                    return t
    return None


def walk(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (json-pointer, value) for every node, iteratively."""
    stack: list[tuple[str, Any]] = [(path, obj)]
    while stack:
        p, cur = stack.pop()
        yield p, cur
        if isinstance(cur, dict):
            for k in reversed(list(cur.keys())):
                stack.append((f"{p}/{k}", cur[k]))
        elif isinstance(cur, list):
            for i in range(len(cur) - 1, -1, -1):
                stack.append((f"{p}/{i}", cur[i]))


def first(obj: Any, *path: str | int) -> tuple[Any, str]:
    """Follow a path through dicts and (first elements of) lists; return (value, json-pointer)."""
    cur = obj
    ptr = ""
    for step in path:
        if isinstance(cur, list):
            if not cur:
                return None, ptr
            cur = cur[0]
            ptr += "/0"
        if isinstance(step, int):
            if not isinstance(cur, list) or step >= len(cur):
                return None, ptr
            cur = cur[step]
        else:
            if not isinstance(cur, dict) or step not in cur:
                return None, ptr
            cur = cur[step]
        ptr += f"/{step}"
    return cur, ptr


def to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*", value)
        if m:
            return float(m.group(1).replace(",", "."))
    return None


def clean_number(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else round(x, 2)


_DURATION = re.compile(
    r"P(?:(?P<y>\d+(?:\.\d+)?)Y)?(?:(?P<mo>\d+(?:\.\d+)?)M)?(?:(?P<w>\d+(?:\.\d+)?)W)?(?:(?P<d>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<mi>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


def duration_hours(value: Any) -> float | None:
    """Hours in an ISO 8601 duration that counts time (``PT60H``); calendar spans (``P60M``) give None."""
    if not isinstance(value, str):
        return None
    m = _DURATION.match(value.strip())
    if not m or value.strip() in ("P", "PT"):
        return None
    g = {k: float(v) for k, v in m.groupdict().items() if v}
    if any(k in g for k in ("y", "mo", "w")):
        return None
    hours = g.get("d", 0) * 24 + g.get("h", 0) + g.get("mi", 0) / 60 + g.get("s", 0) / 3600
    return hours or None
