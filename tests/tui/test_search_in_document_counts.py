"""Search in a document (``/`` on the coding screen) says which match is shown and of how
many, and says plainly when nothing matches: it used to move silently to the next sentence,
so a coder could not tell the only mention from the first of twelve, nor see when the
search had wrapped round to the start. Where there are more, it says how to go on: "Match 1
of 6" alone left a new coder with no key for the second (eyes44)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def _search(pilot: object, screen: object, words: str) -> tuple[int, int]:
    await pilot.press("slash", "ctrl+u", *words, "enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    return screen.transcript.selection  # type: ignore[attr-defined,no-any-return]


async def test_each_search_says_which_match_of_how_many(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        start, end = await _search(pilot, screen, "arbetsmiljö")
        assert "arbetsmiljön" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 1 of 2 · / and Enter: the next"
        start, end = await _search(pilot, screen, "arbetsmiljö")
        assert "Arbetsmiljöproblemen" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 2 of 2 · / and Enter: the next"
        start, end = await _search(pilot, screen, "arbetsmiljö")  # wrapped to the first
        assert "arbetsmiljön" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 1 of 2 · / and Enter: the next"


async def test_no_match_is_said_with_the_words_and_the_cursor_stays(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        before = screen.transcript.selection
        assert await _search(pilot, screen, "budget") == before
        assert notifications(app)[-1] == "No match for “budget” in this document"


async def test_the_count_in_swedish(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30), ui_lang="sv") as (
        pilot,
        app,
        screen,
    ):
        await _search(pilot, screen, "VAR")
        assert notifications(app)[-1] == "Träff 1 av 2 · / och Enter: nästa"
        await _search(pilot, screen, "ingenstans")
        assert notifications(app)[-1] == "Ingen träff på ”ingenstans” i det här dokumentet"
