"""A note shows once while a dialog is open over the screen that gave it. A new coder
accepted a suggestion ('Accepted as integrating work environment … · Next: …') and pressed
m: the note stood twice, in the sidebar and again at the bottom under the memo dialog, the
screen underneath keeping its own while the dialog showed the app's notes (eyes40). The
screen underneath hides its notes until it is back on top, and then shows them again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets._toast import Toast

from qualcode.tui.app import build_app
from tests.tui.conftest import open_first_document


def _showing(app: Any) -> list[str]:
    """The screens (by class) whose notes are on view: a rack displayed, holding a note."""
    return [
        type(screen).__name__
        for screen in app.screen_stack
        if screen.query(Toast) and all(r.display for r in screen.query("#textual-toastrack"))
    ]


async def test_a_note_is_not_shown_twice_under_a_dialog(project_file: Path) -> None:
    app = build_app(project_file, "karin", "en")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_first_document(pilot, app)
        app.notify("a note that stays a while", timeout=600)
        await pilot.pause()
        assert _showing(app) == ["CodingScreen"]
        await pilot.press("c")  # the code picker, a dialog over the transcript
        await pilot.pause()
        await pilot.pause()
        over = app.screen
        assert over is not screen
        assert _showing(app) == [type(over).__name__]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen
        assert _showing(app) == ["CodingScreen"]
