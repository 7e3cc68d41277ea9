"""`memo list` said a memo was on a 'code' or a 'coding' and no more: a coder listing her
memos after a session read "code | tak på femton: ett systemgrepp?" without the code's
name, and a coding's memo without its document or words. The table now says what each
memo is about, and the JSON and CSV carry the document, the code and the passage."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook


def _listed(path: Path, fmt: str) -> str:
    got = CliRunner().invoke(
        app, ["-p", str(path), "memo", "list", "-f", fmt], env={"QUALCODE_CODER": "karin"}
    )
    assert got.exit_code == 0, got.output
    return got.stdout


def _project(path: Path) -> tuple[str, str]:
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        start = SV_TEXT.index("Politikerna")
        coding = project.add_coding(doc, start, start + 11, "mission_dialogue", "karin")
        project.add_memo("coding", coding.id, "karin", "Vem bestämmer?")
        project.add_memo("code", "integration", "karin", "tak på femton")
        project.add_memo("document", doc, "karin", "En lugn intervju")
    return doc, SV_TEXT[start : start + 11]


def test_the_table_says_what_each_memo_is_about(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _, words = _project(path)
    lines = {line.rsplit("  ", 1)[-1].strip(): line for line in _listed(path, "table").splitlines()}
    assert f"mission_dialogue in aby_01.txt: {words}" in lines["Vem bestämmer?"]
    assert "integration" in lines["tak på femton"]
    assert "aby_01.txt" in lines["En lugn intervju"]


def test_json_names_the_document_code_and_passage(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc, words = _project(path)
    memos = {m["text"]: m for m in json.loads(_listed(path, "json"))}
    on_coding = memos["Vem bestämmer?"]
    assert (on_coding["document"], on_coding["code"]) == ("aby_01.txt", "mission_dialogue")
    assert on_coding["passage"] == words
    assert memos["tak på femton"]["code"] == "integration"
    assert memos["En lugn intervju"]["document"] == "aby_01.txt"
    assert memos["En lugn intervju"]["target"] == doc
