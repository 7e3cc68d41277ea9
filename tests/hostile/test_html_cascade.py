"""A web page inserted into a Word document (``w:altChunk``) whose sheet is read as a
browser reads it (red team, round 12).

Round 11 read a page's hiding rules, but only those, and every ``<style>`` in the page's
bytes: a later or more specific rule that shows again what an earlier one hid, an
element's own ``display:block`` under a class that hides, a child that says ``visibility:
visible`` inside a hidden block, and a ``<style>`` that is only a script's string or is
commented out all left text out of the transcript that every reader of the page sees. And
a rule inside ``@media screen`` (or ``all``) was passed over with the print rules, so the
name it hides on every screen came in.
"""

from __future__ import annotations

from pathlib import Path

from tests.hostile.hostile_kit import imported_page


def test_what_a_page_shows_again_is_read(tmp_path: Path) -> None:
    page = (
        "<html><head><style>.dold { display: none } .dold.visa { display: block }\n"
        "p { visibility: hidden } p { visibility: visible }\n"
        ".gammal { display: block } .ny { display: none } #ett { display: inline }\n"
        "span.x { display: inline } .x { display: none }\n"
        ".skymd { visibility: hidden }</style>"
        "<script>var mall = '<style>.synlig { display: none }</style>';</script>"
        "<!-- <style>.kommentar { display: none }</style> --></head><body>"
        '<p class="dold visa">R: Vi fick fler tjänster.</p>'
        "<p>R: Chefen lyssnade.</p>"
        '<p class="ny gammal" id="ett">R: Id:t vinner.</p>'
        '<p>R: En <span class="x">klass</span> med tagg.</p>'
        '<p class="dold" style="display: block">R: Egen stil.</p>'
        '<div class="skymd">Anna Berg <p style="visibility: visible">R: Barnet syns.</p></div>'
        '<p class="synlig">R: Skriptets text.</p><p class="kommentar">R: Kommentaren.</p>'
        '<p hidden style="display: block">R: Sidans display.</p>'
        "</body></html>"
    )
    text = imported_page(tmp_path, page)
    assert "Anna" not in text
    assert text.split("\n\n")[1:] == [
        "R: Vi fick fler tjänster.",
        "R: Chefen lyssnade.",
        "R: Id:t vinner.",
        "R: En klass med tagg.",
        "R: Egen stil.",
        "R: Barnet syns.",
        "R: Skriptets text.",
        "R: Kommentaren.",
        "R: Sidans display.",
    ]


def test_what_the_screen_hides_stays_out(tmp_path: Path) -> None:
    """Rules for every screen hide; ``!important`` outweighs an element's own style; a rule
    for some screens only (a phone's width) or for print is still not read; a reset's rule
    naming a tag (``section { display: block }``) does not show what ``hidden`` hides, as
    the reset's own ``[hidden] { display: none }`` before it keeps it hidden."""
    page = (
        "<html><head><style>@media screen { .dold { display: none } }\n"
        "@media only screen, print { #namn { mso-hide: all } }\n"
        "@media all { @media screen { .tel { visibility: hidden } } }\n"
        ".viktig { display: none !important }\n"
        "@media screen and (max-width: 480px) { .mobil { display: none } }\n"
        "@media print { .skarm { display: none } } section { display: block }</style>"
        "</head><body><section hidden>Lisa Holm</section>"
        '<p class="dold">Anna Berg</p><p id="namn">Karin Ek</p><p class="tel">070-123 45 67</p>'
        '<p class="viktig" style="display: block">Elin Sjöberg</p>'
        '<p class="mobil">R: Bred skärm.</p><p class="skarm">R: Det syns.</p></body></html>'
    )
    text = imported_page(tmp_path, page)
    for hidden in ("Anna", "Karin", "070", "Elin", "Lisa"):
        assert hidden not in text, hidden
    assert text.split("\n\n")[1:] == ["R: Bred skärm.", "R: Det syns."]
