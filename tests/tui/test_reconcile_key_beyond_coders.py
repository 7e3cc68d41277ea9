"""A version key past the counted coders says so. With three coders, 4 (the palette offers
"Accept version 4" up to 9) did nothing at all: no note, no prompt, the case as it was, and
the lead of three could not tell a key that does not apply from one that did not arrive
(tui50). The keys go with the counted coders' order, as the versions' "[1]", "[2]" say."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.conftest import documents_screen, notifications, open_reconcile

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "No version 4: 3 coders, keys 1–3"),
        ("sv", "Ingen version 4: 3 kodare, tangenterna 1–3"),
    ],
)
async def test_four_with_three_coders_says_there_is_no_fourth(
    demo: Path, lang: str, said: str
) -> None:
    async with documents_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        assert len(screen.coders) == 3
        await pilot.press("4")
        await pilot.pause()
        notes = notifications(app)
        asked = not screen.query_one("#rationale", Input).has_class("hidden")
    assert not asked
    assert any(said in note for note in notes), notes
