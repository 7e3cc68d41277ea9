"""A lead who codes nothing sees the team's column on the documents list, not her own empty
"My status", "Codings" and "Coded" columns: at 80 columns those three cut the document
names ("aby_01_socia…are.txt") beside "to do" and "0" on every row (tui50). Once she codes,
her own columns come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode import Project
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives the whole app


def _headers_and_names(screen: object) -> tuple[list[str], list[str]]:
    table = screen.query_one(DataTable)  # type: ignore[attr-defined]
    headers = [str(c.label) for c in table.columns.values()]
    names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
    return headers, names


async def test_a_lead_who_codes_nothing_sees_whole_names_and_the_team(demo: Path) -> None:
    with Project.open(demo) as project:
        whole = sorted(d.name for d in project.documents())
    async with documents_screen(demo, "lena", size=(80, 24)) as (pilot, _app, screen):
        headers, names = _headers_and_names(screen)
        assert "My status" not in headers and "Codings" not in headers, headers
        assert "Coders done" in headers
        # "aby_01_socialsekreterare.txt" and its like whole, not cut in the middle
        short = [n for n in whole if len(n) <= 28]
        assert short and all(n in names for n in short), names
        await pilot.press("slash", *"done")  # the status filter still reads her status
        await pilot.pause()
        assert screen.sub_title.startswith("lena · 0 of "), screen.sub_title


async def test_a_lead_who_codes_sees_her_own_columns(demo: Path) -> None:
    with Project.open(demo) as project:
        doc = project.documents()[0]
        unit = project.units(doc.id)[0]
        code = project.codable_codes()[0].key
        project.add_coding(doc.id, unit.start, unit.end, code, "lena")
    async with documents_screen(demo, "lena", size=(120, 30)) as (_pilot, _app, screen):
        headers, _ = _headers_and_names(screen)
    assert "My status" in headers and "Codings" in headers and "Coders done" in headers
