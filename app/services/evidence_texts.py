"""The texts an evidence item carries from its import, ready to be shown in the reader's language.

The importer keeps its verdict, the detail of each check and the learner comparison in English (the record's
wording) and, beside each, the translatable message it came from (``message_data``, ``detail_data``). The names of
the checks are a fixed vocabulary of the importer, translated here. Items imported before the messages were kept
hold English text only: it is shown as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from app.messages import Message, from_data, msg

# The importer's check names (``Check.name``) as the Evidence tab lists them.
CHECK_NAMES: dict[str, Message] = {
    "active content": msg("active content"),
    "baked": msg("credential in the image"),
    "certificate": msg("certificate"),
    "certificate at signing time": msg("certificate at signing time"),
    "certificate digest": msg("certificate digest"),
    "certificate now": msg("certificate now"),
    "context": msg("context (@context)"),
    "dates": msg("dates"),
    "expiry": msg("expiry date"),
    "hosted-assertion": msg("hosted badge"),
    "integrity": msg("file integrity"),
    "issued-date": msg("date of issuing"),
    "issuer trust": msg("trust in the issuer"),
    "json-ld-terms": msg("JSON-LD terms"),
    "key-owner": msg("owner of the key"),
    "not-yet-valid": msg("valid from"),
    "outcomes": msg("learning outcomes"),
    "pages": msg("pages"),
    "presentation": msg("presentation"),
    "proof": msg("proof (signature)"),
    "qr code": msg("QR code"),
    "qr credential": msg("credential in the QR code"),
    "read": msg("reading the file"),
    "reference digests": msg("digests of the signed parts"),
    "revocation": msg("revocation"),
    "schema": msg("schema"),
    "sealing organisation": msg("sealing organisation"),
    "signature": msg("signature"),
    "signature value": msg("signature value"),
    "signatures": msg("signatures"),
    "signed properties": msg("signed properties (XAdES)"),
    "signing certificate": msg("signing certificate"),
    "status": msg("status (revocation)"),
    "status list": msg("status list"),
    "structure": msg("structure"),
    "tables": msg("tables"),
    "type": msg("credential type"),
}
_NUMBERED = re.compile(r"^(signature|proof|nested credential) (\d+)$")
_COVERAGE = re.compile(r"^(.+) coverage$")
_JWT_CLAIM = re.compile(r"^jwt-(\w+)$")


def check_name(name: str) -> str:
    """The name of an importer's check as a translatable message (an unknown name as it is)."""
    if name in CHECK_NAMES:
        return CHECK_NAMES[name]
    numbered = _NUMBERED.match(name)
    if numbered:
        what, number = numbered.groups()
        template = {"signature": msg("signature {number}", number=int(number)),
                    "proof": msg("proof {number}", number=int(number)),
                    "nested credential": msg("nested credential {number}", number=int(number))}
        return template[what]
    coverage = _COVERAGE.match(name)
    if coverage:
        return msg("{check}: what it covers", check=check_name(coverage.group(1)))
    claim = _JWT_CLAIM.match(name)
    if claim:
        return msg("JWT claim {claim}", claim=claim.group(1))
    return name


def stored_text(record: Mapping[str, Any] | None, key: str) -> str:
    """``record[key]`` as a translatable message when the importer kept one beside it (``key_data``), else the
    English text as stored."""
    if not record:
        return ""
    message = from_data(record.get(f"{key}_data"))
    return message if message is not None else str(record.get(key) or "")
