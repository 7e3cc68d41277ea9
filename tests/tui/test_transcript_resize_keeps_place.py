"""A terminal resized while coding keeps the coder's place (eyes39: a window narrowed
from 120x40 to 80x24, the size of a default SSH terminal, showed the transcript's first
lines while the selection stayed far below, out of view until the next key moved it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen

ANSWER = (
    "R: Vi fick fler ärenden än någonsin det året och ingen hann läsa in sig ordentligt. "
    "Chefen sa att det var tillfälligt men det blev så hela hösten ändå. "
)
TALK = "".join(f"I: Fråga {n}?\n{ANSWER}\n" for n in range(40))


def _in_view(screen: object) -> bool:
    view = screen.transcript  # type: ignore[attr-defined]
    top, height = int(view.scroll_offset.y), view.size.height
    start, end = view.units[view.cursor]
    return top <= view.line_of(start) and view.line_of(max(start, end - 1)) < top + height


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
async def test_the_selection_stays_in_view_when_the_terminal_is_resized(
    karins_text: Callable[..., Path], size: tuple[int, int]
) -> None:
    path = karins_text("lang.txt", TALK)
    async with karins_coding_screen(path, size=(120, 40)) as (pilot, _, screen):
        for _ in range(3):  # a third of the way into the transcript
            await pilot.press(*"}" * 9)
        await pilot.pause()
        assert _in_view(screen) and int(screen.transcript.scroll_offset.y) > 0
        chosen = screen.transcript.selection
        await pilot.resize_terminal(*size)
        await pilot.pause()
        await pilot.pause()
        assert screen.transcript.selection == chosen
        assert _in_view(screen), (screen.transcript.scroll_offset, screen.transcript.cursor)
