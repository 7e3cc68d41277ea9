"""`s` on a fresh project says in words that the suggester is starting (small34c).

Starting the helper process takes ~25 s on a loaded machine; until its first report the
coding screen showed only a bar pulsing at "--%", and a coder could not tell it from a hang.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode.tui.app import build_app
from qualcode.tui.screens.suggesting import SuggestProgress
from tests.tui.conftest import open_first_document

pytestmark = pytest.mark.slow  # drives the whole app and its helper process


@pytest.mark.parametrize(
    ("lang", "starting", "working"),
    [
        ("en", "Starting the suggester…", "Computing suggestions…"),
        ("sv", "Startar förslagsmotorn…", "Beräknar förslag…"),
    ],
)
async def test_the_words_line_speaks_from_the_first_moment(
    project_file: Path, lang: str, starting: str, working: str
) -> None:
    app = build_app(project_file, "karin", lang)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_document(pilot, app)
        assert not app.background.running
        await pilot.press("s")
        status = screen.query_one("#embed-status", Static)
        assert not status.has_class("hidden")
        assert str(status.render()).startswith(starting)
        screen.post_message(SuggestProgress(1, 4))  # the helper's first report
        await pilot.pause()
        assert str(status.render()) == working
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert status.has_class("hidden")  # gone when the suggestions are in
