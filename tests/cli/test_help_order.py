"""`qualcode --help` lists its commands in the order a study uses them: it listed them as
the modules happened to register them, `search` first, `init` second and `suggest` last,
and a new researcher reading it top down met searching before making a project."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from qualcode.cli import app


def test_help_starts_where_a_study_starts() -> None:
    got = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert got.exit_code == 0, got.output
    names = re.findall(r"^│ ([a-z][a-z-]*) ", got.stdout, re.MULTILINE)
    names = [n for n in names if not n.startswith("-")]
    assert names[:6] == ["init", "codebook", "coder", "import", "docs", "code"]
    assert names.index("search") > names.index("code")
    assert names.index("suggest") < names.index("agree") < names.index("export")
    assert len(names) == len(set(names)) > 20  # every command once
