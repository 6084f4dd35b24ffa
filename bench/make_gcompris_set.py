"""Build ``bench/data/gcompris_goals_uk_en.tsv``: real human English↔Ukrainian translations of learning goals,
and ``bench/data/gcompris_goals_ru_pl.tsv``: the same goals with their Russian and Polish translations too (and
further files for more languages, below).

Source: GCompris 3.1 (educational software, GPL-3.0-or-later), Debian packages ``gcompris-qt-data`` 3.1-2
(``apt-get download gcompris-qt-data``). Each activity's ``ActivityInfo.qml`` (inside the package's ``rcc/*.rcc``
Qt resource files) gives the English goal, prerequisite and description of the activity; the Ukrainian
translation of each string comes from ``translations/gcompris_uk.qm`` (written by KDE's Ukrainian translation
team). Nothing of it is used to build the dictionary or tune the matching. The second file adds the Russian and
Polish translations (``gcompris_ru.qm``, ``gcompris_pl.qm``, by KDE's Russian and Polish teams) of the same
strings, for measuring the matching of texts in languages other than Ukrainian and English
(``bench.bench_other_languages``); a string is kept there when all four languages have it. The third file,
``bench/data/gcompris_goals_latin.tsv``, does the same for German, Spanish, French, Italian and Czech (kept when all
seven languages have the string).

Kept: goal, prerequisite and description strings of at least three words with a Ukrainian translation; an
English string that occurs more than once (shared by several activities) is kept once. Each pair is put in the
``dev`` or ``test`` split by the CRC32 of its activity folder, so no activity is in both.

    apt-get download gcompris-qt-data && dpkg-deb -x gcompris-qt-data_3.1-2_all.deb gc
    QT_QPA_PLATFORM=offscreen python -m bench.make_gcompris_set gc/usr/share/gcompris-qt
"""

from __future__ import annotations

import argparse
import html
import re
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "gcompris_goals_uk_en.tsv"
OUT_MORE = ROOT / "bench" / "data" / "gcompris_goals_ru_pl.tsv"
MORE = ("ru", "pl")  # languages of the second file, beside en and uk
# The third file: languages of Latin letters a certificate may come in (four languages apart from Ukrainian, and
# Czech, a Slavic language in Latin letters), beside en and uk.
OUT_LATIN = ROOT / "bench" / "data" / "gcompris_goals_latin.tsv"
LATIN = ("de", "es", "fr", "it", "cs")
# The fourth: Slovak, beside en and uk (a file of its own, so that the files above keep their rows).
OUT_SLOVAK = ROOT / "bench" / "data" / "gcompris_goals_sk.tsv"
SLOVAK = ("sk",)
# The fifth: Croatian and Slovenian, beside en and uk.
OUT_SOUTH = ROOT / "bench" / "data" / "gcompris_goals_hr_sl.tsv"
SOUTH = ("hr", "sl")
# The sixth: more languages of the European Union a certificate may come in (Swedish, Finnish, Dutch, Portuguese,
# Romanian, Hungarian, Lithuanian, Estonian), beside en and uk. (Greek is left out: the language detector of the
# matching does not know it, so its texts would never meet curves of their own.)
OUT_EU = ROOT / "bench" / "data" / "gcompris_goals_eu.tsv"
EU = ("sv", "fi", "nl", "pt", "ro", "hu", "lt", "et")
LANGUAGE_TEAMS = {"ru": "Russian", "pl": "Polish", "de": "German", "es": "Spanish", "fr": "French", "it": "Italian",
                  "cs": "Czech", "sk": "Slovak", "hr": "Croatian", "sl": "Slovenian", "sv": "Swedish",
                  "fi": "Finnish", "nl": "Dutch", "pt": "Portuguese", "ro": "Romanian", "hu": "Hungarian",
                  "lt": "Lithuanian", "et": "Estonian"}
