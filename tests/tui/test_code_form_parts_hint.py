"""An empty Parts line of the lead's code form says how parts are typed, whole, at 80x24:
its hint "stems by ',' · parts by ';'" showed as "stems by ',' · parts by" in a field of
23 cells, so the one separator a lead could not guess, ';' between parts, was cut off
(review48). The hint says it by example, in each interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from qualcode.tui.screens.code_form import CodeFormScreen
from tests.tui.codebook_entry_kit import first_code_with
from tests.tui.conftest import documents_screen, open_codebook

pytestmark = pytest.mark.slow  # the whole app


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_an_empty_parts_line_shows_its_whole_hint_at_80_columns(
    tmp_path: Path, lang: str
) -> None:
    path = tmp_path / "cb.db"
    first_code_with(path)
    with Project.open(path) as project:
        project.add_coder("lena", role="lead")
    async with documents_screen(path, "lena", lang, size=(80, 24)) as (pilot, app, _):
        await open_codebook(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CodeFormScreen)
        for field in ("#f-parts-sv", "#f-parts-en"):
            line = form.query_one(field, Input)
            assert line.value == ""
            assert ";" in line.placeholder and "," in line.placeholder
            assert len(line.placeholder) <= line.content_size.width, (line.placeholder, lang)
