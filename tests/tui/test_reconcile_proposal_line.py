"""The reconcile screen's agreement line on a case where one version is a coder's proposed
code (eyes8): karin's 'Samverkan med regionen' against johan's code on one answer. Agreement
no longer rates a proposal a lead has not accepted, and the line showed the refusal meant
for `qualcode agree --codes` ("... is a code karin proposed that no lead has accepted ...")
in English, under a Swedish screen. It shows the other code's figures and how many of the
cases are decided, as on any case."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import team_project
from tests.tui.conftest import documents_screen, open_reconcile

pytestmark = pytest.mark.slow


async def test_a_case_with_a_proposal_shows_the_other_code_s_agreement(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    unit = project.units(doc)[0]
    project.act_as("johan")
    project.add_coding(doc, unit.start, unit.end, "mission", "johan")
    project.set_status(doc, "johan", "done")
    project.act_as("karin")
    project.set_status(doc, "karin", "done")
    project.propose_code(doc, unit.start, unit.end, "Samverkan med regionen", "karin")
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", "sv", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        (view,) = screen.views
        assert "samverkan_med_regionen__karin" in view.case.codes
        await app.workers.wait_for_complete()
        await pilot.pause()
        line = str(screen.query_one("#agreement", Static).render())
    assert "Uppdrag: kodarnas α" in line and "0 av 1 fall med dessa koder avgjorda" in line
    assert "proposed" not in line and "samverkan" not in line.casefold()
