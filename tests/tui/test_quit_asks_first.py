"""`q` on the documents list, the screen the TUI opens on, asks before it quits: a second
`q` while its note shows quits. It quit at once, so a lead pressing `q q` to back out of
the reports left the TUI (tui50: nothing lost, but jarring). In both languages; `?` says
that it takes two."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.screens.documents import DocumentsScreen
from qualcode.tui.screens.keys_help import KeysScreen
from qualcode.tui.screens.reports import ReportsScreen
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # drives the whole app


@pytest.mark.parametrize(
    ("lang", "asked", "help_says"),
    [
        ("en", "Press q again to quit", "press twice"),
        ("sv", "Tryck q igen för att avsluta", "tryck två gånger"),
    ],
)
async def test_q_q_from_the_reports_stays_and_a_third_q_quits(
    project_file: Path, lang: str, asked: str, help_says: str
) -> None:
    async with documents_screen(project_file, "karin", lang, size=(80, 24)) as (pilot, app, _):
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ReportsScreen)
        await pilot.press("q", "q")  # backing out of the reports
        await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, DocumentsScreen)
        assert asked in notifications(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        assert help_says in str(app.screen.rows).lower()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        await pilot.press("q")  # the second, while the first's note shows
        await pilot.pause()
        assert not app.is_running
