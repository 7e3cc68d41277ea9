"""`suggest DOC --ranked` in a table cut a long document name at 24 characters, so
"hollowby_workforce_plan.txt" read "hollowby_workforce_plan." as if the name ended there;
it gives up the middle, keeping the start and the suffix."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook

NAME = "storbrunn_handlingsplan_arbetsmiljo.txt"


def test_a_long_document_name_keeps_its_start_and_suffix(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.import_text(NAME, SV_TEXT, lang="sv")
    got = CliRunner().invoke(
        app,
        ["-p", str(path), "suggest", NAME, "--ranked", "--limit", "50"],
        env={"QUALCODE_CODER": "karin", "QUALCODE_SEMANTIC": "off"},
    )
    assert got.exit_code == 0, got.output
    lines = got.stdout.splitlines()
    assert lines[0].split()[:4] == ["doc", "start", "end", "code"], got.stdout
    shown = {line.split()[0] for line in lines[2:] if line.strip()}
    assert shown == {"storbrunn_h…etsmiljo.txt"}  # 24 characters, the suffix kept
