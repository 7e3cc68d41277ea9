"""The codings written: a new coding (refused on a document or code taken out meanwhile,
and once per passage, code, coder and layer), a soft removal and its undo, and a code's
codings moved onto another (a merge). Every write of the codings table is here, inside the
service's transaction; ``codings.py`` reads them.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from qualcode.errors import ValidationError
from qualcode.oneline import shown
from qualcode.store.rows import new_id, now

if TYPE_CHECKING:
    import sqlite_utils


class CodingWrites:
    """The writing half of ``CodingRepo``."""

    db: sqlite_utils.Database

    def insert(
        self,
        *,
        document_id: str,
        start: int,
        end: int,
        code_id: str,
        coder_id: str,
        layer: str = "coder",
        origin: str = "manual",
        suggestion_id: str | None = None,
        decision_id: str | None = None,
        coding_id: str | None = None,
        created_at: str | None = None,
    ) -> str:
        """A new coding; ``created_at`` (UTC, ISO) only for one brought from another
        file with its own time (a .qdpx), else now."""
        coding_id = coding_id or new_id()
        self._check_live(code_id)
        self._check_document(document_id)
        with once():
            self.db.table("codings").insert(
                {
                    "id": coding_id,
                    "document_id": document_id,
                    "start": start,
                    "end": end,
                    "code_id": code_id,
                    "coder_id": coder_id,
                    "layer": layer,
                    "origin": origin,
                    "suggestion_id": suggestion_id,
                    "decision_id": decision_id,
                    "created_at": created_at or now(),
                    "deleted_at": None,
                }
            )
        return coding_id

    def _check_document(self, document_id: str) -> None:
        """Refuse a coding of a document a lead took out. The service finds the document
        before it opens its transaction; a lead's ``docs remove`` (or the TUI's X) in
        another process can take it out in between, and the coder's codings then went
        onto the removed document, shown nowhere, while her screen still showed it."""
        row = self.db.execute(
            "SELECT name, deleted_at FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        if row is not None and row[1] is not None:
            raise ValidationError(
                f"document {shown(row[0])} was removed just now by a lead; nothing coded "
                "(a lead can restore it)",
                key="coding_document_removed",
                name=row[0],
            )

    def _check_live(self, code_id: str) -> None:
        """Refuse a coding of a retired code. The service checks the code before it opens
        its transaction; a lead's ``codebook merge`` in another process can retire it in
        between, and the coding then landed on the retired code, out of every view. Checked
        here, inside the writer's transaction, nothing can come between."""
        row = self.db.execute(
            "SELECT c.key, c.deleted_at, m.key FROM codes c "
            "LEFT JOIN codes m ON m.id = c.merged_into WHERE c.id = ?",
            [code_id],
        ).fetchone()
        if row is None:
            return  # no such code: the foreign key refuses it, as it does a document
        key, retired, into = row
        if retired is not None and into:
            raise ValidationError(
                f"code {shown(key)} was merged into {shown(into)} just now: "
                f"code with {shown(into)}",
                key="coding_code_merged",
                code=key,
                into=into,
            )
        if retired is not None:
            raise ValidationError(
                f"code {shown(key)} was removed just now", key="coding_code_removed", code=key
            )

    def soft_delete(self, coding_id: str) -> None:
        self.db.table("codings").update(coding_id, {"deleted_at": now()})

    def restore(self, coding_id: str) -> None:
        """Bring a removed coding back; refused in one line when the same passage, code,
        coder and layer has been coded again meanwhile (undo after re-coding)."""
        with once():
            self.db.table("codings").update(coding_id, {"deleted_at": None})

    def move_code(
        self, old_code_id: str, new_code_id: str
    ) -> tuple[builtins.list[str], builtins.list[tuple[str, str]]]:
        """Re-point every coding of a code to another; the moved ids, and the (moved, kept)
        pairs where the coder had coded the same passage in the same layer with both: the
        moved one is removed (soft) first, as a passage is coded once with a code, so the
        merge does not stop on the unique index with a database error."""
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM codings WHERE code_id = ?", [old_code_id]
            ).fetchall()
        ]
        twins = [
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT o.id, n.id FROM codings o JOIN codings n ON n.code_id = ? "
                'AND n.document_id = o.document_id AND n.start = o.start AND n."end" = o."end" '
                "AND n.coder_id = o.coder_id AND n.layer = o.layer AND n.deleted_at IS NULL "
                "WHERE o.code_id = ? AND o.deleted_at IS NULL",
                [new_code_id, old_code_id],
            ).fetchall()
        ]
        for moved, _ in twins:
            self.soft_delete(moved)
        self.db.execute(
            "UPDATE codings SET code_id = ? WHERE code_id = ?", [new_code_id, old_code_id]
        )
        return ids, twins


@contextmanager
def once() -> Iterator[None]:
    """A second live coding of the same passage, code, coder and layer is refused in one
    line (the unique index idx_codings_live_once), not a database traceback."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        if "idx_codings_live_once" in str(exc) or "UNIQUE" in str(exc):
            raise ValidationError(
                "this passage is already coded with this code by this coder",
                key="coding_already_there",
            ) from None
        raise
