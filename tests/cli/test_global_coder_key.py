"""`qualcode --coder lena pseudonym list` names who acts as every command does (helper
"pseudo"): the pseudonym commands and `code pin/translate/translations` passed their own
--coder option on to the service, which is empty when the name came before the command,
so the lead was told 'the pseudonym key is for the lead only; pass --coder LEAD' and a
translator 'say who translates with --coder NAME'. They now ask the project who acts."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import team_project

runner = CliRunner(env={"QUALCODE_CODER": None})


def test_the_name_before_the_command_reaches_the_key(tmp_path: Path) -> None:
    made, doc = team_project(tmp_path / "p.db")
    made.act_as("lena", "lena")
    made.set_pseudonym("Anna", "IP1", "lena")
    made.act_as("karin", "karin")
    coding = made.add_coding(doc, 3, 30, "mission", "karin").id
    made.close()
    project = str(tmp_path / "p.db")
    listed = runner.invoke(app, ["-p", project, "--coder", "lena", "pseudonym", "list"])
    assert listed.exit_code == 0, listed.output
    assert "IP1" in listed.stdout
    added = runner.invoke(
        app, ["-p", project, "--coder", "lena", "pseudonym", "set", "Bo", "IP2", "--kind", "person"]
    )
    assert added.exit_code == 0, added.output
    args = ["code", "translate", coding[:8], "--lang", "en", "--text", "We talked about it"]
    translated = runner.invoke(app, ["-p", project, "--coder", "karin", *args])
    assert translated.exit_code == 0, translated.output


def test_a_coder_named_before_the_command_is_still_refused(tmp_path: Path) -> None:
    team_project(tmp_path / "p.db")[0].close()
    refused = runner.invoke(
        app, ["-p", str(tmp_path / "p.db"), "--coder", "karin", "pseudonym", "list"]
    )
    assert refused.exit_code == 1
    assert refused.stderr == (
        "error: pseudonym list: karin is not a lead; the pseudonym key is for the lead only\n"
    )
