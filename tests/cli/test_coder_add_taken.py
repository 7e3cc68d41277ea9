"""`coder add` with a name that is taken, or reads as a coder's, says in one line which
coder is there and both ways on: "coder 'karin' already exists" said neither, and the
lookalike's refusal listed every way two names can read alike (small37)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError
from qualcode.tui.catalog import Catalog


@pytest.mark.parametrize(
    ("name", "how"),
    [
        ("karin", "already exists in this project"),
        ("Karin", "only the case differs"),
        ("K\u0430rin", "only letters that look alike, or show as nothing, differ"),  # Cyrillic а
    ],
)
def test_the_refusal_names_the_coder_and_what_to_do(demo: Path, name: str, how: str) -> None:
    result = CliRunner().invoke(app, ["-p", str(demo), "coder", "add", name, "--coder", "lena"])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and how in line
    assert "to add someone else" in line
    assert line.endswith("to work as karin, act as that coder (`--coder karin`)")
    with Project.open(demo) as project:
        assert [c.name for c in project.coders()].count("karin") == 1
        with pytest.raises(ValidationError) as refused:
            project.add_coder(name)
    said = Catalog("sv").refusal(refused.value.key, refused.value.values)
    assert said is not None and "välj karin för att arbeta som den kodaren" in said
