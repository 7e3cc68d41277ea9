"""Bounded reading of zip archives (.docx, .odt, .qdpx), shared by every reader of them.

A zip bomb is a small file whose members expand to gigabytes. Two guards, because either
alone can be fooled: ``check_archive`` refuses by the sizes the archive *declares* before
anything is decompressed, and ``read_member`` streams a member and stops as soon as more
bytes come out than the limit allows, whatever the archive claimed. Python's ``zipfile``
also stops at a member's declared size, so a reader that opens the archive itself (as
python-docx does) is bounded once ``check_archive`` has passed.

Limits: ``$QUALCODE_MAX_UNZIP_MB`` (default 200) for all members read together and
``$QUALCODE_MAX_ZIP_RATIO`` (default 200) for how much larger than its compressed bytes a
member may grow (a Word document's XML is typically 5 to 20 times its compressed size).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from qualcode.envlimits import positive_number
from qualcode.errors import IngestError

MAX_UNZIP_MB_ENV = "QUALCODE_MAX_UNZIP_MB"
MAX_ZIP_RATIO_ENV = "QUALCODE_MAX_ZIP_RATIO"
DEFAULT_MAX_UNZIP_MB = 200.0
DEFAULT_MAX_ZIP_RATIO = 200.0
RATIO_FLOOR = 1_000_000  # members smaller than this are never refused for their ratio
CHUNK = 1 << 16


def max_unzip_bytes() -> int:
    """All members of one archive together, decompressed, from ``$QUALCODE_MAX_UNZIP_MB``."""
    return int(positive_number(MAX_UNZIP_MB_ENV, DEFAULT_MAX_UNZIP_MB, IngestError) * 1024 * 1024)


def max_ratio() -> float:
    """How many times its compressed size a member may expand, from ``$QUALCODE_MAX_ZIP_RATIO``."""
    return positive_number(MAX_ZIP_RATIO_ENV, DEFAULT_MAX_ZIP_RATIO, IngestError)


def _bomb(name: str, detail: str, env: str) -> IngestError:
    return IngestError(
        f"{name}: refused as a possible zip bomb: {detail} (set ${env} to allow more)"
    )


def check_archive(
    archive: zipfile.ZipFile, name: str, reads: Callable[[str], bool] | None = None
) -> None:
    """Refuse an archive whose declared sizes or expansion ratio are beyond the limits,
    before any member is decompressed. With ``reads``, only the members it accepts count:
    the ones the caller will decompress (a transcript's XML, not the photos beside it)."""
    limit, ratio, total = max_unzip_bytes(), max_ratio(), 0
    for info in archive.infolist():
        if reads is not None and not reads(info.filename):
            continue
        total += info.file_size
        if total > limit:
            raise _bomb(
                name,
                f"its members expand to more than {limit / 1048576:.0f} MB",
                MAX_UNZIP_MB_ENV,
            )
        if info.file_size > RATIO_FLOOR and info.file_size > ratio * max(info.compress_size, 1):
            raise _bomb(
                name,
                f"{info.filename} expands {info.file_size / max(info.compress_size, 1):,.0f} "
                f"times (limit {ratio:,.0f})",
                MAX_ZIP_RATIO_ENV,
            )


def check_zip_file(path: Path, kind: str) -> None:
    """Open ``path`` only to read its directory and run ``check_archive`` on it."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive, path.name)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise IngestError(f"{path.name}: not a readable {kind} (damaged archive: {exc})") from None


class _Capped:
    """A member's stream that stops as soon as more bytes come out than ``limit``: what
    an XML parser reads as it goes (``refi_stream``) is held to the limits a whole read
    is, whatever the archive declared."""

    def __init__(self, stream: IO[bytes], limit: int, member: str, name: str) -> None:
        self._stream, self._limit, self._member, self._name = stream, limit, member, name
        self._size = 0

    def read(self, n: int = -1) -> bytes:
        chunk = self._stream.read(n)
        self._size += len(chunk)
        if self._size > self._limit:
            raise _bomb(
                self._name,
                f"{self._member} expands past {self._limit / 1048576:.0f} MB",
                MAX_UNZIP_MB_ENV,
            )
        return chunk

    def close(self) -> None:
        self._stream.close()


@contextmanager
def open_member(archive: zipfile.ZipFile, member: str, name: str) -> Iterator[_Capped]:
    """One member as a stream, cut off past the limits even if its declared size lied.
    ``KeyError`` when there is no such member, as ``ZipFile.open``."""
    info = archive.getinfo(member)
    limit = min(max_unzip_bytes(), int(max_ratio() * max(info.compress_size, 1)) + RATIO_FLOOR)
    capped = _Capped(archive.open(info), limit, member, name)
    try:
        yield capped
    finally:
        capped.close()


def read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """One member's bytes, streamed and cut off past the limits even if its declared size
    lied. ``KeyError`` when there is no such member, as ``ZipFile.read``."""
    parts: list[bytes] = []
    with open_member(archive, member, name) as stream:
        while chunk := stream.read(CHUNK):
            parts.append(chunk)
    return b"".join(parts)
