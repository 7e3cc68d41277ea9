"""`/` in an open search box: a character once the coder has typed, a search while the box
is empty or shows the last words untouched (small34c made every `/` search; small35a).

A researcher types any character into a text field: "och/eller" and "24/7" are said in
interviews, and with every `/` searching, "och/" searched "och". `//` still repeats the last
search in a document (the box opens with the last words selected), as README says.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.tui.screens.text_search import TextSearchScreen
from tests.tui.conftest import (
    documents_screen,
    karins_coding_screen,
    notifications,
    settle,
    type_fast,
    typed_through,
)

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

# written for these tests: two sentences with a slash between words, one without
SLASHED = (
    "I: Hur är jourerna?\n\n"
    "R: Vi har jour 24/7 hela året. Stödet ges av kommunen och/eller regionen. "
    "Och eller inte, det vet ingen.\n"
)


@pytest.fixture
def slashed(karins_text: Callable[..., Path]) -> Path:
    return karins_text("jour_01.txt", SLASHED)


async def test_a_slash_typed_after_words_in_the_text_search_box_is_searched_for(
    slashed: Path,
) -> None:
    """Typed in one go, as a terminal sends it: the box keeps "och/eller" and Enter finds
    the one sentence saying it (on main the `/` searched "och", three hits)."""
    async with documents_screen(slashed, "karin", size=(120, 40)) as (pilot, app, _):
        await pilot.press("F")
        await pilot.pause()
        type_fast(app, [*"och", "slash", *"eller", "enter"])
        await typed_through(pilot)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TextSearchScreen)
        assert screen.typed == "och/eller"
        assert [hit.text for hit in screen.hits] == ["och/eller"]


async def test_24_7_in_a_document(slashed: Path) -> None:
    async with karins_coding_screen(slashed, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["slash", *"24", "slash", "7", "enter"])
        await typed_through(pilot)
        start, end = screen.transcript.selection
        assert "24/7" in screen.doc.text[start:end]
        assert notifications(app) == ["Match 1 of 1"]  # main searched "24" and then "247"
        assert screen.query_one("#prompt").value == "24/7"


async def test_slash_replaces_a_selection_inside_the_words(slashed: Path) -> None:
    """Part of the typed words selected, `/` takes their place, as any letter would."""
    async with karins_coding_screen(slashed, size=(100, 30)) as (pilot, _, screen):
        await pilot.press("slash", *"och", "space", *"eller", "home", "right", "right")
        await pilot.press("right", "shift+right", "slash")  # the space selected
        await pilot.pause()
        assert screen.query_one("#prompt").value == "och/eller"


async def test_slash_slash_repeats_the_last_search_in_a_document(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        await pilot.press("slash", *"arbetsmiljö", "enter")
        await pilot.pause()
        start, end = screen.transcript.selection
        assert "arbetsmiljön" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 1 of 2 · / and Enter: the next"
        await pilot.press("slash", "slash")  # the box shows the words selected: // searches
        await pilot.pause()
        start, end = screen.transcript.selection
        assert "Arbetsmiljöproblemen" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 2 of 2 · / and Enter: the next"
        assert screen.query_one("#prompt").value == "arbetsmiljö"


async def test_slash_slash_typed_fast_repeats_the_last_search(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        await pilot.press("slash", *"arbetsmiljö", "enter")
        await pilot.pause()
        type_fast(app, ["slash", "slash"])
        await typed_through(pilot)
        start, end = screen.transcript.selection
        assert "Arbetsmiljöproblemen" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 2 of 2 · / and Enter: the next"


async def test_slash_on_the_text_search_terms_untouched_searches_them(
    project_file: Path,
) -> None:
    """F's box opens with the last terms selected; `/` there searches them, as Enter."""
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        await pilot.press("F")
        await pilot.pause()
        await pilot.press(*"arbetsmiljö", "enter")
        await settle(app, pilot)
        type_fast(app, ["slash", "slash"])
        await typed_through(pilot)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TextSearchScreen)
        assert screen.typed == "arbetsmiljö"
        assert len(screen.hits) == 2


async def test_enter_then_slash_slash_typed_fast_goes_to_the_next_match(
    project_file: Path,
) -> None:
    """ "arbetsmiljö", Enter, // in one go: the box held "arbetsmiljö//" (the slashes read
    before Textual ran the Enter) and the second search found nothing."""
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["slash", *"arbetsmiljö", "enter", "slash", "slash"])
        await typed_through(pilot, 6)
        start, end = screen.transcript.selection
        assert "Arbetsmiljöproblemen" in screen.doc.text[start:end]
        assert notifications(app)[-1] == "Match 2 of 2 · / and Enter: the next"
        assert screen.query_one("#prompt").value == "arbetsmiljö"
