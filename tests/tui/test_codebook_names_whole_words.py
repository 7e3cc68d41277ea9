"""The codebook screen's tree names codes in whole words (eyes38). At 120 columns it cut
the long turning points in their middle, "Från separering till integrer…verksamhetskvalitet",
"Från kortsiktighet till långs…onomiska styrningen": two half words each, where every other
list of the TUI now gives way after whole words (``labels.word_names``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Tree

from qualcode.tui.screens.codebook import CodebookScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives a whole Textual app to the codebook screen


async def test_the_tree_cuts_no_name_in_its_middle(demo: Path) -> None:
    async with documents_screen(demo, "lena", "sv", size=(120, 35)) as (pilot, app, _):
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert isinstance(app.screen, CodebookScreen)
        tree = app.screen.query_one(Tree)
        lines = [tree.render_line(y).text.rstrip() for y in range(tree.region.height)]
    named = [line for line in lines if "till" in line]
    assert len(named) == 4, lines  # the four turning points
    for line in named:
        assert "…" not in line or line.endswith("…"), line
