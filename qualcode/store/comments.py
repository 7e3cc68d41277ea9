"""The team's comments on reconcile cases: an append-only discussion per case."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from qualcode.store.rows import new_id, now


@dataclass(frozen=True, slots=True)
class CommentRow:
    id: str
    case_id: str
    document_id: str
    start: int
    end: int
    author: str
    kind: str  # comment | reopen
    text: str
    created_at: str


class CommentRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(
        self,
        *,
        case_id: str,
        document_id: str,
        start: int,
        end: int,
        author_id: str,
        text: str,
        kind: str = "comment",
    ) -> str:
        comment_id = new_id()
        self.db.table("case_comments").insert(
            {
                "id": comment_id,
                "case_id": case_id,
                "document_id": document_id,
                "start": start,
                "end": end,
                "author_id": author_id,
                "kind": kind,
                "text": text,
                "created_at": now(),
            }
        )
        return comment_id

    def list(self, document_ids: list[str] | None = None) -> list[CommentRow]:
        """Comments (of the given documents), oldest first."""
        where, params = "", []
        if document_ids is not None:
            where = f"WHERE k.document_id IN ({','.join('?' * len(document_ids))})"
            params = list(document_ids)
        rows = self.db.execute(
            'SELECT k.id, k.case_id, k.document_id, k.start, k."end", p.name, k.kind, k.text, '
            "k.created_at FROM case_comments k JOIN coders p ON p.id = k.author_id "
            f"{where} ORDER BY k.created_at, k.rowid",
            params,
        ).fetchall()
        return [CommentRow(*r) for r in rows]
