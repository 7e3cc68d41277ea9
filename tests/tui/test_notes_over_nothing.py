"""The coding screen's notes sit where they cover nothing the coder needs (eyes37b).

They were put at the top of the sidebar so as not to cover a suggestion's evidence at its
bottom (eyes21), and there they covered the codebook's list the coder codes from, each
time a passage was coded. While the details pane leaves the sidebar's bottom blank, the
notes now sit there; with evidence shown they stay at the top."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from qualcode.tui.app import build_app
from tests.tui.conftest import open_first_document


async def test_a_note_after_coding_leaves_the_codebook_in_view(project_file: Path) -> None:
    app = build_app(project_file, "karin", "sv")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await open_first_document(pilot, app)
        await pilot.press("1")  # the sentence under the cursor coded: a note says so
        await pilot.pause()
        await pilot.pause()
        toasts = list(screen.query(Toast))
        assert toasts
        codebook = screen.query_one("#codebook-box").region
        footer = screen.query_one("KeysFooter").region
        for toast in toasts:
            assert not toast.region.overlaps(codebook), (toast.region, codebook)
            assert not toast.region.overlaps(footer), (toast.region, footer)
