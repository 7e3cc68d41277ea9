"""An English keyword matches a report set in print: a typographic apostrophe is the
typewriter one (*children’s*, *couldn’t*), and a possessive 's is no part of its word
(*the staff’s morale* holds *staff*). Sentences written for the test; each case but the
last failed before the apostrophe was read."""

from __future__ import annotations

import pytest

from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import lemma_table, stem, word_keys, words

TABLE = lemma_table("en")


def _hits(keywords: list[str], text: str) -> list[tuple[str, bool]]:
    """(term, negated) of each keyword found in ``text``."""
    lexicon = Lexicon({"code": {"en": keywords}}, {"en": TABLE} if TABLE else None)
    return [(hit.keyword.term, hit.negated) for hit in lexicon.hits(text, "en")]


def test_a_printed_apostrophe_is_the_typed_one() -> None:
    assert words("The children’s team couldn’t cope.") == [
        "the",
        "children's",
        "team",
        "couldn't",
        "cope",
    ]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("couldn't cope", "By March she couldn’t cope with the number of families."),
        (
            "director of children's services",
            "The director of children’s services met the team once a year.",
        ),
        ("HR's business", "Retention was seen as HR’s business, not ours."),
    ],
)
def test_a_term_typed_with_an_apostrophe_matches_it_printed(term: str, text: str) -> None:
    assert [found for found, _ in _hits([term], text)] == [term]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("staff morale", "The staff’s morale fell as the vacancies grew."),
        ("staff morale", "The staff's morale fell as the vacancies grew."),
        ("council budget", "Most of the council’s budget went on placements."),
    ],
)
def test_a_possessive_is_no_part_of_its_word(term: str, text: str) -> None:
    assert [found for found, _ in _hits([term], text)] == [term]


def test_a_printed_negation_negates() -> None:
    assert _hits(["listen to staff"], "Managers don’t listen to staff here.") == [
        ("listen to staff", True)
    ]


def test_short_words_and_swedish_keep_their_letters() -> None:
    # *it's* is "it is", not a possessive of two letters; Swedish has no English possessive
    assert "it" not in word_keys("it’s", "en")
    assert stem("chefens", "sv") == "chef"
    assert stem("nämndens", "sv") == "nämnd"
    # an English word that merely ends in s keeps its English stem
    assert stem("services", "en") == "servic"
