"""The codebook tree says what its two numbers are at 80 columns too: its line "codings ·
shortcut · name" did not fit beside "Codebook (4)" there and was left out, and a new coder
read "1 1 to mission dialogue" and "8 2 to systems perspective" without a word of which
number is her count of codings and which the key that codes (eyes42)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Tree

from tests.tui.conftest import documents_screen, open_codebook

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "count · shortcut · name"), ("sv", "antal · tangent · namn")]
)
async def test_the_tree_names_its_numbers_at_80_columns(
    project_file: Path, lang: str, said: str
) -> None:
    async with documents_screen(project_file, "karin", lang, size=(80, 24)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.pause()
        root = str(screen.query_one(Tree).root.label)
    assert said in root, root


async def test_a_wide_screen_keeps_the_whole_words(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 30)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.pause()
        root = str(screen.query_one(Tree).root.label)
    assert "codings · shortcut · name" in root, root
