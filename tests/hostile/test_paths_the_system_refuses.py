"""Paths the operating system cannot look up at all (red team 32): a file name longer than
the disk allows (255 bytes on most) and a symbolic link that leads back to itself. An
export, a handout, 'init' or any command's -p named so ended in a Python traceback
('OSError: [Errno 36] File name too long', 'RuntimeError: Symlink loop'); each is one line
now, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import OutputError, ProjectError
from tests.hostile.hostile_kit import team_file

LONG = "a" * 300


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return team_file(tmp_path / "p.db")


@pytest.mark.parametrize("name", [f"{LONG}.csv", f"{LONG}/x.csv", "loop.csv", "loops/x.csv"])
def test_an_export_to_a_name_no_disk_takes(project: Path, name: str) -> None:
    folder = project.parent
    (folder / "loop.csv").symlink_to("loop.csv")
    (folder / "loop.db").symlink_to("loop.db")
    (folder / "loops").symlink_to("loops")
    with Project.open(project) as p:
        lead = p.act_as("lena", "lena")
        with pytest.raises(OutputError) as raised:
            lead.export_codings(folder / name)
        with pytest.raises(OutputError):
            lead.handout("karin", folder / name.replace(".csv", ".db"))
    said = str(raised.value)
    assert "\n" not in said and len(said) < 300
    assert "too long" in said or "leads back to itself" in said


@pytest.mark.parametrize("command", [["init"], ["docs", "list"]])
def test_a_project_under_a_name_no_disk_takes(tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / f"{LONG}.db"
    with pytest.raises(ProjectError, match="too long"):
        Project.create(target) if command == ["init"] else Project.open(target)
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(target), *command])
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and result.output.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_the_cli_says_a_loop_in_one_line(project: Path) -> None:
    (project.parent / "loop.csv").symlink_to("loop.csv")
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(project), "export", "codings", "-o", str(project.parent / "loop.csv")]
    )
    assert result.exit_code == 1
    assert "leads back to itself" in result.output and result.output.count("\n") == 1
