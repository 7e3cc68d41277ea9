"""`qualcode suggest` into a log or a pipe writes its notes and nothing else on stderr.

The progress bar is drawn on a terminal only: with stderr not a terminal, the finished
bar left an empty line before the notes (lead, stop 39)."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.hostile_kit import qualcode, small_team


def test_no_empty_line_on_stderr(tmp_path: Path) -> None:
    small_team(tmp_path / "p.db")
    got = qualcode(tmp_path / "p.db", "suggest", "aby_01", coder="karin")
    assert got.status == 0, got.stderr
    assert "" not in got.stderr.splitlines(), repr(got.stderr)
