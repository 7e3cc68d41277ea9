"""`qualcode codebook add|edit|move|delete` on a real project file: rows, audit, errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import small_codebook

runner = CliRunner()


def run(project: Path, *args: str, ok: bool = True) -> str:
    result = runner.invoke(app, ["-p", str(project), "codebook", *args])
    assert result.exit_code == (0 if ok else 1), result.output + result.stderr
    return result.stderr


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "cb.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
    return path


def test_add_edit_move_delete(tmp_path: Path) -> None:
    path = _project(tmp_path)
    run(path, "add", "workload", "--parent", "integration", "--name-en", "Workload")
    run(
        path,
        "edit",
        "workload",
        "--name-sv",
        "Arbetsbörda",
        "--keywords-sv",
        "ärendemängd, belastning",
        "--example-en",
        "Too many cases.",
        "--example-en",
        "We drown.",
        "--shortcut",
        "w",
    )
    run(path, "move", "workload", "mission_dialogue")
    with Project.open(path) as project:
        code = project.code("workload")
        assert code.names == {"en": "Workload", "sv": "Arbetsbörda"}
        assert code.keywords == {"sv": ("ärendemängd", "belastning")}
        assert code.examples == {"en": ("Too many cases.", "We drown.")}
        assert code.shortcut == "w"
        assert code.parent_id == project.code("mission_dialogue").id
    run(path, "move", "workload")
    run(path, "delete", "workload")
    with Project.open(path) as project:
        assert "workload" not in [c.key for c in project.codebook()]
        actions = [e.action for e in project.audit()]
    assert actions[-5:] == ["code.add", "code.edit", "code.move", "code.move", "code.delete"]


def test_refusals_are_one_line_naming_code_and_field(tmp_path: Path) -> None:
    path = _project(tmp_path)
    err = run(path, "add", "integration", "--name-en", "Again", ok=False)
    assert (
        err.strip() == "error: code 'integration': field 'key': a code 'integration' already exists"
    )
    err = run(path, "edit", "caseload", "--color", "blue", ok=False)
    assert "code 'caseload': field 'color'" in err and err.count("\n") == 1
    err = run(path, "move", "integration", "caseload", ok=False)
    assert "code 'integration': field 'parent'" in err and "cycle" in err
    err = run(path, "edit", "caseload", ok=False)
    assert "nothing to change" in err
