"""The agreement tab's table gives three decimals where the screen is wide enough, as the
methods paragraph under it does, and two where it is not (a third decimal would overrun
the screen or cost a code's name a word), saying so above the paragraph.

The table read 0.61 above a paragraph citing 0.614 for the same alpha; three decimals at
80 columns made it 81 cells wide in 78 (stop 44, reverted). Now a wide screen agrees with
the paragraph figure for figure, and a narrow one tells the lead why it does not (tui45).
The per-coder lines under the table follow it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.tui.conftest import agreement_table, reports_screen

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen

FIGURE = re.compile(r"^-?\d+[.,](\d+)$")
ROUNDED = {
    "en": "rounded to two decimals to fit this width",
    "sv": "avrundade till två decimaler för att få plats",
}


def _decimals(table: object) -> set[int]:
    """The decimals of every coefficient in the table (after the name, units and %)."""
    seen = set()
    for r in range(table.row_count):  # type: ignore[attr-defined]
        for cell in table.get_row_at(r)[2:]:  # type: ignore[attr-defined]
            for part in str(cell).split("–"):
                match = FIGURE.match(part.strip())
                if match and "%" not in str(cell):
                    seen.add(len(match.group(1)))
    return seen - {1}  # percent agreement keeps one decimal


@pytest.mark.parametrize(
    ("size", "lang", "digits"),
    [
        ((130, 40), "en", 3),
        ((120, 40), "sv", 3),
        ((120, 40), "en", 2),  # "mission monologue to mission dialogue" would lose a word
        ((100, 30), "en", 2),
        ((80, 24), "sv", 2),
    ],
)
async def test_three_decimals_where_they_fit_two_said_where_not(
    demo: Path, size: tuple[int, int], lang: str, digits: int
) -> None:
    async with reports_screen(demo, "lena", lang, size=size) as (pilot, app, screen):
        table = await agreement_table(app, pilot)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert _decimals(table) == {digits}
        page = str(screen.query_one("#methods", Static).render())
        counted, _, paragraph = page.partition("\n\n")
        mark = "," if lang == "sv" else "."
        # the per-coder lines: "johan  κ 0.548   α without 0.753"
        coders = re.findall(rf"κ (\d+{re.escape(mark)}\d+)", counted)
        assert coders and {len(f.split(mark)[1]) for f in coders} == {digits}, counted
        assert (ROUNDED[lang] in counted) is (digits == 2), counted
        # the paragraph gives three, as ever
        assert re.search(rf"\b0{re.escape(mark)}\d\d\d\b", paragraph), paragraph
