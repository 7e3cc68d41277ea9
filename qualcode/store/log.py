"""The append-only audit log and memos: the evidence trail a methods section cites."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from qualcode.errors import ValidationError
from qualcode.model import AuditEntry, Memo, is_memo_target
from qualcode.store.rows import dumps, id_prefix, loads, new_id, now

# a memo on a removed document, or on one of its codings, is kept but read by nobody
_REMOVED_DOCS = "SELECT id FROM documents WHERE deleted_at IS NOT NULL"
_NOT_ON_REMOVED = (
    f"NOT (target_kind = 'document' AND target_id IN ({_REMOVED_DOCS})) "
    "AND NOT (target_kind = 'coding' AND target_id IN "
    f"(SELECT id FROM codings WHERE document_id IN ({_REMOVED_DOCS})))"
)


class AuditRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # the rows this connection's entries changed, which ``Store.change_mark`` leaves
        # out: no kept reading holds the log, and every export writes an entry
        self.changes = 0

    def append(self, actor: str, action: str, payload: Mapping[str, Any]) -> None:
        before = self.db.conn.total_changes
        self.db.table("audit").insert(
            {
                "id": new_id(),
                "at": now(),
                "actor": actor,
                "action": action,
                "payload": dumps(payload),
            }
        )
        self.changes += self.db.conn.total_changes - before

    def list(self, action: str | None = None) -> list[AuditEntry]:
        where, params = ("WHERE action = ?", [action]) if action else ("", [])
        rows = self.db.execute(
            f"SELECT id, at, actor, action, payload FROM audit {where} ORDER BY at, rowid",
            params,
        ).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], loads(r[4])) for r in rows]


_MEMO_FIELDS = 'id, target_kind, target_id, author, text, created_at, start, "end"'


class MemoRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(
        self,
        target_kind: str,
        target_id: str,
        author: str,
        text: str,
        span: tuple[int, int] | None = None,
        created_at: str | None = None,
    ) -> Memo:
        """A new memo; ``created_at`` (UTC, ISO) only for one brought from another file
        with its own time, else now."""
        start, end = span if span else (None, None)
        if not is_memo_target(target_kind):
            raise ValidationError(f"unknown memo target {target_kind!r}")
        at = created_at or now()
        memo = Memo(new_id(), target_kind, target_id, author, text, at, start, end)
        self.db.table("memos").insert(
            {
                "id": memo.id,
                "target_kind": target_kind,
                "target_id": target_id,
                "author": author,
                "text": text,
                "created_at": memo.created_at,
                "start": start,
                "end": end,
            }
        )
        return memo

    def list(self, target_kind: str | None = None, target_id: str | None = None) -> list[Memo]:
        clauses, params = ["deleted_at IS NULL", _NOT_ON_REMOVED], []
        if target_kind:
            clauses.append("target_kind = ?")
            params.append(target_kind)
        if target_id:
            clauses.append("target_id = ?")
            params.append(target_id)
        rows = self.db.execute(
            'SELECT id, target_kind, target_id, author, text, created_at, start, "end" FROM memos '
            # the id breaks a tie of times (a merged package's memos keep their times):
            # the same order in every copy of the project, whatever order rows came in
            f"WHERE {' AND '.join(clauses)} ORDER BY created_at, id",
            params,
        ).fetchall()
        return [Memo(*r) for r in rows]

    def get(self, memo_id: str) -> Memo | None:
        """A live memo by id or unambiguous id prefix; None when there is none or several."""
        if (pattern := id_prefix(memo_id)) is None:  # "", "%": edited the only memo
            return None
        rows = self.db.execute(
            'SELECT id, target_kind, target_id, author, text, created_at, start, "end" FROM memos '
            "WHERE deleted_at IS NULL AND id LIKE ? ESCAPE '\\' LIMIT 2",
            [pattern],
        ).fetchall()
        return Memo(*rows[0]) if len(rows) == 1 else None

    def move_target(self, target_kind: str, old: str, new: str) -> builtins.list[str]:
        """Put the live memos on ``old`` onto ``new`` (a code merged into another):
        their ids, for the audit entry."""
        ids = [m.id for m in self.list(target_kind, old)]
        for memo_id in ids:
            self.db.execute("UPDATE memos SET target_id = ? WHERE id = ?", [new, memo_id])
        return ids

    def set_text(self, memo_id: str, text: str) -> None:
        self.db.execute("UPDATE memos SET text = ? WHERE id = ?", [text, memo_id])

    def remove(self, memo_id: str) -> None:
        """Soft: the row stays, marked removed, like a removed coding."""
        self.db.execute("UPDATE memos SET deleted_at = ? WHERE id = ?", [now(), memo_id])
