"""`/` pressed in an open search box searches what is typed, as Enter does (small34c).

README says `/` types the terms of the text search (`F`) and `/` searches in a document; a
coder who pressed `/` again to search, or for the next match, had it typed into the box:
"arbetsmiljö/" found no hits in the text search and no match in the document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.app import build_app
from qualcode.tui.screens.text_search import TextSearchScreen
from tests.tui.conftest import (
    karins_coding_screen,
    notifications,
    settle,
    type_fast,
    typed_through,
)

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_slash_in_the_text_search_box_searches(project_file: Path) -> None:
    app = build_app(project_file, "karin", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        await pilot.press(*"arbetsmiljö", "slash")  # the box opens with F; / searches
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TextSearchScreen)
        assert screen.typed == "arbetsmiljö"
        assert len(screen.hits) == 2


async def test_slash_in_the_document_search_box_goes_to_the_next_match(
    project_file: Path,
) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        await pilot.press("slash", *"arbetsmiljö", "slash")
        await pilot.pause()
        start, end = screen.transcript.selection
        assert "arbetsmiljön" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 1 of 2"
        await pilot.press("slash", "slash")  # the box keeps the words: // is the next one
        await pilot.pause()
        start, end = screen.transcript.selection
        assert "Arbetsmiljöproblemen" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 2 of 2"


async def test_slash_typed_fast_searches_every_letter_before_it(project_file: Path) -> None:
    """Typed in one go, as a terminal sends it: `/` searched "a" of "arbetsmiljö" (the
    priority key ran before the box had read the letters queued ahead of it)."""
    app = build_app(project_file, "karin", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        type_fast(app, [*"arbetsmiljö", "slash"])
        await typed_through(pilot)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TextSearchScreen)
        assert screen.typed == "arbetsmiljö"


async def test_slash_typed_fast_in_a_document(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["slash", *"arbetsmiljö", "slash"])
        await typed_through(pilot)
        start, end = screen.transcript.selection
        assert "arbetsmiljön" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 1 of 2"
