"""While `s` computes and every document is being embedded, the coding screen shows the
suggestion bar, its words line and the embedding line above the footer; a note sat on the
bar ("━━━╸━━━▌ Computing suggestions…   %"), hiding its percentage, at 80x24 (tui48, a new
coder's first `s`): the notes made room for the bar and its words, or for the embedding
line, never for all three."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast, ToastRack

from qualcode.tui.app import build_app
from qualcode.tui.screens.coding import CodingScreen


async def test_a_note_stays_above_the_bar_and_both_lines(project_file: Path) -> None:
    app = build_app(project_file, "karin", "en")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CodingScreen)
        screen.add_class("-working", "-embedding")  # `s` under way, the queue embedding
        for part, words in (
            ("#embed-status", "Starting the suggester…"),
            ("#embed-queue", "Improving suggestions: 472 read, 15 970 to go · keep coding"),
        ):
            line = screen.query_one(part)
            line.remove_class("hidden")
            line.update(words)  # type: ignore[attr-defined]
        bar = screen.query_one("#progress")
        bar.remove_class("hidden")
        rack = screen.query_one(ToastRack)
        rack.add_class("-below")  # the sidebar's bottom blank: the notes sit there
        screen.notify("Computing suggestions…")
        for _ in range(3):
            await pilot.pause(0.1)
        lowest = min(
            bar.region.y, *(screen.query_one(p).region.y for p in ("#embed-status", "#embed-queue"))
        )
        toasts = list(screen.query(Toast))
        assert toasts
        for toast in toasts:  # each note ends above the bar and both lines
            assert toast.region.bottom <= lowest, (toast.region, bar.region)
