"""A list option given but naming nothing (``--docs ""``, ``--docs ,``) is refused in one
line. It was read as not given: a script's empty variable (``--docs "$DOCS"``) made
`agree` report every document, and `reconcile confirm --docs ""` confirmed the coders'
agreements of every document into the consensus, a write nobody asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import SettingError
from qualcode.project.scope import named_list
from tests.conftest import finish_first_unit, team_project

runner = CliRunner(env={"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"})

COMMANDS = [
    ["agree", "--coders"],
    ["agree", "--codes"],
    ["agree", "--docs"],
    ["reconcile", "list", "--coders"],
    ["reconcile", "list", "--docs"],
    ["reconcile", "list", "--code"],
    ["reconcile", "list", "--kind"],
    ["reconcile", "confirm", "--docs"],
    ["reconcile", "confirm", "--coders"],
    ["export", "summary", "--layer", "coder", "-o", "s.md", "--docs"],
    ["export", "summary", "--layer", "coder", "-o", "s.md", "--coders"],
    ["export", "summary", "--layer", "coder", "-o", "s.md", "--codes"],
    ["reconcile", "agenda", "-o", "a.md", "--docs"],
    # listed every document's codings, or no split at all (review33)
    ["code", "list", "--doc"],
    ["report", "frequencies", "--by"],
]


@pytest.fixture(scope="module")
def agreed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """karin and johan coded the document's first unit alike and finished it: one
    agreement the lead could confirm into the consensus."""
    path = tmp_path_factory.mktemp("nothing") / "p.db"
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, ("karin", "johan"))
    return path


@pytest.mark.parametrize("value", ["", ",", " , "])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2] + c[-1:]))
def test_a_list_naming_nothing_is_refused(
    agreed: Path, tmp_path: Path, command: list[str], value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["-p", str(agreed), *command, value])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{command[-1]} names nothing" in lines[0], result.stderr
    assert list(tmp_path.iterdir()) == []  # no summary or agenda written
    with Project.open(agreed) as project:
        project.act_as("lena")
        assert project.frames(layer="consensus")["codings"].empty  # nothing confirmed


def test_the_rule_is_the_services() -> None:
    assert named_list(None, "docs") is None
    assert named_list(" aby_01 ,, ip1 ", "docs") == ["aby_01", "ip1"]
    for nothing in ("", ",", " ,\t, "):
        with pytest.raises(SettingError) as raised:
            named_list(nothing, "docs")
        assert raised.value.worded("--docs").startswith("--docs names nothing")


def test_naming_the_document_still_confirms(agreed: Path, tmp_path: Path) -> None:
    """The refusal is for a value naming nothing: the same command naming the document
    confirms its agreement."""
    copy = tmp_path / "copy.db"
    copy.write_bytes(agreed.read_bytes())
    result = runner.invoke(app, ["-p", str(copy), "reconcile", "confirm", "--docs", "ip1"])
    assert result.exit_code == 0, result.output
    with Project.open(copy) as project:
        project.act_as("lena")
        assert len(project.frames(layer="consensus")["codings"]) == 1
