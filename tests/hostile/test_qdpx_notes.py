"""Notes in a .qdpx that repeat a GUID or are not there (red team, round 9).

Two ``Note`` elements under one GUID (a hand-merged file, a tool that reuses GUIDs): the
second took the first one's place and its memo was lost without a word; the file is now
refused whole, naming the GUID. A ``NoteRef`` to a note the file does not hold was left
out in silence too; the import report now names it among what was skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError
from tests.hostile.export_kit import rewritten
from tests.hostile.hostile_kit import lena_coded


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    with lena_coded(tmp_path / "a.db", (30, 80, "mission_dialogue"), name="aby_01.txt") as p:
        p.add_memo("coding", p.codings()[0].id, "lena", "the first memo")
        return p.export_qdpx(tmp_path / "a.qdpx")


def _note_guid(xml: str) -> str:
    found = re.search(r'<Note guid="([^"]+)"', xml)
    assert found
    return found.group(1)


def test_two_notes_under_one_guid_are_refused_whole(exported: Path, tmp_path: Path) -> None:
    def twice(xml: str) -> str:
        second = f'<Note guid="{_note_guid(xml)}" name="x"><PlainTextContent>another memo'
        return xml.replace("</Notes>", f"{second}</PlainTextContent></Note></Notes>")

    with Project.create(tmp_path / "c.db") as fresh:
        with pytest.raises(IngestError, match="two notes share the GUID"):
            fresh.import_qdpx(rewritten(exported, "project.qde", twice))
        assert fresh.memos() == [] and fresh.documents() == []


def test_a_note_referred_to_but_missing_is_named_in_the_report(
    exported: Path, tmp_path: Path
) -> None:
    missing = "0b7f3c1e-0000-4000-8000-000000000000"

    def dangling(xml: str) -> str:
        return xml.replace(
            f'<NoteRef targetGUID="{_note_guid(xml)}"', f'<NoteRef targetGUID="{missing}"'
        )

    with Project.create(tmp_path / "c.db") as fresh:
        report = fresh.import_qdpx(rewritten(exported, "project.qde", dangling))
        assert report.codings == 1 and fresh.memos() == []
        assert any(missing in line and "note" in line for line in report.skipped), report.skipped
