"""Two coders on one shared project file, writing at the same moment, lose nothing."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from qualcode import Project
from qualcode.model import Turn, Unit
from tests.conftest import small_codebook

TEXT = "Vi pratar om uppdraget med nämnden varje vecka. " * 40


def _code_many(path: str, coder: str, count: int, barrier: mp.synchronize.Barrier) -> None:
    project = Project.open(path)
    doc = project.documents()[0].id
    barrier.wait()
    for i in range(count):
        project.add_coding(doc, i, i + 10, "mission_dialogue", coder)
    project.close()


def test_two_processes_write_codings_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    project = Project.create(path)
    project.apply_codebook(small_codebook())
    project.add_coder("karin")
    project.add_coder("johan")
    with project.store.transaction():
        project.store.documents.insert(
            name="shared.txt",
            lang="sv",
            text=TEXT,
            sha256="x",
            source_path=None,
            attributes={},
            turns=[Turn(0, None, 0, len(TEXT))],
            units=[Unit(0, 0, len(TEXT))],
        )
    project.close()

    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(2)
    workers = [
        ctx.Process(target=_code_many, args=(str(path), name, 60, barrier))
        for name in ("karin", "johan")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0

    with Project.open(path) as project:
        assert len(project.codings(coder="karin")) == 60
        assert len(project.codings(coder="johan")) == 60
