"""Only the demo builder marks a demo (red team, round 6).

`qualcode demo` replaces a file only when it carries the demo's mark, and
``Project.mark_demo`` set that mark on any project it was called on. karin, a coder,
opened the team's study from Python and marked it; the next `qualcode demo` aimed at it
(``--target``) deleted the study and built the demo in its
place. Now only a project the same object has just created is marked.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook


def test_an_existing_study_is_never_marked_as_the_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    study = tmp_path / "study.db"
    with Project.create(study) as made:
        made.apply_codebook(small_codebook())
        made.add_coder("karin")
        made.import_text("aby_01.txt", SV_TEXT, lang="sv")
    before = hashlib.sha256(study.read_bytes()).hexdigest()
    with Project.open(study) as karin, pytest.raises(QualcodeError, match="never is"):
        karin.mark_demo()
    assert not Project.is_demo_file(study)
    env = {"QUALCODE_SEMANTIC": "off"}
    result = CliRunner().invoke(app, ["demo", "--no-tui", "--target", str(study)], env=env)
    assert result.exit_code == 1 and "never replaced" in result.stderr, result.output
    assert hashlib.sha256(study.read_bytes()).hexdigest() == before


def test_a_project_just_created_is_marked(tmp_path: Path) -> None:
    with Project.create(tmp_path / "demo.db") as made:
        made.mark_demo()
    assert Project.is_demo_file(tmp_path / "demo.db")
