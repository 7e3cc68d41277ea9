"""A REFI-QDA project written by hand for the import tests: the smallest .qdpx another
program could send (one code, one text source, one coded selection)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def one_selection_qdpx(path: Path, origin: str, text: bytes, start: int, end: int) -> Path:
    """A .qdpx as ``origin`` writes it: one code, one text source ``text`` (its bytes as
    stored), one selection from ``start`` to ``end`` coded with it."""
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        f'name="x" origin="{origin}"><CodeBook><Codes><Code guid="'
        '11111111-1111-1111-1111-111111111111" name="Tid" isCodable="true"/></Codes></CodeBook>'
        '<Sources><TextSource guid="22222222-2222-2222-2222-222222222222" name="t" '
        'plainTextPath="internal://t.txt"><PlainTextSelection guid="'
        f'33333333-3333-3333-3333-333333333333" startPosition="{start}" endPosition="{end}">'
        '<Coding guid="44444444-4444-4444-4444-444444444444"><CodeRef targetGUID="'
        '11111111-1111-1111-1111-111111111111"/></Coding></PlainTextSelection></TextSource>'
        "</Sources></Project>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/t.txt", text)
    return path
