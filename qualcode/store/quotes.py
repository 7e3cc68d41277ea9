"""Exemplar codings the lead pins for a theme, and translations of codings."""

from __future__ import annotations

import sqlite_utils

from qualcode.store.rows import now


class QuoteRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def pin(self, coding_id: str, by: str) -> bool:
        """Pin a coding as an exemplar; ``False`` when it already was."""
        if coding_id in self.pinned():
            return False
        self.db.table("exemplars").insert(
            {"coding_id": coding_id, "pinned_by": by, "pinned_at": now()}
        )
        return True

    def unpin(self, coding_id: str) -> bool:
        cursor = self.db.execute(
            "UPDATE exemplars SET deleted_at = ? WHERE coding_id = ? AND deleted_at IS NULL",
            [now(), coding_id],
        )
        return bool(cursor.rowcount)

    def pinned_at(self) -> dict[str, str]:
        """Live pins: coding id -> when it was pinned (the latest pin of a theme leads it)."""
        rows = self.db.execute(
            "SELECT coding_id, pinned_at FROM exemplars WHERE deleted_at IS NULL"
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    def pinned(self) -> set[str]:
        rows = self.db.execute("SELECT coding_id FROM exemplars WHERE deleted_at IS NULL")
        return {r[0] for r in rows.fetchall()}

    def translate(
        self, coding_id: str, lang: str, text: str, by: str, at: str | None = None
    ) -> None:
        """The coding's translation into ``lang``, replacing an earlier one (kept, soft);
        ``at``: when it was written (a coder package's, kept as written), else now."""
        self.db.execute(
            "UPDATE translations SET deleted_at = ? "
            "WHERE coding_id = ? AND lang = ? AND deleted_at IS NULL",
            [now(), coding_id, lang],
        )
        self.db.table("translations").insert(
            {
                "coding_id": coding_id,
                "lang": lang,
                "text": text,
                "translated_by": by,
                "created_at": at or now(),
            }
        )

    def translations(self) -> dict[tuple[str, str], str]:
        """Live translations by (coding id, language)."""
        rows = self.db.execute(
            "SELECT coding_id, lang, text FROM translations WHERE deleted_at IS NULL"
        ).fetchall()
        return {(r[0], r[1]): r[2] for r in rows}

    def translations_written(self) -> dict[tuple[str, str], tuple[str, str]]:
        """Live translations by (coding id, language): (text, when it was written)."""
        rows = self.db.execute(
            "SELECT coding_id, lang, text, created_at FROM translations WHERE deleted_at IS NULL"
        ).fetchall()
        return {(r[0], r[1]): (r[2], r[3]) for r in rows}
