"""An option given twice on the command line (red team, round 9).

click keeps the last value of an option given twice and says nothing. ``code add --code
integration --code mission_dialogue`` coded the passage once, with the second code, where
the user expected two codings; ``memo add --doc a --doc b`` put the memo on b alone;
``export codings -o a.csv -o b.csv`` wrote b.csv only; ``--coder`` twice acted as the
second. Each is refused in one line, nothing written. Options meant to be repeated
(``import --attr``) still are, and a flag given twice is let be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT
from tests.hostile.hostile_kit import refused_here, small_team


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    small_team(path)
    return path


TWICE = {
    "code": ["code", "add", "--doc", "aby_01.txt", "--start", "10", "--end", "20",
             "--code", "integration", "--code", "mission_dialogue"],
    "doc": ["memo", "add", "a thought", "--doc", "aby_01.txt", "--doc", "aby_01.txt"],
    "output": ["export", "codings", "-o", "a.csv", "-o", "b.csv"],
    "coder": ["--coder", "lena", "--coder", "karin", "code", "list"],
    "format": ["code", "list", "-f", "json", "--format", "csv"],
}  # fmt: skip


@pytest.mark.parametrize("args", list(TWICE.values()), ids=list(TWICE))
def test_an_option_given_twice_is_refused(
    project: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.parent)
    message = refused_here(project, *args, coder="karin")
    assert "more than once" in message
    assert not (project.parent / "a.csv").exists() and not (project.parent / "b.csv").exists()


def test_a_repeatable_option_and_a_repeated_flag_still_work(project: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    text = tmp_path / "ip2.txt"
    text.write_text(SV_TEXT + "\nR: En andra intervju.\n", encoding="utf-8")
    runner = CliRunner(env={"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"})
    done = runner.invoke(
        app,
        ["-p", str(project), "import", str(text), "--lang", "sv",
         "--attr", "municipality=Åby", "--attr", "role=chef"],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    out = tmp_path / "c.csv"
    out.write_text("old")
    again = runner.invoke(
        app, ["-p", str(project), "export", "codings", "-o", str(out), "--force", "--force"]
    )
    assert again.exit_code == 0, again.output
    with Project.open(project) as p:
        attributes = {d.name: d.attributes for d in p.documents()}
    assert attributes["ip2.txt"] == {"municipality": "Åby", "role": "chef"}
