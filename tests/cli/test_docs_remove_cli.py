"""`qualcode docs remove/restore` and `docs list --removed` end to end: the lead takes out
an English interview imported as Swedish (eyes13), imports the same file again with the
right --lang, and a coder is refused both acts."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app

# short enough that the import's plain-language check lets --lang sv through
ENGLISH = "I: And the budget?\n\nR: Cut twice, last spring.\n"


def run(project: Path, who: str, *args: str, code: int = 0) -> str:
    result = CliRunner(env={"QUALCODE_CODER": who}).invoke(app, ["-p", str(project), *args])
    assert result.exit_code == code, result.output + result.stderr
    return result.stdout + result.stderr


def test_lead_removes_reimports_and_restores(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    source = tmp_path / "eng_01.txt"
    source.write_text(ENGLISH, encoding="utf-8")
    run(project, "lena", "init")
    run(project, "lena", "coder", "add", "lena", "--role", "lead")
    run(project, "lena", "coder", "add", "karin")
    run(project, "lena", "import", str(source), "--lang", "sv")
    refused = run(project, "karin", "docs", "remove", "eng_01", "--reason", "x", code=1)
    assert "karin is not a lead; only a lead may remove a document" in refused
    said = run(project, "lena", "docs", "remove", "eng_01", "--reason", "English, not Swedish")
    assert "removed eng_01.txt" in said and "qualcode docs restore" in said
    assert json.loads(run(project, "lena", "docs", "list", "-f", "json")) == []
    removed = json.loads(run(project, "lena", "docs", "list", "--removed", "-f", "json"))
    assert [(d["name"], d["lang"]) for d in removed] == [("eng_01.txt", "sv")]
    run(project, "lena", "import", str(source), "--lang", "en")
    live = json.loads(run(project, "lena", "docs", "list", "-f", "json"))
    assert [(d["name"], d["lang"]) for d in live] == [("eng_01.txt", "en")]
    blocked = run(project, "lena", "docs", "restore", "eng_01", code=1)
    assert "imported since; remove it first" in blocked
    run(project, "karin", "docs", "restore", "eng_01", code=1)
    run(project, "lena", "docs", "remove", live[0]["id"], "--reason", "back to the first")
    assert "restored eng_01.txt" in run(project, "lena", "docs", "restore", removed[0]["id"])
    back = json.loads(run(project, "lena", "docs", "list", "-f", "json"))
    assert [(d["id"], d["lang"]) for d in back] == [(removed[0]["id"], "sv")]
