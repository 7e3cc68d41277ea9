"""A coder types ahead on the documents list: "/goteborg", Enter, Enter in one go opened the
first document of the whole list, not Göteborg's. Focus moved to the filter box only on
the next turn, so the letters reached the list and its Enter opened the row under the
cursor. The keys here are sent as a terminal sends fast typing, all before the app has
handled the first (pilot.press waits for the app between keys and never saw it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from qualcode import Project
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.documents import DocumentsScreen
from tests.tui.conftest import documents_screen, type_fast

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

NAMES = ("aby_01.txt", "boras_02.txt", "goteborg_03.txt", "umea_04.txt")


@pytest.fixture
def four(tmp_path: Path) -> Path:
    path = tmp_path / "four.db"
    with Project.create(path) as project:
        project.add_coder("alex")
        for name in NAMES:
            text = f"Interviewer: Hur var det i {name[:-7]}?\nAnna: Det gick bra.\n"
            project.import_text(name, text, lang="sv")
    return path


async def _typed_in_one_go(path: Path, keys: list[str]) -> object:
    """The screen in front after the keys, sent all at once."""
    async with documents_screen(path, "alex", size=(100, 30)) as (pilot, app, _):
        assert isinstance(app.screen, DocumentsScreen)
        type_fast(app, keys)
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, DocumentsScreen):
            table = screen.query_one(DataTable)
            shown = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
            return screen.query_one("#filter", Input).value, shown, type(app.focused).__name__
        assert isinstance(screen, CodingScreen)
        return screen.doc.name


@pytest.mark.parametrize("word", ["goteborg", "umea"])
async def test_enter_typed_ahead_opens_what_the_filter_shows(four: Path, word: str) -> None:
    opened = await _typed_in_one_go(four, ["slash", *word, "enter", "enter"])
    assert opened == next(n for n in NAMES if n.startswith(word))


async def test_one_enter_typed_ahead_leaves_the_filtered_list_in_focus(four: Path) -> None:
    # the filter applied and the list focused: a slash typed in the box is a character
    state = await _typed_in_one_go(four, ["slash", *"bo/x", "backspace", "backspace", "enter"])
    assert state == ("bo", ["boras_02.txt", "goteborg_03.txt"], "DocumentTable")


async def test_keys_typed_while_the_tui_starts_are_no_filter(
    four: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """eyes36 started the TUI and typed `j P` before the list was on the screen: Textual
    focused the first focusable widget, the filter box, and the list only a turn later, so
    the keys were typed into the box and the lead read "0 of 4 documents" under a filter
    "jP". The keys arrive here as the list screen mounts, as a terminal sends them."""
    mount = DocumentsScreen.on_mount

    def typed_meanwhile(screen: DocumentsScreen) -> None:
        type_fast(screen.app, ["j", "P"])
        mount(screen)

    monkeypatch.setattr(DocumentsScreen, "on_mount", typed_meanwhile)
    async with documents_screen(four, "alex", size=(100, 30)) as (pilot, app, _):
        for _ in range(4):
            await pilot.pause()
        screen = app.screen_stack[1]
        assert isinstance(screen, DocumentsScreen)
        assert screen.query_one("#filter", Input).value == ""
        assert screen.query_one(DataTable).row_count == len(NAMES)
