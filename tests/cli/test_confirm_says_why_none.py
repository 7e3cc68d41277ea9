"""`reconcile confirm` confirming nothing says why (small34c): the rule (every counted
coder's same codes on exactly the same words) and what is left, as the TUI's `C` does."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.project.test_why_none_to_confirm import _three_coders


def test_confirming_nothing_says_why(tmp_path: Path) -> None:
    project, _, _ = _three_coders(tmp_path / "p.db")
    project.close()
    runner = CliRunner()
    said = []
    for _ in range(2):
        result = runner.invoke(
            app, ["-p", str(tmp_path / "p.db"), "reconcile", "confirm", "--by", "lena"]
        )
        assert result.exit_code == 0, result.output + result.stderr
        said.append(result.stderr.strip())
    assert said[0] == "confirmed 1 agreement into the consensus"
    assert said[1] == (
        "confirmed 0 agreements into the consensus: an agreement is every counted coder giving"
        " the same codes to exactly the same words (confirmed already: 1; same codes, other"
        " boundaries, to decide: 1)"
    )
