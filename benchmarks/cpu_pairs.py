"""CPU seconds of two whole commands, run in turn, and their ratio pair by pair.

These machines are shared and noisy: a wall clock says more about the neighbours than
about qualcode. The operating system's accounting of a finished process (user + system
CPU, and its peak memory, from ``wait4``) does not, and running A and B in turn (A B A B
...) keeps their ratio meaningful when the machine's speed drifts during the run. Each
command is one shell string (``sh -c``), so copying a project before a fresh run is part
of the command.

    python benchmarks/cpu_pairs.py -n 9 \\
        --vs "env PYTHONPATH=BEFORE python -m qualcode -p wb.db suggest aby_03" \\
        -- python -m qualcode -p wa.db suggest aby_03
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    cpu: float  # user + system seconds of the process and what it waited for
    peak_mib: float  # the largest resident set among them


def run_once(command: str) -> Run:
    """One run of ``command`` under ``sh -c``; a failing command stops the measurement,
    since a figure of a run that failed early would read as fast."""
    child = subprocess.Popen(["sh", "-c", command], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{command!r} exited with {code}")
    return Run(usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} [{min(values):.3f}-{max(values):.3f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5, help="runs of each command (pairs)")
    parser.add_argument("--vs", help="the baseline command B, one shell string")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the command A")
    args = parser.parse_args()
    words = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not words:
        parser.error("name the command after --")
    a_cmd = shlex.join(words)
    b_cmd = args.vs
    run_once(a_cmd)  # warm the file cache and bytecode, not counted
    if b_cmd:
        run_once(b_cmd)
    a_runs: list[Run] = []
    b_runs: list[Run] = []
    for _ in range(args.n):
        a_runs.append(run_once(a_cmd))
        if b_cmd:
            b_runs.append(run_once(b_cmd))
    a_cpu = [r.cpu for r in a_runs]
    print(f"A: {spread(a_cpu)} s CPU, peak {max(r.peak_mib for r in a_runs):.0f} MiB")
    if b_runs:
        b_cpu = [r.cpu for r in b_runs]
        print(f"B: {spread(b_cpu)} s CPU, peak {max(r.peak_mib for r in b_runs):.0f} MiB")
        ratios = [a / b for a, b in zip(a_cpu, b_cpu, strict=True) if b > 0]
        print(f"A/B: {spread(ratios)} (pair by pair)")


if __name__ == "__main__":
    main()
