"""The suggestion engine's hot path was made cheaper (perf50) on the promise that every score
stays the same number to the last bit. Each faster way is pinned here against the way it
replaced, in the same run, on every demo document: the character similarity against a
dense block (``charvec.Compared``) against scipy's sparse product, the short units read once
against reading them per rule, a unit's keyword words from its kept matches against
matching again, and remembered words against reading them afresh."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from qualcode import Project
from qualcode.nlp import context
from qualcode.nlp.charvec import CharVectorizer, Compared
from qualcode.nlp.drafts import passage_words
from qualcode.nlp.normalise import content_words, words
from qualcode.nlp.scorers import BACKGROUND_TEXTS, CharScorer
from qualcode.nlp.suggest import EMPTY_WORDS, says_nothing, short_units


def _sparse(units, fixed) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The product as it was: sparse by sparse, made dense, float32."""
    return np.asarray((units @ fixed.T).toarray(), dtype=np.float32)


def test_dense_cosines_are_the_sparse_products_to_the_last_bit(demo: Path) -> None:
    with Project.open(demo) as project:
        engine = project.suggester(semantic=False)
        scorer = next(s for s in engine.scorers if isinstance(s, CharScorer))
        assert scorer.matrix is not None
        profile, background = Compared(scorer.matrix), Compared(scorer.background)
        compared = 0
        for doc in project.store.documents.summaries():
            candidates, _ = project._candidates([doc.id])
            rows = engine.vectorizer.transform([c.text for c in candidates])
            win = context.windows(candidates, context.WINDOW)
            for units in (rows, win.rows(rows, len(candidates))):
                for dense, fixed in ((profile, scorer.matrix), (background, scorer.background)):
                    got = dense.cosines(units, dense=True)
                    assert got.dtype == np.float32
                    np.testing.assert_array_equal(got, _sparse(units, fixed))
                    np.testing.assert_array_equal(dense.cosines(units), got)  # by size
                    compared += got.size
        assert compared > 1_000_000


def test_dense_cosines_of_texts_sharing_no_ngram_and_of_no_texts() -> None:
    vectorizer = CharVectorizer.fit(["placeringar kostar", "dialog med politiker", "xyz"])
    fixed = vectorizer.transform(["placeringar kostar mycket", "dialog"])
    units = vectorizer.transform(["xyz", "", "dialog med politiker om placeringar"])
    got = Compared(fixed).cosines(units, dense=True)
    np.testing.assert_array_equal(got, _sparse(units, fixed))
    assert got[0].tolist() == [0.0, 0.0] and got[2].min() > 0
    assert Compared(fixed).cosines(vectorizer.transform([]), dense=True).shape == (0, 2)
    assert len(BACKGROUND_TEXTS) > 2


def test_short_units_read_once_and_evidence_words_from_kept_matches(demo: Path) -> None:
    with Project.open(demo) as project:
        engine = project.suggester(semantic=False)
        ids = [d.id for d in project.store.documents.summaries()]
        candidates, _ = project._candidates(ids)
        _, comp = engine.score(candidates)
        lex = comp.features["lex"]
        plain = (
            np.array(
                [len(content_words(c.text, c.lang)) <= EMPTY_WORDS for c in candidates], dtype=bool
            )
            & short_units(candidates)
            & ~(np.count_nonzero(lex > 0, axis=1) > 0)
        )
        np.testing.assert_array_equal(says_nothing(candidates, lex), plain)
        np.testing.assert_array_equal(says_nothing(candidates, lex, short_units(candidates)), plain)
        assert plain.any() and not plain.all()
        assert comp.matches is not None
        shown = 0
        for j, code in enumerate(engine.codes):
            for i in np.flatnonzero(lex[:, j] > 0)[:40]:
                terms = sorted(comp.terms[(int(i), j)][0])
                kept = passage_words(
                    engine.lexicon, candidates, [int(i)], code, terms, comp.matches
                )
                again = passage_words(engine.lexicon, candidates, [int(i)], code, terms)
                assert kept == again
                shown += 1
        assert shown > 20


def test_remembered_words_are_fresh_lists() -> None:
    text = "Politikerna’s beslut – och sedan? Inga 3 pengar_kvar, couldn’t."
    first = words(text)
    plain = [w.lower().replace("’", "'") for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text)]
    assert first == plain
    first.append("tillagt")  # a caller's own list: the next reading is not touched
    assert words(text) == plain
