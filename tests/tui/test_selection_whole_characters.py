"""A passage selected to end between 👍 and its skin tone is coded with the emoji whole:
the coding the selection makes takes the whole character a coder sees as one
(``graphemes``). The mouse maps a cell to a whole character (either cell of 👍🏽 is its
start), so a drag no longer stops inside one; a selection made in code or an edge moved
by a word still may, and the coding door widens it. The text is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import small_codebook, team_project
from tests.tui.conftest import documents_screen, open_first_document

# slow: a whole Textual app driven through the coding screen
pytestmark = pytest.mark.slow

THUMB = "👍🏽"
TEXT = (
    "I: Vad svarade du nämnden?\n\n"
    f"R: Jag svarade {THUMB} på uppdraget och sedan pratade vi om resurserna i dialog.\n"
)


async def test_a_selection_ending_inside_an_emoji_codes_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, _ = team_project(tmp_path / "p.db", small_codebook(), ("svar.txt", TEXT))
    made.close()
    async with documents_screen(tmp_path / "p.db", "karin", size=(120, 40)) as (pilot, app, _):
        view = (await open_first_document(pilot, app)).transcript
        thumb = view.text.index(THUMB)
        start = view.text.index("Jag")
        view.select(start, thumb + 1)
        await pilot.pause()
        assert view.selection == (start, thumb + 1)  # it stops inside the emoji
        await pilot.press("1")
        await pilot.pause()
    with Project.open(tmp_path / "p.db") as check:
        [coding] = check.codings(coder="karin")
        assert check.coding_texts([coding]) == [f"Jag svarade {THUMB}"]
