"""`>` and `<` with nothing to page say so in a short note (tui47): on an entry that fits,
or at its end, they did nothing and said nothing, and the lead took the keys for broken.
Paging an entry that runs past the screen still pages it, without a note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.containers import VerticalScroll

from qualcode import Project
from tests.tui.conftest import documents_screen, notifications, open_codebook

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

SHORT = "Hur uppdraget samtalas om."
LONG = " ".join(f"Mening {i} om hur uppdraget samtalas om mellan nivåerna." for i in range(30))


def _every_definition(project_file: Path, text: str) -> None:
    """Every code's definition, in both languages, made ``text``."""
    with Project.open(project_file) as project:
        for key in ("mission_dialogue", "integration", "caseload"):
            project.update_code(key, definitions={"en": text, "sv": text})


async def _second_entry(pilot: Any, app: Any) -> VerticalScroll:
    """The codebook opened on its second code: the pane showing its entry."""
    screen = await open_codebook(pilot, app)
    await pilot.press("down")
    await pilot.pause()
    return screen.query_one("#cb-detail", VerticalScroll)


async def test_an_entry_that_fits_says_there_is_nothing_to_page(project_file: Path) -> None:
    _every_definition(project_file, SHORT)
    async with documents_screen(project_file, "karin", size=(80, 60)) as (pilot, app, _):
        detail = await _second_entry(pilot, app)
        assert detail.max_scroll_y == 0, detail.max_scroll_y
        await pilot.press("greater_than_sign")
        await pilot.pause()
        down = notifications(app)
        await pilot.press("less_than_sign")
        await pilot.pause()
        both = notifications(app)
    assert "Nothing further down to page" in down, down
    assert "Nothing further up to page" in both, both


async def test_a_long_entry_pages_without_a_note(project_file: Path) -> None:
    _every_definition(project_file, LONG)
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        detail = await _second_entry(pilot, app)
        await pilot.press("greater_than_sign")
        await pilot.pause()
        paged = detail.scroll_y
        said = notifications(app)
    assert paged > 0
    assert not any("to page" in note for note in said), said
