"""A Polish or Czech text's words are written in Ukrainian letters and read as Ukrainian ones, and a Russian lemma
takes its Ukrainian spelling where Ukrainian has the word, so that the words the languages share meet
(app.matching.slavic); a term of English stays as a Ukrainian text writes it."""

from __future__ import annotations

import pytest

from app.matching.engine import Engine, EngineConfig
from app.matching.slavic import (
    croatian_in_ukrainian_letters,
    czech_in_ukrainian_letters,
    polish_in_ukrainian_letters,
    polish_spellings,
    russian_in_ukrainian_spellings,
    slovak_in_ukrainian_letters,
    slovenian_in_ukrainian_letters,
)
from app.matching.text import analyse, analyse_all, in_stated_language


@pytest.mark.parametrize(("polish", "ukrainian"), [
    ("matematyka", "математика"),
    ("informacja", "інформація"),  # -cja after a consonant: і + я
    ("informacji", "інформації"),
    ("projekt", "проєкт"),  # j before a vowel after a vowel: є
    ("szczyt", "щит"),
    ("czytać", "читати"),  # the infinitive's ending as a whole
    ("analizować", "аналізувати"),
    ("programowanie", "програмування"),  # the verbal noun's ending as a whole
    ("język", "язик"),  # the nasal vowel after j
    ("chemia", "хемія"),
    ("klawiatura", "клавіатура"),  # "ia" inside a word is not iotated
    ("pl/sql", "пл/скл"),  # what is not a letter stays
])
def test_polish_spelling_in_ukrainian_letters(polish: str, ukrainian: str) -> None:
    assert polish_in_ukrainian_letters(polish) == ukrainian


def test_polish_i_and_endings_are_offered_as_ukrainian_writes_them_and_the_dictionary_chooses() -> None:
    # "słownik" is "словник", "pisać" "писати": Ukrainian writes "и" where Polish has "i" in many shared words; the
    # genitive plural "-ów" is "-ів", the feminine "-ej" "-ої".
    outcome = analyse("posługiwać się słownikami, pisać testy algorytmów i zadania praktycznej pracy")
    assert {"словник", "писати", "алгоритм", "практичний"} <= set(outcome.content)
    assert polish_spellings("programy")[0] == "програми"  # the letter-by-letter spelling first
    assert polish_spellings("informacja") == ("інформація", "информация")


def test_an_english_name_declined_in_a_slavic_language_is_the_english_word() -> None:
    polish = analyse("pisać programy w Pythonie i arkusze w Excelu")
    czech = analyse("analyzovat data v Pythonu a vytvářet grafy")
    assert {"python", "excel"} <= set(polish.content) and "python" in czech.content
    # A short word English happens to spell is the language's own ("ledu", ice; "satu", an hour).
    assert "led" not in analyse("teplota ledu a vody").content


def test_a_polish_outcome_shares_its_words_with_the_ukrainian_one() -> None:
    polish = analyse("Stosuje metody statystyczne do analizy danych oraz tworzy raporty.")
    ukrainian = analyse("Застосовувати статистичні методи для аналізу даних.")
    assert polish.lang == "pl" and ukrainian.lang == "uk"
    assert {"метод", "статистичний", "аналіз", "дані"} <= set(polish.content) & set(ukrainian.content)
    assert "oraz" not in polish.content and "оpaз" not in polish.content  # a Polish function word is dropped


def test_a_term_of_english_stays_in_latin_letters() -> None:
    polish = analyse("Tworzy aplikacje w języku Python z użyciem biblioteki pandas.")
    ukrainian = analyse("Створювати застосунки мовою Python з використанням бібліотеки pandas.")
    assert "python" in polish.content and "python" in ukrainian.content
    assert set(polish.content) & set(ukrainian.content) >= {"python", "бібліотека"}


def test_the_word_layers_find_the_ukrainian_counterpart_of_a_polish_outcome() -> None:
    """Among the outcomes of neighbouring components (hard negatives), the word layers alone rank the translation
    first; before, a Polish text and a Ukrainian one shared no letter."""
    ukrainian = [
        "Застосовувати статистичні методи для аналізу експериментальних даних.",
        "Проєктувати реляційні бази даних.",
        "Аналізувати фінансову звітність підприємства.",
        "Розробляти алгоритми обробки зображень.",
        "Організовувати роботу команди проєкту.",
    ]
    polish = [
        "Stosuje metody statystyczne do analizy danych eksperymentalnych.",
        "Analizuje sprawozdania finansowe przedsiębiorstwa.",
        "Opracowuje algorytmy przetwarzania obrazów.",
    ]
    ranked = Engine(EngineConfig(embedding=False)).rank_detailed(polish, ukrainian, 2)
    assert [row[0].index for row in ranked] == [0, 2, 3]


