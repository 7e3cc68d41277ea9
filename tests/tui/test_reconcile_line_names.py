"""The reconcile screen is a view the lead works in: its panels name each coder as stored
("[1] karin"), and the agreement line under them names her the same way, even with karin
on the pseudonym key. Once `agree` named coders through the key (eyes9), the line read
"consensus vs Kodare A" under karin's panel; the pseudonyms are for what leaves the
project (exports, `agree`, the reports screen's methods paragraph)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import code_apart, team_project
from tests.tui.conftest import documents_screen, open_reconcile, settled

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


async def test_the_line_names_coders_as_the_panels_do(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    code_apart(project, doc)
    project.act_as("lena")
    project.set_pseudonym("karin", "Kodare A", "lena", kind="person")
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        for keys in (("u", *"both", "enter"), ("down", "u", *"both", "enter")):
            await settled(pilot, app, *keys)
        await settled(pilot, app, "up")
        line = str(screen.query_one("#agreement", Static).render())
    assert "2 of 2 cases of these codes decided" in line
    assert "consensus vs karin α" in line and "Kodare A" not in line
