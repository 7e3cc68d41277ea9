"""Every write leaves one audit entry naming the person who acted (issue 11 item 5)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook


def _audit(project: Path) -> list[dict[str, object]]:
    with Project.open(project) as p:
        return [{"actor": e.actor, "action": e.action} for e in p.audit()]


def test_each_write_command_leaves_one_entry_by_its_actor(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    with Project.create(project) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("lena", role="lead")
    (tmp_path / "aby_01.txt").write_text(SV_TEXT, encoding="utf-8")
    runner = CliRunner()
    steps: list[tuple[str, list[str]]] = [
        ("lena", ["import", str(tmp_path / "aby_01.txt"), "--lang", "sv"]),
        ("lena", ["coder", "add", "johan"]),
        ("lena", ["codebook", "add", "workload", "--name-en", "Workload"]),
        ("lena", ["codebook", "edit", "workload", "--name-sv", "Arbetsbörda"]),
        ("karin", ["code", "add", "--doc", "aby_01", "--start", "0", "--end", "20",
                   "--code", "integration"]),
        ("karin", ["status", "aby_01", "done"]),
        ("karin", ["memo", "add", "a thought", "--doc", "aby_01"]),
        ("lena", ["codebook", "delete", "workload"]),
        ("lena", ["team", "unblind"]),
    ]  # fmt: skip
    for who, args in steps:
        before = _audit(project)
        result = runner.invoke(app, ["-p", str(project), *args], env={"QUALCODE_CODER": who})
        assert result.exit_code == 0, (args, result.output)
        after = _audit(project)
        assert len(after) == len(before) + 1, (args, after[len(before) :])
        assert after[-1]["actor"] == who, (args, after[-1])
    removed = json.loads(
        runner.invoke(
            app, ["-p", str(project), "code", "list", "-f", "json"], env={"QUALCODE_CODER": "karin"}
        ).stdout
    )[0]["id"]
    before = len(_audit(project))
    runner.invoke(
        app, ["-p", str(project), "code", "remove", removed], env={"QUALCODE_CODER": "karin"}
    )
    after = _audit(project)
    assert len(after) == before + 1 and after[-1] == {"actor": "karin", "action": "coding.remove"}
