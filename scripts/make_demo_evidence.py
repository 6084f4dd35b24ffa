"""Generate the synthetic demo credentials in ``resources/demo/evidence``.

The demo loader imports every file named ``case{N}-…`` onto the N-th demo case, so that a new user sees each
kind of evidence and each verdict of the importers:

* case 1: a Ukrainian PDF certificate (unsigned) and an Open Badges 3.0 credential signed with
  ``eddsa-rdfc-2022`` by a ``did:key`` issuer (verified offline), whose learner is written in Latin letters;
* case 2: an English PDF certificate and a badge image (PNG) with a VC-JWT baked into it (verified offline);
* case 3: an Open Badges 3.0 credential changed after it was signed (invalid) and a scanned PDF without a
  text layer (cannot be read);
* case 4: a hosted Open Badges 2.0 assertion (cannot be verified offline);
* case 5: nothing (a freshly registered case).

Everything is deterministic: the signing keys come from fixed seeds, Ed25519 signatures are deterministic and
the PDFs are written with fixed metadata and document IDs, so running the script again gives the same files.
The keys are for demonstration only. Usage (a developer tool; the generated files are committed)::

    python scripts/make_demo_evidence.py [--out DIR]
"""

from __future__ import annotations

import argparse
import base64
import copy
import hashlib
import json
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pymupdf  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ed25519  # noqa: E402
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat  # noqa: E402

from app.importers.credentials import contexts  # noqa: E402
from app.importers.credentials.dataintegrity import canonicalize, context_urls  # noqa: E402
from app.importers.credentials.util import Deadline  # noqa: E402

DEFAULT_OUT = ROOT / "resources" / "demo" / "evidence"
FONT_DIR = ROOT / "resources" / "fonts"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_V2 = "https://w3id.org/openbadges/v2"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# ------------------------------------------------------------------------------------------- content
# Outcomes are worded the way providers write them, not copied from the programme: the matching has to find
# the correspondence. What each set is meant to cover is stated next to it.

# Case 1 PDF → ОК5 «Бази даних»: schema design and SQL queries, not integrity constraints and transactions.
SQL_OUTCOMES = (
    "Розробляти схему реляційної бази даних (таблиці, первинні та зовнішні ключі, зв’язки) і нормалізувати її.",
    "Створювати SQL-запити для вибирання, фільтрування, групування й агрегування даних з кількох таблиць.",
    "Додавати, оновлювати та видаляти записи командами INSERT, UPDATE і DELETE.",
    "Використовувати підзапити та віконні функції для побудови аналітичних звітів.",
    "Імпортувати дані з CSV-файлів і вивантажувати результати запитів для подальшого аналізу.",
)
# Case 1 badge → ВК2 «Аналіз даних на Python» (English against Ukrainian): pandas and charts, no exploratory analysis.
PYTHON_OUTCOMES = (
    "Use the pandas library to load, clean and transform tabular data.",
    "Visualise data and build charts and graphs with matplotlib.",
    "Automate routine data processing with Python scripts.",
    "Read and write data in CSV, Excel and JSON formats.",
)
# Case 2 PDF → ОК7 «Машинне навчання»: supervised learning and model evaluation only.
ML_OUTCOMES = (
    "Apply supervised learning methods to regression and classification problems.",
    "Evaluate the quality of machine learning models with cross-validation and suitable metrics.",
    "Explain overfitting and the bias-variance trade-off and choose regularisation to control it.",
)
# Case 2 badge → the rest of ОК7: data preparation and clustering.
CLUSTERING_OUTCOMES = (
    "Prepare and clean data for training machine learning models.",
    "Apply clustering methods such as k-means and hierarchical clustering to group unlabelled data.",
    "Reduce the dimensionality of data with principal component analysis.",
)
# Case 3 badge → ОК8 «Кібербезпека та захист інформації».
SECURITY_OUTCOMES = (
    "Розпізнавати фішингові листи, шкідливі вкладення та інші типові загрози інформаційній безпеці.",
    "Налаштовувати двофакторну автентифікацію та безпечно зберігати паролі.",
    "Захищати персональні дані під час роботи з хмарними сервісами.",
)
# Case 4 badge → ВК3 «Управління ІТ-проєктами»: Scrum and teamwork, not project risks.
SCRUM_OUTCOMES = (
    "Apply the Scrum methodology: its roles, events and artefacts.",
    "Plan sprints and maintain a product backlog.",
    "Organise the work of a self-managing team and facilitate its collaboration.",
)


