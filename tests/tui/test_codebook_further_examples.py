"""The codebook screen shows a code's further examples (how it is also spoken of in other
registers) under their own label, in the language shown."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.widgets import Static

from qualcode import Project
from qualcode.tui.screens.codebook import CodebookScreen
from tests.conftest import small_codebook
from tests.tui.conftest import documents_screen, open_codebook

NEWS_SV = "Den nya nämnden besökte alla enheter för att höra vad personalen behöver."
NEWS_EN = "The new board visited every unit to hear what the staff need."


def _entry(screen: CodebookScreen) -> str:
    return str(screen.query_one("#cb-entry", Static).render())


async def test_further_examples_are_shown_and_labelled(tmp_path: Path) -> None:
    path = tmp_path / "cb.db"
    book = small_codebook()
    first = replace(book.codes[0], further_examples={"sv": (NEWS_SV,), "en": (NEWS_EN,)})
    with Project.create(path) as project:
        project.apply_codebook(replace(book, codes=(first, *book.codes[1:])))
        project.add_coder("karin")
    async with documents_screen(path, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.press("slash", *"mission_dialogue", "enter")
        await pilot.pause()
        assert screen.current_key == "mission_dialogue"
        shown = _entry(screen)
        assert "Further examples (other registers)" in shown and NEWS_EN in shown
        assert shown.index("Further examples") > shown.index("Examples")
        assert NEWS_SV not in shown
        await pilot.press("l")
        await pilot.pause()
        shown = _entry(screen)  # the content in Swedish, the labels in the interface's
        assert "Further examples (other registers)" in shown and NEWS_SV in shown
        assert NEWS_EN not in shown
