"""A PDF whose names are blacked out by boxes drawn over them, not removed.

A researcher pseudonymising a transcript draws black rectangles over the names and saves
a PDF: the reader sees the boxes, the page's text still holds the names, and the import
read them as if nothing covered them, so they stood in the project and every export.
Such a file is refused in one line that says how many runs of text are covered and on
which page, never what they say. So is black text on a black box (a black highlight in
Word, printed to PDF). White letters on a black box, a rule under a heading and a plain
page import as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import IngestError
from qualcode.ingest import read_document
from tests.ingest.pdf_kit import one_page_pdf

LINE = "BT /F1 12 Tf 72 720 Td (R: Jag ringde Anna Berg i morse.) Tj ET "


def _pdf(stream: str, annots: str = "") -> bytes:
    """A one-page PDF with the content ``stream`` and, if given, the page's /Annots."""
    return one_page_pdf(stream.encode("latin-1"), page=annots.encode())


@pytest.mark.parametrize(
    ("stream", "annots"),
    [
        (LINE + "0 0 0 rg 140 716 60 14 re f", ""),  # a black box drawn over the name
        (LINE + "140 716 60 14 re f", ""),  # no colour set: a PDF fills in black
        (LINE + "q 0.1 g 140 716 60 14 re f Q", ""),  # dark grey, in a saved state
        (LINE + "0 0 0 1 k 140 716 60 14 re f", ""),  # black in CMYK
        (LINE + "q 2 0 0 2 0 0 cm 0 g 70 358 30 7 re f Q", ""),  # scaled into place
        # Word's black highlight as LibreOffice prints it: a black box, black letters on it
        ("0 0 0 rg 140 716 60 14 re f* 0 0 0 rg " + LINE, ""),
        (LINE, " /Annots [<< /Type /Annot /Subtype /Redact /Rect [140 716 200 730] >>]"),
        (LINE, " /Annots [<< /Subtype /Square /IC [0 0 0] /Rect [140 716 200 730] >>]"),
    ],
)
def test_text_under_a_black_box_is_refused(tmp_path: Path, stream: str, annots: str) -> None:
    path = tmp_path / "ip3.pdf"
    path.write_bytes(_pdf(stream, annots))
    with pytest.raises(IngestError) as raised:
        read_document(path)
    message = str(raised.value)
    assert message.startswith("ip3.pdf: page 1: 1 run of text under black boxes")
    assert "Anna" not in message and "\n" not in message


@pytest.mark.parametrize(
    "stream",
    [
        LINE,
        "0 g 60 700 300 40 re f 1 g " + LINE,  # white letters on a black box under them
        LINE + "0 g 72 714 300 1 re f",  # a rule under the line
        LINE + "1 1 0 rg 140 716 60 14 re f",  # a yellow box, not a blackout
        LINE + "0 g 140 716 60 14 re S",  # a rectangle outlined, not filled
        LINE + "0 g 140 500 60 14 re f",  # a black box elsewhere on the page
    ],
)
def test_text_not_under_a_black_box_imports(tmp_path: Path, stream: str) -> None:
    path = tmp_path / "ip3.pdf"
    path.write_bytes(_pdf(stream))
    assert "Anna Berg" in read_document(path).text