# ------------------------------------------------------------------------------------------- keys and signing


def b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class DemoKey:
    """An Ed25519 key derived from a fixed label (demonstration only) and its did:key."""

    private: ed25519.Ed25519PrivateKey
    multikey: str

    @classmethod
    def from_label(cls, label: str) -> DemoKey:
        seed = hashlib.sha256(f"Recognition Desk demo key: {label}".encode()).digest()
        private = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
        raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return cls(private, "z" + b58encode(b"\xed\x01" + raw))

    @property
    def did(self) -> str:
        return f"did:key:{self.multikey}"

    @property
    def verification_method(self) -> str:
        return f"{self.did}#{self.multikey}"


def sign_data_integrity(doc: dict[str, Any], key: DemoKey, created: str) -> dict[str, Any]:
    """``doc`` with an ``eddsa-rdfc-2022`` proof, canonicalised with the contexts bundled in resources/."""
    proof: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": created,
        "verificationMethod": key.verification_method,
        "proofPurpose": "assertionMethod",
    }
    choice = next(iter(contexts.context_variants(context_urls(doc))))
    deadline = Deadline(120.0)
    doc_c = canonicalize(doc, choice, deadline)
    if doc_c.dropped or doc_c.relative:
        raise SystemExit(f"terms not defined by the contexts: {doc_c.dropped + doc_c.relative}")
    opt_c = canonicalize({**proof, "@context": doc["@context"]}, choice, deadline)
    signed_bytes = hashlib.sha256(opt_c.nquads.encode()).digest() + hashlib.sha256(doc_c.nquads.encode()).digest()
    proof["proofValue"] = "z" + b58encode(key.private.sign(signed_bytes))
    return {**doc, "proof": proof}


def sign_jwt(header: dict[str, Any], payload: dict[str, Any], key: DemoKey) -> str:
    head = b64url(json.dumps(header, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return f"{head}.{body}.{b64url(key.private.sign(f'{head}.{body}'.encode('ascii')))}"


def timestamp(iso: str) -> int:
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC).timestamp())


# ------------------------------------------------------------------------------------------- credentials


def alignments(outcomes: Sequence[str], base: str) -> list[dict[str, Any]]:
    return [
        {"type": ["Alignment"], "targetType": "CFItem", "targetName": text, "targetUrl": f"{base}/{number}"}
        for number, text in enumerate(outcomes, start=1)
    ]


def python_badge(key: DemoKey) -> dict[str, Any]:
    """Case 1: an OB 3.0 credential from an English-language provider; the learner in Latin letters."""
    doc: dict[str, Any] = {
        "@context": [VC_V2, OB_V3],
        "id": "urn:uuid:6c1f2b7e-3d4a-4c59-9e1b-5a8d2f0c7b41",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Data Analysis with Python",
        "issuer": {
            "id": key.did,
            "type": ["Profile"],
            "name": "Atlantic Data Academy",
            "url": "https://atlantic-data-academy.example",
            "description": "Fictional online course provider (demo data).",
            "address": {
                "type": ["Address"],
                "addressLocality": "Dublin",
                "addressCountry": "Ireland",
                "addressCountryCode": "IE",
            },
        },
        "validFrom": "2025-03-28T10:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": "Taras Shevchenko"},
            ],
            "achievement": {
                "id": "https://atlantic-data-academy.example/achievements/data-analysis-python",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": "Data Analysis with Python",
                "description": "Online course, 120 hours (4 ECTS credits). Three graded data projects and a final "
                "online quiz.",
                "criteria": {
                    "narrative": "Complete the three graded data analysis projects and pass the final quiz with a "
                    "score of at least 70%."
                },
                "creditsAvailable": 4,
                "fieldOfStudy": "Data analysis",
                "inLanguage": "en",
                "tag": ["Python", "pandas", "data visualisation", "120 hours", "4 ECTS"],
                "alignment": alignments(PYTHON_OUTCOMES, "https://atlantic-data-academy.example/outcomes/dap"),
                "resultDescription": [
                    {
                        "id": "urn:uuid:8f0a6c1d-2b3e-4f5a-9c7d-1e2f3a4b5c6d",
                        "type": ["ResultDescription"],
                        "name": "Final score (graded projects and online quiz)",
                        "resultType": "Percent",
                    },
                ],
            },
            "result": [
                {
                    "type": ["Result"],
                    "resultDescription": "urn:uuid:8f0a6c1d-2b3e-4f5a-9c7d-1e2f3a4b5c6d",
                    "value": "92%",
                },
            ],
        },
    }
    return sign_data_integrity(doc, key, "2025-03-28T10:00:00Z")


