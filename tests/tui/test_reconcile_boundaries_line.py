"""The reconcile screen says in one line where a boundary case's versions part (eyes36:
five coders, two of them apart from the others on boundaries only; four panes of one
answer, each marked a little differently, to compare by eye)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import team_project
from tests.tui.conftest import documents_screen, open_reconcile, settled

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen

TALK = (
    "I: Hur tog ni emot den nya kollegan?\n"
    "R: Först fick hon bara läsa in sig. Sedan gick hon bredvid mig i två veckor. "
    "Hon fick fem ärenden den första månaden. Det var mindre än vi andra hade.\n"
)


async def test_the_line_names_who_drew_alike_and_where_the_other_parts(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db", document=("kollegan.txt", TALK))
    project.add_coder("maja", actor="lena")
    units = project.units(doc)
    for coder, first in (("karin", 1), ("johan", 1), ("maja", 2)):
        project.act_as(coder)
        project.add_coding(doc, units[first].start, units[-1].end, "mission", coder)
        project.set_status(doc, coder, "done")
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", "sv", size=(160, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app)
        said = str(screen.query_one("#discussion", Static).render())
    first = said.splitlines()[0]
    assert (
        first == "Gränser: johan, karin lika · maja: inte ”Först fick hon bara läsa in …” i början"
    )
