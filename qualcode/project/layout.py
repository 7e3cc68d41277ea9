"""How a document's stored lines read as paragraphs, for a face that draws them.

A PDF's stored text keeps its page's line ends inside a paragraph (offsets never change),
and the coding screen wraps those lines as the paragraphs they were. Which documents keep
page lines, and where such lines part, are the import's own rules (``ingest.pdf_layout``);
the faces read them here, so that a quote, a list item or a contents entry stands apart on
screen exactly where the import set it apart, and no face decides by a file's name.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Literal

from qualcode.ingest.pdf_layout import page_lines, starts_own
from qualcode.ingest.wrapped import WRAPPED_SOURCES, hard_wrapped, wrapped_parts
from qualcode.model import Document

__all__ = ["as_paragraphs", "keeps_page_lines", "line_parts", "quote_parts", "starts_own"]


def _reading(doc: Document) -> Literal["pages", "plain", "other"]:
    """Which reader's line ends ``doc`` keeps: a PDF's pages', a plain text's as its writer
    left them (wrapped or not), or another reader's (the writer's own paragraphs)."""
    return _read_from(doc.source_path or doc.name)


def _read_from(source: str) -> Literal["pages", "plain", "other"]:
    if page_lines(source):
        return "pages"
    return "plain" if source.casefold().endswith(WRAPPED_SOURCES) else "other"


def keeps_page_lines(doc: Document) -> bool:
    """Whether ``doc``'s line ends fall inside its paragraphs: its pages' (read from a
    PDF), or a plain text's wrapped mid-sentence (copied out of a PDF, or wrapped by its
    writer's editor), so that the screen wraps them over as the paragraphs they are."""
    reading = _reading(doc)
    return reading == "pages" or (reading == "plain" and hard_wrapped(doc.text))


def line_parts(doc: Document) -> Callable[[str, str], bool]:
    """Where ``doc``'s kept lines part into paragraphs (``before``, ``line`` -> apart): a
    PDF's stored paragraphs where the import set them apart (``starts_own``: its short
    lines already ended theirs with a blank line), a wrapped plain text's by the import's
    whole rule, short lines and all (``wrapped_parts``)."""
    return wrapped_parts(doc.text) if _reading(doc) == "plain" else starts_own


def quote_parts(name: str, text: str) -> Callable[[str, str], bool] | None:
    """Where the kept lines of a document read from ``name`` (its file's name) with ``text``
    part into paragraphs, as ``line_parts``; None where its line ends are its writer's own
    (``keeps_page_lines`` false), so a quote from it keeps them."""
    reading = _read_from(name)
    if reading == "pages":
        return starts_own
    if reading == "plain" and hard_wrapped(text):
        return wrapped_parts(text)
    return None


def as_paragraphs(text: str, parts: Callable[[str, str], bool]) -> str:
    """``text`` (a passage of a document that keeps page lines) with its line ends read as
    the coding screen reads them: a line goes on the one before after a space, unless a
    blank line or ``parts`` sets it apart. A theme summary quoted minutes copied out of a
    PDF line by line as the page broke them ("Planen har arbetats fram" / "tillsammans med
    ..."), in Word and on the web page alike."""
    lines = text.split("\n")
    out = [lines[0]]  # one piece a line, joined once: a long passage takes linear time
    for before, line in pairwise(lines):
        if not line.strip() or not before.strip() or parts(before, line):
            out.append("\n" + line)
        else:  # the piece before holds ``before``, so its end is the passage's end
            out[-1] = out[-1].rstrip()
            out.append(" " + line.lstrip())
    return "".join(out)
