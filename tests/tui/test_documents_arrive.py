"""Documents imported with the CLI while the TUI is open: the documents list read the file
only on entering it, so they appeared only after leaving the list and coming back, and
nobody said so. The list now notices them while it is shown (a pragma every two seconds,
the documents counted only when the file changed), keeps the cursor on its document and
names the arrivals in a notification."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app as cli

NEW_TEXT = "I: Hur började det?\nR: Vi fick en ny chef och då ändrades arbetssättet helt.\n"


def _import(project_file: Path, tmp_path: Path, name: str) -> None:
    """``qualcode import`` as a second terminal runs it: its own connection to the file."""
    source = tmp_path / name
    source.write_text(f"{NEW_TEXT}I: Och {name}?\nR: Det minns jag inte.\n", encoding="utf-8")
    got = CliRunner().invoke(
        cli,
        ["-p", str(project_file), "import", str(source), "--lang", "sv"],
        env={"QUALCODE_CODER": "karin"},
    )
    assert got.exit_code == 0, got.output


@pytest.mark.slow
async def test_a_document_imported_meanwhile_joins_the_open_list(
    project_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qualcode.tui.screens.documents import DocumentsScreen
    from tests.tui.conftest import documents_screen, notifications

    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with documents_screen(project_file, "karin") as (pilot, app, _):
        screen = app.screen
        assert isinstance(screen, DocumentsScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 1
        _import(project_file, tmp_path, "0_first_by_name.txt")  # sorts above aby_01
        arrived = "1 document imported meanwhile, now in the list: 0_first_by_name.txt"
        said: list[str] = []
        for _ in range(40):  # the list's own timer notices it (no key pressed)
            await pilot.pause(0.25)
            # read on every pass: on a loaded machine a notification can time out before
            # the loop ends, so it is collected while it is shown
            said += notifications(app)
            if table.row_count == 2 and arrived in said:
                break
        assert table.row_count == 2
        assert arrived in said, said
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert key == next(d.id for d in app.project.documents() if d.name == "aby_01.txt")
        assert screen.sub_title.endswith("2 of 2 documents")


@pytest.mark.slow
async def test_arrivals_while_coding_are_named_on_returning(
    project_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qualcode.tui.screens.documents import DocumentsScreen
    from tests.tui.conftest import karins_coding_screen, notifications

    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with karins_coding_screen(project_file, size=(120, 30), ui_lang="sv") as (pilot, app, _):
        _import(project_file, tmp_path, "ekstad_01.txt")
        _import(project_file, tmp_path, "ekstad_02.txt")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        assert app.screen.query_one(DataTable).row_count == 3
        said = notifications(app)
        wanted = "2 dokument importerade under tiden, nu i listan: ekstad_01.txt, ekstad_02.txt"
        assert wanted in said, said


def test_the_stamp_moves_only_when_documents_arrive(project_file: Path, tmp_path: Path) -> None:
    with Project.open(project_file) as project:
        first = project.documents_stamp()
        assert project.documents_stamp() == first  # nothing changed: the same mark
        project.add_coder("johan")  # a change that is no document
        assert project.documents_stamp() == first
        _import(project_file, tmp_path, "norrvik_01.txt")  # another connection imports
        second = project.documents_stamp()
        assert second != first and second[0] == first[0] + 1
        project.import_text("norrvik_02.txt", NEW_TEXT, lang="sv")  # this connection
        assert project.documents_stamp()[0] == second[0] + 1
