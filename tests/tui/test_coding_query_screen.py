"""The coding query screen (`+` on a code's passages): and-codes, not-codes, start again,
Enter opens the passage; the list is ``Project.query_codings`` as the lead reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.coding_query import CodingQueryScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives a whole Textual app on the demo


def _spans(passages: list) -> list[tuple[str, str, int, int]]:
    return [(p.document_id, p.coder, p.start, p.end) for p in passages]


async def _query_from_integration(pilot: Any) -> CodingQueryScreen:
    """From the documents list: v lists integration's passages, + makes them a query."""
    await pilot.pause()
    await pilot.press("v", "c", *"integration", "enter")
    await pilot.pause()
    await pilot.press("plus")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CodingQueryScreen)
    return screen


async def test_and_not_and_start_again(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        both = project.query_codings(["integration", "long_term_economics"], "lena")
        one_not = project.query_codings(
            ["integration", "long_term_economics"], "lena", without=["mission_dialogue"]
        )
        alone = project.query_codings(["integration"], "lena")
    assert both and len(one_not) <= len(both)
    async with documents_screen(demo, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await _query_from_integration(pilot)
        assert _spans(screen.passages) == _spans(alone)
        await pilot.press("plus", *"long_term_economics", "enter")
        await pilot.pause()
        assert _spans(screen.passages) == _spans(both)
        await pilot.press("minus", *"mission_dialogue", "enter")
        await pilot.pause()
        assert _spans(screen.passages) == _spans(one_not)
        await pilot.press("x")
        await pilot.pause()
        assert _spans(screen.passages) == _spans(alone)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        assert app.screen.doc_id == alone[0].document_id


async def test_the_query_line_is_in_sight_as_the_screen_opens(demo: Path) -> None:
    """At 80x24 the list of a code's passages had no height of its own, grew past the screen
    and scrolled the line that says what is asked (and its keys) out of sight: a coder who
    pressed + saw passages with no word of what they were or what + and - do next."""
    async with documents_screen(demo, "karin", size=(80, 24)) as (pilot, _, _):
        screen = await _query_from_integration(pilot)
        line = screen.query_one("#query-line")
        assert "+ and a code" in str(line.render())
        assert line.region.y >= 1  # below the header, not scrolled above the screen's top
        assert line.region.height >= 1
