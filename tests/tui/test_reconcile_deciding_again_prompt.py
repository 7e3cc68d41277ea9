"""Deciding a case again, the prompt's line says who takes part before what the decision
replaces. At 80 columns 'Rationale for the union of the versions instead of karin's
version, which this decision replaces, decided with …' was cut before the names, and the
lead typed a rationale without seeing whom the decision would record (eyes40)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from tests.tui.conftest import documents_screen, five_on_one_passage, open_reconcile, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_who_takes_part_shows_at_80_columns(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "five.db"
    five_on_one_passage(path)
    with Project.open(path) as project:
        project.act_as("lena")
        case = project.cases()[0].case
        project.comment(case.id, "bo", "bo: the whole sentence")
        project.decide(case.id, "accept:ada", "ada's is whole", "lena")
    async with documents_screen(path, "lena", lang, size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        await pilot.press("u")  # the union instead
        await pilot.pause()
        prompt = screen.query_one("#rationale", Input)
        seen = prompt.placeholder[: prompt.content_size.width]
    assert "lena, bo" in seen, seen
