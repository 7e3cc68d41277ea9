"""The command palette in Swedish: Textual's own commands (theme, quit, keys, maximise,
screenshot) and the search box's prompt came in English whatever the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandInput, CommandPalette

from qualcode.texts import texts
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # a whole Textual app per test

TEXTUAL_OWN = ("Theme", "Quit", "Keys", "Maximize", "Screenshot")


async def test_the_palette_speaks_swedish(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", "sv", size=(80, 24)) as (pilot, app, _):
        commands = list(app.get_system_commands(app.screen))
        titles = [c.title for c in commands]
        for english in TEXTUAL_OWN:
            assert english not in titles, titles
        sv = texts("sv", "tui")
        for english in TEXTUAL_OWN:
            assert sv[f"system.{english}"] in titles
        helps = {c.help for c in commands}
        assert "Quit the application as soon as possible" not in helps
        assert sv["system.Quit.help"] in helps
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Sök bland kommandon…"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)


async def test_english_keeps_english_words(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Quit" in titles and "Screenshot" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.query_one(CommandInput).placeholder == "Search for commands…"
