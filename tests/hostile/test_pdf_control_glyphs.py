"""A PDF whose text holds control characters (hostile46).

A PDF's text is the glyphs it draws, decoded through its font: a string shown as
``(Hej \\033[2J\\033]0;owned\\007 \\000)`` decodes to ESC sequences, BEL and NUL, and
these went into the document whole, where a .txt of that text is refused as binary data.
Refusing the PDF would refuse a report over a broken font, so the characters are left
out: the words around them import as they read.
"""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document
from tests.ingest.pdf_kit import one_page_pdf

LINES = [b"(Det var en mening om arbetsmiljon i namnden.) Tj"] + [
    b"(Hej \\033[2J\\033]0;owned\\007 \\000slut.) Tj"
] * 20


def test_control_glyphs_are_left_out(tmp_path: Path) -> None:
    stream = b"BT /F1 12 Tf 14 TL 72 720 Td " + b" T* ".join(LINES) + b" ET"
    path = tmp_path / "r.pdf"
    path.write_bytes(one_page_pdf(stream))
    text = read_document(path).text
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text), repr(text[:200])
    assert "Hej [2J]0;owned slut." in text
    assert text.startswith("Det var en mening om arbetsmiljon i namnden.")
