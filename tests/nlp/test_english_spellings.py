"""An English keyword matches its word however a report spells it: British or American,
a compound written together, hyphenated or apart. Sentences written for the test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qualcode.codebook import load_codebook
from qualcode.nlp.compounds import halves, term_variants
from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import lemma_table, spelling
from qualcode.nlp.state import StateError, from_state, relevant_lemmas, to_state
from qualcode.nlp.suggest import Suggester

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


@needs_table
def test_a_kept_engine_splits_compounds_from_the_words_it_keeps() -> None:
    # the pieces a compound splits into go with the kept engine: with them and no table it
    # compiles the very keywords the fitted one did, "case load" for "caseload" among them
    book = load_codebook(Path(__file__).parents[2] / "codebooks" / "turning_points.yaml")
    keywords = {spec.key: spec.keywords for spec in book.codes}
    assert TABLE is not None
    fitted = Lexicon(keywords, {"en": TABLE})
    assert {"case", "load"} <= fitted.english_parts
    kept = Lexicon(keywords, {"en": relevant_lemmas(fitted, TABLE, "en")}, fitted.english_parts)
    assert [(k.forms, k.root, k.gap) for k in kept.keywords] == [
        (k.forms, k.root, k.gap) for k in fitted.keywords
    ]
    text = "Each worker's case load was capped and the front line voice was heard."
    assert kept.scores(text, "en") == fitted.scores(text, "en")
    assert fitted.scores(text, "en")
    # a term split into words no table knows has no other spelling, with or without one
    assert Lexicon({"code": {"en": ["qwrtzplk"]}}, None, frozenset()).english_parts == set()


READ_BACK = """
import json, sys
from pathlib import Path
import numpy as np
from qualcode.codebook import load_codebook
from qualcode.nlp.pipeline import lemma_lookup
from qualcode.nlp.state import from_state
codes = load_codebook(Path(sys.argv[3])).engine_codes()
with np.load(sys.argv[2], allow_pickle=False) as stored:
    arrays = dict(stored)
engine = from_state(json.loads(Path(sys.argv[1]).read_text()), arrays, codes, None)
print(lemma_lookup.cache_info().misses)
print(repr(engine.lexicon.scores(sys.argv[4], "en")))
"""


@pytest.mark.slow
@needs_table
def test_a_kept_engine_is_read_back_without_any_lookup_table(tmp_path: Path) -> None:
    # a warm `qualcode suggest` reads the engine back in a new process: it loaded English's
    # whole table (13 MiB) only to split the codebook's compounds again
    codebook = Path(__file__).parents[2] / "codebooks" / "turning_points.yaml"
    engine = Suggester(load_codebook(codebook).engine_codes())
    meta, arrays = to_state(engine)
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    np.savez(tmp_path / "arrays.npz", **arrays)
    text = "Each worker's case load was capped and the front line voice was heard."
    done = subprocess.run(
        [sys.executable, "-c", READ_BACK, str(tmp_path / "meta.json"), str(tmp_path / "arrays.npz"),
         str(codebook), text],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    loaded, scores = done.stdout.splitlines()
    assert loaded == "0"
    assert scores == repr(engine.lexicon.scores(text, "en"))


@needs_table
def test_a_kept_engines_english_words_damaged_or_missing() -> None:
    # damaged: refused like any other part of a state (the project fits again); missing, as
    # in an engine kept before they were: asked of the table, the same words
    codes = load_codebook(
        Path(__file__).parents[2] / "codebooks" / "turning_points.yaml"
    ).engine_codes()
    engine = Suggester(codes)
    meta, arrays = to_state(engine)
    with pytest.raises(StateError):
        from_state({**meta, "english_parts": ["case", 7]}, arrays, codes, None)
    older = {key: value for key, value in meta.items() if key != "english_parts"}
    back = from_state(older, arrays, codes, None)
    assert back.lexicon.english_parts == engine.lexicon.english_parts
