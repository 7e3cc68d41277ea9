"""Notes do not pile up. On the coding screen at 80x24 the notes stood in a column over the
sidebar's evidence: "Suggestions are still being computed…" twice for two presses of n, then
"Computing suggestions…" under them (eyes20). Now a note there replaces the one before; on
other screens a note still showing is not posted again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import documents_screen, karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_a_note_on_the_coding_screen_replaces_the_one_before(demo: Path) -> None:
    async with karins_coding_screen(demo) as (pilot, app, _):
        await pilot.press("n", "n", "u")  # no suggestion here, twice; nothing to undo
        await pilot.pause()
        notes = notifications(app)  # type: ignore[attr-defined]
    assert notes == ["Nothing to undo"]


async def test_the_same_note_is_not_stacked_elsewhere(demo: Path) -> None:
    async with documents_screen(demo, "karin", size=(80, 24)) as (pilot, app, _):
        app.notify("Wrote summary.docx")
        app.notify("Wrote summary.docx")
        await pilot.pause()
        notes = notifications(app)  # type: ignore[attr-defined]
    assert notes == ["Wrote summary.docx"]
