"""R on a documents list that shows a document set opens that set's cases, as
`qualcode reconcile list --set` does. It opened every document's cases: a lead reconciling
the Norrvik round met Åby's and Ekstad's disagreements among them (eyes20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import documents_screen, open_reconcile, settle

pytestmark = pytest.mark.slow  # drives the reconcile screen


async def test_r_on_a_shown_set_reconciles_only_its_documents(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        made = project.make_document_set("round", "lena", attributes={"municipality": "Norrvik"})
        in_set = set(made.documents)
        everywhere = {v.case.document_id for v in project.cases()}
        expected = {v.case.id for v in project.cases(doc_set="round")}
    assert everywhere - in_set and expected  # cases outside the set, and some in it
    async with documents_screen(demo, "lena", size=(120, 35)) as (pilot, app, _):
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("down", "enter")  # show the set
        await pilot.pause()
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        assert {v.case.id for v in screen.every} == expected
        assert "set round" in screen.scope
