"""What a key press repaints on the coding screen (issue 14.5: the key-press budget).

The view's own time per key press on a long transcript came from repainting every visible
line, scanning every speaker label and every mark for each of them, and re-laying-out the
sidebar. These tests count the work instead of timing it: a cursor move repaints only the
lines whose selection changed, a new coding only the lines it covers, and an unchanged
sidebar part is not updated at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.widgets.transcript import Mark, TranscriptView
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _count_lines(view: TranscriptView) -> list[int]:
    """Record each line the view is asked to paint (rows relative to the view)."""
    painted: list[int] = []
    paint = view.render_line

    def counting(y: int):  # type: ignore[no-untyped-def]
        painted.append(y)
        return paint(y)

    view.render_line = counting  # type: ignore[method-assign]
    return painted


async def test_a_cursor_move_repaints_only_the_lines_it_changes(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(120, 40)) as (pilot, _, screen):
        view = screen.transcript
        assert view.size.height > 20
        painted = _count_lines(view)
        await pilot.press("j")
        await pilot.pause()
        assert painted, "the move was painted"
        assert len(set(painted)) < view.size.height // 2  # not the whole view
        # what was painted is exactly the old and the new unit's lines
        start, end = view.selection
        rows = set(range(view.line_of(start), view.line_of(end - 1) + 1))
        assert rows <= set(painted)


async def test_a_new_coding_repaints_only_its_own_lines(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(120, 40)) as (pilot, _, screen):
        view = screen.transcript
        await pilot.press("j", "j")
        await pilot.pause()
        start, end = view.selection
        painted = _count_lines(view)
        view.set_marks([*view.marks, Mark(start, end, "x", "red")])
        await pilot.pause()
        rows = set(range(view.line_of(start), view.line_of(end - 1) + 1))
        assert set(painted) == rows
        # the gutter of those lines shows the new label: the per-line cache was cleared
        assert "x" in view.render_line(view.line_of(start)).text[:10]


async def test_the_sidebar_skips_parts_that_did_not_change(project_file: Path) -> None:
    with Project.open(project_file) as project:
        codes = [c for c in project.codebook() if c.shortcut]
    async with karins_coding_screen(project_file, size=(120, 40)) as (pilot, _, screen):
        sidebar = screen.sidebar
        updates: list[str] = []
        put = sidebar._put

        def counting(part: str, text: str, one_line_each: bool = False) -> None:
            if sidebar.shown(part) != text:
                updates.append(part)
            put(part, text, one_line_each)

        sidebar._put = counting  # type: ignore[method-assign]
        await pilot.press("j")
        await pilot.pause()
        assert updates == []  # nothing in the sidebar changed on an uncoded unit
        await pilot.press(codes[0].shortcut)
        await pilot.pause()
        # the count in the codebook and the code now under the cursor, nothing else
        assert sorted(set(updates)) == ["codebook", "details"]
        assert f"({1})" in sidebar.shown("codebook")
