"""A participant named as a word of the HTML summary's own style sheet (red team 18).

The read-back of an export read the .html file whole, its style sheet too: a participant
called Max on the pseudonym key ('max-width', four times in the sheet) or Min ('min-width')
refused every HTML summary the lead wrote, naming IP1, a name the file never held. The
style sheet is qualcode's own and holds nothing of the project, so it is left out; the
page's text and its attributes (an image's alt text) are read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import OutputError
from qualcode.export.pseudonyms import Key, check_files
from tests.hostile.hostile_kit import one_sentence_coded


def test_names_the_style_sheet_holds_refuse_no_html_summary(tmp_path: Path) -> None:
    with one_sentence_coded(tmp_path / "p.db") as project:
        project.set_pseudonym("Max", "IP1", "lena")
        project.set_pseudonym("Min", "IP2", "lena")
        written = project.export_summary(tmp_path / "s.html", layer="coder")
    assert "max-width" in written.read_text(encoding="utf-8")


def test_a_name_in_the_page_is_still_refused() -> None:
    key = Key({"Max": "IP1"})
    page = "<style>body{max-width:52em}</style><p>Max sa det.</p>"
    with pytest.raises(OutputError, match="the real name behind IP1 would appear"):
        check_files(key, {"s.html": page.encode()})
    check_files(key, {"s.html": b"<style>body{max-width:52em}</style><p>IP1 sa det.</p>"})
    alt = "<style>p{}</style><img alt='Max' src='x.png'>"
    with pytest.raises(OutputError, match="IP1"):
        check_files(key, {"s.html": alt.encode()})
