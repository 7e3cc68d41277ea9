"""`memo add` on the CLI wrote memos on a whole document only: a note on a passage not yet
coded (the TUI's memo on a selection) lost where it was about. --start and --end make it a
memo on that passage; the service's rules hold (inside the document, only on a document)."""

from __future__ import annotations

import json
from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import cli_run
from tests.conftest import SV_TEXT, small_codebook


def test_a_memo_on_a_passage_from_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    start = SV_TEXT.index("Politikerna")
    where = ["--doc", "aby_01", "--start", str(start), "--end", str(start + 11)]
    code, _, said = cli_run(path, "karin", "memo", "add", "Vem bestämmer?", *where)
    assert code == 0, said
    memos = json.loads(cli_run(path, "karin", "memo", "list", "-f", "json")[1])
    assert [(m["start"], m["end"], m["passage"]) for m in memos] == [
        (start, start + 11, "Politikerna")
    ]
    code, _, said = cli_run(path, "karin", "memo", "add", "x", "--doc", "aby_01", "--start", "3")
    assert code == 1 and said == "error: a memo's passage needs both --start and --end\n"
    code, _, said = cli_run(path, "karin", "memo", "add", "x", "--code", "integration", *where[2:])
    assert code == 1 and "only a memo on a document" in said
    assert len(json.loads(cli_run(path, "karin", "memo", "list", "-f", "json")[1])) == 1
