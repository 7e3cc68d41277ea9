"""Keyword evidence: phrases, shared terms, negation, other-language terms, corpus weights."""

from __future__ import annotations

from qualcode.nlp.lexicon import Lexicon

LEXICON = {
    "systems": {"sv": ["lex sarah", "avvikelse", "introduktion"], "en": ["incident report"]},
    "economy": {"sv": ["placering", "placeringskostnad", "kostnad"], "en": ["placement"]},
    "quality": {"sv": ["kostnad", "arbetsmiljö"]},
}


def test_phrases_compounds_and_shared_terms() -> None:
    lexicon = Lexicon(LEXICON)
    found = lexicon.scores("Vi gjorde en lex Sarah-anmälan om placeringskostnaderna.", "sv")
    assert found["systems"][1] == ["lex sarah"]
    assert set(found["economy"][1]) == {"placering", "placeringskostnad", "kostnad"}
    # "kostnad" is shared by two codes, so it weighs less than economy's own terms
    assert found["economy"][0] > found["quality"][0]
    assert lexicon.scores("Det regnade hela veckan.", "sv") == {}


def test_overlapping_terms_of_a_code_count_once() -> None:
    lexicon = Lexicon(LEXICON)
    one_word = lexicon.scores("Placeringskostnaderna ökade.", "sv")["economy"][0]
    two_words = lexicon.scores("Placeringarna ökade och kostnaderna också.", "sv")["economy"][0]
    assert one_word < two_words


def test_other_language_terms_count_at_half_weight() -> None:
    lexicon = Lexicon(LEXICON)
    mixed = lexicon.scores("Vi skrev en incident report direkt.", "sv")
    native = lexicon.scores("We wrote an incident report at once.", "en")
    assert mixed["systems"][1] == ["incident report"]
    assert mixed["systems"][0] < native["systems"][0]


def test_an_other_language_term_under_a_native_one_is_not_named() -> None:
    # the English term matches Swedish "stressad" by its stem; the coder is shown the
    # Swedish term only, and the score is the Swedish term's alone, as before
    lexicon = Lexicon({"integration": {"sv": ["stressad"], "en": ["stressed"]}})
    swedish = lexicon.scores("Jag var så stressad att jag inte sov.", "sv")["integration"]
    assert swedish[1] == ["stressad"]
    alone = Lexicon({"integration": {"sv": ["stressad"]}}).scores(
        "Jag var så stressad att jag inte sov.", "sv"
    )["integration"]
    assert swedish[0] == alone[0]
    english = lexicon.scores("I was so stressed I could not sleep.", "en")["integration"]
    assert english[1] == ["stressed"]


def test_negated_terms_still_count_but_are_flagged() -> None:
    lexicon = Lexicon(LEXICON)
    plain = lexicon.scores("Det fanns en introduktion för nya.", "sv")["systems"]
    negated = lexicon.scores("Det fanns ingen introduktion alls.", "sv")["systems"]
    assert negated[2] == ["introduktion"] and plain[2] == []
    assert 0 < negated[0] < plain[0]


def test_terms_common_in_the_projects_talk_weigh_less() -> None:
    lexicon = Lexicon(LEXICON)
    before = lexicon.scores("Arbetsmiljön är viktig.", "sv")["quality"][0]
    talk = [("Arbetsmiljön pratar vi om jämt.", "sv")] * 100 + [("Det regnade.", "sv")] * 150
    lexicon.fit_corpus(talk)
    assert lexicon.scores("Arbetsmiljön är viktig.", "sv")["quality"][0] < before


def test_lookup_lemmas_extend_matching() -> None:
    lexicon = Lexicon({"city": {"sv": ["stad"]}}, lemmas={"sv": {"städer": "stad"}})
    assert lexicon.scores("Många städer gör så.", "sv")["city"][1] == ["stad"]


def test_a_keyword_written_inflected_matches_other_forms_of_its_lemma() -> None:
    # researchers write keywords as they heard them ("besökte"); the present tense of the
    # same verb is the same evidence, found through the lookup table's lemma
    table = {"besökte": "besöka", "besöker": "besöka", "besök": "besök", "nämnden": "nämnd"}
    table |= {"nämnd": "nämna", "nämner": "nämna", "sämre": "illa"}
    lexicon = Lexicon(
        {"mission": {"sv": ["besökte", "nämnd"]}, "quality": {"sv": ["sämre"]}},
        lemmas={"sv": table},
    )
    assert lexicon.scores("Ministern besöker kommunerna.", "sv")["mission"][1] == ["besökte"]
    # a base form (a lemma of the table) keeps its own forms: nämnd is no form of nämna
    assert lexicon.scores("Hon nämner det i förbigående.", "sv") == {}
    # nor is a lemma followed that does not begin like the word (sämre -> illa)
    assert lexicon.scores("Det gick illa.", "sv") == {}
    # without a lookup table the written forms alone count, as before
    assert Lexicon({"mission": {"sv": ["besökte"]}}).scores("Hon besöker oss.", "sv") == {}


def test_a_function_word_is_not_matched_by_its_lookup_lemma() -> None:
    # the table lists the preposition "för" under the verb "föra"; a phrase keyword
    # "föra vidare" (carry staff views upwards) must not fire on "för att vidareutveckla"
    table = {"för": "föra", "förde": "föra", "vidareutveckla": "vidareutveckla"}
    lexicon = Lexicon({"mission": {"sv": ["föra vidare"]}}, lemmas={"sv": table})
    assert lexicon.scores("Tjänsten blev permanent för att vidareutveckla den.", "sv") == {}
    found = lexicon.scores("Chefen förde vidare det vi sa.", "sv")
    assert found["mission"][1] == ["föra vidare"]


def test_a_filler_word_may_stand_inside_a_phrase() -> None:
    lexicon = Lexicon({"mission": {"sv": ["ingen frågade"], "en": ["nobody asked"]}})
    assert lexicon.scores("Det var ingen som frågade oss.", "sv")["mission"][1] == ["ingen frågade"]
    assert lexicon.scores("Nobody ever asked us.", "en")["mission"][1] == ["nobody asked"]
    assert lexicon.scores("Nobody knew, they never asked.", "en") == {}


def test_only_the_last_word_of_a_phrase_may_sit_inside_a_compound() -> None:
    lexicon = Lexicon({"economy": {"sv": ["externa placeringar"]}})
    assert lexicon.scores("Det var externaliserade placeringar.", "sv") == {}
    found = lexicon.scores("De externa HVB-placeringarna kostade mest.", "sv")
    assert found["economy"][1] == ["externa placeringar"]


def test_a_kept_engine_compiles_the_keywords_as_the_fitted_one() -> None:
    # a kept engine carries only the few lookup entries its keywords can use; a keyword
    # written inflected matches by its lemma (which needs the table's base forms), and the
    # kept entries must still give every keyword exactly the forms it was fitted with
    from pathlib import Path

    from qualcode.codebook import load_codebook
    from qualcode.nlp.normalise import lemma_table
    from qualcode.nlp.state import relevant_lemmas

    book = load_codebook(Path(__file__).parents[2] / "codebooks" / "turning_points.yaml")
    keywords = {spec.key: spec.keywords for spec in book.codes}
    tables = {lang: table for lang in ("sv", "en") if (table := lemma_table(lang))}
    fitted = Lexicon(keywords, tables)
    few = {lang: relevant_lemmas(fitted, table, lang) for lang, table in tables.items()}
    kept = Lexicon(keywords, few)
    assert [k.forms for k in kept.keywords] == [k.forms for k in fitted.keywords]
    assert any("besök" in slot for k in fitted.keywords for slot in k.forms)
