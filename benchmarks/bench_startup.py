"""CPU seconds of whole `qualcode` processes for commands that need no NLP or data frames.

Each command runs as its own process, several times; the figure is the median of the
child's user+system CPU (the operating system's accounting, not a wall clock), beside the
same figure for a bare `python -c pass` measured in the same run. Budget (issue 11): at
most 0.3 s CPU for `--version`, `code add` and `code list` on a fresh project.

    python benchmarks/bench_startup.py --runs 7
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_of(argv: list[str] | Callable[[], list[str]]) -> float:
    if callable(argv):
        argv = argv()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(argv: list[str] | Callable[[], list[str]], runs: int) -> float:
    cpu_of(argv)  # warm the file cache
    return statistics.median(cpu_of(argv) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    q = [sys.executable, "-m", "qualcode"]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "p.db")
        env_db = ["-p", db]
        subprocess.run([*q, *env_db, "init"], check=True, capture_output=True)
        # only a lead changes the codebook: lena sets the project up, karin codes
        for name, role in (("lena", "lead"), ("karin", "coder")):
            subprocess.run(
                [*q, *env_db, "coder", "add", name, "--role", role, "--coder", "lena"],
                check=True,
                capture_output=True,
            )
        note = Path(tmp) / "a.txt"
        note.write_text("Vi pratar om arbetsmiljön. Det är bra.\n", encoding="utf-8")
        os.environ["QUALCODE_CODER"] = "lena"
        subprocess.run([*q, *env_db, "import", str(note)], check=True, capture_output=True)
        subprocess.run(
            [*q, *env_db, "codebook", "load", str(ROOT / "codebooks" / "turning_points.yaml")],
            check=True,
            capture_output=True,
        )
        os.environ["QUALCODE_CODER"] = "karin"
        code = subprocess.run(
            [*q, *env_db, "codebook", "show", "-f", "json"], check=True, capture_output=True
        )
        key = json.loads(code.stdout)[0]["key"]
        ends = iter(range(5, 1000))

        def adding() -> list[str]:  # a new passage each run: a passage is coded once
            return [*q, *env_db, "code", "add", "--doc", "a", "--code", key, "--start", "0",
                    "--end", str(next(ends))]  # fmt: skip

        cases: dict[str, list[str] | Callable[[], list[str]]] = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "qualcode --version": [*q, "--version"],
            "qualcode code list": [*q, *env_db, "code", "list"],
            "qualcode code add": adding,
            "qualcode coder list": [*q, *env_db, "coder", "list"],
        }
        print("| command | median CPU s | x baseline |")
        print("| --- | --- | --- |")
        base = median_cpu(cases["python -c pass (baseline)"], args.runs)
        for name, argv in cases.items():
            cpu = base if name.startswith("python") else median_cpu(argv, args.runs)
            print(f"| {name} | {cpu:.3f} | {cpu / base:.1f} |")


if __name__ == "__main__":
    main()
