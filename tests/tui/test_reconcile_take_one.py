"""`O` on the reconcile screen takes the documents one coder finished into the consensus
as she coded them, after asking with their names (`qualcode reconcile take --all`): such a
document has no case on the screen, and a lead who double-coded a subset had no way from
it to bring the rest of the corpus into the consensus (user50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.project.test_taken_from_one_coder import team
from tests.tui.conftest import documents_screen, notifications, open_reconcile, settled

# slow: a whole Textual app driven through the screen, as the other reconcile tests
pytestmark = pytest.mark.slow


async def test_o_takes_the_documents_one_coder_finished(tmp_path: Path) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    project.set_status(plan, "anna", "done")
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(120, 30)) as (pilot, app, _):
        await open_reconcile(pilot, app)
        await settled(pilot, app, "O")
        asked = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "Take 1 document one coder finished into the consensus as coded" in asked
        assert "(plan.txt (anna))" in asked
        await settled(pilot, app, "y")
        assert "1 document coded by one coder taken into the consensus as coded" in (
            notifications(app)
        )
        await settled(pilot, app, "O")  # nothing waits any more
        assert notifications(app)[-1] == (
            "No document in view was finished by exactly one coder and waits to be taken"
            " into the consensus"
        )
    with Project.open(tmp_path / "p.db") as check:
        check.act_as("lena")
        assert [(t.document, t.coder, t.stale) for t in check.taken_documents()] == [
            ("plan.txt", "anna", False)
        ]


async def test_o_answered_no_takes_nothing(tmp_path: Path) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    project.set_status(plan, "anna", "done")
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(120, 30)) as (pilot, app, _):
        await open_reconcile(pilot, app)
        await settled(pilot, app, "O")
        await settled(pilot, app, "n")
    with Project.open(tmp_path / "p.db") as check:
        check.act_as("lena")
        assert check.taken_documents() == []
        assert check.one_coder_waiting() == [("plan.txt", "anna")]
