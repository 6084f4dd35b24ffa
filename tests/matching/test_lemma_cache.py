"""The lemmatiser's fast-loading dictionaries give exactly simplemma's lemmas, and a damaged or stale file is
ignored (with a log line) and made again."""

from __future__ import annotations

import csv
import json
import logging
import os
import re
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from app.matching import lemma_cache
from app.matching.text import _LEMMATIZER, is_known, normalise
from tests.conftest import REPO_ROOT

ESCO = "esco/esco_v_1_1_1_data_formatted.csv"


def _words_of(texts: list[str]) -> set[str]:
    return {w for t in texts for w in normalise(t).split() if not w.isdigit()}


def _sample_words() -> tuple[set[str], set[str]]:
    """English and Ukrainian words: the uk-en benchmark outcomes, the glossary, ESCO labels when the data is
    present, every 150th entry of simplemma's own dictionaries, and forms it does not know (so that the
    decomposition strategies, which probe the dictionary many times, run too)."""
    en_texts: list[str] = []
    uk_texts: list[str] = []
    for line in (REPO_ROOT / "bench" / "data" / "outcomes_uk_en.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _, uk_text, en_text = line.split("\t")
            uk_texts.append(uk_text)
            en_texts.append(en_text)
    for line in (REPO_ROOT / "resources" / "glossary" / "glossary.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            en_texts.append(parts[1].replace("|", " "))
            uk_texts.append(parts[2].replace("|", " "))
    for root in (os.environ.get("RD_BENCH_DATA"), str(REPO_ROOT.parent / "shared" / "bench-data")):
        esco = Path(root) / ESCO if root else None
        if esco is not None and esco.is_file():
            with esco.open(encoding="utf-8", newline="") as fh:
                en_texts += [row["description"] for i, row in enumerate(csv.DictReader(fh)) if i % 10 == 0]
            break
    en, uk = _words_of(en_texts), _words_of(uk_texts)
    for code, words in (("en", en), ("uk", uk)):
        entries = list(DefaultDictionaryFactory().get_dictionary(code))
        words.update(entries[::150])
    en |= {w + suffix for w in list(en)[:400] for suffix in ("ness", "ingly", "-based")}
    uk |= {prefix + w for w in list(uk)[:400] for prefix in ("пере", "не", "супер-")}
    return en, uk


def test_lemmas_are_simplemmas_own() -> None:
    en, uk = _sample_words()
    assert len(en) > 2000 and len(uk) > 2000
    for lang, words in (("en", en), ("uk", uk)):
        ours = {w: (_LEMMATIZER.lemmatize(w, lang), is_known(w, lang)) for w in sorted(words)}
        theirs = {w: (simplemma.lemmatize(w, lang=lang), simplemma.is_known(w, lang=lang)) for w in sorted(words)}
        assert ours == theirs, lang


def test_file_round_trip() -> None:
    entries = {"аналізує": "аналізувати", "аналізуємо": "аналізувати", "data": "datum", "об'єкти": "об'єкт"}
    found = lemma_cache.decode(lemma_cache.encode(entries.items()))
    assert dict(found.items()) == entries and len(found) == 4
    assert found.get("аналізуємо") == "аналізувати" and "data" in found
    assert found.get("аналізу") is None and "dat" not in found
    with pytest.raises(KeyError):
        found["missing"]


SMALL = {"runs": "run", "ran": "run", "data": "datum"}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """An empty cache folder and a stand-in for simplemma's data (small, so the test is quick); the list records
    each language made from that data."""
    monkeypatch.setenv("RD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lemma_cache, "bundled_folder", lambda: tmp_path / "no-bundle")
    made: list[str] = []

    def build(lang: str) -> bytes:
        made.append(lang)
        return lemma_cache.encode(SMALL.items())

    monkeypatch.setattr(lemma_cache, "build", build)
    return made


def test_made_once_then_read(cache: list[str]) -> None:
    lemma_cache.cache_folder().mkdir(parents=True, exist_ok=True)
    older = lemma_cache.cache_folder() / "xx-simplemma-0.9.v1.bin"  # made for another version: removed
    older.write_bytes(b"old")
    other = lemma_cache.cache_folder() / "yy-simplemma-0.9.v1.bin"  # another language's: left alone
    other.write_bytes(b"old")
    assert dict(lemma_cache.load("xx").items()) == SMALL
    assert (lemma_cache.cache_folder() / lemma_cache.file_name("xx")).is_file()
    assert not older.exists() and other.exists()
    assert dict(lemma_cache.load("xx").items()) == SMALL
    assert cache == ["xx"]


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "other simplemma version", "garbage"])
def test_damaged_or_stale_file_is_ignored_logged_and_made_again(
    cache: list[str], damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    lemma_cache.load("xx")
    path = lemma_cache.cache_folder() / lemma_cache.file_name("xx")
    data = bytearray(path.read_bytes())
    if damage == "flip a byte":
        data[-3] ^= 0xFF
    elif damage == "truncate":
        del data[-5:]
    elif damage == "other simplemma version":
        head = data[: 4096].decode()
        header = json.loads(head[len("RDLEMMA\x00") :])
        header["simplemma"] = "0.0.1"
        data[:4096] = (b"RDLEMMA\x00" + json.dumps(header).encode()).ljust(4096, b" ")
    else:
        data = bytearray(b"not a dictionary at all")
    path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="app.matching.lemma_cache"):
        assert dict(lemma_cache.load("xx").items()) == SMALL
    assert cache == ["xx", "xx"]
    assert re.search(r"not used: .*; made again", caplog.text), caplog.text
    lemma_cache.decode(path.read_bytes())  # the file was made again, whole


def test_unwritable_cache_still_gives_the_dictionary(
    cache: list[str], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(lemma_cache, "write_atomically", refuse)
    with caplog.at_level(logging.WARNING, logger="app.matching.lemma_cache"):
        assert dict(lemma_cache.load("xx").items()) == SMALL
    assert "not kept" in caplog.text


def test_a_cache_folder_that_cannot_be_made_still_gives_the_dictionary(
    cache: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("RD_CACHE_DIR", str(blocker / "cache"))  # its parent is a file: mkdir fails
    with caplog.at_level(logging.WARNING, logger="app.matching.lemma_cache"):
        assert dict(lemma_cache.load("xx").items()) == SMALL
    assert "no cache folder" in caplog.text


def test_a_bundled_copy_is_used_first(cache: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "bundle"
    lemma_cache.write_atomically(bundle / lemma_cache.file_name("xx"), lemma_cache.encode({"a": "b"}.items()))
    monkeypatch.setattr(lemma_cache, "bundled_folder", lambda: bundle)
    assert dict(lemma_cache.load("xx").items()) == {"a": "b"}
    assert cache == []


def test_a_header_that_does_not_match_its_tables_is_refused() -> None:
    """The checksum covers the tables, not the header: a wrong table size there must not make look-ups probe
    forever or read past the end."""
    data = bytearray(lemma_cache.encode(SMALL.items()))
    header = json.loads(data[8:4096].decode())
    for field, value in (("slots", header["slots"] - 1), ("count", header["count"] * 100), ("values", 0)):
        changed = dict(header, **{field: value})
        data[:4096] = (b"RDLEMMA\x00" + json.dumps(changed).encode()).ljust(4096, b" ")
        with pytest.raises(ValueError):
            lemma_cache.decode(bytes(data))
