"""Who vouches that the signing key belongs to the named issuer: the last step of every verdict.

A valid signature proves only that the file is unchanged since someone signed it. Whether that someone is the
issuer the credential names needs something outside the file: a key or DID document saved in the trusted-keys
directory, a registry snapshot that lists the issuer, or a certificate chain to a trusted anchor. A key found only
inside the credential (a ``did:key``, a JWK or certificate in the JWT header, a multikey in a URL fragment) is
*self-asserted*: a forger can put their own key there.
"""

from __future__ import annotations

from app.messages import msg

from .common import then
from .record import CredentialRecord


def finalize_binding(rec: CredentialRecord) -> None:
    v = rec.verification
    if v.status != "verified":
        v.issuer_binding, v.issuer_binding_by = "none", ""
        return
    if not v.revocation and any(c.name in ("status", "status list") and c.passed is None for c in v.checks):
        v.revocation = "not-checked"
    if v.revocation == "not-checked" and "revocation not checked" not in v.message:
        v.message = then(msg("Signature verified; revocation not checked."), v.message)
    if v.issuer_binding == "none":
        trust = next((c for c in v.checks if c.name == "issuer trust"), None)
        if trust is not None and trust.passed:
            v.bind("confirmed", trust.detail)
        elif trust is not None and "trusted list" in trust.detail:
            v.bind("self-asserted", trust.detail)  # e.g. the CA's status in the list is withdrawn: name it
        elif trust is not None:
            v.bind("self-asserted", msg("the signing certificate comes with the file and does not chain to a "
                                        "trusted certificate"))  # fmt: skip
        else:
            v.bind("self-asserted", msg("the key comes with the file itself"))
    if v.issuer_binding == "self-asserted":
        issuer = rec.value("awarding_body") or msg("the named issuer")
        v.message = then(v.message, msg(
            "The signature is valid, but nothing outside the file confirms that this key belongs to {issuer} ({by}); "
            "save the issuer's key, DID document or registry snapshot into the trusted-keys directory to confirm it.",
            issuer=issuer, by=v.issuer_binding_by))
    else:
        v.message = then(v.message, msg("The key is confirmed by {by}.", by=v.issuer_binding_by))
