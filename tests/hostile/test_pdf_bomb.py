"""A PDF whose content stream inflates past the reader's limit (400 KB on disk, hundreds of
megabytes inflated): pypdf stops it with its own LimitReachedError, which qualcode did not
catch, so the import ended in a traceback. It is one line naming the file, nothing written
(red team 3)."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from qualcode.errors import IngestError
from qualcode.ingest import read_document

INFLATED_MB = 120  # past pypdf's own limit on one inflated stream (75 MB in pypdf 5-7)


def _bomb_pdf(path: Path) -> Path:
    packer = zlib.compressobj(9)
    stream = packer.compress(b"BT /F1 12 Tf 72 720 Td (I: Hej) Tj ET\n")
    spaces = b" " * (1024 * 1024)
    stream += b"".join(packer.compress(spaces) for _ in range(INFLATED_MB)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(out)
    return path


def test_a_pdf_decompression_bomb_is_one_line(tmp_path: Path) -> None:
    path = _bomb_pdf(tmp_path / "rapport.pdf")
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert str(caught.value) == (
        "rapport.pdf: refused: a compressed part of the PDF expands past the reader's limit "
        "(possible decompression bomb)"
    )
