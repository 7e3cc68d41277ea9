"""A memo the project refuses keeps every word the coder typed. On a project the TUI can
read but not write (read-only media; a full disk or a colleague holding the file refuse
alike), Ctrl+S closed the memo editor and the refusal's toast was all that was left of a
paragraph of analysis. The editor now stays open with the text, and the toast says so.
The file lies on a read-only tmpfs (root's permission bypass does not apply); skipped
where mounting is not allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from qualcode import Project
from qualcode.tui.screens.memo_edit import MemoEditor
from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # the whole app (run_test)

TYPED = "the manager turns the question into workload"


async def test_a_refused_document_memo_stays_in_the_editor(read_only_copy: Path) -> None:
    async with karins_coding_screen(read_only_copy) as (pilot, app, _screen):
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, MemoEditor)
        await pilot.press(*TYPED)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MemoEditor)  # closed before: the words were gone
        assert app.screen.query_one(TextArea).text == TYPED
        said = [n for n in notifications(app) if "read-only" in n]
        assert said and "still in the editor" in said[-1], notifications(app)
        await pilot.press("ctrl+s")  # tried again: refused again, still there
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == TYPED
        await pilot.press("escape")  # she drops it herself
        await pilot.pause()
        assert not isinstance(app.screen, MemoEditor)
    with Project.open(read_only_copy) as project:
        assert project.act_as("karin").memos("document") == []
