"""No tracked text file carries a merge's conflict markers.

Helpers land on main by rebasing; at stop 46 a rebase's conflict in ARCHITECTURE.md was
committed with its markers in, and the map test still passed because the module names it
looks for were on both sides of the conflict. This reads every tracked text file instead.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A marker is seven of the same sign at a line's start; "=======" alone on a line is also a
# markdown heading underline, so it counts only between an opening and a closing marker.
OPEN = re.compile(r"^<{7}( |$)", re.MULTILINE)
CLOSE = re.compile(r"^>{7}( |$)", re.MULTILINE)


def tracked_texts() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    paths = []
    for name in out.split("\0"):
        path = ROOT / name
        if not name or not path.is_file():
            continue
        head = path.read_bytes()[:4096]
        if b"\0" in head:
            continue  # binary: a marker cannot be read into it by a text merge
        paths.append(path)
    return paths


def markers_in(text: str) -> bool:
    return bool(OPEN.search(text) or CLOSE.search(text))


def test_markers_are_recognised() -> None:
    conflicted = "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> 1234567 (msg)\nd\n"
    assert markers_in(conflicted)
    assert not markers_in("Title\n=======\n\ntext with <<<<<<< inside a line\n")


def test_no_tracked_file_holds_conflict_markers() -> None:
    hit = [
        str(p.relative_to(ROOT))
        for p in tracked_texts()
        if markers_in(p.read_text(encoding="utf-8", errors="replace"))
    ]
    assert hit == [], f"conflict markers left in: {hit}"
