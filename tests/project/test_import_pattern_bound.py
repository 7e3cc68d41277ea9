"""A typed pattern is expanded within a bound (redteam40: ``/*/*/*/*/*/*/*.txt`` in the
TUI's import prompt walked the disk for 16 s with the screen frozen, then offered 58,066
files); the CLI's quoted pattern and the notebook's call read it by the same rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.project import file_patterns
from qualcode.tui.catalog import Catalog
from qualcode.tui.screens.doc_import import typed_paths
from tests.cli.cli_kit import fails, lead_project, ok
from tests.conftest import SV_TEXT


def _tree(root: Path, folders: int) -> None:
    """``folders`` folders under ``root``, each holding one transcript of its own."""
    for n in range(folders):
        (root / f"f{n}").mkdir(parents=True)
        (root / f"f{n}" / f"ip{n}.txt").write_text(f"{SV_TEXT}\nR: Nummer {n}.\n", "utf-8")


def test_a_pattern_reaching_too_many_folders_is_refused_in_the_tui_s_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, 6)
    monkeypatch.setattr(file_patterns, "MAX_FOLDERS", 4)
    with pytest.raises(ValidationError) as refused:
        typed_paths(f"{tmp_path}/*/*.txt", Catalog("sv"))
    assert str(refused.value).endswith(
        "reaches into more than 4 folders; name the folder the transcripts are in "
        "(such as ~/intervjuer/*.docx)"
    )
    assert refused.value.key == "import_pattern_folders"
    said = Catalog("sv").refusal(refused.value.key, refused.value.values)
    assert said is not None and "fler än 4 mappar" in said
    monkeypatch.setattr(file_patterns, "MAX_FOLDERS", 7)  # tmp_path and its 6: all found
    assert [p.name for p in typed_paths(f"{tmp_path}/*/*.txt", Catalog("en"))] == [
        f"ip{n}.txt" for n in range(6)
    ]


def test_a_pattern_naming_too_many_files_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, 3)
    monkeypatch.setattr(file_patterns, "MAX_FILES", 2)
    with pytest.raises(ValidationError, match="names more than 2 files"):
        file_patterns.pattern_files(f"{tmp_path}/*/*")
    assert len(file_patterns.pattern_files(f"{tmp_path}/f1/*")) == 1


def test_the_cli_imports_a_quoted_pattern_by_the_same_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path / "in", 3)
    project = lead_project(tmp_path, "karin")
    monkeypatch.setattr(file_patterns, "MAX_FOLDERS", 2)
    said = fails(project, "import", f"{tmp_path}/in/*/*.txt")  # nothing read, nothing in
    assert said.endswith(
        "reaches into more than 2 folders; name the folder the transcripts "
        "are in (such as ~/intervjuer/*.docx)"
    )
    with Project.open(project) as opened:
        assert opened.documents() == []
    monkeypatch.setattr(file_patterns, "MAX_FOLDERS", 4)  # in/ and its three folders
    printed = ok(project, "import", "--lang", "sv", f"{tmp_path}/in/*/*.txt")
    assert all(f"ip{n}.txt" in printed for n in range(3))
