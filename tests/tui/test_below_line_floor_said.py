"""`l` with nothing to list says why: no sentence below the threshold reaches the floor of
one in twenty (``NO_SIGNAL``), under which the list leaves sentences out. It said "No
sentence below the threshold scores for any code here", which a coder read as the engine
having read nothing at all (eyes42)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.project import NO_SIGNAL
from qualcode.tui.screens.below_line import BelowLineRanked, BelowLineScreen
from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # the whole app (run_test)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "reaches one in twenty ({floor}) for any code here"),
        ("sv", "når en på tjugo ({floor}) för någon kod här"),
    ],
)
async def test_an_empty_ranking_names_the_floor(project_file: Path, lang: str, said: str) -> None:
    async with karins_coding_screen(project_file, (100, 30), lang) as (pilot, app, screen):
        # what the helper answers when every sentence scores under the floor
        screen.post_message(BelowLineRanked([]))
        await pilot.pause()
        notes = notifications(app)
        assert not isinstance(app.screen, BelowLineScreen)
    floor = app.t.figure(NO_SIGNAL)
    assert floor == ("0,05" if lang == "sv" else "0.05")
    assert any(said.format(floor=floor) in note for note in notes), notes
