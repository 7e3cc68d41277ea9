"""R on a document part of the team finished shows that document's cases alone.

On the demo karin and a new coder, omar, finished aby_05; omar also finished aby_01, which
johan, karin and mira had finished. R on aby_05 counted karin and omar on every document
both had finished: aby_01's cases came up with two versions, johan's and mira's left out
of a document they had finished (lead33). The screen opened on a document counts its
finishers there only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import two_finish_aby_05
from tests.tui.conftest import documents_screen, reconcile_document

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


async def test_r_on_a_document_shows_only_its_cases(demo: Path) -> None:
    aby_05 = two_finish_aby_05(demo)
    with Project.open(demo) as project:
        project.act_as("omar")
        aby_01 = next(d.id for d in project.documents() if d.name.startswith("aby_01"))
        unit = project.units(aby_01)[2]
        project.add_coding(aby_01, unit.start, unit.end, "integration", "omar")
        project.set_status(aby_01, "omar", "done")
    async with documents_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        screen = await reconcile_document(pilot, app, "aby_05")
        documents = {v.case.document_id for v in screen.every}
        coders = screen.coders
    assert documents == {aby_05} and coders == ["karin", "omar"]
