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
from tests.ingest.pdf_kit import one_page_pdf

INFLATED_MB = 120  # past pypdf's own limit on one inflated stream (75 MB in pypdf 5-7)


def _bomb_pdf(path: Path) -> Path:
    packer = zlib.compressobj(9)
    stream = packer.compress(b"BT /F1 12 Tf 72 720 Td (I: Hej) Tj ET\n")
    spaces = b" " * (1024 * 1024)
    stream += b"".join(packer.compress(spaces) for _ in range(INFLATED_MB)) + packer.flush()
    path.write_bytes(one_page_pdf(stream, b" /Filter /FlateDecode"))
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
