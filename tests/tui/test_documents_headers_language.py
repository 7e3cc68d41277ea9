"""The documents list in Swedish named its columns 'Kommun' and 'Roll' but the demo's other
attributes as their keys, 'date' and 'interviewer' (eyes19, a Swedish interface at 120
columns): the attributes the language files name are headed in the interface's language,
any other as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode.tui.app import build_app

pytestmark = pytest.mark.slow  # a whole Textual app on the documents list


@pytest.mark.parametrize(
    ("lang", "named"), [("sv", ["Datum", "Intervjuare"]), ("en", ["Date", "Interviewer"])]
)
async def test_date_and_interviewer_are_headed_in_the_interfaces_language(
    demo: Path, lang: str, named: list[str]
) -> None:
    app = build_app(demo, "lena", lang)
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        headers = [str(column.label) for column in table.columns.values()]
    for header in named:
        assert header in headers, headers
    assert "date" not in headers and "interviewer" not in headers, headers