SECURITY_CREDITS_SIGNED, SECURITY_CREDITS_TAMPERED = 1, 4


def security_badge_tampered(key: DemoKey) -> dict[str, Any]:
    """Case 3: a signed OB 3.0 credential whose credits were raised after signing, so the proof no longer holds."""
    doc: dict[str, Any] = {
        "@context": [VC_V2, OB_V3],
        "id": "urn:uuid:2d9e4a10-7b6c-4e1f-8a3d-9c5b7e1f0a22",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Основи кібербезпеки",
        "issuer": {
            "id": key.did,
            "type": ["Profile"],
            "name": "Навчальний центр «Цифровий щит»",
            "url": "https://digital-shield.example",
            "description": "Вигаданий навчальний центр (демонстраційні дані).",
            "address": {
                "type": ["Address"],
                "addressLocality": "Львів",
                "addressCountry": "Україна",
                "addressCountryCode": "UA",
            },
        },
        "validFrom": "2025-02-14T09:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": "Мельник Юрій Іванович",
                },
            ],
            "achievement": {
                "id": "https://digital-shield.example/achievements/cyber-basics",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": "Основи кібербезпеки",
                "description": "Онлайн-курс, 30 годин (1 кредит ЄКТС). Практичні завдання та підсумковий тест.",
                "criteria": {"narrative": "Виконати чотири практичні завдання та скласти підсумковий тест."},
                "creditsAvailable": SECURITY_CREDITS_SIGNED,
                "inLanguage": "uk",
                "alignment": alignments(SECURITY_OUTCOMES, "https://digital-shield.example/outcomes/cyber"),
            },
        },
    }
    signed = sign_data_integrity(doc, key, "2025-02-14T09:00:00Z")
    tampered = copy.deepcopy(signed)
    tampered["credentialSubject"]["achievement"]["creditsAvailable"] = SECURITY_CREDITS_TAMPERED
    return tampered


def clustering_jwt(key: DemoKey) -> str:
    """Case 2: an OB 3.0 credential as a VC-JWT (EdDSA, did:key), to be baked into a badge image."""
    valid_from = "2025-07-10T16:00:00Z"
    vc: dict[str, Any] = {
        "@context": [VC_V2, OB_V3],
        "id": "urn:uuid:a4b3c2d1-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Clustering and Data Preparation",
        "issuer": {
            "id": key.did,
            "type": ["Profile"],
            "name": "Brightpath Learning",
            "url": "https://brightpath.example",
            "address": {"type": ["Address"], "addressCountry": "United States", "addressCountryCode": "US"},
        },
        "validFrom": valid_from,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": "Olena Kovalenko"},
            ],
            "achievement": {
                "id": "https://brightpath.example/achievements/clustering-data-preparation",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": "Clustering and Data Preparation",
                "description": "Online course, 30 hours. Graded programming assignments.",
                "criteria": {"narrative": "Pass all four graded programming assignments with at least 80%."},
                "tag": ["machine learning", "clustering", "30 hours"],
                "alignment": alignments(CLUSTERING_OUTCOMES, "https://brightpath.example/outcomes/clustering"),
                "resultDescription": [
                    {
                        "id": "urn:uuid:0c9b8a7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
                        "type": ["ResultDescription"],
                        "name": "Graded programming assignments",
                        "resultType": "Percent",
                    },
                ],
            },
            "result": [
                {
                    "type": ["Result"],
                    "resultDescription": "urn:uuid:0c9b8a7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
                    "value": "88%",
                },
            ],
        },
    }
    header = {"alg": "EdDSA", "typ": "JWT", "kid": key.verification_method}
    payload = {"iss": key.did, "jti": vc["id"], "nbf": timestamp(valid_from), "iat": timestamp(valid_from), "vc": vc}
    return sign_jwt(header, payload, key)


