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


def _found(project: Project, doc: str = "aby_05", coder: str | None = None) -> list[tuple]:
    return [(s.start, s.end, s.code, s.score) for s in project.suggest([doc], coder=coder)]


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
        assert again == first  # and it suggests exactly what the fitted one did
        stored = project.store.suggestions.db.execute(
            "SELECT coder, tier FROM suggest_models"
        ).fetchall()
        assert stored == [("", "core")]


@pytest.mark.parametrize("change", ["coding", "rejection", "codebook", "status"])
def test_a_change_to_what_it_learns_from_refits_it(demo: Path, change: str) -> None:
    with Project.open(demo) as project:
        found = project.suggest(["aby_05"])
        assert project.engine_fits == 1
        if change == "coding":
            project.add_coding("aby_05", found[0].start, found[0].end, found[0].code, "karin")
        elif change == "rejection":
            project.reject_suggestions([found[0].id], "karin")
        elif change == "codebook":
            key = project.codebook()[0].key
            project.update_code(key, definitions={"sv": "En helt ny definition av koden."})
        else:
            project.set_status("aby_05", "karin", "done")
    with Project.open(demo) as project:
        project.suggest(["aby_05"])
        assert project.engine_fits == 1  # the kept engine no longer fits the project: refit
    with Project.open(demo) as project:
        project.suggest(["aby_05"])
        assert project.engine_fits == 0  # and the refitted one is kept in turn


def test_each_coder_has_their_own_engine(demo: Path) -> None:
    with Project.open(demo) as project:
        team = project.suggester()
        karin = project.suggester(only_coder="karin")
        assert team is not karin
        rows = project.store.suggestions.db.execute(
            "SELECT coder FROM suggest_models ORDER BY coder"
        )
        assert [r[0] for r in rows] == ["", "karin"]
        karin_signature = karin.signature
    with Project.open(demo) as project:
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
    demo: Path, tmp_path: Path, kind: str
) -> None:
    with Project.open(demo) as project:
        first = _found(project)
    marker = tmp_path / "unpickled"
    meta, blob = _damage(kind, *_stored(demo), marker)
    _overwrite(demo, meta, blob)
    with Project.open(demo) as project:
        assert _found(project) == first  # never crashes, suggests as a fresh fit does
        assert project.engine_fits == 1
    assert not marker.exists()  # the pickled payload never ran
    with Project.open(demo) as project:
        _found(project)
        assert project.engine_fits == 0  # the refit replaced the damaged state
