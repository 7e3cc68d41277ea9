"""R opens the reconciliation on the document the lead is looking at: from a document she
is reading, or from the documents list narrowed to one. It opened every case of the
project, and a lead who had filtered the list to one policy document pressed d six times
to reach its cases (eyes11). From the whole list, every case, as before; d cycles on."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.screens.reconcile import ReconcileScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # the demo project and a whole app per test


async def _opened(demo: Path, keys: list[str]) -> tuple[set[str], str | None, str]:
    async with documents_screen(demo, "lena", size=(120, 40)) as (pilot, app, _):
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReconcileScreen)
        docs = {v.case.document_id for v in screen.views}
        names = {d.id: d.name for d in app.project.documents()}
        first = screen.filters["document"]
        await pilot.press("d")  # cycling goes on from the document shown
        await pilot.pause()
        after = names.get(screen.filters["document"] or "", "all")
        return {names[d] for d in docs}, first and names[first], after


async def test_r_from_a_narrowed_list_and_from_a_document(demo: Path) -> None:
    every, first, _ = await _opened(demo, ["R"])
    assert len(every) > 2 and first is None  # the whole list: every case
    narrowed, first, after = await _opened(demo, ["slash", *"norrvik_01", "enter", "R"])
    assert narrowed == {"norrvik_01_forvaltningschef.txt"} == {first}
    assert after != first
    reading, first, _ = await _opened(demo, ["slash", *"aby_02", "enter", "enter", "R"])
    assert reading == {"aby_02_enhetschef.docx"} == {first}
