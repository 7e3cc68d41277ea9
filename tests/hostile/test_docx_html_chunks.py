"""A web page inserted whole into a Word document (``w:altChunk``), written as pages are
(red team, round 10).

Every word set in bold, italics or a link was glued to its neighbours: the white space at
the edges of the text around an inline tag was dropped, so "Vi har <b>hög</b>
arbetsbelastning" came in as "Vi harhögarbetsbelastning", a word no keyword, search or
reader finds. HTML lets a page leave out its head's end tag (``<head><title>Plan</title><meta ...>``
and then the body's text). The reader skipped everything from ``<head>`` to ``</head>``, so
such a page was read as all head: the import said it had read one inserted part and the
page's text was not in the transcript. And text the page hides (``display:none``,
``hidden``, Word's own ``mso-hide:all``, a ``<template>``) came in though Word shows none
of it, where the Word reader leaves out hidden runs: a name the transcriber hid on the page
stood in the transcript, the coded passages and every export.
"""

from __future__ import annotations

from pathlib import Path

from tests.hostile.hostile_kit import imported_page as _imported


def test_words_around_inline_tags_keep_their_spaces(tmp_path: Path) -> None:
    page = (
        "<p>R: Vi har <b>hög</b> arbetsbelastning och\n   <a href='x'>många</a> ärenden, "
        "<i>alltså</i>&nbsp;för många.</p><table><tr><td> Mål </td><td>Utfall</td></tr></table>"
    )
    text = _imported(tmp_path, page)
    assert "R: Vi har hög arbetsbelastning och många ärenden, alltså för många." in text
    assert "Mål\tUtfall" in text


def test_a_head_left_open_loses_no_text(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Handlingsplan</title><meta charset='utf-8'>"
        "<p>R: Vi har dialog med politikerna varje månad.</p>"
        "<p>Nämnden följer upp.</p></html>"
    )
    text = _imported(tmp_path, page)
    assert "R: Vi har dialog med politikerna varje månad." in text
    assert "Nämnden följer upp." in text and "Handlingsplan" not in text


def test_a_body_tag_ends_a_head_left_open(tmp_path: Path) -> None:
    page = "<head><style>p{}</style><body><p>R: Vi fick fler tjänster.</p></body>"
    text = _imported(tmp_path, page)
    assert "R: Vi fick fler tjänster." in text and "p{}" not in text


def test_what_the_page_hides_stays_out(tmp_path: Path) -> None:
    page = (
        "<html><head><title>x</title></head><body>"
        "<p>R: Chefen lyssnade.</p>"
        "<div style='display: none'>Anna Berg <div>Lindgatan 4</div> dolt</div>"
        "<p hidden>Elin Sjöberg<p>R: Vi fick tid att prata.</p>"
        "<p>Sedan <span style='color:red;mso-hide:all'>Karin Ek</span>ändrades allt.</p>"
        "<template><p>Mallens text</p></template>"
        "<ul><li hidden>Ingrid<li>Mål och resurser</ul>"
        "</body></html>"
    )
    text = _imported(tmp_path, page)
    for hidden in ("Anna Berg", "Lindgatan", "Elin", "Karin Ek", "Mallens", "Ingrid"):
        assert hidden not in text, hidden
    for shown in ("R: Chefen lyssnade.", "R: Vi fick tid att prata.", "Mål och resurser"):
        assert shown in text, shown
    assert "Sedan ändrades allt." in text


def test_a_hidden_element_left_open_ends_with_what_holds_it(tmp_path: Path) -> None:
    """A hidden last cell or list item whose end tag HTML let out, or a hidden span left
    open in a div, hid the rest of the page: the text after the table was lost without a
    word. It ends where what holds it ends; an element of another kind inside it does not
    end it."""
    page = (
        "<table><tr><td>Mål<td style='display:none'>Anna Berg</table>"
        "<p>R: Vi fick fler tjänster.</p>"
        "<ul><li>Resurser<li hidden>Ingrid</ul><p>R: Det blev bättre.</p>"
        "<div><span hidden>Karin Ek</div><p>R: Chefen lyssnade.</p>"
        "<div hidden>Elin <section>Sjöberg</section> Lindgatan 4</div><p>Slut.</p>"
    )
    text = _imported(tmp_path, page)
    for hidden in ("Anna Berg", "Ingrid", "Karin Ek", "Elin", "Sjöberg", "Lindgatan"):
        assert hidden not in text, hidden
    for shown in ("R: Vi fick fler tjänster.", "R: Det blev bättre.", "R: Chefen lyssnade."):
        assert shown in text, shown
    assert "Slut." in text and "Resurser" in text


def test_what_a_style_sheet_or_fallback_hides_stays_out(tmp_path: Path) -> None:
    """A page hides through its style sheet's rules as through an element's own style
    (``.dold { display: none }``, ``span.x { mso-hide: all }``, an id's rule, a size of
    nothing), and a browser never shows a frame's fallback text, what is for scripts off,
    a video's or canvas's fallback, a field's list of choices or a closed dialog: all of it
    was imported (red team, round 11). A rule for print only and a rule naming an
    element's place are not read, and an open dialog is shown."""
    page = (
        "<html><head><style>/* dolt */ .dold { display: none }\n"
        "span.x { mso-hide: all } #namn, p.tel { visibility: hidden }\n"
        "@media print { .skarm { display: none } } div p { display: none }</style></head>"
        '<body><p>R: Jag pratade med <span class="a dold">Anna Berg</span>chefen.</p>'
        '<p>R: Och <span class="x">Elin Sjöberg</span>hon <b class="x">höll</b> med.</p>'
        '<p id="namn">Karin Ek</p><p class="tel">070-123 45 67</p>'
        '<p>R: Tid <span style="font-size:0pt">Lisa Holm</span>att prata.</p>'
        "<iframe src='a.html'>Maria Lund</iframe><noscript>Eva Nyström</noscript>"
        "<video src='b.mp4'>Sara Ek</video><canvas>Ida Berg</canvas>"
        "<datalist><option>Olle Ek</option></datalist><dialog>Per Ek</dialog>"
        '<p class="skarm">R: Det syns.</p><div><p>R: Det också.</p></div>'
        "<dialog open>R: Öppen.</dialog></body></html>"
    )
    text = _imported(tmp_path, page)
    for hidden in ("Anna", "Elin", "Karin", "070", "Lisa", "Maria", "Eva", "Sara", "Ida"):
        assert hidden not in text, hidden
    assert "Olle" not in text and "Per Ek" not in text
    assert text.split("\n\n")[1:] == [
        "R: Jag pratade med chefen.",
        "R: Och hon höll med.",
        "R: Tid att prata.",
        "R: Det syns.",
        "R: Det också.",
        "R: Öppen.",
    ]