def test_against_outcomes_in_latin_letters_a_polish_text_keeps_its_own_words() -> None:
    """English shares many roots with Polish in Latin letters ("statystyczne" — "statistical"): against an English
    programme the Polish words are compared as written, against a Ukrainian one in Ukrainian letters."""
    from app.matching.text import comparable

    polish = analyse("Analizuje dane statystyczne i tworzy raporty.")
    assert comparable(polish, "en").content[:3] == ("analizuje", "dane", "statystyczne")
    assert comparable(polish, "uk").content == polish.content and "дані" in polish.content
    engine = Engine(EngineConfig(embedding=False))
    english = ["Manage a software development team.", "Analyse statistical data and report on it.",
               "Design relational databases."]
    assert engine.rank_detailed([polish.text], english, 1)[0][0].index == 1
    assert engine.explain(polish.text, english[1]).shared_lemmas == () or all(
        w.isascii() for w in engine.explain(polish.text, english[1]).shared_lemmas)


def test_a_polish_outcome_has_its_bloom_level_by_the_ukrainian_verb_list() -> None:
    """The verb of a Polish outcome, read in Ukrainian letters, is found in the Ukrainian list of Bloom's verbs (before,
    a Polish outcome had no level, so a lower level of evidence than a component demands went unnoticed)."""
    from app.matching.bloom import bloom_level

    assert bloom_level("Analizuje wyniki pomiarów.").level == 4
    assert bloom_level("Zna podstawowe pojęcia logiki.").level == 1


@pytest.mark.parametrize(("russian", "ukrainian"), [
    ("теория", "теорія"),
    ("функция", "функція"),
    ("анализировать", "аналізувати"),  # the ending as a whole, then "и" as "і"
    ("программа", "програма"),  # a doubled consonant single
    ("дискретный", "дискретний"),
    ("история", "історія"),
])
def test_a_russian_lemma_is_offered_in_its_ukrainian_spelling(russian: str, ukrainian: str) -> None:
    assert ukrainian in russian_in_ukrainian_spellings(russian)


def test_a_russian_outcome_shares_its_words_with_the_ukrainian_one_where_ukrainian_has_them() -> None:
    russian = analyse("Знать основы дискретной математики и теории графов.")
    ukrainian = analyse("Знати основи дискретної математики та теорії графів.")
    assert russian.lang == "ru"
    assert set(russian.content) & set(ukrainian.content) >= {"знати", "основа", "дискретний", "теорія", "граф"}
    # A word Ukrainian does not share stays as Russian writes it, and meets nothing by accident.
    assert "безопасность" in analyse("Обеспечивать информационную безопасность систем.").content


@pytest.mark.parametrize(("czech", "ukrainian"), [
    ("informace", "інформація"),  # "-ace" as a whole
    ("biologie", "біологія"),
    ("matematika", "математика"),
    ("dělení", "ділення"),  # ě is і, the verbal noun's ending as a whole
    ("programování", "програмування"),
    ("elektrické", "електричне"),  # the adjective's "-ické" as "-ичне"
    ("informační", "інформаційний"),
    ("hra", "гра"),  # Czech h is Ukrainian г
    ("dům", "дім"),  # ů is і
    ("objektu", "об'єкту"),  # the apostrophe before є after b
    ("data", "дані"),  # not "дата", a date
])
def test_czech_spelling_in_ukrainian_letters(czech: str, ukrainian: str) -> None:
    assert czech_in_ukrainian_letters(czech)[0] == ukrainian


def test_czech_i_and_y_are_offered_both_ways_and_the_dictionary_chooses() -> None:
    assert {"число", "аналізувати"} <= {*czech_in_ukrainian_letters("číslo"), *czech_in_ukrainian_letters("analyzovat")}
    assert "число" in analyse("Procvičuj čísla a písmena.").content  # "чісло" is no Ukrainian word
    assert "аналізувати" in analyse("Student dokáže analyzovat data statistickými metodami.").content


def test_the_word_layers_find_the_ukrainian_counterpart_of_a_czech_outcome() -> None:
    """Among the outcomes of neighbouring components, the word layers alone rank the translation first; before, a
    Czech text and a Ukrainian one shared no letter."""
    ukrainian = [
        "Застосовувати статистичні методи для аналізу даних.",
        "Проєктувати інформаційні системи підприємства.",
        "Розробляти алгоритми обробки зображень.",
        "Організовувати роботу команди проєкту.",
    ]
    czech = [
        "Student dokáže analyzovat data statistickými metodami.",
        "Navrhuje informační systémy podniku.",
    ]
    czech_analysed = analyse(czech[0])
    assert czech_analysed.lang == "cs"
    assert not any(w.startswith(("докаж", "dokáž")) for w in czech_analysed.content)  # "can" is a stop word
    ranked = Engine(EngineConfig(embedding=False)).rank_detailed(czech, ukrainian, 2)
    assert [row[0].index for row in ranked] == [0, 1]


