"""A Word document whose names are blacked out with a black highlight and black letters.

The page shows black bars; the file still holds the names, and the import read them like
any other words, so they stood in the project and every export. Such a file is refused in
one line that counts the runs and never quotes them. Automatic colour on a black
highlight (which Word prints white), white letters on black shading and a yellow
highlight import as before."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from qualcode.errors import IngestError
from qualcode.ingest import read_document


def _write(path: Path, highlight: object, colour: RGBColor | None, shading: str | None) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("R: Jag ringde ")
    run = paragraph.add_run("Anna Berg")
    run.font.highlight_color = highlight
    if colour is not None:
        run.font.color.rgb = colour
    if shading is not None:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), shading)
        run._r.get_or_add_rPr().append(shd)
    paragraph.add_run(" i morse.")
    document.save(str(path))


BLACK, WHITE = RGBColor(0, 0, 0), RGBColor(0xFF, 0xFF, 0xFF)


@pytest.mark.parametrize(
    ("highlight", "colour", "shading"),
    [
        (WD_COLOR_INDEX.BLACK, BLACK, None),
        (None, BLACK, "000000"),
        (None, RGBColor(0x20, 0x20, 0x20), "1A1A1A"),
    ],
)
def test_black_on_black_is_refused(
    tmp_path: Path, highlight: object, colour: RGBColor, shading: str | None
) -> None:
    path = tmp_path / "ip3.docx"
    _write(path, highlight, colour, shading)
    with pytest.raises(IngestError) as raised:
        read_document(path)
    message = str(raised.value)
    assert message.startswith("ip3.docx: 1 run of text in dark letters on a black highlight")
    assert "Anna" not in message


@pytest.mark.parametrize(
    ("highlight", "colour", "shading"),
    [
        (WD_COLOR_INDEX.BLACK, None, None),  # automatic colour: Word prints it white
        (None, WHITE, "000000"),
        (WD_COLOR_INDEX.YELLOW, BLACK, None),
        (None, None, None),
    ],
)
def test_readable_runs_import(
    tmp_path: Path, highlight: object, colour: RGBColor | None, shading: str | None
) -> None:
    path = tmp_path / "ip3.docx"
    _write(path, highlight, colour, shading)
    assert "Anna Berg" in read_document(path).text
