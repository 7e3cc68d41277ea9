"""The keys panel (`?`) as a new coder reads it: the coding screen's sixty-odd keys stood
in one narrow column, paged one line per ↓ (eyes10's coder). They flow into columns where
the width holds them, and Space and PgDn turn a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.table import Table
from textual.containers import VerticalScroll
from textual.widgets import Static

from qualcode.tui.app import build_app
from qualcode.tui.screens.keys_help import KeysScreen, columns, key_lines, numbered_together
from tests.tui.conftest import open_first_document


async def _panel(project_file: Path, size: tuple[int, int]) -> tuple[int, int, list[int]]:
    """Columns of the coding screen's keys panel, lines to scroll through, and where
    Space, Space and PgUp, then PgDn left the list."""
    app = build_app(project_file, "karin", "en")
    async with app.run_test(size=size) as pilot:
        await open_first_document(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        grid = app.screen.query_one("#keys-list Static", Static).content
        assert isinstance(grid, Table)
        listing = app.screen.query_one("#keys-list", VerticalScroll)
        stops = []
        for key in ("space", "space", "pageup", "pagedown"):
            await pilot.press(key)
            await pilot.pause()
            stops.append(round(listing.scroll_y))
        return len(grid.columns), round(listing.max_scroll_y), stops


@pytest.mark.slow
async def test_wide_in_two_columns_narrow_paged_by_space(project_file: Path) -> None:
    wide, scroll_wide, _ = await _panel(project_file, (120, 35))
    narrow, scroll_narrow, stops = await _panel(project_file, (80, 24))
    assert (wide, narrow) == (2, 1)
    assert scroll_wide < scroll_narrow // 2  # at 120 columns about a page is left, not three
    page = stops[0]
    assert page >= 10, stops  # a page, not a line
    assert stops[1] == min(2 * page, scroll_narrow) and stops[2] == stops[1] - page, stops


def test_a_heading_stays_over_its_keys_and_no_column_starts_blank() -> None:
    rows = [("This screen", f"k{i}", "does a thing") for i in range(5)]
    rows += [("Everywhere", "?", "Keys"), ("Everywhere", "^t", "Light/dark")]
    lines = key_lines(rows)  # heading, 5 keys, blank, heading, 2 keys: 10 lines
    for parts in (columns(lines, 200), columns(lines, 40), columns(lines, 30)):
        assert [line for part in parts for line in part if line != ("", "")] == [
            line for line in lines if line != ("", "")
        ]
        for part in parts:
            assert part[0] != ("", "") != part[-1] and part[-1][0], parts
    assert [len(columns(lines, w)) for w in (30, 40, 200)] == [1, 2, 3]


def test_keys_that_act_by_number_stand_in_one_row() -> None:
    rows = [("S", str(n), f"Accept version {n}") for n in range(1, 10)]
    rows += [("S", "u", "Union"), ("C", "1", "Mission"), ("C", "2", "Systems")]
    assert numbered_together(rows) == [
        ("S", "1–9", "Accept version 1–9"),
        ("S", "u", "Union"),
        ("C", "1", "Mission"),  # a code's shortcut names its code: kept apart
        ("C", "2", "Systems"),
    ]
    assert numbered_together([("S", "1", "Pick 1"), ("S", "3", "Pick 3")]) == [
        ("S", "1", "Pick 1"),
        ("S", "3", "Pick 3"),
    ]
