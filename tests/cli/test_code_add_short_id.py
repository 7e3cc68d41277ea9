"""`code add` printed the new coding's whole 36-character id and its passage over as many
lines as it ran, while `code list` beside it shows the 8-character id every command takes
(`code remove 3f2a9c1e`): a new coder took them for two different codings. The table now
shows what `code list` shows; --format json keeps the whole id."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook


def test_code_add_shows_the_id_code_list_shows(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        length = len(project.document(doc).text)
    runner = CliRunner(env={"QUALCODE_CODER": "karin"})
    base = ["-p", str(path), "code", "add", "--doc", "aby_01", "--start", "0"]
    got = runner.invoke(app, [*base, "--end", str(length), "--code", "integration"])
    assert got.exit_code == 0, got.output
    row = got.stdout.splitlines()[2]
    listed = runner.invoke(app, ["-p", str(path), "code", "list"])
    assert row.split()[0] == listed.stdout.splitlines()[2].split()[0]
    assert len(row.split()[0]) == 8 and row.endswith("…")
    whole = runner.invoke(app, [*base, "--end", "20", "--code", "integration", "-f", "json"])
    assert len(json.loads(whole.stdout)[0]["id"]) == 36