SCRUM_EMAIL = "ya.bondarenko@student.example.edu.ua"
SCRUM_SALT = "d3m0-5alt"


def scrum_assertion() -> dict[str, Any]:
    """Case 4: a hosted OB 2.0 assertion (only the issuer's server can confirm it)."""
    digest = hashlib.sha256((SCRUM_EMAIL + SCRUM_SALT).encode()).hexdigest()
    base = "https://badges.agile-practice.example"
    return {
        "@context": OB_V2,
        "type": "Assertion",
        "id": f"{base}/assertions/scrum-fundamentals-20250418-0193",
        "recipient": {"type": "email", "hashed": True, "salt": SCRUM_SALT, "identity": f"sha256${digest}"},
        "issuedOn": "2025-04-18T12:00:00Z",
        "verification": {"type": "hosted"},
        "badge": {
            "type": "BadgeClass",
            "id": f"{base}/badges/scrum-fundamentals",
            "name": "Scrum Fundamentals",
            "description": "Online course with live workshops, 24 hours.",
            "image": f"{base}/images/scrum-fundamentals.png",
            "tags": ["Scrum", "Agile", "24 hours"],
            "criteria": {"narrative": "Attend four live workshops and pass the final assessment (40 questions)."},
            "alignment": [
                {"targetName": text, "targetUrl": f"{base}/outcomes/scrum-{number}"}
                for number, text in enumerate(SCRUM_OUTCOMES, start=1)
            ],
            "issuer": {
                "type": "Profile",
                "id": f"{base}/issuer",
                "name": "Agile Practice Institute",
                "url": "https://agile-practice.example",
                "email": "badges@agile-practice.example",
            },
        },
    }


# ------------------------------------------------------------------------------------------- fonts and PDFs


def font_paths() -> tuple[Path, Path]:
    """DejaVu Serif regular and bold: the copies bundled in resources/fonts, else the system's (via fc-list)."""
    bundled = FONT_DIR / "DejaVuSerif.ttf", FONT_DIR / "DejaVuSerif-Bold.ttf"
    if all(p.is_file() for p in bundled):
        return bundled
    found: dict[str, Path] = {}
    if shutil.which("fc-list"):
        listing = subprocess.run(
            ["fc-list", ":family=DejaVu Serif", "file"], capture_output=True, text=True, check=False
        ).stdout
        for line in listing.splitlines():
            path = Path(line.split(":", 1)[0].strip())
            if path.name in ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"):
                found[path.name] = path
    if len(found) < 2:
        raise SystemExit("DejaVu Serif is needed (resources/fonts or an installed fonts-dejavu package)")
    return found["DejaVuSerif.ttf"], found["DejaVuSerif-Bold.ttf"]


NAVY = (0.09, 0.20, 0.40)
GOLD = (0.72, 0.55, 0.20)
GREY = (0.35, 0.35, 0.35)
BLACK = (0.0, 0.0, 0.0)
FIXED_DATE = "D:20250101000000Z"


