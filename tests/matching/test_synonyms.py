"""English synonyms in the word layers: the bundled file, its reading, and a query word meeting its synonym in
the candidates (partly, between its word family and its first letters), on built and kept indexes alike."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

import pytest

from app.matching import index_store, synonyms
from app.matching.engine import Engine, EngineConfig
from app.matching.lexical import FamilyIndex
from app.paths import resource


def test_the_bundled_synonyms_are_whole_symmetric_and_never_the_word_itself() -> None:
    text = resource("glossary", synonyms.FILE).read_text(encoding="utf-8")
    read = synonyms.read(text, "synonyms_en.tsv")
    assert len(read) > 5_000
    for word in ("hire", "provide", "supervise"):
        others = read.of(word)
        assert others and word not in others
        assert all(word in read.of(other) for other in others)  # two members of one synset, either way round
    assert "employ" in read.of("hire") and "furnish" in read.of("provide")
    assert read.of("no-such-word") == [] and read.of("") == []


def test_a_malformed_line_names_the_file_and_the_line() -> None:
    with pytest.raises(ValueError, match=r"syn\.tsv, line 3"):
        synonyms.read("# header\nhire\temploy\nhire employ\n", "syn.tsv")
    with pytest.raises(ValueError, match="line 1"):
        synonyms.read("hire\temploy 2\n", "syn.tsv")


def test_every_word_reads_back_the_line_the_file_gives_it() -> None:
    text = resource("glossary", synonyms.FILE).read_text(encoding="utf-8")
    lines = dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    read = synonyms.read(text, "synonyms_en.tsv")
    assert len(read) == len(lines)
    assert all(read.of(word) == others.split() for word, others in lines.items())
    # A word that is only a prefix or an end of a listed one, or a synonym that heads no line, finds nothing.
    assert read.of("hir") == [] and read.of("ire") == [] and read.of("hire\temploy") == []
    windows = synonyms.read(text.replace("\n", "\r\n"), "synonyms_en.tsv")
    assert windows.of("hire") == read.of("hire")
    # (a last line with no end of its own)
    assert synonyms.read("hire\temploy\nemploy\thire engage", "syn.tsv").of("employ") == ["hire", "engage"]


def test_a_word_listed_twice_names_its_second_line() -> None:
    with pytest.raises(ValueError, match=r"syn\.tsv, line 4: the word 'hire' is listed twice"):
        synonyms.read("# header\nhire\temploy\nemploy\thire\nhire\tengage\n", "syn.tsv")


def test_words_of_one_checksum_are_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(synonyms.zlib, "crc32", lambda data: 7)  # every word collides
    found = synonyms.Synonyms({"hire": "employ engage", "employ": "hire", "engage": "hire"})
    assert found.of("hire") == ["employ", "engage"] and found.of("engage") == ["hire"]
    assert found.of("rent") == []


@pytest.mark.parametrize(
    "content", [b"\xff\xfe not text", b"hire\temploy\nHire\temploy\n"], ids=["not UTF-8", "malformed"]
)
def test_a_damaged_file_is_one_log_line_and_no_synonyms(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "synonyms_en.tsv"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="app.matching.synonyms"):
        found = synonyms.english(path)
    assert len(found) == 0
    assert [r.getMessage() for r in caplog.records if str(path) in r.getMessage()]
    assert synonyms.english(tmp_path / "missing.tsv").of("hire") == []


CANDIDATES = [("employ", "new", "staff"), ("train", "new", "staff"), ("hirer", "register")]
SYNONYMS = synonyms.Synonyms({"hire": "employ engage", "employ": "hire", "engage": "hire"})


def test_a_synonym_partly_matches_between_the_family_and_the_first_letters() -> None:
    query = [("hire", "new", "staff")]
    plain_dice, _ = FamilyIndex(CANDIDATES, prefix_similarity=0.5, prefix_length=4).scores(query)
    assert plain_dice[0, 0] == plain_dice[0, 1]  # "employ" and "train" alike: neither is "hire"
    index = FamilyIndex(CANDIDATES, prefix_similarity=0.5, prefix_length=4, synonyms=SYNONYMS, synonym_similarity=0.7)
    dice, recall = index.scores(query)
    assert dice[0, 0] > dice[0, 1] == plain_dice[0, 1]
    assert recall[0, 0] < 1.0  # partly: a synonym is not the word itself
    # "hirer" begins like "hire" (0.5) and is no synonym of it: as before
    assert dice[0, 2] == plain_dice[0, 2]
    off = FamilyIndex(CANDIDATES, prefix_similarity=0.5, prefix_length=4, synonyms=SYNONYMS, synonym_similarity=0.0)
    assert (off.scores(query)[0] == plain_dice).all()


def test_the_synonyms_families_are_kept_with_the_index() -> None:
    index = FamilyIndex(CANDIDATES, prefix_similarity=0.5, prefix_length=4, synonyms=SYNONYMS, synonym_similarity=0.7)
    arrays, vocab, stems, prefixes, names = index.state()
    assert sorted(names) == ["hire"]  # the one word that is a synonym of a candidate's term ("employ")
    again = FamilyIndex.from_state(arrays, vocab, stems, prefixes, names)
    query = [("hire", "new", "staff"), ("engage", "staff")]
    for got, want in zip(again.scores(query), index.scores(query), strict=True):
        assert (got == want).all()


def test_the_engine_ranks_a_synonym_first_and_a_kept_index_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(index_store, "MIN_CANDIDATES", 3)  # this short list stands for a catalogue
    candidates = ["provide legal advice", "provide advice on furniture maintenance", "teach chemistry"]
    query = ["furnish legal advice"]

    def ranking(engine: Engine) -> list[tuple[Any, ...]]:
        return [dataclasses.astuple(s) for s in engine.rank_detailed(query, candidates, 3)[0]]

    built = ranking(Engine(EngineConfig(embedding=False)))
    assert len(list((tmp_path / "indexes").iterdir())) == 1  # kept by the first engine, read by the later ones
    without = ranking(Engine(EngineConfig(embedding=False, synonym_similarity=0.0)))
    assert built[0][0] == 0 and built[0][1] > without[0][1]
    assert ranking(Engine(EngineConfig(embedding=False))) == built  # read back: synonyms set on it as well


def test_the_explanation_shows_the_synonyms_read_between_two_english_texts() -> None:
    engine = Engine(EngineConfig(embedding=False))
    explained = engine.explain("furnish legal advice to clients", "provide legal advice to clients")
    assert "furnish / provide" in explained.shared_concepts
    assert "furnish / provide" in explained.terms()  # what the officer's screens and the papers list
    # none where the word layers read none: between languages, with the synonyms switched off, a word both share
    assert not any("/ provide" in c for c in engine.explain("Надавати юридичні консультації",
                                                          "provide legal advice").shared_concepts)
    off = Engine(EngineConfig(embedding=False, synonym_similarity=0.0))
    assert "furnish / provide" not in off.explain("furnish legal advice", "provide legal advice").shared_concepts
    assert not any(" / " in c and "provide" in c.split(" / ")[0]
                   for c in engine.explain("provide and furnish advice", "provide advice").shared_concepts)
