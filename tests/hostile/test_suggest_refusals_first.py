"""`qualcode suggest` refuses in one line, and a --codes naming nothing is refused.

A refusal met under the progress bar (an unknown document, a --min-score out of range)
came after a blank line on stderr, the bar's, so the error was not the first line; and
``--codes ""`` (a script's empty variable) was read as not given, so suggestions were
computed and stored for every code (red team 39)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.hostile_kit import refused, small_team


@pytest.mark.parametrize(
    "args",
    [
        ["nosuchdoc"],
        ["aby_01", "--min-score", "nan"],
        ["aby_01", "--codes", ""],
        ["aby_01", "--codes", ","],
        ["aby_01", "--ranked", "--codes", ""],
    ],
)
def test_suggest_refuses_in_one_line(tmp_path: Path, args: list[str]) -> None:
    small_team(tmp_path / "p.db")
    said = refused(tmp_path / "p.db", "suggest", *args, coder="karin")
    assert len(said.splitlines()) == 1, said
