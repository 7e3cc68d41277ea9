"""ctrl+c tells how to quit in the interface's language, as plain words (eyes33).

Textual's own note is English with markup, and this app writes every toast as plain
text: a Swedish coder pressing ctrl+c read "Do you want to quit? Press [b]q[/b] to quit
the app"."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.app import build_app
from qualcode.tui.screens.documents import DocumentsScreen

pytestmark = pytest.mark.slow  # a whole Textual app


@pytest.mark.parametrize(
    ("lang", "said", "asked"),
    [
        ("sv", "Tryck q för att avsluta", "Vill du avsluta?"),
        ("en", "Press q to quit", "Do you want to quit?"),
    ],
)
async def test_ctrl_c_says_how_to_quit_in_the_interface_language(
    demo: Path, lang: str, said: str, asked: str
) -> None:
    app = build_app(demo, "karin", lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        await pilot.press("ctrl+c")
        await pilot.pause()
        notes = list(app._notifications)
        assert app.is_running  # ctrl+c quits nothing
    assert [(str(n.message), n.title) for n in notes] == [(said, asked)]
