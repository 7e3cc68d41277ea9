"""The reconcile table's code column once a verdict narrows it: at 80x24, after the lead's
first decision ("johan's version"), every turning point read "to systems perspective",
"to integrating work …", as though its start had been cut off (tui48, as lena with three
coders). The column names each code by where it goes, the word the margin and a case of
two codes ("integrating / systems") use, never starting with "to"."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import documents_screen, open_reconcile, settled

pytestmark = pytest.mark.slow  # drives a whole Textual app through the reconcile screen


def _codes(screen: object) -> list[str]:
    table = screen.query_one(DataTable)  # type: ignore[attr-defined]
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


@pytest.mark.parametrize(("lang", "lead_in"), [("en", "to "), ("sv", "till ")])
async def test_after_a_verdict_no_code_reads_as_cut_from_the_left(
    demo: Path, lang: str, lead_in: str
) -> None:
    async with documents_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, "1", *"where the point starts", "enter")
        cells = _codes(screen)
        assert screen.views[0].verdict  # decided: the verdict column is there
        table = screen.query_one(DataTable)
        drawn = sum(c.get_render_width(table) for c in table.columns.values())
        assert drawn <= table.size.width  # every column still in view
    single = [cell for cell in cells if " / " not in cell]
    assert single, cells
    assert not [cell for cell in single if cell.startswith(lead_in)], cells
    if lang == "en":
        assert "systems perspective" in single, single
