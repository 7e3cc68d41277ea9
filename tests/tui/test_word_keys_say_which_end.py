"""The keys that move a selection's ends by a word say which end moves and which way.
'End a word on' and 'Början ett ord bak' left a new coder reading the keys panel (?) to
try w, b, W and B on a sentence to learn what they did (eyes40): w moves the end a word
later, b a word earlier, W the start a word later, B a word earlier."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen

SAID = {
    "en": ["End one word later", "End one word earlier", "Start one word later",
           "Start one word earlier"],
    "sv": ["Slutet ett ord senare", "Slutet ett ord tidigare", "Början ett ord senare",
           "Början ett ord tidigare"],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_w_b_W_and_B_name_the_end_they_move(project_file: Path, lang: str) -> None:
    async with karins_coding_screen(project_file, ui_lang=lang) as (pilot, _, screen):
        await pilot.press("j")
        start, end = screen.transcript.selection
        await pilot.press("B")  # the start a word earlier: the sentence before's last word
        await pilot.pause()
        moved = screen.transcript.selection
        said = [screen.active_bindings[key].binding.description for key in ("w", "b", "W", "B")]
    assert said == SAID[lang]
    assert moved[0] < start and moved[1] == end
