"""Moving onto a sentence shows the whole of it: a sentence starting on the view's last
line was left with the rest below, so `n` showed a suggestion's first line only (eyes6,
a coder at 100x30 reading 'Kvaliteten' and nothing after it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

SENTENCE = (
    "Vi hade en lång period med många sjukskrivningar i gruppen och ingen som "
    "tog ansvar för hur ärendena fördelades mellan oss som var kvar."
)


async def test_each_sentence_moved_onto_is_wholly_in_view(
    karins_text: Callable[..., Path],
) -> None:
    text = "".join(f"R: {SENTENCE}\n\nI: Mm.\n\n" for _ in range(20))
    async with karins_coding_screen(karins_text("lang.txt", text)) as (pilot, _app, screen):
        view = screen.transcript
        for _ in range(len(view.units) - 1):
            await pilot.press("j")
            await pilot.pause()
            start, end = view.units[view.cursor]
            top, height = int(view.scroll_offset.y), view.size.height
            first, last = view.line_of(start), view.line_of(end - 1)
            assert top <= first and last < top + height, (view.cursor, first, last, top)