@pytest.mark.parametrize(("slovak", "ukrainian"), [
    ("informácia", "інформація"),  # "-ácia" as a whole
    ("programovanie", "програмування"),  # the verbal noun in "-ie"
    ("testovať", "тестувати"),  # the infinitive in "-ť"
    ("viera", "віра"),  # "ie" is і
    ("kôň", "кінь"),  # "ô" is і
    ("bezpečnosť", "безпечність"),  # "-osť" is "-ість"
    ("dáta", "дані"),
])
def test_slovak_spelling_in_ukrainian_letters(slovak: str, ukrainian: str) -> None:
    assert slovak_in_ukrainian_letters(slovak)[0] == ukrainian


def test_an_initial_s_before_a_consonant_is_offered_as_c() -> None:
    # Slovak writes "štatistika", "štruktúra" where Ukrainian has "статистика", "структура".
    assert "статистичне" in slovak_in_ukrainian_letters("štatistické")
    assert "статистичний" in analyse("Študent vie používať štatistické metódy na analýzu dát.").content


def test_the_word_layers_find_the_ukrainian_counterpart_of_a_slovak_outcome() -> None:
    ukrainian = [
        "Застосовувати статистичні методи для аналізу даних.",
        "Проєктувати інформаційні системи підприємства.",
        "Організовувати роботу команди проєкту.",
    ]
    # A short outcome alone may not tell its language: the credential states it (text.Stated), as match passes it.
    slovak = [in_stated_language(text, "sk") for text in (
        "Absolvent vie analyzovať dáta štatistickými metódami.", "Navrhuje informačné systémy podniku.")]
    ranked = Engine(EngineConfig(embedding=False)).rank_detailed(slovak, ukrainian, 2)
    assert [row[0].index for row in ranked] == [0, 1]


@pytest.mark.parametrize(("croatian", "ukrainian"), [
    ("informacija", "інформація"),  # "-ija" as a whole
    ("analizirati", "аналізувати"),  # the loanwords' "-irati"
    ("programiranje", "програмування"),
    ("cijena", "ціна"),  # "ije" is і
    ("statistički", "статистичний"),
])
def test_croatian_spelling_in_ukrainian_letters(croatian: str, ukrainian: str) -> None:
    assert ukrainian in croatian_in_ukrainian_letters(croatian)


def test_a_slovenian_outcome_meets_the_ukrainian_one() -> None:
    assert "програмування" in slovenian_in_ukrainian_letters("programiranje")
    ukrainian = analyse("Аналізувати статистичні дані.")
    slovenian = analyse_all([in_stated_language("Analizirati statistične podatke.", "sl")])[0]
    assert slovenian.lang == "sl" and {"аналізувати", "статистичний"} <= set(slovenian.content) & set(ukrainian.content)


def test_a_slavic_text_is_compared_with_cyrillic_ones_letter_by_letter_in_ukrainian_letters() -> None:
    # In Latin letters "navrhnout relační databázi…" shares no letter with a Ukrainian outcome: its string ratio
    # was the same (0.11) against its translation and against an unrelated outcome.
    engine = Engine(EngineConfig(embedding=False))
    czech = "navrhnout relační databázi a normalizovat její schéma"
    translation = "Проєктувати реляційні бази даних та нормалізувати схеми."
    unrelated = "Створювати SQL-запити для вибірки, агрегування та зміни даних."
    ratios = engine.surface_ratios(analyse_all([czech]), engine.candidate_index([translation, unrelated]))
    assert ratios[0][0] > 0.6 and ratios[0][1] < 0.4
    # Against texts in Latin letters it is compared as written.
    english = engine.candidate_index(["design a relational database", "normalise a database schema", "write SQL"])
    prepared = engine.prepare([czech], english.texts)
    assert prepared.queries[0].latin is None


def test_an_acronym_in_a_slavic_text_stays_in_latin_letters() -> None:
    assert "sql" in analyse("psát dotazy SQL pro výběr, agregaci a úpravu dat").content
    assert "html" in analyse("tworzyć strony w HTML i arkusze stylów CSS").content


def test_against_latin_candidates_a_slavic_text_is_compared_as_written_whoever_calls() -> None:
    engine = Engine(EngineConfig(embedding=False))
    czech = analyse_all(["navrhnout relační databázi a normalizovat její schéma"])
    latin = engine.candidate_index(["navrhnout relační databázi", "design a database", "write SQL queries"])
    as_written = engine.surface_ratios([a.in_latin_letters() for a in czech], latin)
    assert engine.surface_ratios(czech, latin).tolist() == as_written.tolist()
    assert as_written[0][0] > 0.6
