"""`u` after `A` takes back every coding the acceptance wrote, and its note said one: "Undone:
individual to systems perspective at “Vi har ett introduktionsprogram …”" after nine
accepted suggestions of three codes were taken back (tui48, a new coder at 80x24). A
step of several codings says how many, and where the first is; `U` alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.project import Project
from tests.tui.conftest import karins_coding_screen, notifications, pending_suggestions

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


def _coded(path: Path) -> int:
    with Project.open(path) as check:
        return len(check.codings(coder="karin"))


@pytest.mark.parametrize(
    ("lang", "undone", "redone"),
    [
        ("en", "Undone: 3 codings", "Redone: 3 codings"),
        ("sv", "Ångrat: 3 kodningar", "Gjort om: 3 kodningar"),
    ],
)
async def test_undoing_an_accept_all_says_how_many(
    project_file: Path, lang: str, undone: str, redone: str
) -> None:
    pending_suggestions(project_file, [0.95, 0.9, 0.85])
    async with karins_coding_screen(project_file, (80, 24), lang) as (pilot, app, _):
        await pilot.press("A")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        after_undo = notifications(app)[-1]
        await pilot.press("U")
        await pilot.pause()
        after_redo = notifications(app)[-1]
    assert after_undo.startswith(undone), after_undo
    assert after_redo.startswith(redone), after_redo
    assert _coded(project_file) == 3


async def test_one_coding_undone_is_still_named_by_its_code(project_file: Path) -> None:
    pending_suggestions(project_file, [0.95, 0.9])
    async with karins_coding_screen(project_file, (80, 24)) as (pilot, app, _):
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        note = notifications(app)[-1]
    assert note.startswith("Undone: Integration at “"), note
