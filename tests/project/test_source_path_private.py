"""A document kept the absolute path of the file it came from ('/home/anna.lind/...') in
the project file a lead may send on. A document now keeps a hash of that path and the file's
name (whose suffix says how its lines read), enough to know the same file when it is
imported again; no project file, export or coder's copy holds the folders."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.model import Turn, Unit
from tests.conftest import project_with

# Invented for this test.
TEXT = "I: Hur går det?\nR: Ärendena är för många. Vi behöver fler kollegor.\n"
HOME = "anna.lind"


def _interview(tmp_path: Path) -> Path:
    folder = tmp_path / "home" / HOME / "intervjuer"
    folder.mkdir(parents=True)
    path = folder / "aby_01.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _bytes(path: Path) -> bytes:
    if path.suffix in (".qdpx", ".xlsx"):
        with zipfile.ZipFile(path) as archive:
            return b"".join(archive.read(n) for n in archive.namelist())
    return path.read_bytes()


def test_no_export_or_copy_holds_the_folders(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with project_with(out / "p.db", coders=(("lena", "lead"), ("karin", "coder"))) as project:
        project.add_code("load", {"sv": "Belastning"})
        report = project.import_files([_interview(tmp_path)], lang="sv")
        assert not report.failed
        doc = project.documents()[0]
        start = TEXT.index("Ärendena")
        project.add_coding(doc.id, start, start + 23, "load", "karin")
        assert HOME not in (project.document(doc.id).source_path or "")
        assert (project.document(doc.id).source_path or "").endswith("/aby_01.txt")
        project.act_as("lena")
        written = [
            project.export_summary(out / "s.md", layer="coder"),
            project.export_codings(out / "c.csv"),
            project.export_qdpx(out / "p.qdpx"),
        ]
        project.handout("karin", out / "karin.db")
    assert all(Path(str(w)).exists() for w in written)
    for path in out.iterdir():
        assert HOME.encode() not in _bytes(path), path.name


def test_the_same_file_is_known_again_by_any_spelling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _interview(tmp_path)
    with Project.create(tmp_path / "p.db") as project:
        project.import_files([path], lang="sv")
        path.write_text(TEXT + "I: Tack.\n", encoding="utf-8")  # edited since
        monkeypatch.chdir(path.parent.parent)
        for spelled in (path, Path("intervjuer/aby_01.txt")):
            report = project.import_files([spelled], lang="sv")
            assert [name for name, _ in report.failed] == ["aby_01.txt"]
            assert "already imported from this file" in report.failed[0][1]
        assert len(project.documents()) == 1


def test_a_path_kept_before_is_matched_and_left_out_of_a_copy(tmp_path: Path) -> None:
    """A project from before keeps the path itself: the file is still known by it, and a
    coder's copy holds no folder of it (store/handout.py keeps the file's name)."""
    path = _interview(tmp_path)
    with project_with(tmp_path / "p.db", coders=(("lena", "lead"), ("karin", "coder"))) as project:
        with project.store.transaction():
            project.store.documents.insert(
                name="aby_01.txt",
                lang="sv",
                text="Något annat.",
                sha256=hashlib.sha256(b"other").hexdigest(),
                source_path=str(path.resolve()),
                attributes={},
                turns=[Turn(0, None, 0, 12)],
                units=[Unit(0, 0, 12)],
            )
        report = project.import_files([path], lang="sv")
        assert "already imported from this file" in report.failed[0][1]
        project.act_as("lena")
        project.handout("karin", tmp_path / "karin.db")
    with sqlite3.connect(tmp_path / "karin.db") as copy:
        kept = [row[0] for row in copy.execute("SELECT source_path FROM documents")]
    assert len(kept) == 1 and HOME not in kept[0] and kept[0].endswith(".txt")
    assert HOME.encode() not in (tmp_path / "karin.db").read_bytes()


def test_a_qdpx_s_documents_keep_no_folder_of_it(tmp_path: Path) -> None:
    """The documents a .qdpx brings kept the .qdpx's path as given, folders and all."""
    folder = tmp_path / "home" / HOME / "export"
    folder.mkdir(parents=True)
    with project_with(tmp_path / "a.db", ("aby_01.txt", TEXT)) as project:
        project.act_as("lena")
        qdpx = project.export_qdpx(folder / "study.qdpx")
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.import_qdpx(qdpx, arriving="lena")
        kept = [fresh.document(d.id).source_path or "" for d in fresh.documents()]
    assert len(kept) == 1 and HOME not in kept[0] and kept[0].endswith("/study.qdpx")
