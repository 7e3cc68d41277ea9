"""The margin over the bundled no-code talk: similarity to a code counts as far as it
exceeds similarity to talk known to fit no code, whatever the register of the text."""

from __future__ import annotations

import numpy as np

from qualcode.nlp.background import BACKGROUND
from qualcode.nlp.calibrate import BASE_FEATURES, SEMANTIC_FEATURES
from qualcode.nlp.scorers import BACKGROUND_TEXTS, Batch, Candidate, CharScorer, over_background
from qualcode.nlp.similarity import ProfileItem, char_vectorizer


def _batch(texts: list[str]) -> Batch:
    return Batch([Candidate("d", 0, len(t), t, "sv") for t in texts])


def test_the_margin_is_the_code_similarity_minus_the_two_nearest_no_code_passages() -> None:
    best = np.array([[0.80, 0.70], [0.80, 0.70]], dtype=np.float32)
    near = np.zeros((2, len(BACKGROUND_TEXTS)), dtype=np.float32)
    near[0, :2] = [0.90, 0.70]  # close to no-code talk: the codes' raw 0.8 is not enough
    near[1, :2] = [0.60, 0.40]  # far from it: the same raw similarity now counts
    out = over_background(best, near, _batch(["a b c", "d e f"]))
    np.testing.assert_allclose(out[0], [0.0, -0.1], atol=1e-6)
    np.testing.assert_allclose(out[1], [0.3, 0.2], atol=1e-6)


def test_a_background_passage_is_not_compared_with_itself() -> None:
    own = BACKGROUND["sv"][0]
    near = np.zeros((1, len(BACKGROUND_TEXTS)), dtype=np.float32)
    near[0, BACKGROUND_TEXTS.index(own)] = 1.0  # itself
    near[0, 5] = 0.5
    near[0, 6] = 0.3
    out = over_background(np.array([[0.6]], dtype=np.float32), near, _batch([own]))
    assert out[0, 0] == np.float32(0.6) - np.float32(0.4)


def test_character_similarity_gets_the_same_margin() -> None:
    items = [
        ProfileItem("lte", "sv", "example", "Placeringarna kostar mer än egen personal över åren."),
        ProfileItem("md", "sv", "example", "Besluten kom uppifrån och ingen frågade personalen."),
    ]
    vec = char_vectorizer([i.text for i in items] + BACKGROUND_TEXTS)
    scorer = CharScorer(["lte", "md"], items, vec)
    texts = ["Placeringarna kostar mer än personalen.", BACKGROUND["sv"][0]]
    batch = _batch(texts)
    batch.char_vectors = vec.transform(texts)  # type: ignore[attr-defined]
    blocks = scorer.score(batch).features
    margin = blocks["char_over_background"]
    assert margin.shape == (2, 2)
    assert margin[0, 0] > 0 > margin[1].max()  # on topic vs a no-code passage itself
    assert "char_over_background" in BASE_FEATURES
    assert "sem_over_background" in SEMANTIC_FEATURES