FIELDS = ("goal", "prerequisite", "description")
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """(context, source text) → translation, from a compiled Qt translation file."""
    data = path.read_bytes()
    if data[:16] != QM_MAGIC:
        raise ValueError(f"{path}: not a Qt .qm file")
    pos, messages = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        if tag == 0x69:
            messages = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    out: dict[tuple[str, str], str] = {}
    current: dict[str, str] = {}
    p = 0
    while p < len(messages):
        tag = messages[p]
        p += 1
        if tag == 1:  # end of one message
            if "src" in current and current.get("tr"):
                out[(current.get("ctx", ""), current["src"])] = current["tr"]
            current = {}
        elif tag == 2:  # source-text hash marker without payload
            continue
        elif tag == 5:  # obsolete hash
            p += 4
        elif tag in (3, 6, 7, 8):
            length = struct.unpack(">I", messages[p : p + 4])[0]
            p += 4
            if length == 0xFFFFFFFF:
                continue
            raw = messages[p : p + length]
            p += length
            if tag == 3:
                current.setdefault("tr", raw.decode("utf-16-be"))
            else:
                current[{6: "src", 7: "ctx", 8: "cmt"}[tag]] = raw.decode("utf-8")
        else:
            raise ValueError(f"{path}: unknown .qm tag {tag}")
    return out


def activity_infos(share: Path) -> dict[str, str]:
    """Activity folder → the text of its ActivityInfo.qml, read from the installed Qt resource files."""
    from PySide6.QtCore import QDirIterator, QFile, QIODevice, QResource

    for rcc in sorted((share / "rcc").glob("*.rcc")):
        QResource.registerResource(str(rcc))
    infos: dict[str, str] = {}
    it = QDirIterator(":/gcompris/src/activities", QDirIterator.IteratorFlag.Subdirectories)
    while it.hasNext():
        path = it.next()
        if path.endswith("/ActivityInfo.qml"):
            fh = QFile(path)
            fh.open(QIODevice.OpenModeFlag.ReadOnly)
            infos[path.split("/")[-2]] = bytes(fh.readAll().data()).decode("utf-8")
    return infos


def field_text(qml: str, name: str) -> str | None:
    match = re.search(rf'^\s*{name}:\s*qsTr\("((?:[^"\\]|\\.)*)"\)', qml, re.M)
    return match.group(1).replace('\\"', '"').replace("\\n", "\n") if match else None


