"""The reconcile screen on a document set with no documents left counts nothing and says
so on C. It handed the service an empty list of documents, which read it as every
document: the screen offered to confirm the whole project's agreements from a set of none,
and the confirming was then refused (empty48)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import documents_screen, notifications, open_reconcile, settle

pytestmark = pytest.mark.slow  # drives the reconcile screen


async def test_an_empty_set_counts_no_agreement_and_confirms_nothing(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        made = project.make_document_set("round", "lena", attributes={"municipality": "Norrvik"})
        project.remove_from_document_set("round", "lena", list(made.documents))
        waiting = project.unconfirmed_agreements()
        consensus = len(project.codings(layer="consensus"))
    assert waiting  # agreements wait elsewhere in the project: the set must not count them
    async with documents_screen(demo, "lena", size=(120, 35)) as (pilot, app, _):
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("down", "enter")  # show the (empty) set
        await pilot.pause()
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        assert screen.every == []
        assert screen.unconfirmed == 0
        await pilot.press("C")
        await pilot.pause()
        said = notifications(app)
        assert said[-1] == "No documents in the set round: nothing to confirm"
    with Project.open(demo) as project:
        assert len(project.codings(layer="consensus")) == consensus
