"""The generated English-Ukrainian dictionary: its converter, its links, its place behind the hand-written
glossary, and a damaged file."""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType

import pytest

from app.matching.engine import Engine, EngineConfig
from app.matching.glossary import (
    DICTIONARY_FILE,
    load_default_glossary,
    load_glossary,
    parse_dictionary,
    parse_glossary,
)
from app.matching.text import analyse
from app.paths import resource
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def _converter() -> ModuleType:
    return load_script("build_dictionary_en_uk")


def _wordnet_line(offset: str, lexfile: int, pos: str, words: list[str], pointers: list[str]) -> str:
    body = " ".join(f"{w} 0" for w in words)
    ptrs = " ".join(f"{p} 00000000 {pos} 0000" for p in pointers)
    return f"{offset} {lexfile:02d} {pos} {len(words):02x} {body} {len(pointers):03d} {ptrs} | a gloss"


def test_converter_output_parses_and_keeps_only_kept_categories(tmp_path):
    wordnet = tmp_path / "wn"
    wordnet.mkdir()
    (wordnet / "data.noun").write_text(
        "  1 licence header line\n"
        + _wordnet_line("00000100", 9, "n", ["cognition", "knowledge"], ["@"]) + "\n"  # noun.cognition: kept
        + _wordnet_line("00000200", 13, "n", ["bread"], ["@"]) + "\n"  # noun.food: left out
        + _wordnet_line("00000300", 18, "n", ["Shakespeare"], ["@i"]) + "\n",  # a named instance: left out
        encoding="utf-8",
    )
    (wordnet / "data.verb").write_text(
        _wordnet_line("00000400", 31, "v", ["memorize", "memorise"], []) + "\n"
        + _wordnet_line("00000500", 30, "v", ["line", "run along"], []) + "\n"  # a head with 13 senses: left out
    )
    (wordnet / "data.adj").write_text("")
    (wordnet / "index.noun").write_text("  1 licence header line\ncognition n 1 0 1 0 00000100\nline n 12 0 12 0\n")
    (wordnet / "index.verb").write_text("memorize v 1 0 1 0 00000400\nline v 1 0 1 0 00000500\n")
    (wordnet / "index.adj").write_text("")
    (wordnet / "index.adv").write_text("")
    tab = tmp_path / "wn-wikt-ukr.tab"
    tab.write_text(
        "# Wiktionary\tukr\thttp://wiktionary.org/\tCC BY-SA\n"
        "00000100-n\tukr:lemma\tпізнання\n00000200-n\tukr:lemma\tхліб\n00000300-n\tukr:lemma\tШекспір\n"
        "00000400-v\tukr:lemma\tзапам'ятовувати\n00000400-v\tukr:lemma\tcafé\n00000500-v\tukr:lemma\tтягнутися\n",
        encoding="utf-8",
    )
    text = _converter().build(tab, wordnet, "test version")
    assert "CC BY-SA 3.0" in text and "test version" in text and "WordNet 3.0" in text
    rows = [line.split("\t") for line in text.splitlines() if line.startswith("wn:")]
    assert rows == [
        ["wn:00000100-n", "cognition | knowledge", "пізнання", "noun.cognition"],
        ["wn:00000400-v", "memorize | memorise", "запам'ятовувати", "verb.cognition"],
    ]
    glossary = parse_glossary("concept\ten\tuk\n")
    assert parse_dictionary(text, glossary) == 2
    assert glossary.features(analyse("пізнання").content) == glossary.features(analyse("cognition").content)


def test_bundled_dictionary_names_its_source_and_licence():
    text = resource("glossary", DICTIONARY_FILE).read_text(encoding="utf-8")
    head = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert "omw-data" in head and "CC BY-SA 3.0" in head and "WordNet 3.0" in head
    glossary = load_glossary()
    assert parse_dictionary(text, glossary) > 1000


@pytest.mark.parametrize(
    ("uk", "en"),
    [("пам'ять", "memory"), ("множення", "multiplication"), ("літера", "letter"), ("годинник", "clock")],
)
def test_known_translations_link_across_languages(uk, en):
    plain = load_glossary()
    full = load_default_glossary()
    uk_content, en_content = analyse(uk).content, analyse(en).content
    assert not set(plain.features(uk_content)) & set(plain.features(en_content))
    assert set(full.features(uk_content)) & set(full.features(en_content))


def test_dictionary_ranks_a_ukrainian_goal_to_its_english_translation():
    engine = Engine(EngineConfig(embedding=False), glossary=load_default_glossary())
    candidates = ["Practice the multiplication operation.", "Learn to recognize colors.", "Improve your memory."]
    rows = engine.rank_detailed(["Вправи на множення."], candidates, top_k=3)
    assert rows[0][0].index == 0


