"""The reconcile screen's agreement line at 80 columns leaves out its last clauses whole,
"…" saying so (tui47). It was cut where its two lines ended: "From individual to systems
perspective: coders α 0.578 · … · 1 of 37 cases of these codes decided · consensus against
the coders once", as though the consensus had differed from the coders once."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode.tui.screens.reconcile_agreement import LINES, fitted
from tests.conftest import code_apart, team_project
from tests.tui.conftest import documents_screen, open_reconcile, settled

LONG = "From individual to systems perspective"


def test_clauses_go_whole_from_the_end() -> None:
    text = "A code: coders α 0.5 · 1 of 2 cases decided · consensus later once all are decided"
    assert fitted(text, 200) == text
    assert fitted(text, 40) == "A code: coders α 0.5 · 1 of 2 cases decided · …"
    assert fitted(text, 0) == text  # not laid out yet: nothing to fit


@pytest.mark.slow
async def test_the_line_at_80_columns_ends_with_a_whole_clause(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    project.act_as("lena")
    project.update_code("mission", names={"sv": LONG, "en": LONG}, actor="lena")
    code_apart(project, doc)
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, "u", *"both", "enter")
        await settled(pilot, app, "up")
        line = screen.query_one("#agreement", Static)
        shown = str(line.render())
        width = line.size.width
    assert shown.startswith(f"{LONG}: coders α") and "1 of 2 cases" in shown, shown
    assert len(textwrap.wrap(shown, width, break_on_hyphens=False)) <= LINES, shown
    # the clause about the consensus whole, or left out with "…"
    assert shown.endswith(("are decided", " · …")), shown
