"""A decided case at 80x24 keeps its comments in view. The lead wrote what johan said
('johan: the friend's story sets up why the intro matters'), decided, and coming back to
the case read the decision and the boundaries line, three lines of it, and no comment:
the discussion has four rows there, and the comments came last (eyes40). Once a case is
decided its comments come before where the versions part, which mattered while deciding."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Static

from qualcode import Project
from tests.tui.conftest import documents_screen, five_on_one_passage, open_reconcile, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen

SAID = "the sentence before sets it up"


def _shown(widget: Static) -> str:
    width, height = widget.size
    return " ".join(s.text for s in widget.render_lines(Region(0, 0, width, height)))


async def test_the_comment_of_a_decided_boundary_case_shows_at_80x24(tmp_path: Path) -> None:
    path = tmp_path / "five.db"
    five_on_one_passage(path)
    with Project.open(path) as project:
        project.act_as("lena")
        case = project.cases()[0].case
        assert case.kind == "boundary"
        project.comment(case.id, "bo", SAID)
        project.decide(case.id, "accept:ada", "ada's sentence is whole", "lena")
    async with documents_screen(path, "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        talk = screen.query_one("#discussion", Static)
        shown = " ".join(_shown(talk).split())
    assert "ada's sentence is whole" in shown
    assert "bo" in shown and SAID in shown, shown


async def test_an_open_case_says_where_the_versions_part_first(tmp_path: Path) -> None:
    path = tmp_path / "five.db"
    five_on_one_passage(path)
    with Project.open(path) as project:
        project.act_as("lena")
        project.comment(project.cases()[0].case.id, "bo", SAID)
    async with documents_screen(path, "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        shown = " ".join(_shown(screen.query_one("#discussion", Static)).split())
    assert shown.index("ada, cilla, eva") < shown.index(SAID), shown