def test_a_dictionary_entry_never_overrides_a_hand_written_concept():
    glossary = parse_glossary("concept\ten\tuk\nfrog\tfrog | tadpole\tжаба\n")
    dictionary = (
        "concept\ten\tuk\tcategory\n"
        "wn:1\ttoad\tжаба\tnoun.Tops\n"  # the same Ukrainian word: the hand-written concept keeps it
        "wn:2\tpond\tставок жаба\tnoun.Tops\n"  # a longer term containing a hand-written one: not used over it
        "wn:3\tpond\tставок\tnoun.Tops\n"
        "wn:4\ttadpole | polliwog\tпуголовок\tnoun.Tops\n"  # its English head is a hand-written term
    )
    assert parse_dictionary(dictionary, glossary) == 3
    assert glossary.features(analyse("жаба").content) == ("c:frog",)
    assert glossary.features(analyse("ставок жаба").content) == ("c:=pond", "c:frog")
    assert glossary.features(analyse("pond").content) == ("c:=pond",)
    assert glossary.features(analyse("пуголовок").content) == ("c:frog",)
    assert glossary.concepts["frog"].en == ("frog", "tadpole") and glossary.concepts["frog"].uk == ("жаба",)
    # An entry whose only Ukrainian term is hand-written adds nothing, not even its English head.
    assert glossary.features(analyse("toad").content) == ("w:toad",)
    assert glossary.describe("c:=pond", "en") == "pond" and glossary.describe("c:=pond", "uk") == "ставок жаба"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"concept\ten\tuk\tcategory\nwn:1\tknowledge\n", "line 2: expected 4 tab-separated columns"),
        ("concept\ten\tuk\tcategory\nwn:1\t\tзнання\tx\n".encode(), "line 2: a concept id, an English"),
        (b"\xff\xfe\x00broken", "not UTF-8 text"),
        (None, "No such file"),
    ],
)
def test_a_damaged_dictionary_is_one_clear_line_and_matching_goes_on(tmp_path, caplog, content, problem):
    path = tmp_path / DICTIONARY_FILE
    if content is not None:
        path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="app.matching.glossary"):
        glossary = load_default_glossary(dictionary=path)
        # Read on the first comparison between languages; the texts still get their hand-written features.
        assert glossary.features(analyse("аналізувати знання").content) == ("c:analyse", "c:know")
    assert glossary.translations == {}
    assert glossary.concepts == load_glossary().concepts
    records = [r for r in caplog.records if r.name == "app.matching.glossary"]
    assert len(records) == 1 and records[0].exc_info is None
    message = records[0].getMessage()
    assert "\n" not in message and str(path) in message and problem in message


def test_texts_in_one_language_compare_as_without_the_dictionary():
    """The dictionary links languages; two English (or two Ukrainian) texts compare exactly as they did before it,
    so the same-language rankings and calibration keep their meaning."""
    queries = ["manage a team of nurses", "measure the time with a clock", "керувати командою медичних сестер"]
    candidates = ["lead nursing staff", "read a clock", "use a stopwatch", "organise the work of a team",
                  "керувати персоналом", "вимірювати час годинником"]
    english, ukrainian = [0, 1], [2]
    plain = Engine(EngineConfig(embedding=False), glossary=load_glossary())
    full = Engine(EngineConfig(embedding=False), glossary=load_default_glossary())
    for rows, cands in ((english, candidates[:4]), (ukrainian, candidates[4:])):
        qs = [queries[i] for i in rows]
        assert full.rank_detailed(qs, cands, top_k=4) == plain.rank_detailed(qs, cands, top_k=4)
    # Across languages the dictionary does count: 'годинник' meets 'clock'.
    assert full.explain("вимірювати час годинником", "read a clock").shared_concepts
    assert not full.explain("measure the time with a clock", "read a clock").shared_concepts


def test_the_dictionary_is_read_only_when_languages_meet(tmp_path):
    path = tmp_path / DICTIONARY_FILE
    path.write_text((Path(resource("glossary", DICTIONARY_FILE))).read_text(encoding="utf-8"), encoding="utf-8")
    glossary = load_default_glossary(dictionary=path)
    engine = Engine(EngineConfig(embedding=False), glossary=glossary)
    engine.rank_detailed(["measure the time with a clock"], ["read a clock", "use a stopwatch"])
    assert glossary.translations == {}  # two English texts: not read
    rows = engine.rank_detailed(["вимірювати час годинником"], ["use a stopwatch", "read a clock"])
    assert glossary.translations and rows[0][0].index == 1
