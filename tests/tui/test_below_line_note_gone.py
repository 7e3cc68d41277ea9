"""Once the sentences below the threshold are listed, the note that they are being ranked
is gone: it stayed beside the list it had already given, "Ranking the sentences below the
threshold…", as though more were still coming (eyes42, a new coder at 100x32 and 80x24).

Driven with Pilot against a real project file and the real helper process and engine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.screens.below_line import BelowLineScreen
from tests.tui.conftest import documents_screen, notifications, open_first_document


@pytest.mark.slow
async def test_the_ranking_note_goes_when_the_list_comes(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        await open_first_document(pilot, app)
        await pilot.press("l")
        for _ in range(600):  # the helper fits the engine first: seconds on a loaded machine
            await pilot.pause(0.1)
            if isinstance(app.screen, BelowLineScreen):
                break
        assert isinstance(app.screen, BelowLineScreen), "the list never opened"
        await pilot.pause()
        said = notifications(app)
    assert not [n for n in said if n.startswith("Ranking the sentences")], said
