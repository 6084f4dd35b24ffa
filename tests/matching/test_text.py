from hypothesis import given, settings
from hypothesis import strategies as st

from app.matching.bloom import bloom_level, highest_level
from app.matching.text import analyse, detect_language, normalise


def test_apostrophe_variants_become_one():
    forms = ["об'єкт", "об’єкт", "обʼєкт", "об`єкт", "об‘єкт"]
    assert {normalise(f) for f in forms} == {"об'єкт"}
    assert {analyse(f + "и").key for f in forms} == {"об'єкт"}


def test_case_and_punctuation():
    assert normalise("Аналізувати ДАНІ, моделі; (і) звіти!") == "аналізувати дані моделі і звіти"
    assert normalise("  Analyse   data.  ") == "analyse data"


def test_numbering_bullets_and_codes_are_removed():
    cases = {
        "1. Analyse data": "analyse data",
        "2) Analyse data": "analyse data",
        "(3) Analyse data": "analyse data",
        "1.2. Analyse data": "analyse data",
        "• Analyse data": "analyse data",
        "– Analyse data": "analyse data",
        "ПР01. Аналізувати дані": "аналізувати дані",
        "ПРН 3 – Аналізувати дані": "аналізувати дані",
        "ЗК1: Аналізувати дані": "аналізувати дані",
        "LO1.2: Analyse data": "analyse data",
        "а) аналізувати дані": "аналізувати дані",
    }
    for raw, expected in cases.items():
        assert normalise(raw) == expected, raw


def test_leading_numbers_that_are_content_stay():
    assert normalise("3D modelling") == "3d modelling"
    assert normalise("Python 3 programming") == "python 3 programming"


def test_language_detection():
    assert detect_language("Аналізувати дані") == "uk"
    assert detect_language("Analyse data") == "en"
    assert detect_language("Анализировать данные, выборку") == "ru"
    assert detect_language("12345 ...") == "und"
    # Ukrainian text with a Latin product name is still Ukrainian.
    assert detect_language("Писати програми мовою Python") == "uk"


def test_polish_is_not_taken_for_english():
    # A Polish certificate read as English took the strict English–English curves against English outcomes and
    # escaped the profile's rule that evidence in another language needs a translation.
    assert detect_language("Naucz się rozpoznawać niecodzienne barwy.") == "pl"
    assert detect_language("Student potrafi zaprojektować relacyjną bazę danych") == "pl"
    assert analyse("Wybierz motyla o właściwej barwie.").lang == "pl"
    # Typographic quotes and dashes, or one borrowed word, leave English text English.
    assert detect_language("Analyse students’ data – basics") == "en"
    assert detect_language("Manage a café’s daily operations") == "en"


def test_language_model_decides_where_letters_do_not():
    # Accented Latin letters other than Polish ones: the language identification model names the language.
    assert detect_language("Die Studierenden können Daten analysieren und Ergebnisse präsentieren") == "de"
    assert detect_language("Análisis de datos y presentación de resultados") == "es"
    # Russian without ы, э or ё was Ukrainian; Ukrainian without і, ї, є or ґ stays Ukrainian.
    assert detect_language("Научиться распознавать редкие цвета") == "ru"
    assert detect_language("Основи програмування мовою Python") == "uk"
    # Codes and single words are too short for the model: the alphabet's default stands.
    assert [detect_language(t) for t in ("ОК8", "Веброзробка", "Провансаль", "Provençal")] == ["uk", "uk", "uk", "en"]


def test_a_text_of_words_english_does_not_know_goes_to_the_model():
    # Polish without a Polish letter, Spanish without an accent: most of their words are unknown to English.
    assert analyse("zna podstawowe struktury danych i biblioteki pandas oraz NumPy.").lang == "pl"
    assert analyse("Analizar datos y presentar resultados").lang == "es"
    # English with product names stays English, and so does a short label.
    assert analyse("Configure Kubernetes pods with Helm charts").lang == "en"
    assert analyse("manage musical staff").lang == "en"
    assert analyse("Use pandas, NumPy and scikit-learn to clean and explore data").lang == "en"


