"""At 80x24 the reports screen's footer shows its exports. The lead opening it read "b Per
l Lager w Segment/ord q Tillbaka ? Hjälp" in Swedish: no export key at all until she
found the agreement tab or `?`; in English only "s Summary" (tui49). The keys that change
the table's split, layer and measure are named beside their choices, as the tabs name
theirs ("[b] Per: kommun"), and the footer has room for s, c and x."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


def _rows(app: Any) -> list[str]:
    return [s.text for s in app.screen._compositor.render_strips()]


@pytest.mark.parametrize(
    ("lang", "exports", "choices"),
    [
        (
            "sv",
            ["s Sammanfattning", "c Kodningar", "x .qdpx"],
            ["[b] Per:", "[l] Lager:", "[w] Visar:"],
        ),
        ("en", ["s Summary", "c Codings", "x .qdpx"], ["[b] By:", "[l] Layer:", "[w] Showing:"]),
    ],
)
async def test_the_lead_sees_the_exports_and_the_keys_of_the_choices(
    demo: Path, lang: str, exports: list[str], choices: list[str]
) -> None:
    async with reports_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, screen):
        rows = _rows(app)
        await pilot.press("b")  # the key named still changes the split
        await settle(app, pilot)
        attribute = screen.attribute
    footer, header = rows[-1], " ".join(r.strip() for r in rows[1:3])
    assert all(e in footer for e in exports), footer
    assert all(c in header for c in choices), header
    assert attribute == "role"


async def test_a_blind_coder_is_shown_no_layer_key(demo: Path) -> None:
    """Her one layer: `l` does nothing for her, so it is not named."""
    async with reports_screen(demo, "karin", "en", size=(80, 24)) as (_, app, _):
        rows = _rows(app)
    header = " ".join(r.strip() for r in rows[1:3])
    assert "[b] By:" in header and "Layer:" in header and "[l]" not in header, header