class Sheet:
    """One certificate page written line by line, top to bottom (so the text layer reads in order)."""

    def __init__(
        self, fonts: tuple[Path, Path], *, width: float = 595, height: float = 842, margin: float = 70
    ) -> None:
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=width, height=height)
        self.files = {"reg": fonts[0], "bold": fonts[1]}
        self.metrics = {name: pymupdf.Font(fontfile=str(path)) for name, path in self.files.items()}
        for name, path in self.files.items():
            self.page.insert_font(fontname=name, fontfile=str(path))
        self.left, self.right = margin, width - margin
        self.y = margin

    def frame(self, colour: Sequence[float], accent: Sequence[float]) -> None:
        r = self.page.rect
        self.page.draw_rect(r + (18, 18, -18, -18), color=colour, width=3)
        self.page.draw_rect(r + (26, 26, -26, -26), color=accent, width=0.8)

    def space(self, points: float) -> None:
        self.y += points

    def width_of(self, text: str, size: float, bold: bool = False) -> float:
        return float(self.metrics["bold" if bold else "reg"].text_length(text, fontsize=size))

    def line(
        self,
        text: str,
        size: float = 11,
        *,
        bold: bool = False,
        centre: bool = False,
        colour: Sequence[float] = BLACK,
        x: float | None = None,
    ) -> None:
        self.y += size * 1.25
        start = self.left if x is None else x
        if start + self.width_of(text, size, bold) > self.right + 0.5:
            raise ValueError(f"line too long for the page: {text!r}")
        left = (self.left + self.right - self.width_of(text, size, bold)) / 2 if centre else start
        self.page.insert_text((left, self.y), text, fontsize=size, fontname="bold" if bold else "reg", color=colour)
        self.y += size * 0.25

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if current and self.width_of(trial, size, bold) > width:
                lines.append(current)
                current = word
            else:
                current = trial
        if current:
            lines.append(current)
        return lines

    def numbered(
        self, items: Sequence[str], size: float = 10.5, marker: Callable[[int], str] = "{}.".format, indent: float = 20
    ) -> None:
        for number, item in enumerate(items, start=1):
            first, *rest = self.wrap(item, size, self.right - self.left - indent)
            self.line(f"{marker(number)} {first}", size, x=self.left)
            for part in rest:
                self.line(part, size, x=self.left + indent)
            self.y += 2

    def signature(self, left_label: str, left_name: str, right_label: str, right_name: str, y: float) -> None:
        mid = (self.left + self.right) / 2
        for x0, label, name in ((self.left, left_label, left_name), (mid + 20, right_label, right_name)):
            self.page.draw_line((x0, y), (x0 + 170, y), color=GREY, width=0.6)
            self.page.insert_text((x0, y + 13), label, fontsize=8.5, fontname="reg", color=GREY)
            self.page.insert_text((x0, y + 25), name, fontsize=9.5, fontname="reg", color=BLACK)

    def seal(self, centre: tuple[float, float], radius: float, colour: Sequence[float]) -> None:
        self.page.draw_circle(centre, radius, color=colour, width=1.6)
        self.page.draw_circle(centre, radius - 6, color=colour, width=0.6)

    def to_bytes(self, title: str, author: str) -> bytes:
        self.doc.set_metadata(
            {
                "title": title,
                "author": author,
                "subject": "Synthetic demo certificate",
                "creator": "Recognition Desk demo data",
                "producer": "PyMuPDF",
                "creationDate": FIXED_DATE,
                "modDate": FIXED_DATE,
            }
        )
        self.doc.subset_fonts()
        self.page.clean_contents()
        data: bytes = self.doc.tobytes(garbage=4, deflate=True, use_objstms=1, no_new_id=True)
        self.doc.close()
        return data


