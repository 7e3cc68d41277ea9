"""A .qdpx of many sources and members (red team, round 6): each source's text was found
by looking through every member of the archive, lower-casing each name, so the reader's
cost was sources times members. 20,000 one-line interviews (a 4.6 MB .qdpx) took over
five minutes there before the first document was written; 5,000 sources among 80,000
members, below, ran past the kit's bounds. Each member is now found by name at once.
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

from tests.hostile.hostile_kit import CPU_SECONDS, qualcode

SOURCES, PADDING = 5_000, 75_000
TEXT = "R: Vi pratar med nämnden om uppdraget.\n"


def _archive(path: Path) -> Path:
    """One interview, 4,999 empty sources (skipped on import, read all the same) and,
    before them in the archive, members nobody points to."""
    qde = ['<?xml version="1.0" encoding="utf-8"?>']
    qde.append('<Project xmlns="urn:QDA-XML:project:1.0" name="many" origin="test"><Sources>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for i in range(PADDING):  # first, so a search through the members meets them all
            archive.writestr(f"other/{i}", "")
        for i in range(SOURCES):
            qde.append(
                f'<TextSource guid="{uuid.UUID(int=i + 1)}" name="ip{i}.txt" '
                f'plainTextPath="internal://{i}.txt"/>'
            )
            archive.writestr(f"sources/{i}.txt", TEXT if i == 0 else "")
        qde.append("</Sources></Project>")
        archive.writestr("project.qde", "".join(qde))
    return path


def test_many_sources_among_many_members_read_at_once(tmp_path: Path) -> None:
    source = _archive(tmp_path / "many.qdpx")
    got = qualcode(tmp_path / "p.db", "import-qdpx", str(source))
    assert got.status == 0, got.stderr[-2000:]
    assert "1 document" in got.stderr and "skipped ip1.txt" in got.stderr
    assert got.cpu < CPU_SECONDS
