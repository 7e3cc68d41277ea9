"""A web page inserted into a Word document (``w:altChunk``) as Word saves one: its style
sheet stands inside ``<!-- -->`` (for browsers that showed a sheet as text), and the
sheet's first rule, read as ``<!-- span.Dold``, named no element, so the text its
"Dold" style hides came into the transcript (review23, after red team 11 read the
page's sheet)."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.hostile_kit import imported_page as _imported


def test_a_sheet_inside_comment_marks_hides_from_its_first_rule(tmp_path: Path) -> None:
    page = (
        "<html><head><style>\n<!--\n /* Style Definitions */\n"
        " span.Dold {mso-style-name:Dold; display:none; mso-hide:all}\n"
        " p.Liten {font-size:0pt}\n"
        "-->\n</style></head><body>"
        '<p>R: Jag pratade med <span class="Dold">Anna Berg</span>chefen.</p>'
        '<p class="Liten">Karin Ek</p><p>R: Det syns.</p></body></html>'
    )
    text = _imported(tmp_path, page)
    assert "Anna" not in text and "Karin" not in text
    assert text.split("\n\n")[1:] == ["R: Jag pratade med chefen.", "R: Det syns."]


def test_a_sheet_for_print_hides_nothing_on_screen(tmp_path: Path) -> None:
    """``<style media="print">`` hides on paper only, as a rule inside ``@media print``
    does: its text was left out though Word and a browser show it."""
    page = (
        '<html><head><style media="print">.skarm { display: none }</style>'
        '<style media="screen, print">.dold { display: none }</style></head><body>'
        '<p class="skarm">R: Det syns.</p><p class="dold">Anna Berg</p></body></html>'
    )
    text = _imported(tmp_path, page)
    assert text.split("\n\n")[1:] == ["R: Det syns."]
