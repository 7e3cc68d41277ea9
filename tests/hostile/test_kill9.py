"""kill -9 in the middle of an import or a merge loses nothing and leaves nothing half-written.

The real CLI runs as its own process and is killed with SIGKILL after a range of delays, so
the kill lands before, during and after the write. Whenever it lands, the file must pass
SQLite's integrity check, open as a project, hold only whole documents (each with its turns
and units) or a merge's rows all-or-nothing, and running the same command again must finish
the work without duplicates.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qualcode import Project

DEMO = Path(__file__).resolve().parents[2] / "corpora" / "demo"
DELAYS = (0.4, 1.0, 2.0, 4.0)


def _cli(project: Path, *args: str, coder: str = "lena") -> subprocess.Popen[bytes]:
    env = {**os.environ, "QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": coder}
    return subprocess.Popen(
        [sys.executable, "-m", "qualcode", "-p", str(project), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def _run(project: Path, *args: str, coder: str = "lena") -> None:
    assert _cli(project, *args, coder=coder).wait(timeout=600) == 0, args


def _import_again(project: Path, files: list[str]) -> None:
    """Import the same files again: what landed before the kill is named as already in the
    project (exit 1, one line each), everything else is imported."""
    env = {**os.environ, "QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": "lena"}
    done = subprocess.run(
        [sys.executable, "-m", "qualcode", "-p", str(project), "import", *files, "--lang", "auto"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert all("already in the project" in line for line in errors), done.stderr
    assert done.returncode == (1 if errors else 0)


def _killed_after(project: Path, delay: float, *args: str) -> None:
    proc = _cli(project, *args)
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


def _sound(project: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    Project.open(project).close()
    return conn


def _texts(folder: Path) -> list[str]:
    """Six plain-text transcripts of the demo, each made long enough to take a while."""
    names = []
    for source in sorted(DEMO.glob("*.txt"))[:6]:
        target = folder / source.name
        target.write_bytes(source.read_bytes() * 4)  # the demo's own encodings, kept
        names.append(str(target))
    return names


@pytest.mark.slow
@pytest.mark.parametrize("delay", DELAYS)
def test_import_killed_keeps_only_whole_documents(tmp_path: Path, delay: float) -> None:
    project = tmp_path / "p.db"
    _run(project, "init")
    _run(project, "coder", "add", "lena", "--role", "lead")
    files = _texts(tmp_path)
    _killed_after(project, delay, "import", *files, "--lang", "auto")
    with _sound(project) as conn:
        for (doc,) in conn.execute("SELECT id FROM documents WHERE deleted_at IS NULL"):
            turns = conn.execute("SELECT count(*) FROM turns WHERE document_id = ?", [doc])
            units = conn.execute("SELECT count(*) FROM units WHERE document_id = ?", [doc])
            assert turns.fetchone()[0] > 0 and units.fetchone()[0] > 0  # never half a document
    _import_again(project, files)  # the rest, and no copies of what landed
    with _sound(project) as conn:
        live = conn.execute("SELECT count(*) FROM documents WHERE deleted_at IS NULL")
        assert live.fetchone()[0] == len(files)


@pytest.fixture(scope="module")
def package_and_base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """A project holding the documents, and karin's package of codings on them."""
    folder = tmp_path_factory.mktemp("merge")
    full = folder / "full.db"
    subprocess.run(
        [sys.executable, "-m", "qualcode", "demo", "--no-tui", "--target", str(full)],
        check=True,
        capture_output=True,
        env={**os.environ, "QUALCODE_SEMANTIC": "off"},
    )
    package = folder / "karin.json"
    _run(full, "export-coder", "--coder", "karin", "-o", str(package), coder="karin")
    with sqlite3.connect(full) as conn:
        karin = conn.execute(
            "SELECT count(*) FROM codings c JOIN coders p ON p.id = c.coder_id "
            "WHERE p.name = 'karin' AND c.deleted_at IS NULL AND c.layer = 'coder'"
        ).fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    base = folder / "base.db"
    _run(base, "init")
    _run(base, "coder", "add", "lena", "--role", "lead")
    _run(base, "codebook", "load", str(DEMO.parents[1] / "codebooks" / "turning_points.yaml"))
    docs = [str(p) for p in sorted(DEMO.iterdir()) if p.suffix not in (".csv", ".md")]
    _run(base, "import", *docs, "--attributes", str(DEMO / "attributes.csv"))
    return base, package, karin


def _karin_codings(conn: sqlite3.Connection) -> int:
    return conn.execute(
        "SELECT count(*) FROM codings c JOIN coders p ON p.id = c.coder_id "
        "WHERE p.name = 'karin' AND c.deleted_at IS NULL"
    ).fetchone()[0]


@pytest.mark.slow
@pytest.mark.parametrize("delay", DELAYS)
def test_merge_killed_is_all_or_nothing(
    tmp_path: Path, package_and_base: tuple[Path, Path, int], delay: float
) -> None:
    base, package, karin = package_and_base
    project = tmp_path / "p.db"
    project.write_bytes(base.read_bytes())
    _killed_after(project, delay, "merge", str(package))
    with _sound(project) as conn:
        has_karin = conn.execute("SELECT count(*) FROM coders WHERE name = 'karin'").fetchone()[0]
        assert (_karin_codings(conn) if has_karin else 0) in (0, karin)
    _run(project, "merge", str(package))
    with _sound(project) as conn:
        assert _karin_codings(conn) == karin
