"""A web page whose names are blacked out by CSS: black letters on a black background.

A researcher saving a council's page or a transcript as .html may paint a name over
(``background:#000; color:#000``, in the span's own style or a class of the page's
style sheet): the browser shows a bar, the file still holds the name, and the import
read it into the project and every export. Such a page is refused in the .docx rule's
one line, counting the runs and never quoting them; so is such a page inserted in a
.docx. White letters on black, a black heading bar with white letters, a black
background with no colour of its own for the letters, and dark grey on white import
as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import IngestError
from qualcode.ingest import read_document
from tests.hostile.hostile_kit import page_docx


def _page(path: Path, span: str, sheet: str = "") -> Path:
    path.write_text(
        f"<html><head><style>{sheet}</style></head><body><h1>Protokoll</h1>"
        f"<p>R: Jag ringde {span} i morse.</p></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("span", "sheet"),
    [
        ('<span style="background:#000; color:#000">Anna Berg</span>', ""),
        ('<span style="background-color: black; color: black">Anna Berg</span>', ""),
        ('<span style="background: rgb(0, 0, 0); color: #000000">Anna Berg</span>', ""),
        ('<span style="color:#111;background-color:RGBA(0,0,0,1)">Anna Berg</span>', ""),
        ('<span class="dold">Anna Berg</span>', ".dold { background: #000; color: #000 }"),
        ('<span class="x"><b>Anna Berg</b></span>', "span.x{background-color:black;color:black}"),
        # as Word saves a black highlight as a web page
        ("<span style='color:black;background:black;mso-highlight:black'>Anna Berg</span>", ""),
        ('<font color="#000000" style="background:#000">Anna Berg</font>', ""),
        (
            '<table><tr><td bgcolor="black"><font color="black">Anna Berg</font></td></tr></table>',
            "",
        ),
    ],
)
def test_black_on_black_is_refused(tmp_path: Path, span: str, sheet: str) -> None:
    with pytest.raises(IngestError) as raised:
        read_document(_page(tmp_path / "ip3.html", span, sheet))
    message = str(raised.value)
    assert message.startswith("ip3.html: 1 run of text in dark letters on a black highlight")
    assert "Anna" not in message


@pytest.mark.parametrize(
    ("span", "sheet"),
    [
        ('<span style="background:#000; color:#fff">Anna Berg</span>', ""),
        ('<span style="background:black">Anna Berg</span>', ""),  # no colour of its own
        ('<span style="color:#333; background:white">Anna Berg</span>', ""),
        ('<span style="color:#000; background:yellow">Anna Berg</span>', ""),
        ('<span class="bar">Anna Berg</span>', ".bar{background:#000;color:white}"),
        # a page's dark letters, a black bar whose own letters the sheet sets another way
        ('<span class="bar">Anna Berg</span>', "body{color:#000} .bar{background:#000}"),
        ('<span style="background:#000;color:#000;background:none">Anna Berg</span>', ""),
        (
            '<table><tr><td bgcolor="black"><font color="white">Anna Berg</font></td></tr></table>',
            "",
        ),
        ('<font color="#000000">Anna Berg</font>', ""),  # LibreOffice's page of a black highlight
    ],
)
def test_readable_spans_import(tmp_path: Path, span: str, sheet: str) -> None:
    assert "Anna Berg" in read_document(_page(tmp_path / "ip3.html", span, sheet)).text


def test_heading_bar_with_white_letters_imports(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(
        '<html><body><div style="background:#000;color:#000">'
        '<h2 style="color:#fff">Anna Berg</h2></div><p>Text.</p></body></html>',
        encoding="utf-8",
    )
    assert "Anna Berg" in read_document(path).text


def test_black_on_black_in_a_page_inserted_in_a_docx_is_refused(tmp_path: Path) -> None:
    page = '<p>R: Jag ringde <span style="background:#000;color:#000">Anna Berg</span>.</p>'
    with pytest.raises(IngestError) as raised:
        read_document(page_docx(tmp_path, page))
    assert str(raised.value).startswith("ip_01.docx: 1 run of text in dark letters")
    assert "Anna" not in str(raised.value)
