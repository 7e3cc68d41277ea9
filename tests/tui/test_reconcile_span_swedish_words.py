"""The Swedish reconcile screen names a span one way, and a span typed wrong is refused on
its own line. Its keys said "s  Eget spann" (an English loan) while its other lines, the
verdict shown and the refusals said "egen avgränsning"; and "fel" typed as a span was taken,
a rationale asked for "egen avgränsning fel", and the span refused only after the lead had
written why (tui50, the lead in Swedish at 80x24). Now it is refused at once, in the words
the line asked in (START-SLUT), the line still holding what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.conftest import documents_screen, notifications, open_reconcile

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


async def test_the_keys_and_the_refusal_say_avgransning(demo: Path) -> None:
    async with documents_screen(demo, "lena", "sv", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        keys = app.export_screenshot().replace("&#160;", " ")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("s", *"fel", "enter")  # typed over the case's own span
        await pilot.pause()
        said = notifications(app)
        line = screen.query_one("#rationale", Input)
        still = (line.value, line.has_class("hidden"), screen.prompting)
    assert still == ("fel", False, "span")
    assert "Egen avgränsning" in keys and "spann" not in keys
    assert any("START-SLUT" in note for note in said), said
    assert not any("START-END" in note for note in said), said
