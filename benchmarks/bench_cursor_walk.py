"""Walking a million rows: a plain sqlite3 cursor against the project's CheckedCursor, whose
``for`` loops fetch checked batches so that a damaged page met mid-loop is one line.

Both walks run in the same process on the same file, alternated, so the ratio holds on a
noisy machine. Usage: ``python benchmarks/bench_cursor_walk.py --rows 1000000 --repeat 5``.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from qualcode.store.checked import CheckedConnection


def _walk(path: Path, factory: type[sqlite3.Connection]) -> float:
    conn = sqlite3.connect(path, factory=factory)
    try:
        started = time.process_time()
        for _row in conn.execute("SELECT a, b, c FROM t"):
            pass
        return time.process_time() - started
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.db"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (a, b, c)")
        rows = ((i, f"passage {i}", i * 0.5) for i in range(args.rows))
        conn.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
        conn.commit()
        conn.close()
        plain, checked = [], []
        for _ in range(args.repeat):
            plain.append(_walk(path, sqlite3.Connection))
            checked.append(_walk(path, CheckedConnection))
    best_plain, best_checked = min(plain), min(checked)
    print(f"rows {args.rows:,}: plain cursor {best_plain:.3f} s CPU (best of {args.repeat})")
    print(f"checked cursor {best_checked:.3f} s CPU; ratio {best_checked / best_plain:.2f}")


if __name__ == "__main__":
    main()
