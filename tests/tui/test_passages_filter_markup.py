"""The passages screen's filter line shows coder names and attribute values as typed.
The line went into its Static as markup: choosing a coder named with square brackets (o)
or an attribute value holding them (a) stopped the whole TUI with a MarkupError, or made
a '[@click=app.quit]' in the name a live action on the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import team_project
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # a whole Textual app through the passages screen

CODER = "[@click=app.quit]mira[link=x"
VALUE = "[b]Malmö [link=https://x.y]L"


async def test_the_filter_line_shows_names_and_values_as_typed(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    project.add_coder(CODER, actor="lena")
    project.set_attributes(doc, {"kommun": VALUE}, "lena")
    unit = project.units(doc)[0]
    project.act_as(CODER)
    project.add_coding(doc, unit.start, unit.end, "mission", CODER)
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(120, 40)) as (pilot, app, _):
        await pilot.press("v")
        await pilot.pause()
        screen = app.screen
        for _ in range(len(app.project.coders())):
            await pilot.press("o")
            await pilot.pause()
            if screen.filters.coders == (CODER,):  # type: ignore[attr-defined]
                break
        assert app.is_running
        line = str(screen.query_one("#retrieve-filter", Static).render())
        assert f"coder {CODER} ·" in line
        await pilot.press("o", "a")  # every coder again, then the first attribute value
        await pilot.pause()
        assert app.is_running
        line = str(screen.query_one("#retrieve-filter", Static).render())
    assert f"kommun={VALUE}" in line
