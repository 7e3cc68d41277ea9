"""`memo list` said "document" for a memo on a passage, as if it were about the whole
transcript, and its CSV held neither ids, targets nor spans (only the table's columns),
so a script exporting memos for a paper could not tell what a memo was about."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook


def _memo_list(path: Path, fmt: str) -> str:
    got = CliRunner().invoke(
        app, ["-p", str(path), "memo", "list", "-f", fmt], env={"QUALCODE_CODER": "karin"}
    )
    assert got.exit_code == 0, got.output
    return got.stdout


def test_a_passage_memo_is_listed_as_one(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        start = SV_TEXT.index("Politikerna")
        project.add_memo("document", doc, "karin", "Vem bestämmer?", span=(start, start + 11))
        project.add_memo("document", doc, "karin", "En lugn intervju")
    table = _memo_list(path, "table")
    cells = {
        row[-1]: row for row in (re.split(r"\s{2,}", line.strip()) for line in table.splitlines())
    }
    assert cells["Vem bestämmer?"][2] == f"passage {start}-{start + 11}"
    assert cells["En lugn intervju"][2] == "document"
    rows = list(csv.DictReader(io.StringIO(_memo_list(path, "csv").removeprefix("\ufeff"))))
    assert [(r["target_kind"], r["target"], r["start"], r["end"]) for r in rows] == [
        ("document", doc, str(start), str(start + 11)),
        ("document", doc, "", ""),
    ]
    assert all(r["id"] for r in rows)
    every = json.loads(_memo_list(path, "json"))
    assert [(m["start"], m["end"]) for m in every] == [(start, start + 11), (None, None)]
