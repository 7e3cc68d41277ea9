"""How a document's stored lines read as paragraphs, for a face that draws them.

A PDF's stored text keeps its page's line ends inside a paragraph (offsets never change),
and the coding screen wraps those lines as the paragraphs they were. Which documents keep
page lines, and where such lines part, are the import's own rules (``ingest.pdf_layout``);
the faces read them here, so that a quote, a list item or a contents entry stands apart on
screen exactly where the import set it apart, and no face decides by a file's name.
"""

from __future__ import annotations

from qualcode.ingest.pdf_layout import page_lines, starts_own
from qualcode.model import Document

__all__ = ["keeps_page_lines", "starts_own"]


def keeps_page_lines(doc: Document) -> bool:
    """Whether ``doc``'s line ends are its pages' (read from a PDF), not its writer's."""
    return page_lines(doc.source_path or doc.name)
