"""The reconcile screen's agreement line shows code and coder names as typed. It was put
into its Static as a markup string: a code named with square brackets (a lead's
'[b]Samverkan[/b]', or '[link=https://...]') stopped the whole TUI with a MarkupError as
the lead opened reconcile, and a '[@click=app.quit]' in a name would have been a live
action on the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import team_project
from tests.tui.conftest import documents_screen, open_reconcile, settled

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen

CODE = "[@click=app.quit]Q[/] [b]Samverkan[/b] [link=https://x.y]L[/link]"
CODER = "[@click=app.quit]mira[/]"


async def test_the_line_shows_names_holding_markup_as_typed(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    project.update_code("mission", actor="lena", names={"sv": CODE, "en": CODE})
    project.add_coder(CODER, actor="lena")
    first, second = project.units(doc)[:2]
    for coder, unit in (("karin", first), (CODER, second)):
        project.act_as(coder)
        project.add_coding(doc, unit.start, unit.end, "mission", coder)
        project.set_status(doc, coder, "done")
    project.act_as("lena")
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app)
        assert app.is_running
        line = str(screen.query_one("#agreement", Static).render())
        assert line.startswith(f"{CODE}: coders α")
        for keys in (("u", *"both", "enter"), ("down", "u", *"both", "enter")):
            await settled(pilot, app, *keys)
        await settled(pilot, app, "up")
        assert app.is_running
        line = str(screen.query_one("#agreement", Static).render())
    assert f"consensus vs {CODER} α" in line
