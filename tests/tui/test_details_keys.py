"""At 80x24 the coding sidebar's details (a suggestion's evidence, the code's definition,
criteria and example) run past the screen's foot; a keyboard user over SSH had no way to
read the rest (only a mouse wheel scrolled the pane). `>` and `<` page it while the
cursor stays in the text, and the keys panel lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.keys_help import KeysScreen
from qualcode.tui.widgets.text_pane import TextPane
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

LONG = " ".join(
    f"Sentence {i} on how the mission is talked over between levels." for i in range(30)
)


async def test_the_details_page_down_and_up_by_keyboard(project_file: Path) -> None:
    with Project.open(project_file) as project:
        project.update_code("mission_dialogue", definitions={"en": LONG})
        doc = project.document(project.documents()[0].id)
        start = doc.text.index("Politikerna bestämde")
        project.add_coding(doc.id, start, start + 40, "mission_dialogue", "karin")
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        screen.transcript.move_to_offset(start)
        await pilot.pause()
        pane = screen.query_one("#details", TextPane)
        assert "Sentence 29" in pane.markup  # shown, but below the pane's foot
        assert pane.max_scroll_y > 0 and pane.scroll_y == 0
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert pane.scroll_y > 0 and screen.transcript.has_focus
        for _ in range(20):
            await pilot.press("greater_than_sign")
        await pilot.pause()
        assert pane.scroll_y == pane.max_scroll_y
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert 0 < pane.scroll_y < pane.max_scroll_y
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        listed = {(keys, what) for _section, keys, what in app.screen.rows}
        assert (">", "Details (evidence, definition) down") in listed
        assert ("<", "Details up") in listed
