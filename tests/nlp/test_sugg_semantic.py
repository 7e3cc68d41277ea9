"""The optional semantic tier's plumbing, tested with a stand-in embedder (no model needed)."""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp import semantic
from qualcode.nlp.suggest import Suggester
from tests.nlp.engine_kit import NEUTRAL, ON_TOPIC, candidates, fake_embed, turning_point_codes

# slow: loads spaCy and fits the suggestion models (skip with -m 'not slow')
pytestmark = pytest.mark.slow


def test_vectors_round_trip_as_float16() -> None:
    vector = np.linspace(-1, 1, 384).astype(np.float32)
    back = semantic.unpack(semantic.pack(vector))
    assert back.dtype == np.float32 and np.allclose(back, vector, atol=1e-3)


def test_cache_computes_each_text_once() -> None:
    store: dict[str, bytes] = {}
    calls: list[int] = []
    embed = semantic.cached(
        fake_embed(calls), lambda keys: {k: store[k] for k in keys if k in store}, store.update
    )
    first = embed(["a b", "c d", "a b"], "passage")
    second = embed(["c d", "e f"], "passage")
    assert calls == [2, 1]  # "a b" and "c d" once, then only "e f"
    assert np.allclose(first[0], first[2]) and np.allclose(first[1], second[0], atol=1e-3)


def test_the_tier_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    assert not semantic.enabled() and semantic.load_embedder() is None


def test_semantic_features_join_the_stack_and_the_evidence() -> None:
    cands = candidates(NEUTRAL + ON_TOPIC)
    engine = Suggester(turning_point_codes(), [], embed=fake_embed([]))
    assert "semantic" in engine.methods
    assert {"sem_best", "sem_best_margin"} <= set(engine.stacker.names)
    probs, comp = engine.score(cands)
    assert probs.shape == (len(cands), 4) and "sem_definition" in comp.features
