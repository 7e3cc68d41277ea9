"""`qualcode import` of a file already in the project printed "nothing to show" above its
error line, as if the file were empty or the import had gone on without it: a new coder
importing a plan a second time read both. With every file refused, it says nothing was
imported."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import SV_TEXT


def test_an_import_of_nothing_says_nothing_was_imported(tmp_path: Path) -> None:
    project, plan = tmp_path / "p.db", tmp_path / "plan.txt"
    plan.write_text(SV_TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["-p", str(project), "init"]).exit_code == 0
    first = runner.invoke(app, ["-p", str(project), "import", str(plan), "--lang", "sv"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["-p", str(project), "import", str(plan), "--lang", "sv"])
    assert again.exit_code == 1
    assert again.stdout.strip() == "nothing imported"
    assert again.stderr.startswith("error: plan.txt: same content as 'plan.txt'")
