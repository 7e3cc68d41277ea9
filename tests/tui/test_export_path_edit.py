"""The export prompt opens with the cursor at the end of the path it offers, the path not
selected: a lead who wanted the summary as .html pressed Backspace to take off "docx" and
the whole offered path went at the first press (it was selected), so she typed "html",
and was told "html: choose one of .md, .html, .xlsx, .docx" (eyes37)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import export_prompt, reports_screen, settle, write_to


@pytest.mark.slow
async def test_backspace_edits_the_offered_path_from_its_end(demo: Path) -> None:
    async with reports_screen(demo, "lena", "en", size=(100, 30)) as (pilot, app, _):
        prompt = await export_prompt(app, pilot, "s")
        offered = Path(prompt.value)
        assert offered.suffix and prompt.has_focus
        await pilot.press(*["backspace"] * (len(offered.suffix) - 1), *"html")
        await pilot.pause()
        assert prompt.value == str(offered.with_suffix(".html"))
        await pilot.press("enter")
        await settle(app, pilot)
    assert offered.with_suffix(".html").is_file()


@pytest.mark.slow
async def test_a_summary_name_of_no_format_is_refused_in_swedish(demo: Path) -> None:
    async with reports_screen(demo, "lena", "sv", size=(100, 30)) as (pilot, app, _):
        prompt = await export_prompt(app, pilot, "s")
        said = await write_to(app, pilot, prompt, Path(prompt.value).with_suffix(".htm"))
    refused = [line for line in said if ".htm:" in line]
    assert refused and "temasammanfattning" in refused[-1], said
    assert "choose one of" not in " ".join(said)
