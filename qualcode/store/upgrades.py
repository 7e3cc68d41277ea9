"""What the service upgrades in documents imported by an older qualcode (project/upgrade.py).

A schema migration is SQL; a hash of a path and the turns of a text are not, so migration
13 (``schema.UPGRADE_MARK``) leaves a mark in the file and the service does the rest on
the next open that may write. These are the reads and writes it needs, nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import sqlite_utils

from qualcode.model import Turn, Unit
from qualcode.store.documents import insert_turns_units
from qualcode.store.schema import UPGRADE_MARK

# what a document imported since stop 39 keeps of its file (project/source_paths.py)
_HASHED = "sha256:"


@dataclass(frozen=True, slots=True)
class Headed:
    """A document whose first turn is a speaker's, beginning past the file's start: the
    text above its label may be a title or a note that an older import left turnless."""

    id: str
    lang: str
    text: str
    first: Turn


class UpgradeRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def pending(self) -> bool:
        """Whether the file's documents still wait for the service's upgrade."""
        row = self.db.execute("SELECT 1 FROM meta WHERE key = ?", [UPGRADE_MARK]).fetchone()
        return row is not None

    def finish(self) -> None:
        """The documents are upgraded: the mark goes (inside the upgrade's transaction)."""
        self.db.execute("DELETE FROM meta WHERE key = ?", [UPGRADE_MARK])

    def kept_paths(self) -> list[tuple[str, str]]:
        """(document id, source path) of every document, removed ones too (a removed
        document is still in the file a lead sends), that keeps its file's path itself."""
        return [
            (row[0], row[1])
            for row in self.db.execute(
                "SELECT id, source_path FROM documents WHERE source_path IS NOT NULL "
                "AND substr(source_path, 1, ?) != ? ORDER BY rowid",
                [len(_HASHED), _HASHED],
            ).fetchall()
        ]

    def set_source(self, doc_id: str, source_path: str) -> None:
        """Replace a kept path, its bytes too: SQLite leaves a rewritten row's old bytes in
        the page's free space unless ``secure_delete`` zeroes them, and the path would
        still be in the file sent on, for anyone reading its bytes."""
        self.db.execute("PRAGMA secure_delete = ON")
        self.db.execute("UPDATE documents SET source_path = ? WHERE id = ?", [source_path, doc_id])

    def headed(self) -> Iterator[Headed]:
        """Every document whose first turn is a speaker's and starts past its text's
        first character: the candidates for text above the first label (the service
        decides, with today's reading of turns, whether there is any). One at a time, so
        thousands of transcripts are never all in memory at once."""
        rows = self.db.execute(
            "SELECT d.id, d.lang, d.text, t.idx, t.speaker, t.start, t.[end], t.start_time, "
            "t.end_time FROM documents d JOIN turns t ON t.document_id = d.id AND t.idx = 0 "
            "WHERE t.speaker IS NOT NULL AND t.start > 0 ORDER BY d.rowid"
        )
        for r in rows:
            yield Headed(r[0], r[1], r[2], Turn(*r[3:9]))

    def prepend(self, doc_id: str, turns: Sequence[Turn], units: Sequence[Unit]) -> None:
        """Put ``turns`` and ``units`` (numbered from 0) before a document's own, whose
        numbers move up by as many; their offsets, and the text, stay as they were. Each
        number is moved through a negative one first: SQLite checks the key row by row,
        and ``idx + k`` straight away would meet a row not yet moved."""
        for table, rows in (("turns", turns), ("units", units)):
            step = len(rows)
            if not step:
                continue
            for sql in (
                f"UPDATE {table} SET idx = -1 - idx WHERE document_id = ?",
                f"UPDATE {table} SET idx = -1 - idx + {step} WHERE document_id = ?",
            ):
                self.db.execute(sql, [doc_id])
        insert_turns_units(self.db, doc_id, turns, units)
