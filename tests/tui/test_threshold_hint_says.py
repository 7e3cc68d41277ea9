"""The sidebar's line on the waiting suggestions says what `+` and `−` do. It ended in a
bare "(+/−)", which a new coder read as a fold or a zoom, not as moving the score `A`
accepts from (review48). The verb fits the line's two rows at 80x24 (tui48's budget), with
a count in two digits as on a demo transcript."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, pending_suggestions

pytestmark = pytest.mark.slow  # drives the whole app (run_test)

SCORES = [0.95, 0.9, 0.9, 0.85, 0.85, 0.82, 0.81, 0.7, 0.6, 0.6, 0.5, 0.5, 0.45, 0.42]


@pytest.mark.parametrize(("lang", "said"), [("en", "(+/− moves)"), ("sv", "(+/− ändrar)")])
async def test_the_hint_names_what_plus_and_minus_do(demo: Path, lang: str, said: str) -> None:
    pending_suggestions(demo, SCORES, document="aby_01")
    async with karins_coding_screen(demo, (80, 24), lang) as (pilot, _, screen):
        await pilot.pause()
        status = screen.sidebar.query_one("#suggest-status")
        text = " ".join(str(status.render()).split())
        rows = status.size.height
    assert text.startswith("14 "), text
    assert text.endswith(said), text
    assert rows <= 3, rows  # a blank row and two of words
