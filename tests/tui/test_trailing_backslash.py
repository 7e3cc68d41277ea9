"""A name ending in a backslash is shown as typed in a dialog's bold title (red team 12).

A dialog's title was the markup ``f"[b]{markup(title)}[/b]"``: Textual reads a backslash
before ``[`` as an escape and has none for the backslash itself, so a memo's title naming
the code "Styrning\\" showed as "Styrning[/b]" in bold to the line's end, and the same in
the one-line prompt and the below-the-threshold list; in the codebook's entry pane a code
whose shortcut is "\\" (one key, as any other) showed "Shortcut \\[/]" and the rest of
the pane in bold. The program's markup and the user's text are now kept apart
(``safe.filled``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label, Static

from qualcode import Project
from qualcode.tui.screens.memo_edit import MemoEditor
from qualcode.tui.screens.modals import TextPrompt
from tests.tui.conftest import documents_screen, open_codebook

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

TITLE = "Memo on Styrning\\"


async def test_a_title_ending_in_a_backslash_shows_as_typed(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        for dialog in (MemoEditor(TITLE), TextPrompt(TITLE)):
            app.push_screen(dialog)
            await pilot.pause()
            title = dialog.query(Label).first().render()
            assert str(title) == TITLE, dialog
            assert all(span.end - span.start == len(TITLE) for span in title.spans)
            dialog.dismiss(None)
            await pilot.pause()


async def test_a_backslash_shortcut_and_name_show_as_typed_in_the_codebook(
    project_file: Path,
) -> None:
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
        project.update_code(
            "integration", shortcut="\\", names={"en": "Integration\\"}, actor="lena"
        )
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.press("slash", *"integration", "enter")
        await pilot.pause()
        entry = screen.query_one("#cb-entry", Static).render()
        head, facts = str(entry).splitlines()[:2]
        assert head == "■ Integration\\  en" and "Shortcut \\ · " in facts, str(entry)
        assert "[/" not in str(entry)
        bold = [str(entry)[s.start : s.end] for s in entry.spans if str(s.style) == "b"]
        assert "\\" in bold and "■ Integration\\" in bold, bold
        assert not any("\n" in text or " · " in text for text in bold), bold  # no bold leak
