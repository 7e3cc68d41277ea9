"""Help reads in whole sentences at any terminal width.

Docstrings wrapped in the source used to keep their line breaks in ``--help`` (rich mode),
so on a wide terminal a command's description broke mid-sentence.
"""

from __future__ import annotations

import subprocess
import sys


def _help(*args: str) -> str:
    env = {"COLUMNS": "200", "PATH": "/usr/bin:/bin", "TERM": "dumb"}
    done = subprocess.run(
        [sys.executable, "-m", "qualcode", *args, "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout


def _row(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.lstrip("│ ").startswith(start))


def test_command_list_keeps_each_description_on_one_row() -> None:
    text = _help()
    assert "one document at a time with a progress line" in _row(text, "embed ")
    assert "among three coders or more" in _row(text, "agree ")
    assert "(--set: one set's), the codebook" in _row(text, "handout ")


def test_a_group_lists_its_commands_in_whole_sentences() -> None:
    text = _help("export")
    assert "as CSV or Excel (names on the pseudonym key" in _row(text, "codings ")
