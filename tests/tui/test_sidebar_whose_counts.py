"""Whose codings the coding screen's counts are. A lead sees every coder's codings in the
margin and the codebook's counts, "(18)" beside a code she had coded once, and nothing said
whose they were (eyes20). Now a line under the heading names them; a coder, who sees only
her own, reads no such line. It began "(n):", which a coder who presses n for the next
suggestion read as that key (eyes43); it begins "Counts:" ("Antal:")."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text

from qualcode.tui.app import build_app
from qualcode.tui.widgets.sidebar import Sidebar
from tests.tui.conftest import open_first_document

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def _codebook_text(path: Path, coder: str, lang: str) -> str:
    app = build_app(path, coder, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_document(pilot, app)
        return Text.from_markup(screen.query_one(Sidebar).shown("codebook")).plain


async def test_the_lead_is_told_whose_codings_are_counted(demo: Path) -> None:
    shown = await _codebook_text(demo, "lena", "en")
    assert "Counts: codings by johan, karin, mira" in shown.replace("\n", " ")


async def test_the_swedish_line_and_none_for_a_coder(demo: Path) -> None:
    shown = await _codebook_text(demo, "lena", "sv")
    assert "Antal: kodningar av johan" in shown.replace("\n", " ")
    assert "Counts:" not in await _codebook_text(demo, "karin", "en")
