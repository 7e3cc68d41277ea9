"""Coding every hit of a text search while the lead's other window takes a document out.
``code_hits`` searched before it took the write lock, so the removed document's hits were
still in the batch: coding them failed on a document id the coder never typed, and the
whole batch, the live documents' hits too, was lost."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import racing

OTHER = "R: Uppdraget var otydligt från början. Vi frågade nämnden.\n"


def test_hits_in_a_document_removed_meanwhile_are_left_out_of_the_batch(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.db"
    made, first = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.import_text("ip2.txt", OTHER, lang="sv")

    def action() -> object:
        with Project.open(path) as project:
            project.act_as("karin")
            return project.code_hits("uppdrag", "mission", "karin")

    with Project.open(path) as other:
        other.act_as("lena")
        done, raised = racing(
            action, other, lambda p: p.remove_document("ip2.txt", "not an interview")
        )
    assert raised is None, raised
    assert done is not None
    with Project.open(path) as project:
        project.act_as("karin")
        assert [c.document_id for c in project.codings(viewer="karin")] == [first]
