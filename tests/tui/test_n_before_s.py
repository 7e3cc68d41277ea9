"""`n`, `a` or `r` where no suggestion waits in the document say so and name the keys that
find some: a new coder's first `n`, before any `s`, said "No suggestion here", as though
another passage had one, and nothing said that `s` computes them (eyes42)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, notifications, pending_suggestions

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "No suggestion waits in this document (s suggests; l lists the sentences"),
        ("sv", "Inga förslag väntar i dokumentet (s föreslår; l listar meningarna"),
    ],
)
async def test_n_with_nothing_pending_names_s_and_l(
    project_file: Path, lang: str, said: str
) -> None:
    async with karins_coding_screen(project_file, (100, 30), lang) as (pilot, app, _):
        for key in ("n", "a", "r"):
            app.clear_notifications()
            await pilot.press(key)
            await pilot.pause()
            notes = notifications(app)
            assert notes and notes[-1].startswith(said), (key, notes)


async def test_a_off_a_suggestion_elsewhere_still_says_here(project_file: Path) -> None:
    pending_suggestions(project_file, [0.9], first=3)  # one, on the fourth sentence
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("a")  # on the first sentence: none here, one further on
        await pilot.pause()
        notes = notifications(app)
    assert notes[-1] == "No suggestion here", notes
