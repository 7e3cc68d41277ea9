"""Sources in a .qdpx that are not plain text (red team, round 7).

NVivo, ATLAS.ti and MAXQDA keep a project's policy PDFs, recordings and photos beside its
transcripts: a ``PDFSource`` carries its text as a ``Representation`` with the codings of
that text, an ``AudioSource`` or ``PictureSource`` codings of stretches and regions.
``import-qdpx`` read ``TextSource`` elements only and passed over the rest without a
word: a project's coded policy PDF and its codings vanished, and the report counted only
what it had read. A PDF is now imported through its text with that text's codings; what
cannot be read as text (codings of page regions, recordings, pictures) is named in the
report with how many codings it held.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

CODE = "11111111-1111-1111-1111-111111111111"
USER = "77777777-7777-7777-7777-777777777777"
TEXT = "I: Hur gick det med uppdraget?\nR: Vi pratade med nämnden om det."
PLAN = "Handlingsplan. Nämnden och förvaltningen för dialog om uppdraget varje år."


def _coding(guid: str) -> str:
    return f'<Coding guid="{guid}" creatingUser="{USER}"><CodeRef targetGUID="{CODE}"/></Coding>'


SOURCES = (
    '<TextSource guid="22222222-2222-2222-2222-222222222222" name="ip1.txt" '
    'plainTextPath="internal://ip1.txt"><PlainTextSelection '
    'guid="33333333-3333-3333-3333-333333333333" startPosition="3" endPosition="20">'
    f"{_coding('44444444-4444-4444-4444-444444444444')}</PlainTextSelection></TextSource>"
    '<PDFSource guid="55555555-5555-5555-5555-555555555555" name="plan.pdf" '
    'path="internal://plan.pdf"><Representation guid="66666666-6666-6666-6666-666666666666" '
    'plainTextPath="internal://plan.txt"><PlainTextSelection '
    'guid="88888888-8888-8888-8888-888888888888" startPosition="15" endPosition="60">'
    f"{_coding('99999999-9999-9999-9999-999999999999')}</PlainTextSelection>"
    '</Representation><PDFSelection guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" page="1" '
    'firstX="0" firstY="0" secondX="10" secondY="10">'
    f"{_coding('bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb')}</PDFSelection></PDFSource>"
    '<AudioSource guid="cccccccc-cccc-cccc-cccc-cccccccccccc" name="ip2.m4a" '
    'path="internal://ip2.m4a"><AudioSelection guid="dddddddd-dddd-dddd-dddd-dddddddddddd" '
    f'begin="0" end="1000">{_coding("eeeeeeee-eeee-eeee-eeee-eeeeeeeeeeee")}</AudioSelection>'
    "</AudioSource>"
)


def _qdpx(path: Path) -> Path:
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        f'name="x" origin="NVivo 15"><Users><User guid="{USER}" name="karin"/></Users>'
        f'<CodeBook><Codes><Code guid="{CODE}" name="Uppdrag" isCodable="true"/></Codes>'
        f"</CodeBook><Sources>{SOURCES}</Sources></Project>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/ip1.txt", TEXT)
        archive.writestr("sources/plan.txt", PLAN)
        archive.writestr("sources/plan.pdf", b"%PDF-1.4 not read")
        archive.writestr("sources/ip2.m4a", b"not read")
    return path


def test_a_pdf_comes_in_through_its_text_and_the_rest_is_named(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        report = p.import_qdpx(_qdpx(tmp_path / "nvivo.qdpx"))
        assert report.documents == ["ip1.txt", "plan.pdf"]
        assert report.codings == 2
        assert report.skipped == [
            "plan.pdf: 1 coding of regions of its pages",
            "ip2.m4a: audio, not text (1 coding not imported)",
        ]
        (plan,) = [d for d in p.documents() if d.name == "plan.pdf"]
        (coding,) = p.codings(doc=plan.id)
        assert p.coding_texts([coding]) == [PLAN[15:60]]


def test_the_cli_says_what_it_skipped(tmp_path: Path) -> None:
    got = CliRunner().invoke(
        app,
        ["-p", str(tmp_path / "p.db"), "import-qdpx", str(_qdpx(tmp_path / "nvivo.qdpx"))],
        env={"QUALCODE_CODER": "", "QUALCODE_SEMANTIC": "off"},
    )
    assert got.exit_code == 0, got.output
    assert "2 documents, 1 code, 2 codings, 2 skipped" in got.output
    assert "skipped ip2.m4a: audio, not text (1 coding not imported)" in got.output
