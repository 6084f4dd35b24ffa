"""Links from words of other Latin-letter languages to English (``dictionary_other_en.tsv``): lemmatised in their own
language, used against texts in Ukrainian letters only, and a damaged file."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from app.matching.engine import Engine, EngineConfig
from app.matching.glossary import (
    CONCEPT_PREFIX,
    OTHER_DICTIONARY_FILE,
    load_default_glossary,
    parse_glossary,
    read_other_dictionary,
)
from app.matching.text import analyse_in
from app.paths import resource
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]

SMALL_GLOSSARY = "concept\ten\tuk\nalgorithm\talgorithm\tалгоритм\ngraph_theory\tgraph\tграф\n"


def _spanish(text: str) -> tuple[str, ...]:
    return analyse_in(text, "es").content


def test_a_linked_word_reads_as_its_english_head_in_any_of_its_forms():
    glossary = parse_glossary(SMALL_GLOSSARY)
    glossary.add_foreign("es", "algoritmo", "algorithm")
    glossary.add_foreign("es", "grafo", "graph")
    features = glossary.features(_spanish("Diseñar algoritmos sobre grafos"), lang="es")
    assert CONCEPT_PREFIX + "algorithm" in features
    assert CONCEPT_PREFIX + "graph_theory" in features
    # Without the text's language the words stay plain lemmas (as for a text in Ukrainian or English).
    plain = glossary.features(_spanish("Diseñar algoritmos sobre grafos"))
    assert CONCEPT_PREFIX + "algorithm" not in plain


def test_a_language_without_links_reads_as_before():
    glossary = parse_glossary(SMALL_GLOSSARY)
    glossary.add_foreign("es", "algoritmo", "algorithm")
    content = analyse_in("Entwurf von Algorithmen", "de").content
    assert glossary.features(content, lang="de") == glossary.features(content)


def test_the_bundled_links_reach_ukrainian_concepts():
    glossary = load_default_glossary()
    german = glossary.features(analyse_in("Die Teilnehmenden können Algorithmen beschreiben", "de").content, lang="de")
    ukrainian = glossary.features(analyse_in("Описувати алгоритми", "uk").content, lang="uk")
    assert {f for f in german if f.startswith(CONCEPT_PREFIX)} & {f for f in ukrainian if f.startswith(CONCEPT_PREFIX)}


def _engine() -> Engine:
    glossary = parse_glossary(SMALL_GLOSSARY)
    glossary.add_foreign("es", "algoritmo", "algorithm")
    glossary.add_foreign("es", "grafo", "graph")
    return Engine(EngineConfig(embedding=False), glossary=glossary)


def test_a_third_language_meets_ukrainian_outcomes_through_the_links():
    engine = _engine()
    candidates = ["Розробляти алгоритми на графах", "Вести облік матеріальних цінностей"]
    _, m = engine.matrices(["Diseñar algoritmos sobre grafos"], candidates)
    assert m.glossary[0, 0] > 0.3
    assert m.glossary[0, 1] == 0
    shared = engine.explain("Diseñar algoritmos sobre grafos", candidates[0]).shared_concepts
    assert any("алгоритм" in c for c in shared)


def test_the_links_leave_pairs_of_two_latin_letter_texts_as_they_were():
    """Against English the lexical layer reads the words the two languages share in spelling; the links' English
    words would only add chance meetings. Scores of such pairs equal those of an engine without links, also in a
    candidate list that mixes Ukrainian and English outcomes."""
    with_links = _engine()
    without = Engine(EngineConfig(embedding=False), glossary=parse_glossary(SMALL_GLOSSARY))
    queries = ["Diseñar algoritmos sobre grafos", "Analizar los datos"]
    candidates = ["Design algorithms on graphs", "Розробляти алгоритми на графах", "Keep accounts"]
    _, linked = with_links.matrices(queries, candidates)
    _, plain = without.matrices(queries, candidates)
    english = [0, 2]
    assert np.array_equal(linked.glossary[:, english], plain.glossary[:, english])
    assert np.array_equal(linked.score[:, english], plain.score[:, english])
    assert linked.glossary[0, 1] > plain.glossary[0, 1]
    assert not any("algorithm" in c for c in with_links.explain(queries[0], candidates[0]).shared_concepts)


def test_a_candidate_list_in_a_third_language_is_read_through_the_links_against_ukrainian_only():
    with_links = _engine()
    without = Engine(EngineConfig(embedding=False), glossary=parse_glossary(SMALL_GLOSSARY))
    candidates = ["Diseñar algoritmos sobre grafos", "Llevar la contabilidad"]
    _, linked = with_links.matrices(["Розробляти алгоритми на графах", "Design algorithms"], candidates)
    _, plain = without.matrices(["Розробляти алгоритми на графах", "Design algorithms"], candidates)
    assert linked.glossary[0, 0] > plain.glossary[0, 0]
    assert np.array_equal(linked.glossary[1], plain.glossary[1])


def test_the_bundled_file_parses_whole():
    entries = read_other_dictionary(resource("glossary", OTHER_DICTIONARY_FILE).read_text(encoding="utf-8"))
    assert {"de", "es", "fr", "it", "pt", "nl", "sv", "fi"} <= set(entries)
    assert all(term and head for links in entries.values() for term, head in links)


def test_a_damaged_file_is_one_log_line_and_matching_goes_on(tmp_path, caplog):
    damaged = tmp_path / OTHER_DICTIONARY_FILE
    damaged.write_text("concept\ten\tlang\tterms\tcategory\nwn:1-n\talgorithm\tES!\talgoritmo\tnoun.cognition\n",
                       encoding="utf-8")
    glossary = parse_glossary(SMALL_GLOSSARY)
    glossary.defer_other_languages(damaged)
    with caplog.at_level(logging.WARNING, logger="app.matching.glossary"):
        features = glossary.features(_spanish("Diseñar algoritmos"), lang="es")
    assert CONCEPT_PREFIX + "algorithm" not in features
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and str(damaged) in lines[0] and "line 2" in lines[0]


def test_a_missing_file_is_one_log_line(tmp_path, caplog):
    glossary = parse_glossary(SMALL_GLOSSARY)
    glossary.defer_other_languages(tmp_path / "nowhere.tsv")
    with caplog.at_level(logging.WARNING, logger="app.matching.glossary"):
        glossary.features(_spanish("Diseñar algoritmos"), lang="es")
        glossary.features(_spanish("Analizar datos"), lang="es")
    assert len(caplog.records) == 1 and "nowhere.tsv" in caplog.records[0].getMessage()


def test_the_converter_keeps_latin_terms_of_heads_ukrainian_reaches(tmp_path):
    module = load_script("build_dictionary_other_en")
    tab = tmp_path / "wn-wikt-spa.tab"
    tab.write_text(
        "# Wiktionary\tspa\thttp://wiktionary.org/\tCC BY-SA\n"
        "00000100-n\tspa:lemma\talgoritmo\n"
        "00000100-n\tspa:lemma\tde\n"  # a word under three letters: left out
        "00000100-n\tspa:lemma\tалгоритм\n"  # not in Latin letters: left out
        "00000200-n\tspa:lemma\tpan\n",  # a head Ukrainian does not reach: left out
        encoding="utf-8",
    )
    links = module.read_wikt(tab, "spa")
    assert links["00000100-n"] == ["algoritmo"]
    reached = module.heads_ukrainian_reaches(resource("glossary", "glossary.tsv"),
                                             resource("glossary", "dictionary_en_uk.tsv"))
    assert module._lemmas("algorithm") in reached
    assert module._lemmas("bread") not in reached
