"""At 80x24 a suggestion's evidence is in view without paging: the sidebar's line on the
waiting suggestions took four of its rows ("13 suggestions: n next, a accept, r reject; A
accepts 9 scoring ≥ 0.80 (+/− to change)", keys the footer shows too), and the words the
engine found fell below the screen's last row (tui48, a new coder on aby_01). The line
says how many wait and what `A` takes, in two rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.widgets.text_pane import TextPane
from tests.tui.conftest import karins_coding_screen, pending_suggestions

pytestmark = pytest.mark.slow  # drives the whole app (run_test)

EVIDENCE = {"learned_from": "karin", "words": ["arbetsbelastning"], "nearest": "Ett exempel"}


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_the_evidence_shows_under_the_suggestion(project_file: Path, lang: str) -> None:
    pending_suggestions(project_file, [0.95, 0.9, 0.85], evidence=EVIDENCE)
    async with karins_coding_screen(project_file, (80, 24), lang) as (pilot, _, screen):
        await pilot.press("n")
        await pilot.pause()
        status = screen.sidebar.query_one("#suggest-status")
        pane = screen.sidebar.query_one(TextPane)
        shown = [pane.render_line(y).text for y in range(pane.size.height)]
        bottom = pane.region.bottom
        footer = screen.query_one("KeysFooter").region.y
        rows = status.size.height
    assert rows <= 3, rows  # a blank row and two of words
    assert bottom <= footer
    assert any("arbetsbelastning" in line for line in shown), shown
