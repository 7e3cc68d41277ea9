"""An English keyword matches its word however a report spells it: British or American,
a compound written together, hyphenated or apart. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.codebook import load_codebook
from qualcode.nlp.compounds import halves, term_variants
from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import lemma_table, spelling
from qualcode.nlp.state import relevant_lemmas

TABLE = lemma_table("en")
needs_table = pytest.mark.skipif(TABLE is None, reason="spacy-lookups-data is not installed")


def _terms(keywords: list[str], text: str) -> list[str]:
    lexicon = Lexicon({"code": {"en": keywords}}, {"en": TABLE} if TABLE else None)
    found = lexicon.scores(text, "en")
    return found["code"][1] if "code" in found else []


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("organizational", "organisational"),
        ("prioritized", "prioritised"),
        ("individualized", "individualised"),
        ("analyze", "analyse"),
        ("labor", "labour"),
        ("behavioral", "behavioural"),
        ("neighborhood", "neighbourhood"),
        ("center", "centre"),
        ("centered", "centred"),
        ("councilors", "councillors"),
        ("counseling", "counselling"),
        ("program", "programme"),
        ("judgment", "judgement"),
        ("dialog", "dialogue"),
        ("defense", "defence"),
    ],
)
def test_american_and_british_spellings_share_one_key(american: str, british: str) -> None:
    assert spelling(american, "en") == spelling(british, "en")


def test_words_that_only_look_like_a_spelling_pair_stay_apart() -> None:
    # the rules need letters before them: short words, and words of another sense, keep theirs
    for word in ("size", "hour", "four", "tour", "later", "water", "entered", "meter"):
        assert spelling(word, "en") == word
    assert spelling("filed", "en") != spelling("filled", "en")
    assert spelling("filing", "en") != spelling("filling", "en")
    # Swedish is never folded
    assert spelling("centrer", "sv") == "centrer"
    assert spelling("organization", "sv") == "organization"


@needs_table
@pytest.mark.parametrize(
    ("keyword", "text"),
    [
        ("organisational learning", "The agency built organizational learning into every review."),
        ("prioritise", "Leaders prioritized what the social workers told them."),
        ("councillors", "Councilors came to the team meeting twice a year."),
        ("work organisation", "The inquiry looked at work organization, not at the worker."),
        ("individualized", "Stress was individualised as a personal weakness."),
    ],
)
def test_a_keyword_matches_the_other_spelling(keyword: str, text: str) -> None:
    assert _terms([keyword], text) == [keyword]


@needs_table
@pytest.mark.parametrize(
    ("keyword", "text"),
    [
        ("caseload", "Each worker's case load was capped at twenty families."),
        ("caseload", "The case-load of a newly qualified worker is protected."),
        ("caseloads", "High case loads drove experienced staff away."),
        ("workload", "The work-load rose every year."),
        ("paperwork", "Less paper work left more time for families."),
        ("understaffing", "Chronic under-staffing meant visits were missed."),
        ("frontline voice", "Nobody listened to the front-line voice in the service."),
        ("frontline voice", "The plan gave the front line voice a seat at the table."),
        ("co-production", "Coproduction with families shaped the new service."),
        ("multi-year funding", "Councils asked for multiyear funding settlements."),
    ],
)
def test_a_compound_matches_written_together_hyphenated_or_apart(keyword: str, text: str) -> None:
    assert _terms([keyword], text) == [keyword]


@needs_table
def test_the_halves_of_a_compound_stand_next_to_each_other() -> None:
    assert _terms(["paperwork"], "She put the paper away and went back to work.") == []
    assert _terms(["caseload"], "The case was a heavy load for her.") == []


@needs_table
def test_a_term_weighs_the_same_and_counts_once_however_it_is_written() -> None:
    lexicon = Lexicon({"code": {"en": ["caseload"]}}, {"en": TABLE} if TABLE else None)
    together = lexicon.scores("The caseload was too high.", "en")["code"][0]
    apart = lexicon.scores("The case load was too high.", "en")["code"][0]
    both = lexicon.scores("The caseload, the case load, was too high.", "en")["code"][0]
    assert together == apart == both


@needs_table
def test_only_english_words_split_and_only_english_terms_get_variants() -> None:
    assert ("case", "load") in halves("caseload")
    assert halves("mission") == []  # "miss" and "ion" are words, but not of four letters
    assert term_variants("arbetsbelastning", "sv") == []
    assert ("coproduction",) in term_variants("co-production", "en")


@needs_table
def test_a_kept_engine_matches_other_spellings_as_the_fitted_one() -> None:
    # a kept engine holds only the lookup entries its keywords can use: an American form
    # whose lemma folds to a keyword's British form must be among them
    book = load_codebook(Path(__file__).parents[2] / "codebooks" / "turning_points.yaml")
    keywords = {spec.key: spec.keywords for spec in book.codes}
    assert TABLE is not None
    fitted = Lexicon(keywords, {"en": TABLE})
    kept = Lexicon(keywords, {"en": relevant_lemmas(fitted, TABLE, "en")})
    assert [k.forms for k in kept.keywords] == [k.forms for k in fitted.keywords]
    for text in (
        "Managers prioritized the targets handed down from the ministry.",
        "Each worker's case-load was capped and the front-line voice was heard.",
        "An organizational learning culture replaced individual blame.",
    ):
        assert kept.scores(text, "en") == fitted.scores(text, "en")
        assert fitted.scores(text, "en")
