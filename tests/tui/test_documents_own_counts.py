"""The documents list counts the viewer's own codings beside her status, a lead's too: a
lead who had coded nothing read "to do, 39 codings, 12% coded" on a document her three
coders had coded, the team's work counted as hers (eyes32)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.documents import DocumentsScreen


async def test_a_lead_sees_her_own_codings_counted_not_the_teams(project_file: Path) -> None:
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
        doc = project.documents()[0].id
        for unit in project.units(doc)[:3]:
            project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")
    for who, codings in (("lena", 0), ("karin", 3)):
        app = build_app(project_file, who, "en")
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, DocumentsScreen)
            assert [row.codings for row in screen.rows] == [codings], who
            assert (screen.rows[0].coded_units > 0) == (codings > 0), who
