"""A web page inserted into a Word document (``w:altChunk``) whose block sets a font size
of nothing hides its text, but not a child's that sets a size of its own. A mail's template
sets ``font-size: 0`` on the block around its columns, so that no gap stands between
them, and each column its own size: the reader took the size of nothing as hiding the
block and all in it, and the whole message was left out of the transcript without a word
(review23, after red team 11 hid text by its size)."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.hostile_kit import imported_page as _imported


def test_a_child_with_its_own_size_shows_under_a_block_of_size_nothing(tmp_path: Path) -> None:
    page = (
        "<html><head><style>.rad { font-size: 0 } .kolumn { font-size: 14px !important }"
        "</style></head><body>"
        '<div style="font-size:0px"><table><tr>'
        '<td style="font-size:13px;line-height:1">R: Vi fick tid att prata.</td>'
        "</tr></table></div>"
        '<div class="rad"><div class="kolumn">R: Chefen lyssnade.</div></div>'
        '<div class="rad"><div class="kolumn">R: Sedan <b>ändrades</b> allt.</div></div>'
        '<p class="kolumn rad">R: Den senare regeln gäller.</p>'
        "</body></html>"
    )
    text = _imported(tmp_path, page)
    assert text.split("\n\n")[1:] == [
        "R: Vi fick tid att prata.",
        "R: Chefen lyssnade.",
        "R: Sedan ändrades allt.",
        "R: Den senare regeln gäller.",
    ]


def test_a_size_of_nothing_still_hides_what_takes_its_size(tmp_path: Path) -> None:
    """A child that sets no size, or a share of its parent's (2em of nothing is nothing),
    is as hidden as the block; a sheet's rule hides as an element's own style does."""
    page = (
        "<html><head><style>.liten { font-size: .0pt } .stor { font-size: 12pt }"
        ".noll { font-size: 0em }</style></head><body>"
        '<p>R: Tid <span style="font-size:0">Lisa <b>Holm</b></span>att prata.</p>'
        '<div style="font-size: 0"><span style="font-size:2em">Eva Nyström</span></div>'
        '<p class="liten">Karin Ek<span style="font-size:150%">Sara Ek</span></p>'
        '<p class="noll stor">Olle Ek</p><p>R: Det syns.</p></body></html>'
    )
    text = _imported(tmp_path, page)
    for hidden in ("Lisa", "Holm", "Eva", "Karin", "Sara", "Olle"):
        assert hidden not in text, hidden
    assert text.split("\n\n")[1:] == ["R: Tid att prata.", "R: Det syns."]
