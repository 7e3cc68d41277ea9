"""Swedish keyword matching: stems, suffixed articles, plurals and compounds."""

from __future__ import annotations

import pytest

from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import compound_match, stem


@pytest.mark.parametrize(
    ("keyword", "word"),
    [
        ("arbetsmiljö", "arbetsmiljöproblem"),
        ("arbetsmiljö", "arbetsmiljöarbetet"),
        ("arbetsmiljö", "arbetsmiljön"),
        ("placering", "placeringskostnaderna"),
        ("placering", "placeringarna"),
        ("socialsekreterare", "socialsekreterarna"),
        ("investering", "samhällsinvesteringar"),
        ("uppdrag", "uppdraget"),
    ],
)
def test_swedish_keyword_matches_inflections_and_compounds(keyword: str, word: str) -> None:
    assert compound_match(stem(keyword, "sv"), word, "sv")


@pytest.mark.parametrize(
    ("keyword", "word"),
    [("kost", "kostym"), ("chef", "chefredaktör"), ("budget", "bud"), ("rutin", "utina")],
)
def test_short_or_partial_stems_do_not_fire_inside_other_words(keyword: str, word: str) -> None:
    assert not compound_match(stem(keyword, "sv"), word, "sv")


def test_english_does_not_match_inside_words() -> None:
    assert compound_match(stem("caseloads", "en"), "caseload", "en")
    assert not compound_match(stem("cost", "en"), "costume", "en")


def test_lexicon_scores_phrases_and_shared_terms() -> None:
    lexicon = Lexicon(
        {
            "systems": {"sv": ["lex sarah", "avvikelse"], "en": ["incident report"]},
            "economy": {"sv": ["placering", "kostnad"], "en": ["placement"]},
            "quality": {"sv": ["kostnad", "arbetsmiljö"]},
        }
    )
    found = lexicon.scores("Vi gjorde en lex Sarah-anmälan om placeringskostnaderna.", "sv")
    assert found["systems"][1] == ["lex sarah"]
    assert set(found["economy"][1]) == {"placering", "kostnad"}
    # "kostnad" is shared by two codes, so it weighs less than economy's own "placering"
    assert found["economy"][0] > found["quality"][0]
    assert lexicon.scores("Det regnade hela veckan.", "sv") == {}
    # an English term in Swedish talk still counts, at half weight
    mixed = lexicon.scores("Vi skrev en incident report direkt.", "sv")
    assert mixed["systems"][1] == ["incident report"]
