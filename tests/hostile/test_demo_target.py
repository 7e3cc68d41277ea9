"""Claim 3 (red team): `qualcode demo` replaces only an earlier demo.

It used to delete whatever stood at its target: with ``$QUALCODE_PROJECT=study.db`` set
(as the README tour does) a plain ``qualcode demo`` removed the study and built the demo in
its place; ``--target notes.csv`` replaced a user's file. Now a file that is not a demo
built by qualcode is refused in one line, byte for byte untouched; an earlier demo is
still rebuilt.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook

runner = CliRunner()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(result) -> str:  # type: ignore[no-untyped-def]  # a click Result
    assert result.exit_code == 1, (result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: "), result.stderr
    return result.stderr


def _study(path: Path) -> Path:
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        project.add_coding(doc, 30, 80, "mission_dialogue", "karin")
    return path


def test_a_study_named_by_the_environment_is_never_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    study = _study(tmp_path / "study.db")
    before = _digest(study)
    monkeypatch.chdir(tmp_path)
    # $QUALCODE_PROJECT names the study the tour works on; the demo goes beside it under its
    # own name, and named with -p (the study itself) it is refused
    result = runner.invoke(app, ["demo", "--no-tui"], env={"QUALCODE_PROJECT": str(study)})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "qualcode-demo.db").exists()
    assert _digest(study) == before
    result = runner.invoke(app, ["-p", str(study), "demo", "--no-tui"])
    assert "not a qualcode demo" in _refused(result)
    assert _digest(study) == before
    with Project.open(study) as project:
        assert [d.name for d in project.documents()] == ["aby_01.txt"]


def test_a_users_file_is_never_replaced(tmp_path: Path) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("my,own\nwork,here\n", encoding="utf-8")
    link = tmp_path / "link.db"
    link.symlink_to(notes)
    for target in (notes, link):
        result = runner.invoke(app, ["demo", "--no-tui", "--target", str(target)])
        _refused(result)
    assert notes.read_text(encoding="utf-8") == "my,own\nwork,here\n"
    assert link.is_symlink()


def test_an_earlier_demo_is_rebuilt(tmp_path: Path) -> None:
    target = tmp_path / "demo.db"
    for _ in range(2):
        result = runner.invoke(app, ["demo", "--no-tui", "--target", str(target)])
        assert result.exit_code == 0, result.output
    assert Project.is_demo_file(target)
    assert not Project.is_demo_file(_study(tmp_path / "s.db"))
