"""Two coders on one shared project file, each running the CLI in their own process.

Every ``qualcode code add`` opens the file, writes and closes it, so openings, the WAL
switch and writes of the two processes interleave. Both must succeed and nothing may be
lost.
"""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from tests.cli.cli_kit import CODEBOOK, counts, ok

# slow: whole CLI processes racing on one file
pytestmark = pytest.mark.slow


TEXT = "R: Vi pratar om uppdraget med nämnden varje vecka och det fungerar.\n" * 30
ROUNDS = 15


def _coder_session(project: str, coder: str, barrier: Barrier) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    runner = CliRunner()
    barrier.wait()
    for i in range(ROUNDS):
        result = runner.invoke(
            app,
            ["-p", project, "code", "add", "--doc", "shared", "--start", str(3 + i),
             "--end", str(20 + i), "--code", "mission", "--coder", coder],
        )  # fmt: skip
        if result.exit_code != 0:
            raise SystemExit(f"{coder} round {i}: {result.stderr}")


def test_two_cli_processes_add_codings_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    ok(path, "init")
    (tmp_path / "book.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(path, "codebook", "load", str(tmp_path / "book.yaml"))
    ok(path, "coder", "add", "karin")
    ok(path, "coder", "add", "johan")
    (tmp_path / "shared.txt").write_text(TEXT, encoding="utf-8")
    ok(path, "import", str(tmp_path / "shared.txt"))
    before = counts(path)

    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(2)
    workers = [
        ctx.Process(target=_coder_session, args=(str(path), name, barrier))
        for name in ("karin", "johan")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [w.exitcode for w in workers] == [0, 0]

    assert counts(path)["codings"] == before["codings"] + 2 * ROUNDS
    for coder in ("karin", "johan"):
        listed = ok(path, "code", "list", "--coder", coder, "--format", "csv").splitlines()
        assert len(listed) == 1 + ROUNDS
