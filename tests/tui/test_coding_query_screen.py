"""The coding query screen (`+` on a code's passages): and-codes, not-codes, start again,
Enter opens the passage; the list is ``Project.query_codings`` as the lead reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.coding_query import CodingQueryScreen

pytestmark = pytest.mark.slow  # drives a whole Textual app on the demo


def _spans(passages: list) -> list[tuple[str, str, int, int]]:
    return [(p.document_id, p.coder, p.start, p.end) for p in passages]


async def test_and_not_and_start_again(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        both = project.query_codings(["integration", "long_term_economics"], "lena")
        one_not = project.query_codings(
            ["integration", "long_term_economics"], "lena", without=["mission_dialogue"]
        )
        alone = project.query_codings(["integration"], "lena")
    assert both and len(one_not) <= len(both)
    app = build_app(demo, "lena", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("v", "c", *"integration", "enter")
        await pilot.pause()
        await pilot.press("plus")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CodingQueryScreen)
        assert _spans(screen.passages) == _spans(alone)
        await pilot.press("plus", *"long_term_economics", "enter")
        await pilot.pause()
        assert _spans(screen.passages) == _spans(both)
        await pilot.press("minus", *"mission_dialogue", "enter")
        await pilot.pause()
        assert _spans(screen.passages) == _spans(one_not)
        await pilot.press("x")
        await pilot.pause()
        assert _spans(screen.passages) == _spans(alone)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        assert app.screen.doc_id == alone[0].document_id
