"""A lead whose default team counts no document is told which teams finished documents
together (eyes42).

Six coders, each pair or three of them finishing other transcripts, opened the agreement
tab on "0 of 15 documents", a dash for every coder and "no document had been worked on by
every rater": which names to type at `t` was left to guess. The tab now lists the teams
each document's finishers make, with how many documents each would count.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from qualcode import Project
from qualcode.project.default_team import together
from tests.conftest import two_finish_aby_05
from tests.tui.conftest import agreement_table, reports_screen

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


def test_the_teams_are_each_documents_finishers_most_documents_first() -> None:
    done = {
        "ann": {"d1", "d2", "d3"},
        "bo": {"d1", "d2", "d3", "d4"},
        "cai": {"d1", "d2"},
        "dan": {"d4"},
        "eva": {"d5"},
    }
    teams = together(["ann", "bo", "cai", "dan", "eva"], done, ["d1", "d2", "d3", "d4", "d5"])
    assert teams == ((("ann", "bo"), 3), (("ann", "bo", "cai"), 2), (("bo", "dan"), 1))


async def test_the_agreement_tab_names_the_teams_when_none_counts(demo: Path) -> None:
    two_finish_aby_05(demo)  # karin and omar finish aby_05, which johan and mira never began
    with Project.open(demo) as project:  # and omar's name makes the default team count none
        project.act_as("lena")
        scope = project.team_scope()
    assert scope.documents == () and scope.together
    async with reports_screen(demo, "lena", "en", size=(100, 40)) as (pilot, app, screen):
        await agreement_table(app, pilot)
        said = str(screen.query_one("#methods", Static).render())
    assert "Teams that finished documents together (t counts one):" in said, said
    assert "karin, omar: 1 document\n" in said + "\n", said
    assert "johan, karin, mira: 6 documents" in said, said
    assert "α without" not in said  # no dash per coder


async def test_t_offers_the_team_that_finished_most_together(demo: Path) -> None:
    # offered the default team, which counts none, a lead retyped a team the tab named
    # (user50); now Enter counts the first of them, johan and karin with 8 documents
    two_finish_aby_05(demo)
    async with reports_screen(demo, "lena", "en", size=(100, 40)) as (pilot, app, screen):
        await agreement_table(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        assert app.screen.query_one("#prompt-value", Input).value == "johan, karin"
        await pilot.press("enter")
        await agreement_table(app, pilot)
        said = str(screen.query_one("#methods", Static).render())
    assert "2 coders (johan, karin), 8 of 15 documents" in said, said
