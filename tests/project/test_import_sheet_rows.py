"""`import --attributes`: the sheet's rows that name no file of the import and no document
in the project are said, in one line (how many, the first names), not ignored (small35a).

A row whose file name was mistyped ('ip_03.txt' for 'ip03.txt') was passed over without a
word, so a lead believed every interview had its municipality. A row naming a document
imported earlier (the sheet of the whole study, imported in batches) is no news. Written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

SAID = {
    "ip01.txt": "R: Vi pratar om jobbet och kollegorna här.\n",
    "ip02.txt": "R: Jag vet inte riktigt hur det blir sedan.\n",
    "ip03.txt": "R: Tredje samtalet blev kort i dag.\n",
}


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for name, text in SAID.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _sheet(folder: Path, *rows: str) -> Path:
    path = folder / "attrs.csv"
    path.write_text("file,municipality\n" + "".join(f"{r},Åby\n" for r in rows), "utf-8")
    return path


def test_rows_naming_nothing_here_are_said_and_the_others_applied(files: Path) -> None:
    with Project.create(files / "p.db") as project:
        first = project.import_files(
            [files / "ip01.txt"], lang="sv", attributes_csv=_sheet(files, "ip01.txt")
        )
        assert first.rows_not_applied == [] and first.unapplied_rows_line() is None
        sheet = _sheet(files, "ip01.txt", "ip02", "ip_03.txt", "ip03.txt", "ip04")
        report = project.import_files(
            [files / "ip02.txt", files / "ip03.txt"], attributes_csv=sheet
        )
        assert [d.name for d in report.imported] == ["ip02.txt", "ip03.txt"]
        assert report.rows_not_applied == ["ip_03.txt", "ip04"]  # ip01.txt: imported before
        assert report.unapplied_rows_line() == (
            "attrs.csv: 2 rows not applied, naming no file imported now and no document in "
            "the project: 'ip_03.txt', 'ip04'"
        )
        assert {d.name: d.attributes["municipality"] for d in project.documents()} == {
            "ip01.txt": "Åby",
            "ip02.txt": "Åby",
            "ip03.txt": "Åby",
        }


def test_a_long_list_names_the_first_three(files: Path) -> None:
    sheet = _sheet(files, "ip01.txt", "a1", "a2", "a3", "a4", "a5")
    with Project.create(files / "p.db") as project:
        report = project.import_files([files / "ip01.txt"], lang="sv", attributes_csv=sheet)
    line = report.unapplied_rows_line()
    assert line is not None and line.endswith(": 'a1', 'a2', 'a3' and 2 more")
    assert line.startswith("attrs.csv: 5 rows not applied")


def test_a_row_for_a_file_given_but_refused_is_left_to_its_refusal(files: Path) -> None:
    (files / "ip05.txt").write_text("   \n", encoding="utf-8")
    sheet = _sheet(files, "ip01.txt", "ip05.txt", "ip06")
    with Project.create(files / "p.db") as project:
        report = project.import_files(
            [files / "ip01.txt", files / "ip05.txt"], lang="sv", attributes_csv=sheet
        )
    assert [name for name, _ in report.failed] == ["ip05.txt"]
    assert report.rows_not_applied == ["ip06"]
    line = report.unapplied_rows_line()
    assert line is not None and "1 row not applied" in line


def test_the_command_line_prints_it_and_succeeds(files: Path) -> None:
    sheet = _sheet(files, "ip01.txt", "ip_01.txt")
    args = ["-p", str(files / "p.db"), "import", str(files / "ip01.txt"), "--lang", "sv"]
    assert CliRunner().invoke(app, ["-p", str(files / "p.db"), "init"]).exit_code == 0
    got = CliRunner().invoke(app, [*args, "--attributes", str(sheet)])
    assert got.exit_code == 0, got.output
    assert (
        "note: attrs.csv: 1 row not applied, naming no file imported now and no document in "
        "the project: 'ip_01.txt'"
    ) in got.stderr


def test_nothing_imported_leaves_it_to_the_refusals(files: Path) -> None:
    """Every file refused, every row is unapplied: the refusals say why, one line each."""
    (files / "ip05.txt").write_text("   \n", encoding="utf-8")
    with Project.create(files / "p.db") as project:
        report = project.import_files(
            [files / "ip05.txt"], lang="sv", attributes_csv=_sheet(files, "ip05.txt", "ip06")
        )
    assert report.failed and report.rows_not_applied == []
    assert report.unapplied_rows_line() is None
