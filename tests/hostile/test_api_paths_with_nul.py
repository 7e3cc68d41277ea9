"""A path holding a NUL character, given through the Python API, is refused in one line.

No file name can hold a NUL, and no terminal argument can carry one, but a Python user's
code can build such a path (a name read from a C string, a byte field cut short). Given to
``Project.create``, ``Project.open``, ``import_files`` or ``load_codebook`` it raised
Python's bare ``ValueError: embedded null byte``; now qualcode's own error says it in one
line, as it says a missing file, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import CodebookError, ProjectError
from tests.hostile.hostile_kit import counts, small_team

NUL = "names no file"


@pytest.mark.parametrize("how", ["create", "open"])
def test_a_project_path_with_a_nul_is_refused(tmp_path: Path, how: str) -> None:
    path = tmp_path / "stu\0dy.db"
    with pytest.raises(ProjectError, match=NUL) as refused:
        getattr(Project, how)(path)
    assert len(str(refused.value).splitlines()) == 1
    assert "\\x00" in str(refused.value)  # shown, not sent to the terminal
    assert list(tmp_path.iterdir()) == []


def test_an_import_path_with_a_nul_is_one_failure_among_the_files(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    small_team(path)
    good = tmp_path / "ip2.txt"
    good.write_text("I: Hur började du?\nR: Jag läste om det i tidningen.\n", encoding="utf-8")
    with Project.open(path) as p:
        p.act_as("lena")
        report = p.import_files([str(tmp_path / "ip1\0.txt"), good], lang="sv")
    assert [s.name for s in report.imported] == ["ip2.txt"]
    [(name, why)] = report.failed
    assert name == "ip1\0.txt" and NUL in why and len(why.splitlines()) == 1, why


def test_a_codebook_path_with_a_nul_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    small_team(path)
    before = counts(path)
    with Project.open(path) as p:
        p.act_as("lena")
        with pytest.raises(CodebookError, match=NUL):
            p.load_codebook(tmp_path / "codes\0.yaml")
    assert counts(path) == before
