"""The reports screen's "By:" line names a split as the service's report titles do
(``report_titles.attribute_named``). The TUI kept its own copy of that rule and of the
attributes it names (tui49): one place now, so a Swedish lead reads "kommun" on the screen
and in `qualcode report frequencies --lang sv`'s title alike, whatever is added later."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode.project import report_titles
from qualcode.tui import catalog
from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


def test_the_tui_names_the_attributes_the_service_names() -> None:
    # one list, the service's: a second copy in the TUI drifts from it unseen
    assert catalog.NAMED_ATTRIBUTES is report_titles.NAMED_ATTRIBUTES


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_each_split_reads_on_the_screen_as_the_reports_title_names_it(
    demo: Path, lang: str
) -> None:
    seen: dict[str, str] = {}
    async with reports_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, screen):
        for _ in screen.splits():
            line = " ".join(str(screen.query_one("#report-controls", Static).render()).split())
            seen[screen.attribute] = line
            await pilot.press("b")
            await settle(app, pilot)
    assert "municipality" in seen and "coder" in seen, seen
    for split, line in seen.items():
        assert report_titles.attribute_named(split, lang) in line, (split, line)
