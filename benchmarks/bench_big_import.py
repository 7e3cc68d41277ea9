"""CPU seconds and peak memory of importing one very large plain-text transcript.

A 50 MB transcript (the default ``$QUALCODE_MAX_FILE_MB``) is about 8M words, a hundred
times a long interview: nobody should have one, but a user can, and the import must not
take the machine's memory with it. One just over the limit must be refused at once, before
anything is read. Each side runs as a whole process (``python -m qualcode import``), its
CPU seconds and peak resident memory read from the kernel (``os.wait4``); the baseline is a
process that only reads the same file into a string. Two more files probe the line limit
(``$QUALCODE_MAX_LINES``): the size limit filled with 6-character turns (refused), and the
most lines allowed, each as wide as the size limit leaves (the worst file accepted).

    python benchmarks/bench_big_import.py [--mb 50] [--lines 500000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READ_ONLY = "import sys; from pathlib import Path; print(len(Path(sys.argv[1]).read_text()))"


def _utf8(raw: bytes) -> bytes:
    """A demo file as UTF-8 (one of them is Latin-1 on purpose)."""
    try:
        return raw.decode("utf-8").encode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252").encode("utf-8")


def _words(path: Path) -> int:
    """Words in the file, counted line by line (this process's peak memory is where the
    children's reported peak starts: Linux keeps it across exec)."""
    with path.open(encoding="utf-8") as handle:
        return sum(len(line.split()) for line in handle)


def make_transcript(path: Path, megabytes: float) -> int:
    """One transcript of ``megabytes`` built from the demo's Swedish talk, repeated; its
    size in bytes."""
    demo = sorted((ROOT / "corpora" / "demo").glob("*.txt"))
    body = b"\n\n".join(_utf8(p.read_bytes()) for p in demo) + b"\n\n"
    target = int(megabytes * 1024 * 1024)
    with path.open("wb") as handle:
        written = 0
        while written + len(body) <= target:
            handle.write(body)
            written += len(body)
        handle.write(b"x" * (target - written))  # the exact size, on a line of its own
    return path.stat().st_size


def make_lines(path: Path, lines: int, width: int) -> int:
    """A transcript of ``lines`` speaker turns of ``width`` characters each, alternating
    two speakers: the most turns a file can hold (each turn costs memory)."""
    words = [
        "ja",
        "nej",
        "kanske",
        "det",
        "var",
        "bra",
        "tycker",
        "jag",
        "och",
        "men",
        "inte",
        "alltid",
    ]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(lines):
            label = "I: " if i % 2 else "Elin: "
            body, k = [], i
            while len(label) + len(" ".join(body)) < width:
                body.append(words[k % len(words)])
                k += 1
            handle.write(label + " ".join(body)[: width - len(label)] + "\n")
    return path.stat().st_size


def measure(command: list[str], env: dict[str, str]) -> tuple[int, float, float, str]:
    """Exit status, CPU seconds (user + system), peak resident MB, last stderr line."""
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    return os.waitstatus_to_exitcode(status), cpu, usage.ru_maxrss / 1024, (lines or [""])[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--lines", type=int, default=500_000, help="$QUALCODE_MAX_LINES")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QUALCODE_MAX_FILE_MB": str(args.mb)}
    env["QUALCODE_MAX_LINES"] = str(args.lines)
    env.pop("QUALCODE_CODER", None)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        at = folder / "stor.txt"
        over = folder / "over.txt"
        size = make_transcript(at, args.mb)
        make_transcript(over, args.mb + 0.1)
        short = folder / "korta.txt"  # 6-character turns to the size limit
        make_lines(short, int(args.mb * 1024 * 1024) // 7, 6)
        widest = folder / "breda.txt"  # the most lines allowed, each as wide as fits
        per_line = int(args.mb * 1024 * 1024) // args.lines - 1
        make_lines(widest, args.lines, per_line)
        words = _words(at)
        print(f"transcript: {size / 1048576:.1f} MB, {words:,} words (limit {args.mb} MB)")
        rows = [
            ("read the file only (baseline)", [sys.executable, "-c", READ_ONLY, str(at)]),
            (f"import {size / 1048576:.0f} MB", ["import", str(at), "--lang", "sv"]),
            (f"import {args.mb + 0.1:.1f} MB (over)", ["import", str(over), "--lang", "sv"]),
            ("import short lines (too many)", ["import", str(short), "--lang", "sv"]),
            (f"import {args.lines:,} lines of {per_line}", ["import", str(widest), "--lang", "sv"]),
        ]
        for label, command in rows:
            if command[0] == "import":
                project = folder / f"p{len(label)}.db"
                qualcode = [sys.executable, "-m", "qualcode", "-p", str(project)]
                subprocess.run([*qualcode, "init"], check=True, capture_output=True, env=env)
                command = [*qualcode, *command]
            code, cpu, peak, last = measure(command, env)
            print(f"  {label:34} exit {code}  cpu {cpu:7.2f} s  peak {peak:7.0f} MB  {last[:70]}")


if __name__ == "__main__":
    main()
