"""The agreement tab says what its column headings stand for. The table heads its figures
"AC1", "BP" and "uα" (at 80 columns "Fleiss" and "Cohen" too), and nothing on the page
said what they were: the methods paragraph under it names Gwet's AC1 and the unitizing
alpha but never Brennan-Prediger, so a lead of three coders at 80x24 read "BP 0.95" beside
each code with no way to tell what it measured (tui50)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Static

from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


async def _page_text(demo: Path, lang: str) -> str:
    """What the block under the table shows on an 80x24 screen, its lines joined."""
    async with reports_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        methods = screen.query_one("#methods", Static)
        width, height = methods.size
        lines = methods.render_lines(Region(0, 0, width, height))
        return " ".join(strip.text.strip() for strip in lines)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", ["BP Brennan-Prediger", "AC1 Gwet's", "uα Krippendorff's unitizing alpha"]),
        ("sv", ["BP Brennan-Predigers", "AC1 Gwets", "uα Krippendorffs segmenteringsalfa"]),
    ],
)
async def test_the_headings_are_said_under_the_table(
    demo: Path, lang: str, said: list[str]
) -> None:
    text = await _page_text(demo, lang)
    for words in said:
        assert words in text, words
