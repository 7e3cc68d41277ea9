"""The documents list names each attribute column as typed. Its headers went into the
table as strings, which DataTable reads as markup: a document attribute named 'ort[/b]'
(a sheet's column header, or set with `qualcode docs set`) stopped the TUI with a
MarkupError before the list was shown, so nobody could open the project in it, and a
'[@click=app.quit]' in a name would have been a live action in the header."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.conftest import team_project
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # a whole Textual app on the documents list

KEYS = ("ort[/b]", "[@click=app.quit]roll", "[link=https://x.y]kön")


async def test_attribute_columns_named_with_brackets_are_shown_as_typed(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    project.set_attributes(doc, dict.fromkeys(KEYS, "x"), "lena")
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(200, 30)) as (_, app, _):
        assert app.is_running
        table = app.screen.query_one(DataTable)
        headers = [str(column.label) for column in table.columns.values()]
    for key in KEYS:
        assert any(h.lower() == key.lower() for h in headers), (key, headers)
