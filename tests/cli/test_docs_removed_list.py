"""`qualcode docs list --removed` says when, by whom and why each document was taken out:
a lead deciding whether to restore one had only its name, language and attributes, and the
reason she gave sat in the audit log (eyes14)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app


def run(project: Path, who: str, *args: str) -> str:
    result = CliRunner(env={"QUALCODE_CODER": who}).invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def test_removed_list_names_when_who_and_why(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    for name, text in (("plan.txt", "I: Och budgeten?\n\nR: Den skars ned.\n"),):
        (tmp_path / name).write_text(text, encoding="utf-8")
    run(project, "lena", "init")
    run(project, "lena", "coder", "add", "lena", "--role", "lead")
    run(project, "lena", "import", str(tmp_path / "plan.txt"), "--lang", "sv")
    run(project, "lena", "docs", "remove", "plan", "--reason", "hör inte till studien")
    run(project, "lena", "docs", "restore", "plan")
    run(project, "lena", "docs", "remove", "plan", "--reason", "fel kommun")
    listed = json.loads(run(project, "lena", "docs", "list", "--removed", "-f", "json"))
    assert [(d["name"], d["removed_by"], d["reason"]) for d in listed] == [
        ("plan.txt", "lena", "fel kommun")  # the latest removal, not the first
    ]
    assert listed[0]["removed_at"] > listed[0]["imported_at"]
    table = run(project, "lena", "docs", "list", "--removed").splitlines()
    assert table[0].split()[:5] == ["id", "name", "removed_at", "removed_by", "reason"]
    assert "fel kommun" in table[2] and listed[0]["removed_at"][:10] in table[2]
    live = run(project, "lena", "docs", "list").splitlines()[0]
    assert "reason" not in live  # the live list is as it was
