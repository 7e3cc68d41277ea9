"""A folder with no name of its own ('.', '/') named to import is refused in a line that
names it: it read "error: : .: is a folder; name its files instead", the file's name in
front of the message empty (red team 39)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.hostile_kit import refused_here, small_team


@pytest.mark.parametrize("folder", [".", "/"])
def test_a_nameless_folder_is_named_in_its_refusal(tmp_path: Path, folder: str) -> None:
    small_team(tmp_path / "p.db")
    said = refused_here(tmp_path / "p.db", "import", folder, "--lang", "sv", coder="lena")
    assert f"error: {folder}: is a folder" in said, said
    assert "error: : " not in said
