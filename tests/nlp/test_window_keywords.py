"""A window's keywords come from its units' matches, and must be exactly what matching the
window's joined text finds: the same hits, positions, negations and order, so suggestions
do not change. Phrases and negations that cross a unit boundary are the cases to watch."""

from __future__ import annotations

import shutil
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode import Project
from qualcode.nlp import context
from qualcode.nlp.lexicon import Hit, Lexicon
from qualcode.nlp.normalise import words

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def _plain(hits: list[Hit] | None) -> list[tuple[int, int, int, bool]]:
    assert hits is not None
    return [(h.keyword.idx, h.first, h.last, h.negated) for h in hits]


@pytest.fixture(scope="module")
def engine(demo_file: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo's fitted engine (its real codebook, real lemma tables), fitted in a copy:
    the shared demo file keeps no engine."""
    copy = tmp_path_factory.mktemp("windows") / "demo.db"
    shutil.copy(demo_file, copy)
    with Project.open(copy) as project:
        yield project.suggester(semantic=False), project


def _joined_matches_text(lexicon: Lexicon, texts: list[str], lang: str) -> list[Hit]:
    derived = lexicon.joined([lexicon.matches(t, lang) for t in texts], lang)
    assert _plain(derived) == _plain(lexicon.hits(" ".join(texts), lang))
    assert derived is not None
    return derived


def test_phrases_and_negations_across_every_boundary(engine) -> None:
    """Every phrase of the codebook split at every word, a negator ending the first unit:
    the window finds what its joined text has, though neither unit holds the phrase."""
    lexicon = engine[0].lexicon
    crossing = 0
    for keyword in lexicon.keywords:
        parts = words(keyword.term)
        negator = "inte" if keyword.lang == "sv" else "not"
        for cut in range(1, len(parts)):
            first = f"Ja {negator} " + " ".join(parts[:cut])
            second = " ".join(parts[cut:]) + " och sen var det så."
            hits = _joined_matches_text(lexicon, [first, second], keyword.lang)
            alone = lexicon.hits(first, keyword.lang) + lexicon.hits(second, keyword.lang)
            mine = [h for h in hits if h.keyword.idx == keyword.idx]
            if mine and all(h.keyword.idx != keyword.idx for h in alone):
                crossing += 1
                assert mine[0].negated  # the negator's reach crosses into the phrase
    assert crossing > 100  # the boundary path is exercised, not only single units


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_split_of_keyword_talk(engine, data) -> None:
    """Random talk made of keyword words, negators and fillers, cut into units anywhere."""
    lexicon = engine[0].lexicon
    lang = data.draw(st.sampled_from(["sv", "en"]))
    vocabulary = sorted(
        {w for k in lexicon.keywords if k.lang == lang for w in words(k.term)}
        | {"inte", "ingen", "aldrig", "not", "never", "don't", "som", "ever", "och", "the"}
    )
    tokens = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=30))
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(tokens)), max_size=4))))
    bounds = [0, *cuts, len(tokens)]
    texts = [" ".join(tokens[a:b]) + "." for a, b in pairwise(bounds)]
    _joined_matches_text(lexicon, texts, lang)


def test_units_in_another_language_are_matched_as_text(engine) -> None:
    lexicon = engine[0].lexicon
    assert lexicon.joined([lexicon.matches("top management", "en")], "sv") is None


def test_windows_of_a_demo_transcript_score_as_their_text(engine) -> None:
    """The engine's window features and evidence, reusing the units' matches, equal those
    of matching each window's joined text, on every demo transcript."""
    suggester, project = engine
    for doc in project.store.documents.summaries():
        candidates, _ = project._candidates([doc.id])
        comp = suggester.components(candidates)
        win = context.windows(candidates, context.WINDOW)
        rows = win.rows(comp.rows(), len(candidates))
        reused = suggester.components(win.candidates, char_vectors=rows, units=(win.members, comp))
        matched = suggester.components(win.candidates, char_vectors=rows)
        assert reused.features.keys() == matched.features.keys()
        for name, block in matched.features.items():
            np.testing.assert_array_equal(reused.features[name], block, err_msg=name)
        assert reused.terms == matched.terms


def test_remembered_matches_give_what_a_fresh_lexicon_finds(engine) -> None:
    """First words and phrase ends are remembered across texts (a phrase start near a text's
    end, then the same start in the middle of another): a lexicon that has matched a whole
    demo project finds in each text what a new one, knowing nothing yet, finds."""
    suggester, project = engine
    keywords = {c.key: c.keywords for c in project.store.codes.list()}
    used = suggester.lexicon
    texts: list[tuple[str, str]] = []
    for keyword in used.keywords:
        if len(keyword.forms) > 1:
            head = " ".join(words(keyword.term)[:1])
            texts.append((f"Vi sa {head}", keyword.lang))  # the phrase cut by the end
            texts.append((f"Vi sa {keyword.term} igen.", keyword.lang))
    for doc in project.store.documents.summaries()[:3]:
        texts.extend((c.text, c.lang) for c in project._candidates([doc.id])[0])
    for text, lang in texts:
        used.hits(text, lang)
    for text, lang in texts[::7]:
        fresh = Lexicon(keywords, used.lemmas)
        assert _plain(used.hits(text, lang)) == _plain(fresh.hits(text, lang)), text
