"""A candidate index kept between runs ranks exactly as the index built afresh; a damaged, foreign or stale file
is never used, and what cannot be kept (short lists, another glossary, unidentifiable code) is not."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import numpy as np
import pytest

from app.matching import index_store
from app.matching.engine import Engine, EngineConfig
from app.matching.glossary import parse_glossary
from app.matching.lexical import FamilyIndex

CANDIDATES = [
    "Design relational database schemas and normalise them",
    "Write SQL queries with joins, grouping and subqueries",
    "Analyse data with Python and pandas",
    "Build and evaluate machine learning models",
    "Apply Scrum roles, events and artefacts in a team",
    "Аналізувати дані за допомогою мови Python",
    "Проєктувати реляційні бази даних",
    "Communicate results of an analysis to stakeholders",
]
QUERIES = ["write SQL queries", "analyse data in Python", "Проєктувати бази даних", "work in a Scrum team"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(index_store, "MIN_CANDIDATES", 5)  # these short lists stand for a catalogue
    return tmp_path / "indexes"


def _ranking(engine: Engine, queries: list[str] = QUERIES) -> list[list[tuple[object, ...]]]:
    return [[dataclasses.astuple(s) for s in row] for row in engine.rank_detailed(queries, CANDIDATES, 5)]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{index_store.SUFFIX}")) if folder.exists() else []


def test_a_kept_index_ranks_as_the_built_one(cache: Path) -> None:
    built = _ranking(Engine(EngineConfig(embedding=False)))
    assert len(_files(cache)) == 1
    reader = Engine(EngineConfig(embedding=False))
    assert _ranking(reader) == built  # between languages too: the candidates are analysed when that needs them
    english = [t for t in CANDIDATES if t.isascii()]
    queries = ["write SQL queries", "work in a Scrum team"]
    built = [[dataclasses.astuple(s) for s in row] for row in Engine().rank_detailed(queries, english, 3, False)]
    reader = Engine(EngineConfig(embedding=False))
    assert [[dataclasses.astuple(s) for s in row] for row in reader.rank_detailed(queries, english, 3)] == built
    assert reader.candidate_index(english)._analysed is None  # one language: read, nothing analysed


def test_a_long_list_is_indexed_in_one_lean_pass(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.matching.text import analyse, clear_caches

    clear_caches()
    Engine(EngineConfig(embedding=False)).candidate_index(CANDIDATES)  # a list to keep
    assert len(_files(cache)) == 1
    assert analyse.cache_info().currsize == 0  # indexed without keeping each text's analysis
    clear_caches()
    for path in _files(cache):
        path.unlink()
    lean = _ranking(Engine(EngineConfig(embedding=False)))
    monkeypatch.setattr(index_store, "MIN_CANDIDATES", 10_000)  # not kept: the usual build, every analysis cached
    clear_caches()
    assert _ranking(Engine(EngineConfig(embedding=False))) == lean


def test_a_damaged_or_foreign_file_is_built_again(cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    built = _ranking(Engine(EngineConfig(embedding=False)))
    (path,) = _files(cache)
    good = path.read_bytes()
    flipped = bytearray(good)
    flipped[-3] ^= 0x40  # one bit of the last string
    for damage in (good[: len(good) // 2], b"not an index file", b"", bytes(flipped),
                   good.replace(b'family.offsets', b'family.offsetz', 1)):
        path.write_bytes(damage)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="app.matching.index_store"):
            assert _ranking(Engine(EngineConfig(embedding=False))) == built
        assert "built again" in caplog.text
        assert path.read_bytes() != damage  # made again
    # Parts that do not fit together (a posting pointing past the last candidate), written with a right checksum,
    # are refused too.
    key = Engine(EngineConfig(embedding=False))._store_key(tuple(CANDIDATES))
    assert key is not None and index_store._path(key) == path
    stored = index_store.load(key, len(CANDIDATES))
    assert stored is not None
    family, vocab, stems, prefixes, synonym_names = stored.family.state()
    # a posting past the last candidate; a word family's member past the vocabulary; a family with no name
    for part, value in (("docs", family["docs"] + len(CANDIDATES)),
                        ("stem_members", family["stem_members"] + len(vocab)),
                        ("synonym_members", family["synonym_members"] + len(vocab)),
                        ("prefix_offsets", family["prefix_offsets"][:-1])):
        bad = FamilyIndex.__new__(FamilyIndex)
        bad_state = (family | {part: value}, vocab, stems, prefixes, synonym_names)
        setattr(bad, "state", lambda bad_state=bad_state: bad_state)  # noqa: B010 (a method replaced on one object)
        path.write_bytes(b"".join(index_store.encode(key, stored._replace(family=bad))))
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="app.matching.index_store"):
            assert _ranking(Engine(EngineConfig(embedding=False))) == built
        assert "do not fit" in caplog.text, part


def test_a_file_too_large_or_with_a_huge_header_is_not_read(
    cache: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    built = _ranking(Engine(EngineConfig(embedding=False)))
    (path,) = _files(cache)
    good = path.read_bytes()
    huge_header = good[: len(index_store.MAGIC)] + (1 << 40).to_bytes(8, "little") + good[len(index_store.MAGIC) + 8 :]
    path.write_bytes(huge_header)
    with caplog.at_level(logging.WARNING, logger="app.matching.index_store"):
        assert _ranking(Engine(EngineConfig(embedding=False))) == built
    assert "damaged header" in caplog.text
    monkeypatch.setattr(index_store, "KEEP_BYTES", len(good) - 1)  # as if planted, larger than any kept index
    path.write_bytes(good)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="app.matching.index_store"):
        assert _ranking(Engine(EngineConfig(embedding=False))) == built
    assert "more than an index is kept in" in caplog.text and "not kept: larger than" in caplog.text
    assert path.read_bytes() == good  # not replaced by a file that would not be read either


def test_the_kept_arrays_are_views_of_the_file(cache: Path) -> None:
    _ranking(Engine(EngineConfig(embedding=False)))
    key = Engine(EngineConfig(embedding=False))._store_key(tuple(CANDIDATES))
    assert key is not None
    stored = index_store.load(key, len(CANDIDATES))
    assert stored is not None
    docs = stored.feature_index.state()[0]["docs"]
    assert not docs.flags.writeable and not docs.flags.owndata  # read in place, never changed
    assert stored.langs.tolist() == Engine(EngineConfig(embedding=False))._build_index(tuple(CANDIDATES)).langs.tolist()


def test_the_key_follows_texts_settings_and_code(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = index_store.key_of(CANDIDATES, "a")
    assert key is not None and key == index_store.key_of(list(CANDIDATES), "a")
    assert index_store.key_of(CANDIDATES[::-1], "a") != key
    assert index_store.key_of(CANDIDATES, "b") != key
    assert index_store.key_of([*CANDIDATES[:-1], CANDIDATES[-1] + " "], "a") != key
    monkeypatch.setattr(index_store, "_CODE", ("no-such-module.py",))  # a build without source files
    assert index_store.key_of(CANDIDATES, "a") is None
    _ranking(Engine(EngineConfig(embedding=False)))
    assert _files(cache) == []


def test_what_is_not_kept(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = parse_glossary("concept\ten\tuk\nsql\tSQL | structured query language\tмова SQL\n")
    _ranking(Engine(EngineConfig(embedding=False), glossary=own))  # another glossary: other features
    _ranking(Engine(EngineConfig(embedding=False, concept_ratio_weight=0.2)))  # needs strings not kept
    assert _files(cache) == []
    monkeypatch.setattr(index_store, "MIN_CANDIDATES", len(CANDIDATES) + 1)  # a short list
    _ranking(Engine(EngineConfig(embedding=False)))
    assert _files(cache) == []


def test_only_the_most_recently_used_are_kept(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_store, "KEEP", 3)
    engine = Engine(EngineConfig(embedding=False, index_cache=1))
    for i in range(5):
        engine.rank_detailed(QUERIES, [*CANDIDATES, f"outcome number {i}"], 3)
    assert len(_files(cache)) == 3


def test_the_kept_files_stay_within_their_disk_space(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine(EngineConfig(embedding=False, index_cache=1))
    engine.rank_detailed(QUERIES, [*CANDIDATES, "outcome number 0"], 3)
    (first,) = _files(cache)
    monkeypatch.setattr(index_store, "KEEP_BYTES", int(first.stat().st_size * 2.5))
    for i in range(1, 5):
        engine.rank_detailed(QUERIES, [*CANDIDATES, f"outcome number {i}"], 3)
    assert len(_files(cache)) == 2


def test_texts_that_join_alike_have_different_keys() -> None:
    assert index_store.key_of(["ab", "c"], "a") != index_store.key_of(["a", "bc"], "a")
    assert index_store.key_of(["a\0b", "c"], "a") != index_store.key_of(["a", "b\0c"], "a")


@pytest.mark.parametrize(
    "values",
    [["a", "", "bé"], [], ["x\ny"], ["Ґ"], [""], ["a\0b", "c"], ["\0"]],  # a NUL inside: kept end to end, not joined
)
def test_kept_strings_come_back_exactly(values: list[str]) -> None:
    text, lengths = index_store._string_part(values)
    assert index_store._strings_of(text, len(values), lengths) == values
    if values:  # (no string and one empty string have the same text: the count tells them apart)
        with pytest.raises(ValueError):
            index_store._strings_of(text, len(values) + 1, lengths)
    if lengths is not None:
        with pytest.raises(ValueError):
            index_store._strings_of(text, len(values), lengths + 1)


def test_the_kept_comparison_keys_are_the_texts_own_and_decoded_when_asked(
    cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A tie-break reads the kept keys (each text's content lemmas), not the texts analysed again: equal to the
    analysis's, decoded one at a time; a file with a key too few is refused like any other damage."""
    from app.matching.text import analyse

    built = _ranking(Engine(EngineConfig(embedding=False)))
    key = Engine(EngineConfig(embedding=False))._store_key(tuple(CANDIDATES))
    assert key is not None
    stored = index_store.load(key, len(CANDIDATES))
    assert stored is not None and isinstance(stored.keys, index_store.StoredStrings)
    expected = [analyse(t).key for t in CANDIDATES]
    assert list(stored.keys) == expected and stored.keys[-1] == expected[-1] and stored.keys[1:3] == expected[1:3]
    with pytest.raises(IndexError):
        stored.keys[len(CANDIDATES)]
    reader = Engine(EngineConfig(embedding=False))
    assert isinstance(reader.candidate_index(CANDIDATES).keys, index_store.StoredStrings)
    assert _ranking(reader) == built
    index_store._path(key).write_bytes(b"".join(index_store.encode(key, stored._replace(keys=expected[:-1]))))
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="app.matching.index_store"):
        assert _ranking(Engine(EngineConfig(embedding=False))) == built
    assert "parts of different sizes" in caplog.text


def test_kept_strings_are_decoded_one_by_one() -> None:
    text = "ab Ґ".encode()
    strings = index_store.StoredStrings(memoryview(text), np.array([0, 2, len(text)]))
    assert list(strings) == ["ab", " Ґ"] and strings[-2] == "ab"
    mangled = index_store.StoredStrings(memoryview(b"\xff"), np.array([0, 1]))
    assert mangled[0] == "\ufffd"  # only a file made to pass the checksum holds such bytes: no crash


@pytest.mark.parametrize("texts", [CANDIDATES, [t for t in CANDIDATES if t.isascii()], [t for t in CANDIDATES
                                                                                        if not t.isascii()] * 3])
def test_a_kept_index_tells_the_languages_as_the_built_one(cache: Path, texts: list[str]) -> None:
    built = Engine(EngineConfig(embedding=False)).candidate_index(texts)
    assert len(_files(cache)) == 1
    read = Engine(EngineConfig(embedding=False)).candidate_index(texts)
    assert read.languages is not None  # given by the file
    assert read.lang_set == built.lang_set
    assert read.mostly_latin == built.mostly_latin
    assert read.in_ukrainian_letters.tolist() == built.in_ukrainian_letters.tolist()
