"""`u` right after `r` takes back that rejection. The undo history held codings only, so
`u` after a rejection silently took back the acceptance before it: the coder lost a
coding she meant to keep and the rejection she meant to undo stayed a negative."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen, pending_suggestions

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _state(path: Path) -> tuple[int, list[str]]:
    """karin's live codings and the statuses of the document's suggestions, by start."""
    with Project.open(path) as check:
        check.act_as("karin")
        codings = len(check.codings(coder="karin"))
        every = check.suggestions(status=None)
        return codings, [s.status for s in sorted(every, key=lambda s: s.start)]


async def test_u_after_r_makes_the_suggestion_pending_and_keeps_the_acceptance(
    project_file: Path,
) -> None:
    pending_suggestions(project_file, [0.95, 0.9])
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, _, _):
        await pilot.press("a")  # the first (under the cursor) accepted; the second is next
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert _state(project_file) == (1, ["accepted", "rejected"])
        await pilot.press("u")
        await pilot.pause()
        assert _state(project_file) == (1, ["accepted", "pending"])
        await pilot.press("U")  # redo rejects it again
        await pilot.pause()
        assert _state(project_file) == (1, ["accepted", "rejected"])
        await pilot.press("u", "u")  # then the rejection, then the acceptance
        await pilot.pause()
        assert _state(project_file) == (0, ["pending", "pending"])  # both open again
    with Project.open(project_file) as check:
        actions = [entry.action for entry in check.audit()]
    assert actions.count("suggestion.reopen") == 3
