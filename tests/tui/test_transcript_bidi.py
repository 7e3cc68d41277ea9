"""Direction controls in a transcript's text (red team 18).

A name may not hold a direction override (U+202E) since red team 12, but a transcript's
text may: a .txt, a Word document or a pasted passage carries it in. The coding screen drew
the text as it was, so a terminal that follows Unicode's bidirectional rules showed the rest
of the line backwards ("uppdraget" read "tegardppu"), and other screens showed such a passage
as they showed names. Each control is now drawn as one visible replacement character, one
cell for one character, so the offsets under the mouse stay where they were.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.errors import BIDI
from qualcode.tui.safe import REPLACEMENT, plain
from qualcode.tui.widgets.transcript import GUTTER
from tests.tui.conftest import karins_coding_screen, screen_rows

SAID = (
    "I: Hur var det?\n\n"
    "R: Vi pratade \u202eom uppdraget\u202c med chefen, \u2067sen\u2069 och \u200fklart."
)


def test_every_direction_control_is_shown_as_one_visible_character() -> None:
    for ch in sorted(BIDI):
        assert plain(f"a{ch}b") == f"a{REPLACEMENT}b", hex(ord(ch))


@pytest.mark.slow
async def test_the_coding_screen_draws_no_direction_control(
    karins_text: Callable[..., Path],
) -> None:
    async with karins_coding_screen(karins_text("bidi.txt", SAID)) as (_pilot, _app, screen):
        view = screen.transcript
        width = view.scrollable_content_region.width
        rows = screen_rows(view)
        drawn = "\n".join(strip.text for strip in rows)
        assert not BIDI & set(drawn)
        assert f"pratade {REPLACEMENT}om" in drawn and f"uppdraget{REPLACEMENT}" in drawn
        assert all(strip.cell_length == width for strip in rows)
        # one cell for each character: the cell the mouse maps to "med" shows its "m"
        at = SAID.index("med chefen")
        line = view.line_of(at)
        y = line - int(view.scroll_offset.y)
        x = GUTTER + at - view._lines[line][0]
        assert view.offset_at(x, y) == at
        assert rows[y].crop(x, x + 3).text == "med"
