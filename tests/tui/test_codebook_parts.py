"""The codebook screen shows a code's parts (the stems of each side it joins) under their
own label, a part a line, in the language shown; a code without parts shows no label."""

from __future__ import annotations

from pathlib import Path

from tests.tui.codebook_entry_kit import entry_text, first_code_with
from tests.tui.conftest import documents_screen, open_codebook


async def test_parts_are_shown_and_labelled(tmp_path: Path) -> None:
    path = tmp_path / "cb.db"
    first_code_with(path, parts={"sv": (("budget", "kostnad"), ("flerår",))})
    async with documents_screen(path, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.press("slash", *"mission_dialogue", "enter")
        await pilot.pause()
        assert screen.current_key == "mission_dialogue"
        assert "Parts" not in entry_text(screen)  # none in English
        await pilot.press("l")
        await pilot.pause()
        shown = entry_text(screen)
        assert "Parts (each named in the paragraph)" in shown
        assert "• budget, kostnad" in shown and "• flerår" in shown
        await pilot.press("slash", *"integration", "enter")
        await pilot.pause()
        assert "Parts" not in entry_text(screen)
