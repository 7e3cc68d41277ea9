"""Home and End on the coding screen take the cursor (and the selection) to the first and
the last sentence, and ↓/↑ move it by a sentence as j/k do, in a transcript longer than
the screen too. There the transcript's own scrolling keys answered first: Home scrolled
to the start while the cursor stayed in the middle, so the next ``j`` jumped back down
and ``t`` selected a turn out of view, and ↓ scrolled a line instead of going to the next
sentence (eyes37). A short transcript, which cannot scroll, behaved as meant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.tui.conftest import karins_coding_screen

LONG = "\n\n".join(
    f"I: Fråga {n}, hur var det?\n\nR: Svar {n} om uppdraget och arbetsmiljön. "
    f"Vi pratade om ärendena i gruppen {n}."
    for n in range(1, 41)
)


async def test_home_end_and_arrows_move_the_cursor_in_a_long_transcript(
    karins_text: Callable[..., Path],
) -> None:
    path = karins_text("lang.txt", LONG)
    async with karins_coding_screen(path, size=(100, 30)) as (pilot, _app, screen):
        view = screen.transcript
        assert view.has_focus and view.max_scroll_y > 0  # it scrolls: its keys are live
        last = len(view.units) - 1
        await pilot.press("down", "down", "j")
        await pilot.pause()
        assert view.cursor == 3
        await pilot.press("up")
        await pilot.pause()
        assert view.cursor == 2
        await pilot.press("end")
        await pilot.pause()
        assert view.cursor == last
        assert view.selection == tuple(view.units[last])
        assert view.scroll_offset.y == view.max_scroll_y  # the last sentence in view
        await pilot.press("home")
        await pilot.pause()
        assert view.cursor == 0
        assert view.selection == tuple(view.units[0])
        assert view.scroll_offset.y == 0  # the first sentence in view
        await pilot.press("j")
        await pilot.pause()
        assert view.cursor == 1  # on from the start, not from where it was
        await pilot.press("pagedown")  # the page keys still scroll the view
        await pilot.pause()
        assert view.scroll_offset.y > 0
