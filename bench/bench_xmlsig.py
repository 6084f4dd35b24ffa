"""Time of one XML signature check (python-xmlsec) on the EDC XML samples and on generated documents.

    python -m bench.bench_xmlsig

The generated documents are signed by xmlsec with either the enveloped transform or the XPath 1.0 filter
``not(ancestor-or-self::ds:Signature)``, whose cost grows with the square of the nodes; above
``xmlsig.XPATH_NODE_BUDGET`` nodes the check is not run (the line says "not checked")."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from app.importers.credentials import xmlsig
from tests.importers.test_xmlsig import _sign

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "credentials" / "edc"


def _document(entries: int) -> bytes:
    body = b"".join(b"<learningAchievement id='a%d'><title>Course %d</title><credits>5</credits></learningAchievement>"
                    % (i, i) for i in range(entries))  # fmt: skip
    return (b'<europassCredential xmlns="http://data.europa.eu/snb" xmlns:a="urn:a" xmlns:b="urn:b" ID="c">' + body
            + b"</europassCredential>")  # fmt: skip


def _nodes(root: etree._Element) -> int:
    return sum(1 + bool(e.text) + bool(e.tail) + (len(e.attrib) + len(e.nsmap) if isinstance(e.tag, str) else 0)
               for e in root.iter())  # fmt: skip


def main() -> None:
    cases = [(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*-signed.xml"))]
    for entries in (1000, 2000, 4000, 20000):
        cases.append((f"generated, {entries} entries, enveloped", _sign(document=_document(entries))))
    for entries in (600, 1000, 1300, 1400, 1700, 1950, 2100):
        xpath = "not(ancestor-or-self::ds:Signature)"
        cases.append((f"generated, {entries} entries, XPath", _sign(document=_document(entries), xpath=xpath)))
    print(f"{'file':48} {'KB':>6} {'nodes':>7} {'seconds':>8}  reference digests")
    for name, data in cases:
        root = etree.fromstring(data)
        started = time.perf_counter()
        result = xmlsig.verify_enveloped(root, now=datetime.now(UTC))
        elapsed = time.perf_counter() - started
        refs = next((c for c in result.checks if c.name == "reference digests"), None)
        verdict = "" if refs is None else f"{refs.passed}: {refs.detail[:60]}"
        print(f"{name:48} {len(data) // 1024:6} {_nodes(root):7} {elapsed:8.2f}  {verdict}")


if __name__ == "__main__":
    main()
