"""The coding screen's side pane shows a code's definition and the memos as typed, a
backslash before square brackets too. The pane read its text as Rich markup, while names
and memos in it are escaped for Textual, which reads a backslash otherwise: a definition
holding '\\\\[/i]' stopped the TUI with a MarkupError as the coder opened a document, and
a memo holding '\\\\[@click=app.quit]' made a live action in the pane."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.widgets.text_pane import TextPane
from tests.conftest import team_project
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # a whole Textual app on the coding screen

DEFINITION = "Talk about the mission C:\\[/i] and more"
MEMO = "see C:\\[@click=app.quit]here"


async def test_the_pane_shows_backslashes_and_brackets_as_typed(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    project.update_code("mission", actor="lena", definitions={"sv": DEFINITION})
    unit = project.units(doc)[0]
    project.act_as("karin")
    coding = project.add_coding(doc, unit.start, unit.end, "mission", "karin")
    project.add_memo("coding", coding.id, "karin", MEMO)
    project.close()
    async with documents_screen(tmp_path / "p.db", "karin", size=(120, 40)) as (pilot, app, _):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.is_running
        pane = app.screen.query_one(TextPane)
        shown = "".join(strip.text for strip in pane._strips)
        styles = [s.style for strip in pane._strips for s in strip if s.style]
    assert DEFINITION.replace(" ", "") in shown.replace(" ", "")
    assert MEMO.replace(" ", "") in shown.replace(" ", "")
    assert not any(style.meta for style in styles)  # no action hidden in the pane
