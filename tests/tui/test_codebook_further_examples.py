"""The codebook screen shows a code's further examples (how it is also spoken of in other
registers) under their own label, in the language shown."""

from __future__ import annotations

from pathlib import Path

from tests.tui.codebook_entry_kit import entry_text, first_code_with
from tests.tui.conftest import documents_screen, open_codebook

NEWS_SV = "Den nya nämnden besökte alla enheter för att höra vad personalen behöver."
NEWS_EN = "The new board visited every unit to hear what the staff need."


async def test_further_examples_are_shown_and_labelled(tmp_path: Path) -> None:
    path = tmp_path / "cb.db"
    first_code_with(path, further_examples={"sv": (NEWS_SV,), "en": (NEWS_EN,)})
    async with documents_screen(path, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.press("slash", *"mission_dialogue", "enter")
        await pilot.pause()
        assert screen.current_key == "mission_dialogue"
        shown = entry_text(screen)
        assert "Further examples (other registers)" in shown and NEWS_EN in shown
        assert shown.index("Further examples") > shown.index("Examples")
        assert NEWS_SV not in shown
        await pilot.press("l")
        await pilot.pause()
        shown = entry_text(screen)  # the content in Swedish, the labels in the interface's
        assert "Further examples (other registers)" in shown and NEWS_SV in shown
        assert NEWS_EN not in shown
