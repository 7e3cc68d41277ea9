"""A team is read alike wherever it is typed: commas or semicolons part its names. A new
coder's name with a semicolon is refused because `--coders` and `--with` part names on it,
yet both read only commas: `agree --coders "lena;karin"` said "unknown coder
'lena;karin'" (redteam40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import ValidationError
from qualcode.project.scope import named_list, typed_names
from tests.cli.cli_kit import lead_project, ok


@pytest.mark.parametrize("setting", ["coders", "with"])
def test_the_team_settings_part_names_on_semicolons_as_the_tui_does(setting: str) -> None:
    assert named_list("lena; karin,omar", setting) == ["lena", "karin", "omar"]
    assert named_list("lena; karin,omar", setting) == list(typed_names("lena; karin,omar"))
    with pytest.raises(ValidationError):
        named_list(" ; ", setting)  # names nothing: refused, not read as the default team


def test_a_document_s_name_may_hold_a_semicolon() -> None:
    assert named_list("möte; del 1,aby_02", "docs") == ["möte; del 1", "aby_02"]


def test_agree_counts_a_team_parted_by_a_semicolon(tmp_path: Path) -> None:
    project = lead_project(tmp_path, "karin")
    assert "Counted: 2 coders (lena, karin)" in ok(project, "agree", "--coders", "lena;karin")
