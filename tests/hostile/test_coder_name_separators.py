"""A new coder's name holds no comma or semicolon: a team is typed as names parted by them
(`agree --coders`, `reconcile decide --with`, the reports screen's t), and a coder added as
"Berg, Anna" could never be named there ("unknown coder 'Berg'"). Refused in one line where
the name is typed, nothing added; a name without one goes in as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError

runner = CliRunner(env={"QUALCODE_CODER": "lena"})


@pytest.mark.parametrize("name", ["Berg, Anna", "anna;berg", "karin,johan"])
def test_a_name_a_team_line_would_part_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        with pytest.raises(ValidationError, match="comma or semicolon") as raised:
            project.add_coder(name)
        assert "\n" not in str(raised.value)
    result = runner.invoke(app, ["-p", str(path), "coder", "add", name])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "comma or semicolon" in result.stderr
    with Project.open(path) as project:
        assert [c.name for c in project.coders()] == ["lena"]
        project.add_coder("Anna Berg")  # as the refusal proposes
        assert [c.name for c in project.coders()] == ["Anna Berg", "lena"]
