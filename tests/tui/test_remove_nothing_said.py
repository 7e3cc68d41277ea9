"""`x` where none of her codings is says what was looked for. It said "Nothing here": on a
passage a colleague coded (the lead's screen shows every coder's codings) or one with
a suggestion's mark, a coder could not tell what was missing or why the key did nothing
(eyes44)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # a whole Textual app


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "No coding of yours here to remove"), ("sv", "Ingen kodning av dig här att ta bort")],
)
async def test_x_on_nothing_of_hers_says_so(project_file: Path, lang: str, said: str) -> None:
    async with karins_coding_screen(project_file, (100, 30), lang) as (pilot, app, _):
        await pilot.press("x")
        await pilot.pause()
        assert notifications(app)[-1] == said
