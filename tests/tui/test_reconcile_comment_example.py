"""The comment prompt's example names a coder of this team (eyes13): it read '"johan: …"
records what a coder said' in every project, after the demo's coder, and a new team's lead
(sara, with anna and erik) took johan for someone she should know."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from tests.conftest import MISSION_TEXT
from tests.tui.conftest import documents_screen, open_reconcile, settled

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


async def test_the_comment_example_names_one_of_the_coders(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("sara", role="lead")
        for coder in ("anna", "erik"):
            project.add_coder(coder)
        project.add_code("mission", {"sv": "Uppdrag"})
        doc = project.import_text("ip1.txt", MISSION_TEXT, lang="sv").id
        first = project.units(doc)[0]
        project.act_as("anna")
        project.add_coding(doc, first.start, first.end, "mission", "anna")
        for coder in ("anna", "erik"):
            project.act_as(coder)
            project.set_status(doc, coder, "done")
    async with documents_screen(path, "sara", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, "c")
        placeholder = str(screen.query_one("#rationale", Input).placeholder)
    assert placeholder.startswith('Comment ("anna: …" records what a coder said; anna, erik)')
    assert "johan" not in placeholder
