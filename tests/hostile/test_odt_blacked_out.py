"""An OpenDocument text whose names are blacked out: black letters on a black highlight.

In LibreOffice a researcher pseudonymises by giving a name black highlighting
(``fo:background-color``) and black letters (``fo:color``), in the span's own style, a
named character style or the paragraph's: the page shows a bar, the file still holds
the name, and the import read it into the project and every export. Such a file is
refused in the .docx rule's one line, counting the runs and never quoting them.
Automatic letters on black (LibreOffice prints them white), white on black, dark grey
on white and a yellow highlight import as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import IngestError
from qualcode.ingest import read_document
from tests.hostile.hostile_kit import odt_file


def _style(name: str, props: str, family: str = "text") -> str:
    return (
        f'<style:style style:name="{name}" style:family="{family}">'
        f"<style:text-properties {props}/></style:style>"
    )


def _odt(path: Path, props: str, named: str = "", span_style: str = "T1") -> Path:
    automatic = f"<office:automatic-styles>{_style('T1', props)}</office:automatic-styles>"
    body = (
        f'<text:p>R: Jag ringde <text:span text:style-name="{span_style}">Anna Berg'
        "</text:span> i morse.</text:p>"
    )
    return odt_file(path, automatic, body, named)


@pytest.mark.parametrize(
    "props",
    [
        'fo:color="#000000" fo:background-color="#000000"',
        'fo:color="#1a1a1a" fo:background-color="#222222"',
    ],
)
def test_black_on_black_is_refused(tmp_path: Path, props: str) -> None:
    with pytest.raises(IngestError) as raised:
        read_document(_odt(tmp_path / "ip3.odt", props))
    message = str(raised.value)
    assert message.startswith("ip3.odt: 1 run of text in dark letters on a black highlight")
    assert "Anna" not in message


def test_named_style_is_refused(tmp_path: Path) -> None:
    named = (
        "<office:styles>"
        + _style("Svart", 'fo:color="#000000" fo:background-color="#000000"')
        + _style("Censur", "", "text").replace("<style:text-properties />", "")
        + "</office:styles>"
    ).replace(
        'style:name="Censur" style:family="text"',
        'style:name="Censur" style:family="text" style:parent-style-name="Svart"',
    )
    with pytest.raises(IngestError, match="1 run of text in dark letters"):
        read_document(_odt(tmp_path / "ip3.odt", "", named, span_style="Censur"))


def test_black_paragraph_is_refused(tmp_path: Path) -> None:
    automatic = (
        "<office:automatic-styles>"
        + _style("P1", 'fo:color="#000000" fo:background-color="#000000"', "paragraph")
        + "</office:automatic-styles>"
    )
    body = '<text:p>I: Vem?</text:p><text:p text:style-name="P1">Anna Berg</text:p>'
    with pytest.raises(IngestError, match="1 run of text in dark letters"):
        read_document(odt_file(tmp_path / "ip3.odt", automatic, body))


@pytest.mark.parametrize(
    "props",
    [
        'fo:background-color="#000000"',  # automatic letters: printed white
        'fo:color="#000000" style:use-window-font-color="true" fo:background-color="#000000"',
        'fo:color="#ffffff" fo:background-color="#000000"',
        'fo:color="#333333" fo:background-color="#ffffff"',
        'fo:color="#000000" fo:background-color="#ffff00"',
        'fo:color="#000000" fo:background-color="transparent"',
    ],
)
def test_readable_spans_import(tmp_path: Path, props: str) -> None:
    assert "Anna Berg" in read_document(_odt(tmp_path / "ip3.odt", props)).text
