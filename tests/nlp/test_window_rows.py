"""The character n-gram rows of units and of their windows are built faster than they were,
and must be the very same numbers in the same order (the scores downstream are sums in
float32 whose last bits depend on both): pinned against the straightforward way of building
them, on every demo transcript."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from qualcode import Project
from qualcode.nlp import context
from qualcode.nlp.charvec import CharVectorizer, char_ngrams


def _plain_rows(vectorizer: CharVectorizer, texts: list[str]) -> csr_matrix:
    """TF-IDF rows counted word by word, each word's n-grams looked up afresh."""
    indptr, indices, values = [0], [], []
    for text in texts:
        counts: Counter[int] = Counter()
        for word in re.sub(r"\s\s+", " ", text.lower()).split():
            grams = (vectorizer.vocabulary_.get(g) for g in char_ngrams(word))
            counts.update(j for j in grams if j is not None)
        indices.extend(counts)
        values.extend(counts.values())
        indptr.append(len(indices))
    cols = np.asarray(indices, dtype=np.int32)
    data = (1.0 + np.log(np.asarray(values, dtype=np.float32))) * vectorizer.idf_[cols]
    rows = np.asarray(indptr, dtype=np.int64)
    owner = np.repeat(np.arange(len(texts)), np.diff(rows))
    norms = np.sqrt(np.bincount(owner, weights=data.astype(np.float64) ** 2))
    data = data / norms[owner].astype(np.float32)
    return csr_matrix(
        (data.astype(np.float32), cols, rows), shape=(len(texts), len(vectorizer.terms))
    )


def _plain_window_rows(win: context.Windows, rows: csr_matrix, count: int) -> csr_matrix:
    out = win._mean(count) @ rows
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(out.multiply(1.0 / norms[:, None]))


def _same(a: csr_matrix, b: csr_matrix) -> None:
    assert a.dtype == b.dtype == np.float32
    for name in ("indptr", "indices", "data"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)


def test_unit_and_window_rows_are_the_plain_ones(demo: Path) -> None:
    with Project.open(demo) as project:
        engine = project.suggester(semantic=False)
        vectorizer = engine.vectorizer
        for doc in project.store.documents.summaries():
            candidates, _ = project._candidates([doc.id])
            texts = [c.text for c in candidates]
            rows = vectorizer.transform(texts)
            _same(rows, _plain_rows(vectorizer, texts))
            _same(vectorizer.transform(texts), rows)  # remembered words give the same
            win = context.windows(candidates, context.WINDOW)
            assert len(win)
            _same(win.rows(rows, len(texts)), _plain_window_rows(win, rows, len(texts)))


def test_words_with_no_known_ngram_and_odd_spacing() -> None:
    vectorizer = CharVectorizer.fit(["placeringar kostar", "dialog med politiker"])
    texts = ["xq  zz\tplaceringar\n\nkostar", "", "   ", "Dialog\u00a0med  POLITIKER xq"]
    _same(vectorizer.transform(texts), _plain_rows(vectorizer, texts))


def test_nearest_no_code_talk_is_the_mean_of_the_two_largest() -> None:
    """over_background takes the two largest similarities per row by partition: the same
    float32 mean as sorting the whole row, ties and a left-out passage (-1) included."""
    from qualcode.nlp.scorers import BACKGROUND_TEXTS, Batch, Candidate, over_background

    rng = np.random.default_rng(7)
    n, m = 300, len(BACKGROUND_TEXTS)
    near = rng.random((n, m), dtype=np.float32).round(2)  # many ties
    near[::5, :] = near[::5, :1]  # whole rows tied
    best = rng.random((n, 4), dtype=np.float32)
    texts = [BACKGROUND_TEXTS[i % m] if i % 3 == 0 else f"talk {i}" for i in range(n)]
    batch = Batch([Candidate("d", i, i + 1, t, "sv") for i, t in enumerate(texts)])
    expected = near.copy()
    for r, text in enumerate(texts):
        if text in BACKGROUND_TEXTS:
            expected[r, BACKGROUND_TEXTS.index(text)] = -1.0
    top = np.sort(expected, axis=1)[:, -2:].mean(axis=1)
    np.testing.assert_array_equal(over_background(best, near, batch), best - top[:, None])
