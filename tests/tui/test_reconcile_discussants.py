"""The rationale's prompt names who the decision records as taking part. A lead who talked
a case through with three coders, and noted what one of them said ("karin: ..."), decided
it and the audit recorded "with lena, karin": nothing on the screen had said so (eyes19).
The prompt now reads "Rationale for ..., decided with lena, karin", as the service records
(``Project.discussants``); a comment "omar: ..." adds omar before the decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from tests.tui.conftest import documents_screen, open_reconcile, settle

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


async def test_the_rationale_prompt_names_who_takes_part(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(120, 35)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        case_id = screen.views[0].case.id
        await pilot.press("c", *"karin: the sentence before sets it up", "enter")
        await settle(app, pilot)
        await pilot.press("u")  # union
        await pilot.pause()
        asked = screen.query_one("#rationale", Input).placeholder
        await pilot.press(*"both readings hold", "enter")
        await settle(app, pilot)
    assert "decided with lena, karin (" in asked, asked
    with Project.open(demo) as project:
        project.act_as("lena")
        decided = next(v for v in project.cases() if v.case.id == case_id)
    assert decided.verdict == "union" and decided.participants == ("lena", "karin")
