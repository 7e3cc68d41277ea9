"""The quotes screen (`v`) with nothing coded with its code says how to pick another:
a new coder opened it on the codebook's first code, which she had not used yet, and read
"Inget citat kodat med koden här" with no word of `c` (eyes43)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from qualcode.tui.screens.retrieval import RetrievalScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # the whole app


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "c picks another code"), ("sv", "c väljer en annan kod")],
)
async def test_an_empty_list_names_c(project_file: Path, lang: str, said: str) -> None:
    async with documents_screen(project_file, "karin", lang, size=(80, 24)) as (pilot, app, _):
        await pilot.press("v")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RetrievalScreen) and not screen.passages
        listed = screen.query_one(OptionList)
        shown = str(listed.get_option_at_index(0).prompt)
    assert said in shown, shown
