"""`w` with a coder's name pasted decomposed ("A" and a combining ring for Åsa, as a Mac's
file list gives it) chooses that coder: it tried to add the name as a new coder and was
refused as one who exists already (small37)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives the whole app


async def test_a_decomposed_name_chooses_the_coder(tui_base: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    shutil.copy(tui_base, path)
    with Project.open(path) as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena", "lena")
        project.add_coder("Åsa")
    async with documents_screen(path, "lena") as (pilot, app, _):
        await pilot.press("w")
        await pilot.pause()
        # pasted: a key press cannot carry a lone combining ring
        app.screen.query_one("#new-coder", Input).value = unicodedata.normalize("NFD", "Åsa")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.coder == "Åsa"
        assert not [n for n in app._notifications if n.severity == "error"]
    with Project.open(path) as project:
        assert sorted(c.name for c in project.coders()) == ["karin", "lena", "Åsa"]