def sql_certificate(fonts: tuple[Path, Path]) -> bytes:
    """Case 1: a Ukrainian MOOC certificate (unsigned PDF) for a databases course."""
    s = Sheet(fonts)
    s.frame(NAVY, GOLD)
    s.line("Відкритий університет цифрових навичок", 17, bold=True, centre=True, colour=NAVY)
    s.line("Онлайн-платформа неформальної освіти · Київ, Україна", 9.5, centre=True, colour=GREY)
    s.space(14)
    s.line("СЕРТИФІКАТ", 30, bold=True, centre=True, colour=NAVY)
    s.line("№ ВУЦН-2025-04817", 10, centre=True, colour=GREY)
    s.space(8)
    s.line("Цим засвідчується, що", 11, centre=True)
    s.line("Шевченко Тарас Григорович", 19, bold=True, centre=True)
    s.line("успішно завершив онлайн-курс", 11, centre=True)
    s.line("«Бази даних і SQL для аналітиків»", 15, bold=True, centre=True, colour=NAVY)
    s.space(10)
    s.line("Обсяг: 60 годин (2 кредити ЄКТС)", 10.5)
    s.line("Рівень за НРК: 6 (бакалавр)", 10.5)
    s.line("Форма навчання: онлайн, у власному темпі", 10.5)
    s.line("Передумови: базові навички роботи з електронними таблицями", 10.5)
    s.space(4)
    s.line("Результати навчання:", 11, bold=True, colour=NAVY)
    s.numbered(SQL_OUTCOMES)
    s.space(4)
    s.line("Форма підсумкового контролю: підсумковий тест, 87 балів зі 100", 10.5)
    s.line("Оцінка: 87 з 100", 10.5)
    s.line("Ідентифікація: онлайн-тест без нагляду, без перевірки особи", 10.5)
    s.line("Курс є складовою частиною програми мікрокваліфікацій «Аналітик даних».", 10.5)
    s.line("Забезпечення якості: програму курсу схвалила галузева рада роботодавців", 10.5)
    s.line("Дата видачі: 14 травня 2025 р.", 10.5)
    s.line("Перевірити сертифікат: https://verify.vutsn.example/cert/VUCN-2025-04817", 9.5, colour=GREY)
    s.signature("Директорка з навчання", "Кравець О. М.", "Автор курсу", "Дмитренко А. В.", 760)
    s.seal((s.right - 40, 705), 34, GOLD)
    return s.to_bytes("Сертифікат: Бази даних і SQL для аналітиків", "Відкритий університет цифрових навичок")


def ml_certificate(fonts: tuple[Path, Path]) -> bytes:
    """Case 2: an English MOOC certificate (unsigned PDF), landscape."""
    s = Sheet(fonts, width=842, height=595, margin=80)
    s.frame(NAVY, NAVY)
    s.line("BRIGHTPATH LEARNING", 13, bold=True, colour=NAVY)
    s.line("Online courses · San Francisco, United States", 8.5, colour=GREY)
    s.space(10)
    s.line("Certificate of Completion", 28, bold=True, centre=True, colour=NAVY)
    s.space(4)
    s.line("This is to certify that", 11, centre=True, colour=GREY)
    s.line("Olena Kovalenko", 22, bold=True, centre=True)
    s.line("has successfully completed the course", 11, centre=True, colour=GREY)
    s.line("Machine Learning Foundations", 17, bold=True, centre=True, colour=NAVY)
    s.space(8)
    s.line("Issued by: Brightpath Learning", 10)
    s.line("Workload: 40 hours, online and self-paced", 10)
    s.line("Learning outcomes", 10.5, bold=True, colour=NAVY)
    s.numbered(ML_OUTCOMES, size=10, marker=lambda _n: "•", indent=10)
    s.line("Assessment: graded programming assignments and a final exam (unproctored)", 10)
    s.line("Grade: 91%", 10)
    s.line("Date of issue: 3 July 2025", 10)
    s.line("Verify at https://brightpath.example/verify/BP-ML-5F2K9Q", 9, colour=GREY)
    s.signature("Head of Academic Programs", "Dr. Maya Ellison", "Course instructor", "Prof. Daniel Ortiz", 520)
    return s.to_bytes("Certificate: Machine Learning Foundations", "Brightpath Learning")


