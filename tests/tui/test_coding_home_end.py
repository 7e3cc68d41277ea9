"""Home and End on the coding screen take the cursor (and the selection) to the first and
the last sentence, not only the view: a coder at a long transcript's middle pressed Home,
saw its start, and her next ``j`` jumped back down to where the cursor had stayed, and
``t`` then selected that turn, out of view (eyes37)."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import karins_coding_screen


async def test_home_and_end_move_the_cursor_to_the_first_and_last_sentence(
    project_file: Path,
) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, _app, screen):
        view = screen.transcript
        last = len(view.units) - 1
        assert last >= 3
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert view.cursor == 3
        await pilot.press("end")
        await pilot.pause()
        assert view.cursor == last
        assert view.selection == tuple(view.units[last])
        await pilot.press("home")
        await pilot.pause()
        assert view.cursor == 0
        assert view.selection == tuple(view.units[0])
        assert view.scroll_offset.y == 0  # the first sentence in view
        await pilot.press("j")
        await pilot.pause()
        assert view.cursor == 1  # on from the start, not from where it was
