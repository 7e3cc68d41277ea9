"""A memo on the coding under the cursor shows right under the code's name, before its
definition (eyes31: below a definition of some thirty lines it was out of view, so a coder
who had just written one saw no sign of it without paging)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.widgets.text_pane import TextPane
from tests.tui.conftest import karins_coding_screen


@pytest.mark.slow
async def test_the_memo_comes_before_the_definition(project_file: Path) -> None:
    with Project.open(project_file) as project:
        doc = project.documents()[0].id
        unit = project.units(doc)[2]
        coding = project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")
        project.add_memo("coding", coding.id, "karin", "asked upwards, told downwards")
    async with karins_coding_screen(project_file) as (pilot, _app, screen):
        await pilot.press("j", "j")
        await pilot.pause()
        markup = screen.query_one(TextPane).markup
    assert "asked upwards, told downwards" in markup
    name = markup.index("Mission dialogue")  # the interface's language
    assert name < markup.index("asked upwards") < markup.index("Definition")
