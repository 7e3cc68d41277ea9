"""The documents list (TUI) asks ``documents_stamp`` every two seconds whether to read the
documents again. The stamp was the live documents' count and the newest row: the lead's
other window removing one document and restoring another between two askings left both as
they were, so the list went on showing the removed document (opening it said no such
document) and never showed the restored one."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import MISSION_TEXT, team_project

OTHER = "R: Vi talade om uppdraget med förvaltningen. Det var svårt i början.\n"


def test_one_document_out_and_another_back_moves_the_stamp(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    made, _ = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.import_text("ip2.txt", OTHER, lang="sv")
        made.act_as("lena")
        made.remove_document("ip2.txt", "imported twice")
    with Project.open(path) as watching, Project.open(path) as other:
        watching.act_as("lena")
        other.act_as("lena")
        before = watching.documents_stamp()
        other.remove_document("ip1.txt", "the wrong language")
        other.restore_document("ip2.txt")
        assert [d.name for d in watching.documents()] == ["ip2.txt"]
        assert watching.documents_stamp() != before


def test_the_stamp_stays_while_the_documents_do(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    made, _ = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.import_text("ip2.txt", OTHER, lang="sv")
        made.act_as("lena")
        before = made.documents_stamp()
        made.add_coder("maria")  # the file changed, the documents did not
        assert made.documents_stamp() == before
        made.remove_document("ip2.txt", "imported twice")
        made.restore_document("ip2.txt")  # out and back: the same documents
        assert made.documents_stamp() == before
