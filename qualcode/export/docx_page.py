"""How every Word export begins, so the summary, the codebook and the memos look like one
set of documents: 1-inch margins (6.5 inches for tables, as journals set), the title and
language in the file's properties (Word's spelling check and screen readers use them), and
the title as the first heading. Text passes through ``xml_text`` so a stray control
character in a name ends no export in a traceback."""

from __future__ import annotations

from typing import Any

from qualcode.export.cells import xml_text


def titled_document(title: str, lang: str) -> Any:
    """A new python-docx document with the house margins, properties and title heading."""
    import docx
    from docx.shared import Inches

    document = docx.Document()
    for part in document.sections:
        part.left_margin = part.right_margin = Inches(1)
    document.core_properties.title = xml_text(title)
    document.core_properties.language = lang
    document.add_heading(xml_text(title), level=0)
    return document
