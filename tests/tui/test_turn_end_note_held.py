"""J held at the end of a turn (key repeat, or J pressed again) keeps its one note up
rather than taking it down and putting it up again per key (eyes39: in a terminal a burst
of J left five "End of the turn" toasts in a column over the sidebar, each mounted after
the next key had looked for the toasts to take down)."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import karins_coding_screen


async def test_the_same_note_stays_the_same_toast(project_file: Path) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, _):
        await pilot.press(*"J" * 8)  # past the end of the first turn
        await pilot.pause()
        (first,) = list(app._notifications)
        assert "End of the turn" in str(first.message)
        await pilot.press("J", "J")
        await pilot.pause()
        (now,) = list(app._notifications)
        assert now is first  # not taken down and put up again
