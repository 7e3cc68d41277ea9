"""The codebook's tree at 80x24 named the turning points "to mission dialogue", "to systems
perspective", as though each name had been cut from the left (tui48, as lena, the same
words the reconcile table's code column showed once a verdict narrowed it). Where a name
gives way, a turning point is named by where it goes, as the margin names it."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.tui.conftest import documents_screen, settle

pytestmark = pytest.mark.slow  # a whole app through the codebook screen


@pytest.mark.parametrize(
    ("lang", "goal", "lead_in"),
    [("en", "systems perspective", "to systems"), ("sv", "systemperspektiv", "till system")],
)
async def test_no_name_in_the_tree_starts_with_to(
    demo: Path, lang: str, goal: str, lead_in: str
) -> None:
    async with documents_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        await pilot.press("ctrl+b")
        await settle(app, pilot)
        shown = html.unescape(app.export_screenshot()).replace("\xa0", " ")
    assert goal in shown
    assert lead_in not in shown
