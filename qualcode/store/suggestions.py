"""Suggestions as stored: pending until a coder accepts or rejects them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from qualcode.errors import AmbiguousError, NotFoundError
from qualcode.model import Suggestion
from qualcode.store.rows import new_id, now

_SELECT = """
SELECT s.id, s.document_id, s.start, s."end", s.code_id, k.key, s.score, s.method, s.evidence,
       s.model_version, s.status, s.created_at, p.name, s.decided_at
FROM suggestions s JOIN codes k ON k.id = s.code_id LEFT JOIN coders p ON p.id = s.decided_by
"""


def _row(row: Sequence[Any]) -> Suggestion:
    values = list(row)
    values[8] = json.loads(values[8])
    return Suggestion(*values)


class SuggestionRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def replace_pending(
        self, document_ids: Sequence[str], code_ids: Sequence[str], rows: list[dict[str, Any]]
    ) -> list[str]:
        """Drop the pending suggestions these documents and codes had; store the new ones.

        Pending suggestions are machine output that a new run supersedes; accepted and
        rejected ones are decisions and stay.
        """
        if document_ids and code_ids:
            d = ",".join("?" * len(document_ids))
            c = ",".join("?" * len(code_ids))
            self.db.execute(
                f"DELETE FROM suggestions WHERE status = 'pending' AND document_id IN ({d}) "
                f"AND code_id IN ({c})",
                [*document_ids, *code_ids],
            )
        ids = []
        stamp = now()
        for row in rows:
            row = {
                **row,
                "id": new_id(),
                "status": "pending",
                "created_at": stamp,
                "evidence": json.dumps(row["evidence"], ensure_ascii=False),
                "decided_by": None,
                "decided_at": None,
            }
            ids.append(row["id"])
            self.db["suggestions"].insert(row)
        return ids

    def list(
        self,
        document_ids: Sequence[str] | None = None,
        status: str | None = None,
        ids: Sequence[str] | None = None,
    ) -> list[Suggestion]:
        clauses, params = [], []
        for column, values in (("s.document_id", document_ids), ("s.id", ids)):
            if values is not None:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)
        if status:
            clauses.append("s.status = ?")
            params.append(status)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            f"{_SELECT} {where} ORDER BY s.document_id, s.start, k.key", params
        ).fetchall()
        return [_row(r) for r in rows]

    def resolve(self, ref: str) -> Suggestion:
        rows = self.db.execute(
            f"{_SELECT} WHERE s.id LIKE ?", [ref.replace("%", "") + "%"]
        ).fetchall()
        exact = [r for r in rows if r[0] == ref]
        if exact or len(rows) == 1:
            return _row((exact or rows)[0])
        if rows:
            raise AmbiguousError(f"suggestion id prefix {ref!r} matches {len(rows)} suggestions")
        raise NotFoundError(f"no suggestion {ref!r} (see `qualcode suggest`)")

    def decide(self, suggestion_id: str, status: str, coder_id: str) -> None:
        self.db["suggestions"].update(
            suggestion_id, {"status": status, "decided_by": coder_id, "decided_at": now()}
        )
