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
    return assembled(objects)


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer is ``text`` (Latin-1, one line)."""
    return one_page_pdf(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))


def pages_pdf(pages: list[list[str]]) -> bytes:
    """A PDF of several pages, each showing its lines top to bottom in Helvetica
    (WinAnsi, so Swedish letters come through), as a word processor lays a report out."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for number, lines in enumerate(pages):
        shown = b"".join(
            b"(%s) Tj 0 -16 Td " % line.replace("(", "\\(").replace(")", "\\)").encode("cp1252")
            for line in lines
        )
        stream = b"BT /F1 11 Tf 16 TL 72 760 Td " + shown + b"ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * number)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return assembled(objects)


def assembled(objects: list[bytes]) -> bytes:
    """The file around numbered objects (object 1 the catalog): header, bodies, the
    cross-reference table of their offsets and the trailer."""
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
