"""The suggestion line says so when every suggestion of the document is decided: it went
blank at the last one, as though none had ever been made, and said nothing of `l`, the
sentences below the threshold (eyes42's coder, having decided all 28 of aby_03's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen, pending_suggestions

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "All 3 suggestions here are decided: 2 accepted, 1 rejected. l lists the "
            "sentences below the threshold",
        ),
        (
            "sv",
            "Alla 3 förslag här är avgjorda: 2 godtagna, 1 avvisade. l listar meningarna "
            "under tröskeln",
        ),
    ],
)
async def test_the_line_counts_the_decisions_once_none_waits(
    project_file: Path, lang: str, said: str
) -> None:
    pending_suggestions(project_file, [0.95, 0.9, 0.85])
    async with karins_coding_screen(project_file, (100, 30), lang) as (pilot, _, screen):
        assert "3" in screen.sidebar.shown("suggest-status")  # three wait at first
        await pilot.press("a", "a", "r")  # each goes on to the next suggestion
        await pilot.pause()
        assert not screen.pending_suggestions
        shown = " ".join(screen.sidebar.shown("suggest-status").split())
        assert shown == said
        await pilot.press("u")  # the rejection taken back: one waits again
        await pilot.pause()
        shown = screen.sidebar.shown("suggest-status")
        assert "1 suggestion" in shown or "1 förslag" in shown
        assert "decided" not in shown and "avgjorda" not in shown


async def test_one_suggestion_rejected_says_which(project_file: Path) -> None:
    pending_suggestions(project_file, [0.9])
    async with karins_coding_screen(project_file, (100, 30)) as (pilot, _, screen):
        await pilot.press("r")
        await pilot.pause()
        shown = " ".join(screen.sidebar.shown("suggest-status").split())
    assert shown.startswith("The one suggestion here is decided: rejected."), shown


async def test_no_suggestion_ever_made_leaves_the_line_empty(project_file: Path) -> None:
    async with karins_coding_screen(project_file, (100, 30)) as (_, _, screen):
        assert screen.sidebar.shown("suggest-status") == ""


def test_decided_here_counts_only_the_coders_own(project_file: Path) -> None:
    """The service's count: karin's decisions on this document; a colleague's are not hers."""
    pending_suggestions(project_file, [0.95, 0.9])
    with Project.open(project_file) as project:
        project.act_as("karin")
        doc = project.documents()[0].name
        first, second = project.suggestions(doc)
        assert project.decided_here(doc, "karin") == (0, 0)
        project.accept_suggestions([first.id], "karin")
        project.reject_suggestions([second.id], "karin")
        assert project.decided_here(doc, "karin") == (1, 1)
        project.reopen_suggestions([second.id], "karin")
        assert project.decided_here(doc, "karin") == (1, 0)
