"""Runs of spaces in an .odt (red team, round 5): OpenDocument writes a run of spaces as
one element, ``<text:s text:c="3"/>``, and the reader wrote out as many as it was told. A
1 KB file asking for three billion ended the import in a MemoryError traceback (an OOM kill
where memory is not capped); fifty runs of forty million took 2 GB and two and a half
minutes before the line limit refused them; every limit on the archive had passed, the
XML being small. A count that is no number (``c="abc"``, five thousand digits) was a
ValueError traceback. Now all the runs of a file together may ask for no more spaces than
its content.xml has bytes, and a count must be a number: one line, nothing written.
Spans nested five thousand deep were a RecursionError traceback; now one line too.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import qualcode, refused

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    "<office:body><office:text>"
)
TAIL = "</office:text></office:body></office:document-content>"


def _odt(path: Path, paragraph: str, packed: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", packed) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", f"{HEAD}<text:p>{paragraph}</text:p>{TAIL}")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    Project.create(path).close()
    return path


@pytest.mark.parametrize(
    ("runs", "message"),
    [
        ('<text:s text:c="3000000000"/>', "possible decompression bomb"),
        ('<text:s text:c="40000000"/>' * 50, "possible decompression bomb"),
        ('<text:s text:c="abc"/>', "a run of spaces counted 'abc'"),
        (f'<text:s text:c="{"9" * 5000}"/>', "a run of spaces counted '999"),
        ('<text:s text:c="-4"/>', "a run of spaces counted '-4'"),
    ],
    ids=["three-billion", "fifty-runs", "letters", "5000-digits", "negative"],
)
def test_a_run_of_spaces_past_reason_is_one_line(
    project: Path, tmp_path: Path, runs: str, message: str
) -> None:
    """Each as its own process, held to the kit's bounds on memory and CPU time."""
    source = _odt(tmp_path / "runs.odt", f"IP: Hej{runs}där")
    assert message in refused(project, "import", str(source))


def test_a_few_spaces_at_a_time_still_read(project: Path, tmp_path: Path) -> None:
    source = _odt(tmp_path / "ok.odt", 'IP: Hej<text:s text:c="3"/>där<text:s/>och hej.')
    assert qualcode(project, "import", str(source)).status == 0
    with Project.open(project) as opened:
        (doc,) = opened.documents()
        assert "Hej   där och hej." in opened.store.documents.get(doc.id).text


def test_spans_nested_thousands_deep_are_one_line(project: Path, tmp_path: Path) -> None:
    deep = "<text:span>" * 5000 + "djupt" + "</text:span>" * 5000
    source = _odt(tmp_path / "deep.odt", f"IP: Hej {deep}", zipfile.ZIP_STORED)
    assert "deep.odt: broken content.xml (nested too deeply)" in refused(
        project, "import", str(source)
    )
