"""A file or a link made at an export's target while the export is written is not replaced.

The target is checked absent (or ``--force`` given) when the export begins; the bytes then
go to a private partial that is renamed over the target. A file saved under that name in
the meantime (a colleague's document saved into the folder, a second export) was replaced
by the rename without a word, ``--force`` or not. It is now left as it is, and the export
refuses in one line, leaving no partial behind.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qualcode.errors import OutputError
from qualcode.project.files import output_file


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_file_saved_meanwhile_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    with (
        pytest.raises(OutputError, match="made while this was written") as refused,
        output_file(target) as handle,
    ):
        handle.write(b"# the export")
        target.write_text("her own notes, saved meanwhile", encoding="utf-8")
    assert "\n" not in str(refused.value)
    assert target.read_text(encoding="utf-8") == "her own notes, saved meanwhile"
    assert _left(tmp_path) == ["summary.md"]


def test_a_link_made_meanwhile_is_kept(tmp_path: Path) -> None:
    elsewhere = tmp_path / "thesis.docx"
    elsewhere.write_bytes(b"her thesis")
    target = tmp_path / "codings.csv"
    with (
        pytest.raises(OutputError, match="made while this was written"),
        output_file(target) as handle,
    ):
        handle.write(b"id,code\n")
        os.symlink(elsewhere.name, target)
    assert os.readlink(target) == elsewhere.name and elsewhere.read_bytes() == b"her thesis"
    assert _left(tmp_path) == ["codings.csv", "thesis.docx"]


def test_with_force_the_file_made_meanwhile_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    with output_file(target, force=True) as handle:
        handle.write(b"# the export")
        target.write_text("an older export", encoding="utf-8")
    assert target.read_bytes() == b"# the export"
    assert _left(tmp_path) == ["summary.md"]
    assert target.stat().st_nlink == 1 and (target.stat().st_mode & 0o777) == 0o600


def test_a_new_file_is_written_whole_with_one_name(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    with output_file(target) as handle:
        handle.write(b"# the export")
    assert target.read_bytes() == b"# the export" and _left(tmp_path) == ["summary.md"]
    assert target.stat().st_nlink == 1 and (target.stat().st_mode & 0o777) == 0o600


def test_a_coders_copy_does_not_replace_a_file_or_project_made_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A coder's copy is built for minutes on a large project; the lead's other window
    making the same copy, or a file saved there, was replaced by the rename."""
    import qualcode.store.handout as handout_store
    from qualcode import Project
    from tests.conftest import MISSION_TEXT, team_project

    made, _ = team_project(tmp_path / "team.db", document=("ip1.txt", MISSION_TEXT))
    made.close()
    target = tmp_path / "karin.db"
    copy = handout_store.copy_materials

    def saved_meanwhile(*args: object, **kwargs: object) -> object:
        target.write_bytes(b"her own file, saved meanwhile")
        return copy(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(handout_store, "copy_materials", saved_meanwhile)
    with Project.open(tmp_path / "team.db") as p:
        p.act_as("lena")
        with pytest.raises(OutputError, match="made while this was written"):
            p.handout("karin", target)
        assert target.read_bytes() == b"her own file, saved meanwhile"
        target.unlink()
        p.handout("johan", tmp_path / "johan.db")  # a project made there meanwhile
        monkeypatch.setattr(
            handout_store,
            "copy_materials",
            lambda *a, **k: (os.replace(tmp_path / "johan.db", target), copy(*a, **k))[1],  # type: ignore[arg-type]
        )
        with pytest.raises(OutputError, match="is a qualcode project"):
            p.handout("karin", target, force=True)
    with Project.open(target) as johans:
        assert [c.name for c in johans.coders() if c.role == "coder"] == ["johan"]
    assert sorted(f.name for f in tmp_path.iterdir() if "partial" in f.name) == []
