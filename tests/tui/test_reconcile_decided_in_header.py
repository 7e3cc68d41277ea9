"""After a decision the note "karin's version: decided" stood as a toast over the end of
the agreement line for seconds at 80x24 (tui49): "… 1 of 37 cases of these codes d▌ karin's
version: decided". It is said in the header, where it covers nothing, until the lead opens
the line under the versions again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Header

from tests.tui.conftest import documents_screen, notifications, open_reconcile, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


def _header(screen: Any) -> str:
    return str(screen.query_one(Header).format_title())


@pytest.mark.parametrize(
    ("lang", "note"), [("en", "karin's version: decided"), ("sv", "karins version: avgjort")]
)
async def test_the_decision_is_said_in_the_header_not_over_the_agreement_line(
    demo: Path, lang: str, note: str
) -> None:
    async with documents_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        await pilot.press("2", *"same as mira", "enter")
        await settle(app, pilot)
        said = notifications(app)
        header = _header(screen)
        await pilot.press("c")  # the next line opened: the note has been read
        await settle(app, pilot)
        after = _header(screen)
    assert not any(note in n for n in said), said
    assert header.endswith(f"demo.db · lena · {note}"), header
    assert note not in after and after.endswith("demo.db · lena"), after
