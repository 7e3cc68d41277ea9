"""At 80x24 the footer has no room for 1-9, and a new lead read "[1] johan" over a pane as a
number, not as the key that takes johan's version (tui49): each pane's heading says what its
key does, in the interface's language, and the versions out of view say how to see them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from tests.tui.conftest import documents_screen, open_reconcile, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


def _headings(screen: Any, count: int) -> list[str]:
    panes = [screen.query_one(f"#pane{n}", Static) for n in range(count)]
    return [" ".join(str(p.render()).split("\n\n")[0].split()) for p in panes]


@pytest.mark.parametrize(
    ("lang", "first", "second", "more"),
    [
        ("en", "[1] takes johan's:", "[2] takes karin's:", "([v] shows mira:"),
        ("sv", "[1] tar johans:", "[2] tar karins:", "([v] visar mira:"),
    ],
)
async def test_each_pane_says_its_key_takes_that_version(
    demo: Path, lang: str, first: str, second: str, more: str
) -> None:
    async with documents_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        assert screen.side_by_side() == 2
        one, two = _headings(screen, 2)
    assert one.startswith(first), one
    assert two.startswith(second) and more in two, two
    assert "+1" not in two, two
