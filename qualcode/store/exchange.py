"""Raw rows for coder packages: one coder's work out of a file and into another.

Packages carry rows as they are stored (ids, times, soft deletions), so merging can be
idempotent by id and never needs to guess whether two rows are "the same".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

_CODING_COLUMNS = (
    "id",
    "document_id",
    "start",
    "end",
    "code_id",
    "coder_id",
    "layer",
    "origin",
    "suggestion_id",
    "decision_id",
    "created_at",
    "deleted_at",
)

_MEMO_COLUMNS = (
    "id",
    "target_kind",
    "target_id",
    "author",
    "text",
    "created_at",
    "deleted_at",
    "start",  # a passage memo's span; None for every other memo (and in older packages)
    "end",
)


class ExchangeRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def coder_codings(self, coder_id: str) -> list[dict[str, Any]]:
        """All of a coder's own-layer codings, removed ones included."""
        return list(
            self.db.query(
                # a search codes every hit at one time: the id breaks the tie, so a package
                # lists them in one order however often it is written
                "SELECT * FROM codings WHERE coder_id = ? AND layer = 'coder' "
                "ORDER BY created_at, id",
                [coder_id],
            )
        )

    def memos_by(self, author: str) -> list[dict[str, Any]]:
        return list(
            self.db.query("SELECT * FROM memos WHERE author = ? ORDER BY created_at, id", [author])
        )

    def statuses(self, coder_id: str) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM document_status WHERE coder_id = ?", [coder_id]))

    def documents_meta(self, doc_ids: Iterable[str]) -> list[dict[str, Any]]:
        ids = sorted(set(doc_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return list(
            self.db.query(f"SELECT id, name, sha256 FROM documents WHERE id IN ({marks})", ids)
        )

    def documents_by_sha(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for doc_id, sha in self.db.execute(
            "SELECT id, sha256 FROM documents WHERE deleted_at IS NULL ORDER BY imported_at, id"
        ).fetchall():
            result.setdefault(sha, []).append(doc_id)
        return result

    def document_sha(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT sha256 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def get_coding(self, coding_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM codings WHERE id = ?", [coding_id]))
        return rows[0] if rows else None

    def live_twin(self, doc_id: str, row: dict[str, Any], code_id: str, coder_id: str) -> bool:
        """Whether the coder has a live coding of the row's passage with ``code_id``."""
        found = self.db.execute(
            'SELECT 1 FROM codings WHERE document_id = ? AND start = ? AND "end" = ? '
            "AND code_id = ? AND coder_id = ? AND layer = 'coder' AND deleted_at IS NULL",
            [doc_id, row["start"], row["end"], code_id, coder_id],
        ).fetchone()
        return found is not None

    def insert_coding(self, row: dict[str, Any]) -> None:
        from qualcode.store.coding_writes import once

        with once():
            self.db.table("codings").insert({k: row.get(k) for k in _CODING_COLUMNS})

    def mark_deleted(self, coding_id: str, deleted_at: str) -> None:
        self.db.table("codings").update(coding_id, {"deleted_at": deleted_at})

    def has_memo(self, memo_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM memos WHERE id = ?", [memo_id]).fetchone() is not None

    def memo_author(self, memo_id: str) -> str | None:
        row = self.db.execute("SELECT author FROM memos WHERE id = ?", [memo_id]).fetchone()
        return row[0] if row else None

    def memo_row(self, memo_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM memos WHERE id = ?", [memo_id]))
        return rows[0] if rows else None

    def mark_memo_removed(self, memo_id: str, at: str) -> None:
        self.db.execute("UPDATE memos SET deleted_at = ? WHERE id = ?", [at, memo_id])

    def insert_memo(self, row: dict[str, Any]) -> None:
        self.db.table("memos").insert({k: row.get(k) for k in _MEMO_COLUMNS})

    def status_row(self, doc_id: str, coder_id: str) -> dict[str, Any] | None:
        rows = list(
            self.db.query(
                "SELECT * FROM document_status WHERE document_id = ? AND coder_id = ?",
                [doc_id, coder_id],
            )
        )
        return rows[0] if rows else None

    def put_status(self, row: dict[str, Any]) -> None:
        self.db.table("document_status").upsert(
            {k: row[k] for k in ("document_id", "coder_id", "status", "updated_at")},
            pk=("document_id", "coder_id"),
        )

    def rejections(self, coder_id: str) -> list[dict[str, Any]]:
        """The suggestions a coder rejected (her package carries them: the merge would
        otherwise propose them to her again)."""
        return list(
            self.db.query(
                'SELECT id, document_id, start, "end", code_id, score, method, model_version, '
                "decided_at FROM suggestions WHERE status = 'rejected' AND decided_by = ? "
                "ORDER BY decided_at, id",
                [coder_id],
            )
        )

    def suggestion_row(self, suggestion_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM suggestions WHERE id = ?", [suggestion_id]))
        return rows[0] if rows else None

    def insert_suggestion(self, row: dict[str, Any]) -> None:
        self.db.table("suggestions").insert(row)

    def decide_again(
        self, suggestion_id: str, coder_id: str, at: str, status: str = "rejected"
    ) -> None:
        """Decided again by her, at the time she did (a package's rejection, or the
        acceptance its coding carries)."""
        self.db.table("suggestions").update(
            suggestion_id, {"status": status, "decided_by": coder_id, "decided_at": at}
        )

    def link_suggestion(self, coding_id: str, suggestion_id: str) -> None:
        """The merged coding names the suggestion it was accepted from."""
        self.db.table("codings").update(coding_id, {"suggestion_id": suggestion_id})

    def carriers(self, suggestion_id: str) -> list[str]:
        """The live codings written from this suggestion."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM codings WHERE suggestion_id = ? AND deleted_at IS NULL",
                [suggestion_id],
            ).fetchall()
        ]
