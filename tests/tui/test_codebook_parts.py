"""The codebook screen shows a code's parts (the stems of each side it joins) under their
own label, a part a line, in the language shown; a code without parts shows no label."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.widgets import Static

from qualcode import Project
from qualcode.tui.screens.codebook import CodebookScreen
from tests.conftest import small_codebook
from tests.tui.conftest import documents_screen, open_codebook


def _entry(screen: CodebookScreen) -> str:
    return str(screen.query_one("#cb-entry", Static).render())


async def test_parts_are_shown_and_labelled(tmp_path: Path) -> None:
    path = tmp_path / "cb.db"
    book = small_codebook()
    first = replace(book.codes[0], parts={"sv": (("budget", "kostnad"), ("flerår",))})
    with Project.create(path) as project:
        project.apply_codebook(replace(book, codes=(first, *book.codes[1:])))
        project.add_coder("karin")
    async with documents_screen(path, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.press("slash", *"mission_dialogue", "enter")
        await pilot.pause()
        assert screen.current_key == "mission_dialogue"
        assert "Parts" not in _entry(screen)  # none in English
        await pilot.press("l")
        await pilot.pause()
        shown = _entry(screen)
        assert "Parts (each named in the paragraph)" in shown
        assert "• budget, kostnad" in shown and "• flerår" in shown
        await pilot.press("slash", *"integration", "enter")
        await pilot.pause()
        assert "Parts" not in _entry(screen)