def clean(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def read_translations(share: Path, lang: str) -> dict[tuple[str, str], str]:
    qm = share / "translations" / f"gcompris_{lang}.qm"
    if not qm.is_file():
        sys.exit(f"{qm}: not found")
    return read_qm(qm)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("share", type=Path, help="the extracted usr/share/gcompris-qt folder")
    args = parser.parse_args()
    uk = read_translations(args.share, "uk")
    more = {lang: read_translations(args.share, lang) for lang in MORE + LATIN + SLOVAK + SOUTH + EU}
    rows: list[tuple[str, str, str, str, str]] = []
    more_rows: list[tuple[str, ...]] = []
    latin_rows: list[tuple[str, ...]] = []
    slovak_rows: list[tuple[str, ...]] = []
    south_rows: list[tuple[str, ...]] = []
    eu_rows: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for activity, qml in sorted(activity_infos(args.share).items()):
        split = "test" if zlib.crc32(activity.encode()) % 2 else "dev"
        for name in FIELDS:
            source = field_text(qml, name)
            if not source:
                continue
            translated = uk.get(("ActivityInfo", source))
            en, ua = clean(source), clean(translated or "")
            if not ua or len(en.split()) < 3 or en in seen:
                continue
            seen.add(en)
            rows.append((activity, name, split, en, ua))
            files = ((MORE, more_rows), (LATIN, latin_rows), (SLOVAK, slovak_rows), (SOUTH, south_rows),
                     (EU, eu_rows))
            for languages, found in files:
                others = [clean(more[lang].get(("ActivityInfo", source)) or "") for lang in languages]
                if all(others):
                    found.append((activity, name, split, en, ua, *others))
    header = [
        "# Real human English-Ukrainian translations of learning goals, from GCompris 3.1 (GPL-3.0-or-later,",
        "# https://gcompris.net; Debian package gcompris-qt-data 3.1-2): English goal / prerequisite / description",
        "# of each activity (ActivityInfo.qml) and its Ukrainian translation (gcompris_uk.qm, KDE Ukrainian team).",
        "# Built by bench/make_gcompris_set.py; split by activity (CRC32 parity). Not used to build the dictionary.",
        "# Columns: activity<TAB>field<TAB>split<TAB>en<TAB>uk",
    ]
    body = ["\t".join(r) for r in rows]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} pairs ({sum(r[2] == 'test' for r in rows)} test)")
    more_header = [
        "# The learning goals of gcompris_goals_uk_en.tsv (GCompris 3.1, GPL-3.0-or-later; Debian package",
        "# gcompris-qt-data 3.1-2) with their Russian and Polish translations too (gcompris_ru.qm, gcompris_pl.qm:",
        "# KDE's Russian and Polish translation teams): real human translations of one English text into three",
        "# languages. Built by bench/make_gcompris_set.py; same activities, same split. Not used to tune anything.",
        "# Columns: activity<TAB>field<TAB>split<TAB>en<TAB>uk<TAB>" + "<TAB>".join(MORE),
    ]
    write_rows(OUT_MORE, more_header, more_rows)
    teams = ", ".join(LANGUAGE_TEAMS[lang] for lang in LATIN)
    latin_header = [
        "# The learning goals of gcompris_goals_uk_en.tsv (GCompris 3.1, GPL-3.0-or-later; Debian package",
        "# gcompris-qt-data 3.1-2) with their German, Spanish, French, Italian and Czech translations too",
        f"# (gcompris_{{{','.join(LATIN)}}}.qm: KDE's {teams} translation teams): real human translations",
        "# of one English text into six languages.",
        "# Built by bench/make_gcompris_set.py; same activities, same split. Not used to tune anything but the",
        "# curves of a third language, on the dev split only.",
        "# Columns: activity<TAB>field<TAB>split<TAB>en<TAB>uk<TAB>" + "<TAB>".join(LATIN),
    ]
    write_rows(OUT_LATIN, latin_header, latin_rows)
    slovak_header = [
        "# The learning goals of gcompris_goals_uk_en.tsv (GCompris 3.1, GPL-3.0-or-later; Debian package",
        "# gcompris-qt-data 3.1-2) with their Slovak translations too (gcompris_sk.qm: KDE's Slovak translation",
        "# team): real human translations. Built by bench/make_gcompris_set.py; same activities, same split. Used",
        "# for nothing but the curves of a third language and Slovak words in Ukrainian letters, on the dev split.",
        "# Columns: activity<TAB>field<TAB>split<TAB>en<TAB>uk<TAB>sk",
    ]
    write_rows(OUT_SLOVAK, slovak_header, slovak_rows)
    south_header = [
        "# The learning goals of gcompris_goals_uk_en.tsv (GCompris 3.1, GPL-3.0-or-later; Debian package",
        "# gcompris-qt-data 3.1-2) with their Croatian and Slovenian translations too (gcompris_hr.qm,",
        "# gcompris_sl.qm: KDE's Croatian and Slovenian translation teams): real human translations. Built by",
        "# bench/make_gcompris_set.py; same activities, same split. Used for nothing but the curves of a third",
        "# language and these languages' words in Ukrainian letters, on the dev split.",
        "# Columns: activity<TAB>field<TAB>split<TAB>en<TAB>uk<TAB>hr<TAB>sl",
    ]
    write_rows(OUT_SOUTH, south_header, south_rows)
    eu_header = [
        "# The learning goals of gcompris_goals_uk_en.tsv (GCompris 3.1, GPL-3.0-or-later; Debian package",
        "# gcompris-qt-data 3.1-2) with their Swedish, Finnish, Dutch, Portuguese, Romanian, Hungarian,",
        f"# Lithuanian and Estonian translations too (gcompris_{{{','.join(EU)}}}.qm: KDE's translation teams of",
        "# those languages): real human translations, kept where all ten languages have the string.",
        "# Built by bench/make_gcompris_set.py; same activities, same split. Used for nothing but the curves of a",
        "# third language, on the dev split only.",
        "# Columns: activity<TAB>field<TAB>split<TAB>en<TAB>uk<TAB>" + "<TAB>".join(EU),
    ]
    write_rows(OUT_EU, eu_header, eu_rows)


def write_rows(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> None:
    """The header's comment lines, then one tab-separated line a row."""
    path.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    print(f"{path}: {len(rows)} rows ({sum(r[2] == 'test' for r in rows)} test)")


if __name__ == "__main__":
    main()
