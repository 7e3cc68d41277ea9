"""Words a Word document blacks out but keeps: dark letters on a dark highlight or shading.

Pseudonymising in Word, a researcher often marks a name with a black highlight and black
letters: the page shows a black bar, the file still holds the name, and the import read it
like any other word, so it stood in the project and every export (the same flaw as a PDF's
black box, ``pdf_cover.py``). A run is counted when its own formatting sets both a dark
highlight or shading and an explicitly dark colour; automatic colour is left alone, as
Word prints it white on a dark background. Counted, never quoted: the words are the secret.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from qualcode.ingest.blackout import dark, luminance

_HIGHLIGHTS = {"black": 0.0, "darkGray": 0.25, "darkBlue": 0.06, "darkRed": 0.15}


def blacked_out(body: Any) -> int:
    """How many runs with text show dark letters on a dark highlight or shading."""
    count = 0
    for rpr in body.iter(qn("w:rPr")):
        run = rpr.getparent()
        if run is None or run.tag != qn("w:r") or rpr.find(qn("w:vanish")) is not None:
            continue  # a hidden run is not read at all
        if not "".join(t.text or "" for t in run.iter(qn("w:t"))).strip():
            continue
        letters = _hex(rpr.find(qn("w:color")), qn("w:val"))
        highlight = rpr.find(qn("w:highlight"))
        ground = _HIGHLIGHTS.get(highlight.get(qn("w:val"), "")) if highlight is not None else None
        if ground is None:
            ground = _hex(rpr.find(qn("w:shd")), qn("w:fill"))
        if dark(letters, ground):
            count += 1
    return count


def _hex(element: Any, attribute: str) -> float | None:
    """The luminance of an RRGGBB colour attribute; None for 'auto', none or a bad value."""
    return None if element is None else luminance(element.get(attribute, ""))
