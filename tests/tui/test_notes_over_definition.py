"""A note on the coding screen covers a code's definition before the codebook's list
(eyes38). The notes sat at the sidebar's bottom only while the details pane left it blank
(eyes37b); with the turning points' definitions, some thirty lines, the pane was always
full, so every "Kodat …" note went to the top, over the codebook's list the coder codes
from. The definition below the name, evidence and memos is reference: a note may stand
over it for the seconds it shows, never over the lines above it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from qualcode.tui.app import build_app
from tests.tui.conftest import open_first_document


async def test_a_note_after_coding_covers_the_definition_not_the_codebook(demo: Path) -> None:
    app = build_app(demo, "karin", "sv")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await open_first_document(pilot, app)
        await pilot.press("j", "j", "j", "2")  # an answer's sentence coded: a note says so
        await pilot.pause()
        await pilot.pause()
        toasts = list(screen.query(Toast))
        assert toasts
        pane = screen.query_one("#details")
        assert pane.virtual_size.height > pane.region.height  # full of definition
        codebook = screen.query_one("#codebook-box").region
        name = pane.region._replace(height=2)  # the code's name heads the pane
        for toast in toasts:
            assert not toast.region.overlaps(codebook), (toast.region, codebook)
            assert not toast.region.overlaps(name), (toast.region, name)
