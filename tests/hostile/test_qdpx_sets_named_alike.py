"""A .qdpx of many sets named alike (red team 16).

A set whose name reads as a set already there (or an earlier one of the file) is kept as
'x (2)', 'x (3)', ...: each counted from 2 through every number the sets before it had
taken, and each made set read every live set again to check its name, so 2,000 sets
called 'x' (250 KB of XML) took 90 s to import and 4,000 over five minutes. The next number
is remembered per name and the import's own check of the names is the one made; the names
are the same as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.refi_read import RefiProject
from qualcode.project import refi_sets
from qualcode.store.document_sets import DocumentSetRepo
from tests.conftest import add_plain_document

N = 300


def test_sets_named_alike_are_each_named_in_a_step_or_two(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = {"reads_as": 0, "live": 0}
    reads_as, live = refi_sets.reads_as, DocumentSetRepo.live

    def counted_reads_as(name: str) -> str:
        asked["reads_as"] += 1
        return reads_as(name)

    def counted_live(repo: DocumentSetRepo) -> list:
        asked["live"] += 1
        return live(repo)

    monkeypatch.setattr(refi_sets, "reads_as", counted_reads_as)
    monkeypatch.setattr(DocumentSetRepo, "live", counted_live)
    with Project.create(tmp_path / "p.db") as project:
        doc = add_plain_document(project, "aby_01.txt", ["Vi pratade om uppdraget."])
        project.make_document_set("x", "qualcode")
        refi = RefiProject("another tool", sets=[("x", ["g1"], 0)] * N)
        asked["live"] = 0
        with project.store.transaction():
            renamed, _ = refi_sets.import_sets(project.store, refi, {"g1": doc}, "lena", "f")
        read_live = asked["live"]
        names = sorted(s.name for s in project.document_sets())
    assert renamed[0] == "set 'x' kept as 'x (2)'"
    assert renamed[-1] == f"set 'x' kept as 'x ({N + 1})'"
    assert len(names) == N + 1 and len(set(names)) == N + 1
    assert asked["reads_as"] <= 8 * N  # counted from 2 each time: N * N / 2
    assert read_live == 1  # the sets read once, not again for each set made
