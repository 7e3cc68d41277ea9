"""A Markdown file of marks opened and never closed (red team 40).

ingest/markdown.py (stop 39) takes Markdown's marks out of a transcript before anything
else reads it. Each pattern looked for its closing mark as far as the line's end from
every opening one, so a line of ``[^`` (or ``**a ``, ``[a](``, ``~~a ``, a heading's run
of blanks) cost its length squared: a 200,000-character line of ``[^`` took 144 s CPU
before its length was even refused, and a 50 MB file of lines just under the limit would
have held the import (and the TUI's ``i``) for hours. Each pattern now stops at the next
mark of its kind, and the marks are kept as typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.ingest.markdown import plain_markdown
from tests.hostile.hostile_kit import imported_in_bounds, small_team

LINE = 90_000  # under the 100,000-character line limit, so the line is imported
OPENERS = ["[^", "**a ", "[a](", "~~a ", "![a ", "__a ", "[", "![a]("]


@pytest.mark.slow
def test_a_file_of_unclosed_marks_is_imported_at_once(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    small_team(project)
    lines = [mark * (LINE // len(mark)) for mark in OPENERS]
    lines.append("# rubrik" + " " * LINE + "x")
    source = tmp_path / "openers.md"
    source.write_text("I: Hej.\n\nR: " + "\n\n".join(lines) + "\n", encoding="utf-8")
    text = imported_in_bounds(project, source)
    for line in lines[:-1]:
        assert line.strip() in text  # never closed, so never markup: kept as typed
    assert "rubrik" + " " * LINE + "x" in text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("~~ord ~~#1~~", "~~ord #1"),  # the closer pairs with the opener nearest it
        ("**a **b**", "**a b"),
        ("[x](https://sv.wikipedia.org/wiki/Ek_(träd)) sa hon", "x sa hon"),
        ("[^1][^1] text\n\n[^1]: En not.", " text\n\n1 En not."),
        ("# Intervju 3 ##", "Intervju 3"),
        ("# C#", "C#"),
        ("# ##", "##"),
    ],
)
def test_marks_closed_nearby_are_still_taken_out(typed: str, read: str) -> None:
    assert plain_markdown(typed) == read
