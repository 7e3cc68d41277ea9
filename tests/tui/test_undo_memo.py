"""`u` right after saving a memo takes back the memo, not the coding it is on.

A new coder coded a passage, wrote a memo on it, and pressed `u` to take the memo back:
the coding was removed, and the memo with it (eyes37). Writing a memo is now a step of
the screen's undo history: `u` removes the memo (soft) and leaves the coding; `U` writes
the memo again; the next `u` then undoes the step before it.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.tui.conftest import (
    karins_coding_screen,
    memo_on_new_coding,
    notifications,
    save_memo,
)


def _memos(path: Path, coding_id: str) -> list[str]:
    with Project.open(path) as project:
        project.act_as("karin")
        return [m.text for m in project.memos("coding", coding_id)]


async def test_u_after_a_memo_takes_back_the_memo_and_keeps_the_coding(
    project_file: Path,
) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, _app, screen):
        coding = await memo_on_new_coding(pilot, screen, "kopplat till arbetsmiljön")
        said = await save_memo(pilot, _app)
        assert said and _memos(project_file, coding.id) == ["kopplat till arbetsmiljön"]
        await pilot.press("u")
        await pilot.pause()
        assert [c.id for c in screen.my_codings] == [coding.id]  # the coding stays
        assert _memos(project_file, coding.id) == []  # the memo is taken back
        assert "kopplat till arbetsmiljön" in notifications(_app)[-1]
        await pilot.press("U")
        await pilot.pause()
        assert _memos(project_file, coding.id) == ["kopplat till arbetsmiljön"]
        await pilot.press("u", "u")  # the memo, then the coding before it
        await pilot.pause()
        assert screen.my_codings == []
