"""Write resources/selftest/sample-credential.json: a small Open Badges 3.0 credential signed with
``eddsa-rdfc-2022`` by a ``did:key`` issuer, so the self-test exercises JSON-LD canonicalisation with the bundled
contexts and an Ed25519 signature check, all offline.

The key comes from a fixed seed, so running this again gives the same file. Run it only when the sample has to
change (``python installer/make_sample_credential.py``); the output is committed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric import ed25519  # noqa: E402
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat  # noqa: E402

from app.importers.credentials import contexts  # noqa: E402
from app.importers.credentials.dataintegrity import canonicalize, context_urls  # noqa: E402
from app.importers.credentials.util import Deadline  # noqa: E402

TARGET = ROOT / "resources" / "selftest" / "sample-credential.json"
SEED = hashlib.sha256(b"Recognition Desk self-test issuer").digest()
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


OUTCOMES = (
    "Завантажувати, очищати та перетворювати дані за допомогою бібліотеки pandas.",
    "Візуалізувати дані та будувати графіки засобами matplotlib.",
    "Обчислювати описові статистики та перевіряти статистичні гіпотези.",
)


def credential(did: str) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:5f0c3c1e-8d0e-4b8e-9a51-2f3a3d1c7e10",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Аналіз даних на Python",
        "issuer": {
            "id": did,
            "type": ["Profile"],
            "name": "Академія цифрових навичок (демонстраційний видавець)",
            "address": {"type": ["Address"], "addressCountry": "Україна", "addressCountryCode": "UA"},
        },
        "validFrom": "2025-06-30T00:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": "Коваленко Олена Петрівна",
            "achievement": {
                "id": "urn:uuid:0b6a5d64-7f5e-4f0e-8d0c-1c6f0e2a9b31",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": "Аналіз даних на Python",
                "description": "Онлайн-курс: 60 годин, 2 кредити ЄКТС, підсумковий тест під наглядом.",
                "criteria": {
                    "narrative": "Виконати всі практичні завдання та скласти підсумковий тест (не менше 75%).",
                },
                "creditsAvailable": 2,
                "alignment": [
                    {"type": ["Alignment"], "targetType": "CFItem", "targetUrl": f"urn:rd:selftest:lo:{number}",
                     "targetName": text}
                    for number, text in enumerate(OUTCOMES, start=1)
                ],
            },
        },
    }


def main() -> int:
    key = ed25519.Ed25519PrivateKey.from_private_bytes(SEED)
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    multikey = "z" + b58encode(b"\xed\x01" + raw)
    did = f"did:key:{multikey}"
    doc = credential(did)
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2025-06-30T00:00:00Z",
        "verificationMethod": f"{did}#{multikey}",
        "proofPurpose": "assertionMethod",
    }
    choice = next(iter(contexts.context_variants(context_urls(doc))))
    deadline = Deadline(60.0)
    doc_c = canonicalize(doc, choice, deadline)
    opt_c = canonicalize({**proof, "@context": doc["@context"]}, choice, deadline)
    if doc_c.dropped or doc_c.relative:
        raise SystemExit(f"terms not defined by the contexts: {doc_c.dropped + doc_c.relative}")
    data = hashlib.sha256(opt_c.nquads.encode()).digest() + hashlib.sha256(doc_c.nquads.encode()).digest()
    proof["proofValue"] = "z" + b58encode(key.sign(data))
    doc["proof"] = proof
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
