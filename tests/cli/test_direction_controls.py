"""Direction controls in a transcript's text, printed by the CLI (red team 18).

A name refuses U+202E and its kin, but a transcript's text may hold them (a .txt, a Word
file), and ``docs show`` and ``search`` printed them to the terminal as they were: a
terminal that follows the bidirectional rules showed the rest of the line backwards, so a
passage read otherwise than it is stored. They are printed as U+FFFD, as the TUI draws them.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import BIDI

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
