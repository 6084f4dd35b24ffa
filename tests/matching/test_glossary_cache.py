"""The glossary's analysed terms kept between runs are exactly the terms analysed afresh; a damaged file, another
glossary or code that cannot be identified never lets a kept file stand in for the real analysis."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.matching import glossary_cache
from app.matching.glossary import parse_glossary
from tests.conftest import REPO_ROOT

GLOSSARY = (REPO_ROOT / "resources" / "glossary" / "glossary.tsv").read_text(encoding="utf-8")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RD_CACHE_DIR", str(tmp_path))
    return tmp_path / "glossary"


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("terms-*.json")) if folder.exists() else []


def test_kept_terms_are_the_analysed_terms(cache: Path) -> None:
    fresh = parse_glossary(GLOSSARY)
    made = parse_glossary(GLOSSARY, keep=True)  # analyses and keeps
    assert len(_files(cache)) == 1
    read_back = parse_glossary(GLOSSARY, keep=True)  # reads the kept file
    for glossary in (made, read_back):
        assert glossary.terms == fresh.terms
        assert glossary.max_len == fresh.max_len
        assert glossary.concepts == fresh.concepts
    content = ("analyse", "datum", "python")
    assert read_back.features(content) == fresh.features(content)


def test_another_glossary_gets_its_own_terms(cache: Path) -> None:
    parse_glossary(GLOSSARY, keep=True)
    other = GLOSSARY + "frog\tfrog | tadpole\tжаба\n"
    glossary = parse_glossary(other, keep=True)
    assert ("frog",) in glossary.terms and ("tadpole",) in glossary.terms
    assert len(_files(cache)) == 1  # the first glossary's file is gone: it would never be read again
    assert ("frog",) not in parse_glossary(GLOSSARY, keep=True).terms


def test_a_damaged_file_is_ignored_and_made_again(cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    fresh = parse_glossary(GLOSSARY)
    parse_glossary(GLOSSARY, keep=True)
    (path,) = _files(cache)
    for damage in ("{not json", json.dumps({"key": "x" * 64, "max_len": 1, "terms": []}), json.dumps([1, 2])):
        path.write_text(damage, encoding="utf-8")
        with caplog.at_level(logging.WARNING, logger="app.matching.glossary_cache"):
            caplog.clear()
            glossary = parse_glossary(GLOSSARY, keep=True)
        assert glossary.terms == fresh.terms
        assert "made again" in caplog.text
        assert json.loads(path.read_text(encoding="utf-8"))["key"] == glossary_cache.cache_key(GLOSSARY)


def test_nothing_is_kept_when_the_code_cannot_be_identified(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glossary_cache, "_CODE", ("no-such-module.py",))  # as in a build without source files
    assert glossary_cache.cache_key(GLOSSARY) is None
    assert parse_glossary(GLOSSARY, keep=True).terms == parse_glossary(GLOSSARY).terms
    assert _files(cache) == []


def test_the_key_follows_the_glossary_and_the_code(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    key = glossary_cache.cache_key(GLOSSARY)
    assert key is not None and key == glossary_cache.cache_key(GLOSSARY)
    assert glossary_cache.cache_key(GLOSSARY + "\n# a comment\n") != key
    code = tmp_path / "text.py"
    code.write_text("# another analysis\n", encoding="utf-8")
    monkeypatch.setattr(glossary_cache, "_CODE", (str(code),))  # an absolute path replaces the folder's file
    assert glossary_cache.cache_key(GLOSSARY) != key
