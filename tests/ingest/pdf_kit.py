"""PDFs written byte by byte for the reader's tests: one page, one content stream, the
Helvetica font, and a cross-reference table whose offsets are counted as the file is built."""

from __future__ import annotations


def one_page_pdf(stream: bytes, filters: bytes = b"", page: bytes = b"") -> bytes:
    """A one-page PDF whose page shows ``stream`` (its content stream as stored; with
    ``filters`` such as ``b" /Filter /FlateDecode"`` it is stored compressed); ``page`` adds
    entries to the page's dictionary (``b" /Annots [...]"``)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >>" + page + b" >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer is ``text`` (Latin-1, one line)."""
    return one_page_pdf(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
