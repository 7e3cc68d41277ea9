"""A REFI-QDA project written by hand for the import tests: the smallest .qdpx another
program could send (one code, one text source, one coded selection); and a study-sized
project and the peak of what a call allocates, for the .qdpx memory tests."""

from __future__ import annotations

import hashlib
import random
import tracemalloc
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from qualcode import Project
from qualcode.model import Turn, Unit


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


def study_sized(
    path: Path,
    documents: int,
    words: Sequence[str],
    seed: int,
    places: Sequence[tuple[str, str]] = (),
    size: int = 100_000,
) -> Project:
    """A lead's (lena's) project of ``documents`` transcripts of ``size`` characters drawn
    from ``words``, one turn each, a coding of mission on every tenth paragraph, the
    ``places`` (real, pseudonym) on the key; written through the store, since importing
    megabytes would time spaCy, not the memory the .qdpx tests measure. The import's and
    the export's memory tests each built it alike (duplicates, review46)."""
    rng = random.Random(seed)
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    project.act_as("lena")
    code = project.add_code("mission", {"sv": "Uppdrag"}).id
    lena = project.store.coders.list()[0].id
    for real, pseudonym in places:
        project.set_pseudonym(real, pseudonym, "lena", kind="place")
    with project.store.transaction():
        for d in range(documents):
            paragraphs, units, at = [], [], 0
            while at < size:
                paragraph = "R: " + " ".join(rng.choice(words) for _ in range(60)) + "."
                units.append(Unit(len(units), at, at + len(paragraph)))
                paragraphs.append(paragraph)
                at += len(paragraph) + 2
            text = "\n\n".join(paragraphs)
            doc = project.store.documents.insert(
                name=f"ip{d:02}.txt",
                lang="sv",
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                source_path=None,
                attributes={},
                turns=[Turn(0, "R", 0, len(text))],
                units=units,
            )
            for unit in units[::10]:
                project.store.codings.insert(
                    document_id=doc, start=unit.start, end=unit.end, code_id=code, coder_id=lena
                )
    return project


def peak_allocated(action: Callable[[], object]) -> int:
    """What ``action`` allocates at its peak above what was held before it, in bytes, under
    tracemalloc. The import's and the export's memory tests each measured it alike
    (duplicates, stop 46's reading); call ``action`` once before, so that the modules it
    imports are not counted."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        action()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