def scanned_certificate(fonts: tuple[Path, Path]) -> bytes:
    """Case 3: a certificate that went through a scanner: a page image only, no text layer."""
    s = Sheet(fonts)
    s.page.draw_rect(s.page.rect, color=None, fill=(0.97, 0.96, 0.93))
    s.frame((0.25, 0.25, 0.25), (0.5, 0.5, 0.5))
    s.line("Мовна школа «Лінгва Плюс»", 17, bold=True, centre=True)
    s.line("м. Харків, Україна", 10, centre=True)
    s.space(30)
    s.line("СЕРТИФІКАТ", 30, bold=True, centre=True)
    s.space(20)
    s.line("виданий", 12, centre=True)
    s.line("Мельнику Юрію Івановичу", 19, bold=True, centre=True)
    s.line("про успішне завершення курсу", 12, centre=True)
    s.line("«Англійська для ІТ-фахівців (рівень B2)»", 15, bold=True, centre=True)
    s.space(20)
    s.line("Обсяг: 90 годин, очна форма навчання", 11, centre=True)
    s.line("Підсумкова оцінка: 92 бали зі 100", 11, centre=True)
    s.line("Дата видачі: 20 грудня 2024 р.", 11, centre=True)
    s.signature("Директор школи", "Савенко І. П.", "Викладач", "Гордієнко Н. С.", 740)
    s.seal((s.right - 60, 690), 38, (0.2, 0.3, 0.6))
    scan = s.page.get_pixmap(matrix=pymupdf.Matrix(0.9, 0.9).prerotate(0.6), colorspace=pymupdf.csGRAY, alpha=False)
    jpeg = scan.tobytes("jpeg", jpg_quality=45)
    s.doc.close()
    out = pymupdf.open()
    page = out.new_page(width=595, height=842)
    page.insert_image(page.rect, stream=jpeg)
    out.set_metadata(
        {
            "title": "",
            "author": "",
            "subject": "",
            "creator": "Scanner",
            "producer": "Scanner",
            "creationDate": FIXED_DATE,
            "modDate": FIXED_DATE,
        }
    )
    data: bytes = out.tobytes(garbage=4, deflate=True, use_objstms=1, no_new_id=True)
    out.close()
    return data


# ------------------------------------------------------------------------------------------- badge image


def badge_png(fonts: tuple[Path, Path], lines: Sequence[str]) -> bytes:
    """A round badge picture (PNG) with a few words on it."""
    doc = pymupdf.open()
    page = doc.new_page(width=180, height=180)
    bold = "bold"
    page.insert_font(fontname=bold, fontfile=str(fonts[1]))
    metric = pymupdf.Font(fontfile=str(fonts[1]))
    page.draw_circle((90, 90), 86, color=GOLD, fill=NAVY, width=5)
    page.draw_circle((90, 90), 72, color=(1, 1, 1), width=1)
    y = 90 - 9 * (len(lines) - 1)
    for text in lines:
        size = 15 if len(text) < 12 else 11
        x = 90 - metric.text_length(text, fontsize=size) / 2
        page.insert_text((x, y + size / 3), text, fontsize=size, fontname=bold, color=(1, 1, 1))
        y += 19
    png: bytes = page.get_pixmap(alpha=True).tobytes("png")
    doc.close()
    return png


def bake_png(png: bytes, keyword: str, text: str) -> bytes:
    """Insert an uncompressed iTXt chunk with ``text`` under ``keyword`` just before the IEND chunk."""
    iend = png.rindex(b"IEND") - 4
    body = keyword.encode("latin-1") + b"\0" + b"\0\0" + b"\0" + b"\0" + text.encode("utf-8")
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body) & 0xFFFFFFFF)
    return png[:iend] + chunk + png[iend:]


# ------------------------------------------------------------------------------------------- output


def dump_json(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build() -> dict[str, bytes]:
    """File name → content of every generated file."""
    fonts = font_paths()
    python_key = DemoKey.from_label("Atlantic Data Academy")
    brightpath_key = DemoKey.from_label("Brightpath Learning")
    shield_key = DemoKey.from_label("Digital Shield training centre")
    return {
        "case1-sql-certificate.pdf": sql_certificate(fonts),
        "case1-data-analysis-python-ob3.json": dump_json(python_badge(python_key)),
        "case2-ml-foundations-certificate.pdf": ml_certificate(fonts),
        "case2-clustering-badge.png": bake_png(
            badge_png(fonts, ["ML", "Clustering", "Brightpath"]), "openbadgecredential", clustering_jwt(brightpath_key)
        ),
        "case3-cybersecurity-badge-tampered.json": dump_json(security_badge_tampered(shield_key)),
        "case3-scanned-certificate.pdf": scanned_certificate(fonts),
        "case4-scrum-fundamentals-ob2.json": dump_json(scrum_assertion()),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the synthetic demo credentials.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        (out / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
