"""The note after ``e`` says which code became which (eyes39): "Bytte separering till
integrering … till Från individ- till systemperspektiv" read as one run of "till"s, the
turning points' names holding the word that joined them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, notifications


@pytest.mark.parametrize(
    ("ui_lang", "said"),
    [
        ("sv", "Bytte kod: Uppdragsdialog → Integrering"),
        ("en", "Changed the code: Mission dialogue → Integration"),
    ],
)
async def test_the_change_names_both_codes_apart(
    project_file: Path, ui_lang: str, said: str
) -> None:
    async with karins_coding_screen(project_file, ui_lang=ui_lang) as (pilot, app, screen):
        await pilot.press("1")  # mission dialogue
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"integr", "enter")
        await pilot.pause()
        assert [c.code for c in screen._codings_here()] == ["integration"]
        assert said in notifications(app), notifications(app)


async def test_the_code_finder_finds_a_code_by_its_shortcut(project_file: Path) -> None:
    """Its field says "letters of a name, key or shortcut"; "2" found nothing and Enter
    did nothing (eyes39)."""
    async with karins_coding_screen(project_file) as (pilot, _, screen):
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("2", "enter")
        await pilot.pause()
        assert [c.code for c in screen._codings_here()] == ["integration"]
