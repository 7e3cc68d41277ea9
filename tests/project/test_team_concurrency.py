"""Five coders on one project file at once, each as themselves: codings, statuses and case
comments from five processes, nothing lost and no "database is locked"."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import add_plain_document, small_codebook

TEAM = ("karin", "johan", "mira", "ola", "sara")
SENTENCES = [f"Mening nummer {i} om uppdraget och nämnden." for i in range(40)]


def _work(path: str, coder: str, barrier: mp.synchronize.Barrier) -> None:
    project = Project.open(path)
    doc = project.documents()[0].id
    case = project.cases()[0].case.id
    barrier.wait()
    for i in range(25):
        project.add_coding(doc, i * 3, i * 3 + 20, "mission_dialogue", coder)
        project.comment(case, coder, f"{coder} {i}")
    project.set_status(doc, coder, "done")
    project.close()


@pytest.mark.slow
def test_five_processes_write_at_once_and_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        for name in TEAM:
            project.add_coder(name)
        doc = add_plain_document(project, "shared.txt", SENTENCES)
        project.add_coding(doc, 300, 340, "integration", "karin")  # one case to discuss
        project.add_coding(doc, 300, 330, "integration", "johan")
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(len(TEAM))
    workers = [ctx.Process(target=_work, args=(str(path), n, barrier)) for n in TEAM]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
        assert worker.exitcode == 0
    with Project.open(path) as project:
        for name in TEAM:
            assert len(project.codings(coder=name, code="mission_dialogue")) == 25
            assert project.statuses(name) == {doc: "done"}
        comments = [c for v in project.cases(list(TEAM)) for c in v.comments]
        assert len(comments) == 25 * len(TEAM)
        assert {c.author for c in comments} == set(TEAM)
