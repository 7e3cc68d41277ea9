"""Direction controls in a transcript's text, printed by the CLI (red team 18).

A name refuses U+202E and its kin, but a transcript's text may hold them (a .txt, a Word
file), and ``docs show`` and ``search`` printed them to the terminal as they were: a
terminal that follows the bidirectional rules showed the rest of the line backwards, so a
passage read otherwise than it is stored. They are printed as U+FFFD, as the TUI draws them.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import BIDI, UNPRINTABLE

runner = CliRunner()
SAID = "I: Hur var det?\n\nR: Vi pratade \u202eom uppdraget\u202c med chefen och \u2067klart\u2069."


def test_docs_show_and_search_print_no_direction_control(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.import_text("ip1.txt", SAID, lang="sv", actor="lena")
    for args in (["docs", "show", "ip1.txt"], ["search", "pratade"]):
        result = runner.invoke(app, ["-p", str(path), "--coder", "lena", *args])
        assert result.exit_code == 0, result.output
        assert not BIDI & set(result.stdout), args
        assert "\ufffdom uppdraget\ufffd" in result.stdout, args


def _hit(row: dict[str, str]) -> str:
    return row["before"] + row["hit"] + row["after"]


def test_json_output_escapes_what_it_would_not_print(tmp_path: Path) -> None:
    """--format json and jsonl are read by scripts and printed on terminals alike: JSON
    escaped C0 controls but sent DEL, the C1 controls (U+009B opens a sequence that steers
    some terminals) and the direction controls as they were. They go out as \\u escapes,
    so a script reads the very same text and a terminal is steered by none of them."""
    said = SAID.replace("chefen", "chefen \x9b31m och \x7f")
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.import_text("ip1.txt", said, lang="sv", actor="lena")
    cases = (
        (["docs", "show", "ip1.txt", "--format", "json"], lambda out: json.loads(out)["text"]),
        (["search", "pratade", "--format", "json"], lambda out: _hit(json.loads(out)[0])),
        (["search", "pratade", "--format", "jsonl"], lambda out: _hit(json.loads(out))),
    )
    for args, text_of in cases:
        result = runner.invoke(app, ["-p", str(path), "--coder", "lena", *args])
        assert result.exit_code == 0, result.output
        assert UNPRINTABLE.search(result.stdout) is None, args
        assert "\\u202e" in result.stdout and "\\u009b" in result.stdout, args
        assert "\u202eom uppdraget\u202c" in text_of(result.stdout), args  # the text as stored
        assert "\x9b31m och \x7f" in text_of(result.stdout), args
