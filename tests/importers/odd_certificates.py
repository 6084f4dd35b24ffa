"""Certificates that the X.509 reader takes apart only lazily, made from a fixture's certificates."""

from __future__ import annotations

from typing import Any


def with_unreadable_common_name(cert: Any) -> bytes:
    """The DER of ``cert`` (an asn1crypto certificate) with its subject's common name rewritten as a TeletexString
    holding a byte that is not UTF-8 ("é" in Latin-1, as some old CAs wrote names): asn1crypto and pyHanko read it,
    the X.509 reader of ``cryptography`` refuses the name, and only when it is first asked for."""
    name = next(
        atv["value"].chosen
        for rdn in cert["tbs_certificate"]["subject"].chosen
        for atv in rdn
        if atv["type"].native == "common_name"
    )
    der = bytearray(cert.dump())
    at = bytes(der).rfind(name.dump())  # the subject comes after the issuer, whose common name is another
    der[at], der[at + 2] = 0x14, 0xE9  # TeletexString tag; the name's first byte
    return bytes(der)
