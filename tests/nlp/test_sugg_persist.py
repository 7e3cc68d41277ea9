"""The fitted engine is kept in the project: reused by later runs, refitted on change,
ignored (and refitted) when damaged or hostile, never unpickled; one per coder."""

from __future__ import annotations

import io
import json
import pickle
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp.charvec import CharVectorizer, char_ngrams
from tests.conftest import SV_TEXT, small_codebook

# slow: fits suggestion engines again and again (model training)
pytestmark = pytest.mark.slow


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A closed project file: the tiny codebook, two coders and one Swedish interview."""
    path = tmp_path / "small.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("johan")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    return path


def _found(project: Project, doc: str = "aby_05", coder: str | None = None) -> list[tuple]:
    return [(s.start, s.end, s.code, s.score) for s in project.suggest([doc], coder=coder)]


def _probs(project: Project) -> np.ndarray:
    """The engine's calibrated probabilities for every unit of every document."""
    ids = [d.id for d in project.store.documents.summaries()]
    return project.suggester().score(project._candidates(ids)[0])[0]


def test_the_vectoriser_weighs_as_scikit_learn_does() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    corpus = [
        "Ingen frågade oss  om uppdraget.",
        "Vi ökade SAMVERKAN mellan förvaltningarna, i år!",
        "a b\tc",
        "",
        "Long-term investments pay back over ten years.",
    ]
    ours = CharVectorizer.fit(corpus)
    theirs = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32
    ).fit(corpus)
    assert ours.terms == list(theirs.get_feature_names_out())
    texts = [*corpus, "helt ny text om budget", "x"]
    expected = theirs.transform(texts).toarray()
    assert np.allclose(ours.transform(texts).toarray(), expected, atol=1e-6)
    assert char_ngrams("ab") == [" ab", "ab ", " ab "]


def test_a_later_run_reads_the_engine_back_instead_of_fitting(demo: Path) -> None:
    with Project.open(demo) as project:
        first = _found(project)
        assert project.engine_fits == 1
    with Project.open(demo) as project:  # a new process would do exactly this
        again = _found(project)
        assert project.engine_fits == 0  # read back, not fitted
        # and it suggests exactly what the fitted one did: the same passages and codes, the
        # same scores but for the last digit (a BLAS sum in another order under load)
        assert [a[:3] for a in again] == [f[:3] for f in first]
        assert [a[3] for a in again] == pytest.approx([f[3] for f in first], abs=1e-3)
        stored = project.store.suggestions.db.execute(
            "SELECT coder, tier FROM suggest_models"
        ).fetchall()
        assert stored == [("", "core")]


@pytest.mark.parametrize("change", ["coding", "rejection", "codebook", "status"])
def test_a_change_to_what_it_learns_from_refits_it(small: Path, change: str) -> None:
    with Project.open(small) as project:
        before = _probs(project)
        assert project.engine_fits == 1
        unit = project.store.documents.units(project.store.documents.resolve("aby_01"))[2]
        key = project.codebook()[0].key
        if change == "coding":
            project.add_coding("aby_01", unit.start, unit.end, key, "karin")
        elif change == "rejection":
            with project.store.transaction():
                ids = project.store.suggestions.replace_pending(
                    [project.store.documents.resolve("aby_01")],
                    [project.store.codes.id_for_key(key)],
                    [
                        {
                            "document_id": project.store.documents.resolve("aby_01"),
                            "start": unit.start,
                            "end": unit.end,
                            "code_id": project.store.codes.id_for_key(key),
                            "score": 0.5,
                            "method": "lexicon",
                            "evidence": {},
                            "model_version": "test",
                        }
                    ],
                )
            project.reject_suggestions(ids, "karin")
        elif change == "codebook":
            project.update_code(key, definitions={"sv": "En helt ny definition av koden."})
        else:
            project.set_status("aby_01", "karin", "done")
    with Project.open(small) as project:
        after = _probs(project)
        assert project.engine_fits == 1  # the kept engine no longer fits the project: refit
        assert not np.array_equal(before, after)  # and the change did teach it something
    with Project.open(small) as project:
        assert np.array_equal(_probs(project), after)
        assert project.engine_fits == 0  # the refitted one is kept in turn


def test_a_new_document_keeps_the_engine(small: Path) -> None:
    with Project.open(small) as project:
        _probs(project)
    with Project.open(small) as project:
        project.import_text("aby_02.txt", SV_TEXT.replace("Åby", "Ekstad"), lang="sv")
        _probs(project)
        assert project.engine_fits == 0  # talk is not learned from: nothing to refit


def test_each_coder_has_their_own_engine(small: Path) -> None:
    with Project.open(small) as project:
        team = project.suggester()
        karin = project.suggester(only_coder="karin")
        assert team is not karin
        rows = project.store.suggestions.db.execute(
            "SELECT coder FROM suggest_models ORDER BY coder"
        )
        assert [r[0] for r in rows] == ["", "karin"]
        karin_signature = karin.signature
    with Project.open(small) as project:
        assert project.suggester(only_coder="karin").signature == karin_signature
        assert project.engine_fits == 0


def _stored(path: Path) -> tuple[str, bytes]:
    conn = sqlite3.connect(path)
    meta, blob = conn.execute("SELECT meta, arrays FROM suggest_models").fetchone()
    conn.close()
    return meta, blob


def _overwrite(path: Path, meta: str | None = None, blob: bytes | None = None) -> None:
    conn = sqlite3.connect(path)
    if meta is not None:
        conn.execute("UPDATE suggest_models SET meta = ?", [meta])
    if blob is not None:
        conn.execute("UPDATE suggest_models SET arrays = ?", [blob])
    conn.commit()
    conn.close()


class _Payload:
    """Unpickling this would create a file: the proof that nothing was unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (Path.touch, (self.marker,))


def _npz(**arrays: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _damage(kind: str, meta: str, blob: bytes, marker: Path) -> tuple[str | None, bytes | None]:
    with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    parsed = json.loads(meta)
    if kind == "pickle":
        return None, pickle.dumps({"idf": _Payload(marker)})
    if kind == "object-array":
        arrays["idf"] = np.array([_Payload(marker)], dtype=object)
        return None, _npz(**arrays)
    if kind == "garbage":
        return None, b"\x00not an npz at all" * 10
    if kind == "json":
        return "{not json", None
    if kind == "shape":
        arrays["coef"] = arrays["coef"][:, :3]
        return None, _npz(**arrays)
    if kind == "nan":
        arrays["stacker_coef"] = np.full_like(arrays["stacker_coef"], np.nan)
        return None, _npz(**arrays)
    if kind == "types":
        parsed["terms"] = [1, 2, 3]
        return json.dumps(parsed), None
    parsed["items"] = [["no_such_code", "sv", "example", "x"]]
    return json.dumps(parsed), None


@pytest.mark.parametrize(
    "kind", ["pickle", "object-array", "garbage", "json", "shape", "nan", "types", "codes"]
)
def test_a_damaged_or_hostile_kept_engine_is_ignored_and_refitted(
    small: Path, tmp_path: Path, kind: str
) -> None:
    with Project.open(small) as project:
        first = _probs(project)
    marker = tmp_path / "unpickled"
    meta, blob = _damage(kind, *_stored(small), marker)
    _overwrite(small, meta, blob)
    with Project.open(small) as project:
        assert np.array_equal(_probs(project), first)  # never crashes; as a fresh fit does
        assert project.engine_fits == 1
    assert not marker.exists()  # the pickled payload never ran
    with Project.open(small) as project:
        _probs(project)
        assert project.engine_fits == 0  # the refit replaced the damaged state
