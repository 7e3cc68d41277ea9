"""``i`` on a case where some coder marked nothing (every presence case; with five coders
most cases) asked for a rationale, then refused the intersection and dropped the words
the lead had typed (eyes12's lead). The screen now says so before asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from qualcode import Project
from tests.tui.conftest import documents_screen, notifications, open_reconcile

pytestmark = pytest.mark.slow


async def test_an_impossible_intersection_is_refused_before_the_rationale(demo: Path) -> None:
    async with documents_screen(demo, "lena", "sv", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        row = next(i for i, v in enumerate(screen.views) if v.case.kind == "presence")
        case_id = screen.views[row].case.id
        screen.query_one(DataTable).move_cursor(row=row)
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert screen.query_one("#rationale", Input).has_class("hidden")
        said = notifications(app)
        assert any("Ingen avgränsning som alla kodare" in m for m in said), said
        await pilot.press("u", *"båda delarna hör dit", "enter")  # a verdict that can apply
        await pilot.pause()
    with Project.open(demo) as project:
        assert next(v for v in project.cases() if v.case.id == case_id).verdict == "union"
