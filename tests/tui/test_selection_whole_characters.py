"""A passage dragged with the mouse to end between 👍 and its skin tone is coded with the
emoji whole: the transcript maps a cell to a code point, so a drag can stop inside a
character the coder sees as one, and the coding it makes takes the whole character
(``graphemes``). The text is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.widgets.transcript import GUTTER
from tests.conftest import small_codebook, team_project
from tests.tui.conftest import documents_screen, open_first_document

# slow: a whole Textual app driven through the coding screen
pytestmark = pytest.mark.slow

THUMB = "👍🏽"
TEXT = (
    "I: Vad svarade du nämnden?\n\n"
    f"R: Jag svarade {THUMB} på uppdraget och sedan pratade vi om resurserna i dialog.\n"
)


async def test_a_drag_ending_inside_an_emoji_codes_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, _ = team_project(tmp_path / "p.db", small_codebook(), ("svar.txt", TEXT))
    made.close()
    async with documents_screen(tmp_path / "p.db", "karin", size=(120, 40)) as (pilot, app, _):
        view = (await open_first_document(pilot, app)).transcript
        thumb = view.text.index(THUMB)
        line = next(i for i, (s, e) in enumerate(view._lines) if s <= thumb < e)
        first = view._lines[line][0]
        start = view.text.index("Jag")
        await pilot.mouse_down(view, offset=(GUTTER + start - first, line))
        await pilot.hover(view, offset=(GUTTER + thumb + 1 - first, line))
        await pilot.mouse_up(view, offset=(GUTTER + thumb + 1 - first, line))
        await pilot.pause()
        assert view.selection == (start, thumb + 1)  # the drag stopped inside the emoji
        await pilot.press("1")
        await pilot.pause()
    with Project.open(tmp_path / "p.db") as check:
        [coding] = check.codings(coder="karin")
        assert check.coding_texts([coding]) == [f"Jag svarade {THUMB}"]
