"""The text search's line counts one hit in the singular: "1 träffar" in the Swedish
interface, "1 hits" in English (eyes34)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode.tui.app import build_app
from qualcode.tui.screens.text_search import TextSearchScreen
from tests.tui.conftest import settle

# slow: drives a whole Textual app through the screen
pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "one", "two"), [("sv", "1 träff · ", "2 träffar · "), ("en", "1 hit · ", "2 hits · ")]
)
async def test_one_hit_is_said_in_the_singular(
    project_file: Path, lang: str, one: str, two: str
) -> None:
    app = build_app(project_file, "karin", lang)
    lines = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        for typed in ("politiker", "arbetsmiljö"):  # one answer's word; then two
            if lines:
                await pilot.press("/")
                await pilot.pause()
                await pilot.press("ctrl+u")
            await pilot.press(*typed, "enter")
            await settle(app, pilot)
            screen = app.screen
            assert isinstance(screen, TextSearchScreen)
            lines.append((len(screen.hits), str(screen.query_one("#search-line", Static).render())))
    assert lines[0][0] == 1 and lines[0][1].startswith(one)
    assert lines[1][0] == 2 and lines[1][1].startswith(two)
