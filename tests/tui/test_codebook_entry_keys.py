"""The codebook screen at 80x24: a code's definition, criteria and examples run past the
screen's foot, and a keyboard user reached the rest only by tabbing past the search box
into the pane (no key said so). `>` and `<` page the entry while the tree keeps focus,
for a coder too (the screen is read-only for her)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Tree

from qualcode import Project
from tests.tui.conftest import documents_screen, open_codebook

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

LONG = " ".join(f"Mening {i} om hur uppdraget samtalas om mellan nivåerna." for i in range(30))


async def test_a_coder_pages_the_entry_by_keyboard(project_file: Path) -> None:
    with Project.open(project_file) as project:
        for key in ("mission_dialogue", "integration", "caseload"):
            project.update_code(key, definitions={"en": LONG})
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.press("down")  # a code under the root
        await pilot.pause()
        assert screen.current_key in ("mission_dialogue", "integration", "caseload")
        detail = screen.query_one("#cb-detail", VerticalScroll)
        assert detail.max_scroll_y > 0 and detail.scroll_y == 0
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert detail.scroll_y > 0 and screen.query_one(Tree).has_focus
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert detail.scroll_y == 0
