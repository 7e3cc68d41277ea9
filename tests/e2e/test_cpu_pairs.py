"""benchmarks/cpu_pairs.py, the public way benchmarks/README.md's CPU rows are taken: two
whole commands in turn, each process's own CPU accounting, the ratio pair by pair."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "cpu_pairs.py"


def pairs(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_a_heavier_command_reads_heavier_than_its_baseline() -> None:
    busy = f"{sys.executable} -c 'sum(i * i for i in range(3_000_000))'"
    done = pairs("-n", "2", "--vs", f"{sys.executable} -c pass", "--", "sh", "-c", busy)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["A", "B", "A/B"]
    ratio = float(lines[2].split()[1])
    assert ratio > 1.5  # the CPU of the work, not the wall clock: a loaded machine agrees


def test_a_failing_command_gives_no_figure() -> None:
    done = pairs("-n", "1", "--", "sh", "-c", "exit 3")
    assert done.returncode != 0
    assert "exited with 3" in done.stderr
    assert "A:" not in done.stdout
