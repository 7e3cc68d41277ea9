"""`qualcode`, `qualcode tui`: options are checked, and a broken keymap file is one clear
line, before the terminal UI takes over the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

runner = CliRunner()


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    Project.create(path).close()
    return path


@pytest.mark.parametrize("command", [[], ["tui"]])
def test_unknown_interface_language(project_file: Path, command: list[str]) -> None:
    result = runner.invoke(app, ["-p", str(project_file), *command, "--ui-lang", "fi"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: --ui-lang 'fi': use sv or en"


def test_broken_keymap_file_is_named(project_file: Path, tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[coding]\nundo = "z"\nundo = "y"\n', encoding="utf-8")  # a duplicate key
    result = runner.invoke(app, ["-p", str(project_file), "tui"], env={"QUALCODE_KEYS": str(keys)})
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith(f"error: {keys}: not a valid TOML keymap") and "\n" not in line


def test_missing_keymap_file_named_by_the_variable(project_file: Path, tmp_path: Path) -> None:
    gone = tmp_path / "nowhere.toml"
    result = runner.invoke(app, ["-p", str(project_file)], env={"QUALCODE_KEYS": str(gone)})
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {gone}: keymap file not found (from $QUALCODE_KEYS)"
