"""A file is imported once, even where its text now reads otherwise.

A content was imported once (its text's hash), but a reader that reads a file anew (a Word
list's numbers kept since 7b812188, an OpenDocument's since 0d09a940, a PDF's paragraphs
since fe24bbe5) or a transcript edited since gave the same file another text: importing
the folder again to add one interview brought each such file in a second time under the
same name, reported as imported, and every later `docs show plan.docx` was ambiguous
(review38). A file of the same name from another folder is another document."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import project_with

PLAN = "Mål ett är färre ärenden per handläggare.\n"


def _plan(tmp_path: Path) -> Path:
    """intervjuer/plan.txt under ``tmp_path``, with the text it is first imported with."""
    folder = tmp_path / "intervjuer"
    folder.mkdir()
    plan = folder / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    return plan


def _number(plan: Path) -> None:
    """The plan's text as a reader that keeps its list numbers reads it again."""
    plan.write_text("1. " + PLAN, encoding="utf-8")


def test_the_same_file_read_otherwise_is_refused_and_a_new_one_comes_in(tmp_path: Path) -> None:
    old = _plan(tmp_path)
    folder = old.parent
    with project_with(tmp_path / "p.db") as project:
        (first,) = project.import_files([old], lang="sv").imported
        _number(old)
        new = folder / "ip_02.txt"
        new.write_text("I: Hur är det nu?\nR: Bättre, vi är fler.\n", encoding="utf-8")
        report = project.import_files([old, new], lang="sv")
        assert [d.name for d in report.imported] == ["ip_02.txt"]
        assert report.failed == [
            (
                "plan.txt",
                "already imported from this file, whose text now reads otherwise (edited, or "
                "read anew); remove the old document first to import it again",
            )
        ]
        other = tmp_path / "ekstad"
        other.mkdir()
        (other / "plan.txt").write_text("Ekstads plan är en annan.\n", encoding="utf-8")
        assert len(project.import_files([other / "plan.txt"], lang="sv").imported) == 1
        names = sorted(d.name for d in project.documents())
        project.remove_document(first.id, "read again with its numbers", actor="lena")
        (again,) = project.import_files([old], lang="sv").imported
    assert names == ["ip_02.txt", "plan.txt", "plan.txt"]
    assert again.name == "plan.txt" and again.id != first.id


def test_the_same_file_named_from_its_folder_is_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan(tmp_path)
    with project_with(tmp_path / "p.db") as project:
        assert len(project.import_files([plan.resolve()], lang="sv").imported) == 1
        _number(plan)
        monkeypatch.chdir(tmp_path)
        report = project.import_files([Path("intervjuer/plan.txt")], lang="sv")
    assert report.imported == [] and [name for name, _ in report.failed] == ["plan.txt"]


def test_a_file_first_named_from_its_folder_is_known_by_its_full_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the other way round: first imported from its folder, then named whole, it was
    # taken a second time under the same name
    plan = _plan(tmp_path)
    monkeypatch.chdir(plan.parent)
    with project_with(tmp_path / "p.db") as project:
        assert len(project.import_files([Path("plan.txt")], lang="sv").imported) == 1
        _number(plan)
        monkeypatch.chdir(tmp_path)
        report = project.import_files([plan.resolve()], lang="sv")
        names = [d.name for d in project.documents()]
    assert report.imported == [] and [name for name, _ in report.failed] == ["plan.txt"]
    assert names == ["plan.txt"]
