"""`s` on a text the engine finds nothing in says where to look next: a coder who pressed
`s` on a budget plan read "0 suggestions" and then nothing, with no word of `l`, the
sentences below the threshold, which is where such a text's codable passages are (eyes42).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # the real helper process and engine, and a whole app

# a text about nothing in the codebook: no keyword, nothing like an example
WEATHER = (
    "I: Hur var vädret i helgen?\n"
    "R: Det regnade på lördagen. På söndagen sken solen och vi cyklade till sjön.\n"
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "No suggestion at or above the threshold (l lists the sentences below it)"),
        ("sv", "Inget förslag på eller över tröskeln (l listar meningarna under den)"),
    ],
)
async def test_no_suggestion_points_to_l(
    karins_text: Callable[..., Path], lang: str, said: str
) -> None:
    path = karins_text("vader.txt", WEATHER)
    async with karins_coding_screen(path, (100, 30), lang) as (pilot, app, screen):
        await pilot.press("s")
        for _ in range(600):  # the helper fits the engine first: seconds on a loaded machine
            await pilot.pause(0.1)
            if not screen.has_class("-working"):
                break
        await app.workers.wait_for_complete()
        await pilot.pause()
        notes = notifications(app)
        assert not screen.pending_suggestions
    assert said in notes, notes


async def test_accept_all_before_any_suggestion_says_which_keys_find_some(
    project_file: Path,
) -> None:
    """`A` on a document with no suggestion at all said "No suggestion scores 0.80 or
    more", as though some scored less; it says what `n` says, that none waits and that
    `s` and `l` find some (eyes44)."""
    async with karins_coding_screen(project_file, (100, 30)) as (pilot, app, screen):
        assert not screen.pending_suggestions
        await pilot.press("A")
        await pilot.pause()
        assert notifications(app)[-1].startswith("No suggestion waits in this document (s sug")
