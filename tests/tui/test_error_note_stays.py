"""An error note on the coding screen stays until the coder's next key. Since a note there
replaced the one before (one note at a time, beside the sidebar), an info note that came
at once after an error, a worker's "Computing suggestions…" say, wiped the error before it
could be read (eyes21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # drives the whole app to the coding screen


def _notes(app: object) -> list[str]:
    return notifications(app)  # type: ignore[attr-defined]


async def test_an_error_outlives_the_info_note_after_it(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(120, 35)) as (pilot, app, _):
        app.notify("The coding was removed meanwhile", severity="error")
        await pilot.pause()
        app.notify("Computing suggestions…")
        await pilot.pause()
        assert _notes(app) == ["The coding was removed meanwhile", "Computing suggestions…"]
        app.notify("Suggestions ready")
        await pilot.pause()
        # info replaces info; the error is still there to read
        assert _notes(app) == ["The coding was removed meanwhile", "Suggestions ready"]
        await pilot.press("j")  # the coder acts: the error has been seen
        await pilot.pause()
        assert "The coding was removed meanwhile" not in _notes(app)
