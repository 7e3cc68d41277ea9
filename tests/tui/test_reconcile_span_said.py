"""``s`` (a span the lead types) says what the line takes while the case's own span stands
in it. The line opens holding "1567-1806", selected to type over (eyes39), and the words
saying what that is ("Span as START-END or START-END:CODE ...") were the placeholder, which
a line holding text never shows: the lead of three at 80x24 met two numbers and nothing
saying they were characters, nor that a code may follow (tui50)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.conftest import documents_screen, open_reconcile

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


@pytest.mark.parametrize(("lang", "said"), [("en", "START-END"), ("sv", "START-SLUT")])
async def test_the_span_line_says_what_it_takes(demo: Path, lang: str, said: str) -> None:
    async with documents_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        case = screen.views[0].case
        await pilot.press("s")
        await pilot.pause()
        prompt = screen.query_one("#rationale", Input)
        value = prompt.value
        shown = app.export_screenshot().replace("&#160;", " ")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")  # a comment's line, after it, says only its own words
        await pilot.pause()
        after = app.export_screenshot().replace("&#160;", " ")
    assert value.startswith(f"{case.start}-{case.end}")
    assert said in shown
    assert said not in after
