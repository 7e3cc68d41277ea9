"""Find 8-word runs the repository shares with real text kept outside it.

Real text (``../shared/realdev``, ``$QUALCODE_REALTEXT``, ``$QUALCODE_REALTEXT2``,
``$QUALCODE_REALTEXT3``) may be read at evaluation time but never copied into the project:
a codebook example, a bundled no-code sentence or a test that repeats eight consecutive words
of it would let the evaluation flatter the engine. This lists every tracked text file that
shares such a run, and exits 1 if any does.

    python benchmarks/shared_runs.py [--run 8]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = {".png", ".svg", ".db", ".npz", ".docx", ".xlsx", ".qdpx", ".pdf", ".gz", ".odt", ".zip"}


def real_sets() -> list[Path]:
    """The folders of real text, where they exist on this machine."""
    beside = ROOT.parent / "shared" / "realdev"
    # A git worktree elsewhere (/work/wt/NAME) has no ../shared: fall back to this machine's.
    default = beside if beside.is_dir() else Path("/work/shared/realdev")
    shared = Path(os.environ.get("QUALCODE_REALDEV", default))
    if shared.suffix == ".jsonl":
        shared = shared.parent
    folders = [shared]
    for var, default in (
        ("QUALCODE_REALTEXT", "/work/realtext"),
        ("QUALCODE_REALTEXT2", "/work/realtext2"),
        ("QUALCODE_REALTEXT3", "/work/realtext3"),
        ("QUALCODE_REALTEXT4", "/work/realtext4"),
        ("QUALCODE_REALTEXT5", "/work/realtext5"),
        ("QUALCODE_REALTEXT6", "/work/realtext6"),
        ("QUALCODE_REALTEXT7", "/work/realtext7"),
        ("QUALCODE_REALTEXT8", "/work/realtext8"),
        ("QUALCODE_REALTEXT9", "/work/realtext9"),
        ("QUALCODE_REALTEXT10", "/work/realtext10"),  # the policy dev set: raw/*.txt
        ("QUALCODE_REALTEXT11", "/work/realtext11"),
        ("QUALCODE_REALTEXT12", "/work/realtext12"),
        ("QUALCODE_REALTEXT13", "/work/realtext13"),
    ):
        folder = Path(os.environ.get(var, default))
        folders.append(folder.parent if folder.suffix == ".jsonl" else folder)
    return [folder for folder in folders if folder.is_dir()]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def runs(tokens: list[str], size: int) -> Iterator[tuple[str, ...]]:
    for start in range(len(tokens) - size + 1):
        yield tuple(tokens[start : start + size])


def texts_of(folder: Path) -> Iterable[str]:
    """Every sentence of the folder's jsonl files and every raw text beside them."""
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    yield item["text"]
    for path in sorted(folder.glob("raw/*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")


def shared_runs(size: int = 8) -> list[tuple[str, str]]:
    """(file, run) for every tracked file sharing a run of ``size`` words with real text."""
    real: set[tuple[str, ...]] = set()
    for folder in real_sets():
        for text in texts_of(folder):
            real.update(runs(words(text), size))
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    found: list[tuple[str, str]] = []
    for name in filter(None, tracked):
        path = ROOT / name
        if path.suffix in BINARY or not path.is_file():
            continue
        try:
            tokens = words(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
        for run in runs(tokens, size):
            if run in real:
                found.append((name, " ".join(run)))
                break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--run", type=int, default=8, help="words in a run (default 8)")
    args = parser.parse_args()
    print("real text read from:", ", ".join(str(f) for f in real_sets()) or "nothing")
    found = shared_runs(args.run)
    for name, run in found:
        print(f"{name}: {run}")
    print(f"{len(found)} tracked files share a {args.run}-word run with real text")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
