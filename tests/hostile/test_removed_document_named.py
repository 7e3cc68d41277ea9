"""A document taken out of the project, named where a document is asked for (`--docs`,
`--doc`, a script written before it was removed), is said to be removed, with where to
see it: "no document 'aby_03'" sent the user to look for a typing mistake in a right name.
A name that never was stays "no document"."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import team_project

runner = CliRunner(env={"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"})


@pytest.mark.parametrize(
    "command",
    [
        ["agree", "--docs"],
        ["export", "summary", "--layer", "coder", "-o", "s.md", "--docs"],
        ["code", "list", "--doc"],
        ["docs", "show"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
@pytest.mark.parametrize("named", ["ip1", "ip1.txt"])
def test_a_removed_document_is_said_to_be_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], named: str
) -> None:
    monkeypatch.chdir(tmp_path)
    project, doc = team_project(tmp_path / "p.db")
    with project:
        project.act_as("lena")
        project.remove_document(doc, "imported twice", "lena")
    result = runner.invoke(app, ["-p", str(tmp_path / "p.db"), *command, named])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: document '{named}' was removed from the project "
        "(see `qualcode docs list --removed`)\n"
    )
    never = runner.invoke(app, ["-p", str(tmp_path / "p.db"), *command, "ip9"])
    assert never.stderr.startswith("error: no document 'ip9'")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("p.db")) == []


def test_a_removed_document_named_by_its_shown_id_or_a_prefix_is_said_to_be_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`docs remove` prints the document's 8-character id ('id 78cdcd72') as every listing
    does, and `docs restore` takes it; named so (or by a name's prefix, as a live one is
    found), the removed document was "no document" all the same."""
    monkeypatch.chdir(tmp_path)
    project, doc = team_project(tmp_path / "p.db")
    with project:
        project.act_as("lena")
        project.remove_document(doc, "imported twice", "lena")
    for named in (doc[:8], doc[:4], "ip"):
        result = runner.invoke(app, ["-p", str(tmp_path / "p.db"), "docs", "show", named])
        assert result.exit_code == 1
        assert result.stderr == (
            f"error: document '{named}' was removed from the project "
            "(see `qualcode docs list --removed`)\n"
        ), named
    for never in (doc[:3], "", "iq"):  # too short an id, nothing, no name begins so
        said = runner.invoke(app, ["-p", str(tmp_path / "p.db"), "docs", "show", never])
        assert said.stderr.startswith(f"error: no document '{never}'"), (never, said.stderr)