def test_a_text_sharing_short_words_with_english_still_goes_to_the_model():
    # English knows "a", "i", "in", "tempo" and "periodo": only 5 of these 11 Italian words are unknown to it, and
    # with half of them required the goal was taken for English (GCompris: 78 of 124 Italian goals read as Italian;
    # a quarter: 119, and none of 33,636 English texts taken for another language).
    assert analyse("Impara a moltiplicare i numeri in un periodo di tempo limitato.").lang == "it"
    assert analyse("Tavole della moltiplicazione da 1 a 10.").lang == "it"
    assert analyse("Descubre el teclado y las letras.").lang == "es"
    assert analyse("Lege den Ball nicht in das letzte Loch.").lang == "de"


def test_document_language_reads_unaccented_latin_text_too():
    from app.matching.text import document_language

    assert detect_language("Analizar datos y presentar resultados") == "en"  # per text: letters only, no cost
    assert document_language("Analizar datos y presentar resultados. Diseñar bases de datos relacionales") == "es"
    assert document_language("Design relational databases. Write SQL queries with joins") == "en"


def test_lemmas_and_stop_words():
    en = analyse("Students will be able to design relational databases")
    assert en.content == ("design", "relational", "database")
    uk = analyse("Здобувач вищої освіти здатний проєктувати реляційні бази даних")
    assert uk.content[0] == "проєктувати"
    assert "база" in uk.content and "дані" in uk.content
    assert "здатний" not in uk.content


def test_us_and_british_spellings_meet():
    assert analyse("analyze data").key == analyse("analyse data").key
    assert analyse("organization of labor").key == analyse("organisation of labour").key


def test_bloom_levels():
    assert bloom_level("Analyse data using statistics").level == 4
    assert bloom_level("Аналізувати дані").level == 4
    assert bloom_level("Design relational databases").level == 6
    assert bloom_level("Знати основи програмування").level == 1
    assert bloom_level("Пояснювати принципи роботи мереж").level == 2
    assert bloom_level("Data and statistics").level is None
    assert highest_level(["Know the basics", "Evaluate models", "Apply methods"]).level == 5


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalise_is_total_and_canonical(text):
    out = normalise(text)
    assert out == out.strip()
    assert "  " not in out
    assert out == out.casefold()
    assert not any(ch in out for ch in "ʼ’‘`´")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_analyse_never_fails(text):
    a = analyse(text)
    assert isinstance(a.key, str)
    assert all(tok for tok in a.content)


def test_light_stem_joins_word_families():
    from app.matching.text import light_stem

    for family in (["operate", "operation", "operator"], ["supervise", "supervision"], ["manage", "management"],
                   ["grade", "grading"], ["plan", "planning"]):  # fmt: skip
        assert len({light_stem(w) for w in family}) == 1, family
    assert light_stem("data") == "data"
    assert light_stem("аналіз") == "аналіз"  # only English words are stemmed
    assert light_stem("python3") == "python3"


def test_ascii_and_non_ascii_texts_take_the_same_path_to_one_form():
    # ASCII texts skip NFKC and the mark tables: the backtick (the one ASCII apostrophe-like mark) still becomes '
    assert normalise("Design `user's` data-models") == normalise("Design \u2018user\u2019s\u2019 data\u2013models")
    assert normalise("Design `user's` data-models") == "design user's data models"
    assert detect_language("3.14 ...") == "und" and detect_language("SQL 2") == "en"
    assert analyse("Analyse the data").content == analyse("Analyse the data\u00a0").content


def test_letters_beyond_latin_1_are_no_english_texts() -> None:
    # The model splits Croatian among hr, bs and sr and is rarely sure of one; "č", "ć", "š" are no English text's.
    assert detect_language("Pomakni loptu u gol i osvoji bodove u igri s računalom.") != "en"
    assert detect_language("Nauči brojati do deset i prepoznaj mačke i psiće.") not in ("en", "pl")  # ć is not Polish
    # English with the accents it borrows is still English.
    assert detect_language("utilise séance tools") == "en"  # an ESCO label the model half takes for French
    assert detect_language("Napisz program w języku Python.") == "pl"


def test_lithuanian_with_the_letters_it_shares_with_polish_is_not_polish() -> None:
    # "ą" and "ę" are Lithuanian letters too; "ė", "į", "ų", "ū", "č", "š", "ž" never Polish ones
    assert detect_language("Studentas gebės sukurti duomenų bazę ir parašyti užklausas, įvertinti jų spartą") == "lt"
    assert detect_language("Student potrafi zaprojektować bazę danych i napisać zapytania SQL") == "pl"
