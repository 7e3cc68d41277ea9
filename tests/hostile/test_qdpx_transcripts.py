"""A recording's transcripts in a .qdpx come in as texts with their codings (user report):
`import-qdpx` listed every ``AudioSource`` and ``VideoSource`` as skipped, though REFI-QDA
lets one carry ``Transcript`` elements: plain text with ``SyncPoint`` marks tying character
positions to times, and ``TranscriptSelection`` codings from one mark to another. Each
transcript is now a document named after its recording, with the recording's variables as
attributes; codings of stretches of the recording itself, and a selection whose marks hold
no position, are named in the report."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from qualcode import Project

CODE = "11111111-1111-1111-1111-111111111111"
USER = "77777777-7777-7777-7777-777777777777"
VAR = "12121212-1212-1212-1212-121212121212"
TEXT = "I: Hur gick det med uppdraget?\nR: Vi pratade med nämnden om uppdraget varje månad."
START, END = TEXT.index("Vi pratade"), TEXT.index(" varje")


def _coding(guid: str) -> str:
    return f'<Coding guid="{guid}" creatingUser="{USER}"><CodeRef targetGUID="{CODE}"/></Coding>'


def _point(n: int, position: int) -> str:
    point = f"5{n}555555-5555-5555-5555-555555555555"
    return f'<SyncPoint guid="{point}" timeStamp="{n * 1000}" position="{position}"/>'


SOURCE = (
    '<VideoSource guid="cccccccc-cccc-cccc-cccc-cccccccccccc" name="ip2.mp4" '
    'path="internal://ip2.mp4">'
    '<Transcript guid="dddddddd-dddd-dddd-dddd-dddddddddddd" name="ip2.txt" '
    'plainTextPath="internal://ip2.txt">'
    f"{_point(1, START)}{_point(2, END)}"
    '<TranscriptSelection guid="eeeeeeee-eeee-eeee-eeee-eeeeeeeeeeee" '
    'fromSyncPoint="51555555-5555-5555-5555-555555555555" '
    'toSyncPoint="52555555-5555-5555-5555-555555555555">'
    f"{_coding('aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa')}</TranscriptSelection>"
    '<TranscriptSelection guid="ffffffff-ffff-ffff-ffff-ffffffffffff" '
    'fromSyncPoint="51555555-5555-5555-5555-555555555555" '
    'toSyncPoint="59555555-5555-5555-5555-555555555555">'
    f"{_coding('abababab-abab-abab-abab-abababababab')}</TranscriptSelection>"
    "</Transcript>"
    '<VideoSelection guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb" begin="0" end="1000">'
    f"{_coding('bcbcbcbc-bcbc-bcbc-bcbc-bcbcbcbcbcbc')}</VideoSelection>"
    f'<VariableValue><VariableRef targetGUID="{VAR}"/><TextValue>Åby</TextValue>'
    "</VariableValue></VideoSource>"
)


def _qdpx(path: Path) -> Path:
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        f'name="x" origin="NVivo 15"><Users><User guid="{USER}" name="karin"/></Users>'
        f'<CodeBook><Codes><Code guid="{CODE}" name="Uppdrag" isCodable="true"/></Codes>'
        f'</CodeBook><Variables><Variable guid="{VAR}" name="municipality" typeOfVariable='
        f'"Text"/></Variables><Sources>{SOURCE}</Sources></Project>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/ip2.txt", TEXT)
        archive.writestr("sources/ip2.mp4", b"not read")
    return path


def test_a_transcript_comes_in_with_its_codings(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        report = p.import_qdpx(_qdpx(tmp_path / "nvivo.qdpx"))
        assert report.documents == ["ip2.mp4"]
        assert report.codings == 1
        assert report.skipped == [
            "ip2.mp4: 1 coding of its transcript without a position",
            "ip2.mp4: 1 coding of stretches of the video, not text",
        ]
        (doc,) = p.documents()
        assert doc.attributes["municipality"] == "Åby"
        (coding,) = p.codings(doc=doc.id)
        assert p.coding_texts([coding]) == [TEXT[START:END]]


VALIDATOR = Path("/work/shared/refi-qda/validate.py")


@pytest.mark.skipif(not VALIDATOR.exists(), reason="the REFI-QDA validator is not here")
def test_the_test_file_is_valid_refi_qda(tmp_path: Path) -> None:
    pytest.importorskip("xmlschema")
    done = subprocess.run(
        [sys.executable, str(VALIDATOR), str(_qdpx(tmp_path / "nvivo.qdpx"))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
