"""R on a document the whole team never finished counts those who finished it (eyes17).

The demo's johan, karin and mira finished six documents together; karin and a new coder,
omar, then both finished aby_05, which neither johan nor mira had started. The lead
filtered the list to aby_05 and pressed R: '0 of 0 cases · 4 coders, 0 of 15 documents
(without omar: 6)', and no key in the TUI counted the two who had coded it. The screen now
counts the coders who finished the document it was opened on, says so, and decides there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import two_finish_aby_05
from tests.tui.conftest import (
    documents_screen,
    notifications,
    open_reconcile,
    reconcile_document,
    settle,
)

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


async def test_r_on_a_document_counts_those_who_finished_it(demo: Path) -> None:
    doc_id = two_finish_aby_05(demo)
    async with documents_screen(demo, "lena", size=(80, 24)) as (pilot, app, _):
        screen = await reconcile_document(pilot, app, "aby_05")
        coders, cases = screen.coders, len(screen.every)
        said = notifications(app)
        await pilot.press("1")  # karin's version
        await pilot.pause()
        await pilot.press(*"she read the whole answer", "enter")
        await settle(app, pilot)
    assert coders == ["karin", "omar"] and cases == 2
    assert any("coders who finished aby_05_socialsekreterare.docx: karin, omar" in m for m in said)
    with Project.open(demo) as project:
        project.act_as("lena")
        decided = [v for v in project.cases(["karin", "omar"], [doc_id]) if v.verdict]
    assert len(decided) == 1 and decided[0].verdict == "accept:karin"


async def test_r_from_the_list_says_why_no_case_counts(demo: Path) -> None:
    """R from the whole list, where no document was finished by all four: the list said
    'No cases under this filter' with every filter at 'all', and d cycled nothing (eyes19).
    It says why, and where R counts the coders who finished a document."""
    two_finish_aby_05(demo)
    async with documents_screen(demo, "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        shown = " ".join(str(screen.query_one("#pane0").render()).split())
    assert screen.every == []
    assert "no document was finished by every one of the 4 coders counted" in shown, shown
    assert "(johan, karin, mira, omar)" in shown and "press R there" in shown
    assert "under this filter" not in shown
