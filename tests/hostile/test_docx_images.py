"""A real .docx full of images imports its text within bounds (issue 11): the images are
never decompressed and count toward no limit, while the document's own XML stays bounded.
The full-size figure (60 and 250 MB of photos) is `benchmarks/bench_docx_images.py`."""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.shared import Cm

from qualcode import Project
from tests.hostile.hostile_kit import CPU_SECONDS, PEAK_MB, qualcode, refused


def _png(side: int) -> bytes:
    """A real PNG of random pixels: like a photo, it does not compress."""
    raw = bytearray(os.urandom(side * (side * 3 + 1)))
    raw[:: side * 3 + 1] = bytes(side)  # filter type 0 on each row

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    head = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(bytes(raw), 1))
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 6 MB of photos between interview paragraphs."""
    folder = tmp_path_factory.mktemp("photos")
    document = docx.Document()
    for i in range(6):
        document.add_paragraph(f"IP{i + 1}: Vi pratade om uppdraget med nämnden, del {i}.")
        picture = folder / f"p{i}.png"
        picture.write_bytes(_png(600))
        document.add_picture(str(picture), width=Cm(10))
    path = folder / "rapport.docx"
    document.save(str(path))
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    Project.create(path).close()
    return path


def test_the_text_of_a_docx_full_of_images_imports_whatever_the_limits(
    project: Path, photos: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with zipfile.ZipFile(photos) as archive:
        media = sum(i.file_size for i in archive.infolist() if "/media/" in i.filename)
    assert media > 6_000_000 and photos.stat().st_size > 6_000_000
    # limits far below the photos: they are never decompressed, so they do not count
    monkeypatch.setenv("QUALCODE_MAX_FILE_MB", "1")
    monkeypatch.setenv("QUALCODE_MAX_UNZIP_MB", "1")
    done = qualcode(project, "import", str(photos), "--lang", "sv", coder="")
    assert done.status == 0, done.stderr
    # the kit's bounds (a child forked from a large test process reports the parent's pages
    # in its peak, so a tight memory bound here would measure pytest, not the import)
    assert done.cpu < CPU_SECONDS and done.peak_mb < PEAK_MB, (done.cpu, done.peak_mb)
    with Project.open(project) as opened:
        [doc] = opened.documents()
        text = opened.document(doc.id).text
    assert "IP1: Vi pratade om uppdraget med nämnden, del 0." in text
    assert "IP6:" in text and "PNG" not in text


def test_the_images_are_never_decompressed(photos: Path) -> None:
    from qualcode.ingest.formats import _text_parts_only

    with zipfile.ZipFile(_text_parts_only(photos)) as slim:
        sizes = {i.filename: i.file_size for i in slim.infolist()}
    media = [name for name in sizes if "/media/" in name]
    assert len(media) == 6 and all(sizes[name] == 0 for name in media)  # handed over empty
    assert sizes["word/document.xml"] > 0


def test_the_documents_own_xml_is_still_bounded(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = docx.Document()
    for i in range(3000):
        big.add_paragraph(f"IP{i % 9}: " + "ord " * 200)  # about 2.5 MB of text in XML
    path = tmp_path / "lang.docx"
    big.save(str(path))
    monkeypatch.setenv("QUALCODE_MAX_UNZIP_MB", "1")
    assert "zip bomb" in refused(project, "import", str(path), "--lang", "sv")
