"""A lead importing a large .qdpx while a coder codes (red team, round 5): import-qdpx
found each source's speaker turns and segmented it into sentences inside its write
transaction, so the project's write lock was held for the whole NLP pass. A 1 M-word
.qdpx (2 MB, an NVivo project of a large study) held it for 15 s, during which a coder's
`memo add` waited 14.6 s; past the 30 s busy timeout a coder's writes are refused ("another
program held the project"). The NLP now runs before the transaction opens, as a plain
import's does.

The probe is the real segmenter, wrapped: each time it runs, a second connection asks
for the write lock without waiting.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import qualcode.nlp.units
from qualcode import Project
from tests.conftest import SV_TEXT, project_with, small_codebook


def _lock_probe(project: Path, real: Callable[..., Any], free: list[bool]) -> Callable[..., Any]:
    def probing(*args: Any, **kwargs: Any) -> Any:
        other = sqlite3.connect(project, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            free.append(True)
        except sqlite3.OperationalError:  # database is locked: the import holds it
            free.append(False)
        finally:
            other.close()
        return real(*args, **kwargs)

    return probing


@pytest.fixture
def qdpx(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "source.db") as source:
        source.add_coder("lena", role="lead")
        source.act_as("lena")
        source.apply_codebook(small_codebook())
        first = source.import_text("a.txt", SV_TEXT, lang="sv")
        source.import_text("b.txt", SV_TEXT + "\n\nIP: Och en sak till.", lang="sv")
        source.add_coding(first.id, 30, 80, "mission_dialogue", "lena")
        source.export_qdpx(tmp_path / "study.qdpx")
    return tmp_path / "study.qdpx"


def test_segmenting_a_qdpx_leaves_the_project_open_to_writes(
    qdpx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "team.db"
    project_with(target).close()
    free: list[bool] = []
    monkeypatch.setattr(
        qualcode.nlp.units, "segment", _lock_probe(target, qualcode.nlp.units.segment, free)
    )
    with Project.open(target) as project:
        project.act_as("lena")
        report = project.import_qdpx(qdpx)
        assert sorted(report.documents) == ["a.txt", "b.txt"] and report.codings == 1
        units = [len(project.store.documents.units(d.id)) for d in project.documents()]
    assert free == [True, True]  # each source segmented while others could write
    assert all(units)  # and every document still has its sentence units
