"""A transcript written to a file and read back as the importer reads it, and its turns as
(speaker, words) pairs: the set-up of every reader test that builds its file from a string,
so each test holds only its file's text and what it should read as."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import RawDocument, read_document


def read_written(path: Path, text: str, encoding: str = "utf-8") -> RawDocument:
    """``text`` written to ``path`` in ``encoding``, then read by the importer's reader
    for the file's suffix."""
    path.write_text(text, encoding=encoding)
    return read_document(path)


def turn_texts(raw: RawDocument) -> list[tuple[str | None, str]]:
    """Each turn's speaker (None for nobody's words, a note or a heading) and its words."""
    return [(t.speaker, raw.text[t.start : t.end]) for t in raw.turns]
