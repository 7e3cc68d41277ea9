"""A memo's target given empty is refused, not taken as the project.

`memo add TEXT --doc "$DOC"` with an empty variable wrote the memo on the project (the
option was read as not given), where nobody looking at the document would find it; the
same for --coding and --code. And `memo list --doc ""` listed every memo (red team 39)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import refused_here, small_team


@pytest.mark.parametrize("option", ["--doc", "--coding", "--code"])
def test_memo_add_on_a_target_named_empty(tmp_path: Path, option: str) -> None:
    small_team(tmp_path / "p.db")
    said = refused_here(tmp_path / "p.db", "memo", "add", "tankar", option, "", coder="karin")
    assert "names nothing" in said or "names none" in said, said


def test_memo_list_of_a_document_named_empty(tmp_path: Path) -> None:
    doc = small_team(tmp_path / "p.db")
    with Project.open(tmp_path / "p.db") as project:
        project.add_memo("document", doc, "karin", "om dokumentet")
    refused_here(tmp_path / "p.db", "memo", "list", "--doc", "", coder="karin")


def test_the_service_refuses_a_blank_target(tmp_path: Path) -> None:
    small_team(tmp_path / "p.db")
    with Project.open(tmp_path / "p.db") as project:
        with pytest.raises(ValidationError, match="names none"):
            project.add_memo("document", "  ", "karin", "tankar")
        assert project.memos() == []
