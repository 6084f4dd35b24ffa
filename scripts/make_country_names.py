"""Write the catalogue of country names (``app/domain/country_names.py``) and their Ukrainian translations.

The names are ISO 3166-1's, as pycountry ships them: the English short name (its common form where ISO's is
inverted: "Iran", not "Iran, Islamic Republic of") marked for the one translation catalogue (context
``Countries``), and the Ukrainian name from pycountry's ISO 3166-1 translation. Two codes that certificates and
profiles use and ISO 3166-1 does not assign (Kosovo's XK, the European Union's EU) are added.

    python scripts/make_country_names.py module       # write app/domain/country_names.py
    python scripts/make_country_names.py fill TS_FILE  # translate the unfinished country names of a .ts file

Run ``module``, then ``scripts/i18n.sh update``, then ``fill resources/i18n/recognition_desk_uk.ts``, then
``scripts/i18n.sh release``.
"""

from __future__ import annotations

import gettext
import html
import json
import re
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "app" / "domain" / "country_names.py"
CONTEXT = "Countries"
EXTRA = {"XK": ("Kosovo", {"uk": "Косово"}), "EU": ("European Union", {"uk": "Європейський Союз"})}


def english_names() -> dict[str, str]:
    names = {c.alpha_2: str(getattr(c, "common_name", None) or c.name) for c in pycountry.countries}
    names |= {code: english for code, (english, _) in EXTRA.items()}
    return dict(sorted(names.items()))


def translated_names(language: str) -> dict[str, str]:
    """English name → the name in ``language``, from ISO 3166-1's translation (ISO's name is the key there)."""
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    out = {str(getattr(c, "common_name", None) or c.name): tr(c.name) for c in pycountry.countries}
    out |= {english: local[language] for english, local in EXTRA.values() if language in local}
    # Ukrainian spelling: the apostrophe is the letter ʼ (U+02BC), as the rest of the catalogue writes it.
    return {k: v.replace("'", "ʼ").replace("’", "ʼ") if language == "uk" else v for k, v in out.items()}


def module_text() -> str:
    """The text of ``app/domain/country_names.py`` as pycountry's data gives it."""
    lines = [
        '"""Country names by ISO 3166-1 alpha-2 code, marked for the translation catalogue (context ``Countries``).',
        "",
        f"Written by ``scripts/make_country_names.py`` from pycountry {pycountry.__version__}"
        " (ISO 3166-1): do not edit by hand.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from app.translation import tr_noop",
        "",
        f'CONTEXT = "{CONTEXT}"',
        "",
        "NAMES: dict[str, str] = {",
    ]
    for code, name in english_names().items():
        lines.append(f'    "{code}": tr_noop("{CONTEXT}", {json.dumps(name, ensure_ascii=False)}),')
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_module() -> None:
    MODULE.write_text(module_text(), encoding="utf-8")


_MESSAGE = re.compile(r"(<message>\s*(?:<location[^>]*/>\s*)*<source>)(.*?)(</source>\s*)"
                      r"<translation type=\"unfinished\">\s*</translation>", re.DOTALL)


def fill(ts_file: Path) -> int:
    """Translate the unfinished entries of the ``Countries`` context of ``ts_file``; the number filled."""
    language = re.search(r'language="([a-z]+)', ts_file.read_text(encoding="utf-8"))
    names = translated_names(language.group(1) if language else "uk")
    text = ts_file.read_text(encoding="utf-8")
    start = text.find(f"<name>{CONTEXT}</name>")
    if start < 0:
        return 0
    end = text.find("</context>", start)
    filled = 0

    def one(m: re.Match[str]) -> str:
        nonlocal filled
        name = names.get(html.unescape(m.group(2)))
        if name is None:
            return m.group(0)
        filled += 1
        return f"{m.group(1)}{m.group(2)}{m.group(3)}<translation>{html.escape(name, quote=False)}</translation>"

    part = _MESSAGE.sub(one, text[start:end])
    ts_file.write_text(text[:start] + part + text[end:], encoding="utf-8")
    return filled


if __name__ == "__main__":
    if sys.argv[1:2] == ["module"]:
        write_module()
    elif sys.argv[1:2] == ["fill"] and len(sys.argv) == 3:
        print(f"{fill(Path(sys.argv[2]))} names translated")
    else:
        raise SystemExit(__doc__)
