"""Suggestions as stored: pending until a coder accepts or rejects them.

Also the few reads the suggestion engine needs beyond suggestions themselves: a cheap
signature of everything it learns from (to know when to refit), which documents each coder
has worked on (their uncoded units are weak negatives), and the embedding cache of the
optional semantic tier.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
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
EMBEDDINGS = "text_embeddings"  # (model, key, vector): see the lead's schema migration


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
        for chunk in _chunks(list(document_ids), 500):
            if chunk and code_ids:
                d = ",".join("?" * len(chunk))
                c = ",".join("?" * len(code_ids))
                self.db.execute(
                    f"DELETE FROM suggestions WHERE status = 'pending' AND document_id IN ({d}) "
                    f"AND code_id IN ({c})",
                    [*chunk, *code_ids],
                )
        stamp = now()
        records = [
            {
                **row,
                "id": new_id(),
                "status": "pending",
                "created_at": stamp,
                "evidence": json.dumps(row["evidence"], ensure_ascii=False),
                "decided_by": None,
                "decided_at": None,
            }
            for row in rows
        ]
        self.db["suggestions"].insert_all(records, batch_size=1000)
        return [r["id"] for r in records]

    def list(
        self,
        document_ids: Sequence[str] | None = None,
        status: str | None = None,
        ids: Sequence[str] | None = None,
    ) -> list[Suggestion]:
        found: list[Suggestion] = []
        # SQLite caps bound parameters: look long id lists up in chunks
        for chunk in _chunks(list(ids), 500) if ids is not None else [None]:
            clauses, params = [], []
            for column, values in (("s.document_id", document_ids), ("s.id", chunk)):
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
            found.extend(_row(r) for r in rows)
        if ids is not None:
            found.sort(key=lambda s: (s.document_id, s.start, s.code))
        return found

    def resolve(self, ref: str) -> Suggestion:
        """A suggestion by id or unambiguous id prefix."""
        rows = self.db.execute(
            f"{_SELECT} WHERE s.id LIKE ? ESCAPE '\\'", [ref.replace("%", "\\%") + "%"]
        ).fetchall()
        exact = [r for r in rows if r[0] == ref]
        if exact or len(rows) == 1:
            return _row((exact or rows)[0])
        if rows:
            raise AmbiguousError(f"suggestion id prefix {ref!r} matches {len(rows)} suggestions")
        raise NotFoundError(f"no suggestion {ref!r} (see `qualcode suggest`)")

    def drop_pending_for_code(self, code_id: str) -> int:
        """Drop a retired code's pending suggestions: machine output no one may accept now.

        Decided ones stay, as decisions do; a new run proposes the surviving code instead.
        """
        cursor = self.db.execute(
            "DELETE FROM suggestions WHERE status = 'pending' AND code_id = ?", [code_id]
        )
        return cursor.rowcount

    def decide(self, suggestion_id: str, status: str, coder_id: str) -> None:
        self.db["suggestions"].update(
            suggestion_id, {"status": status, "decided_by": coder_id, "decided_at": now()}
        )

    # -- what the engine learns from ---------------------------------------------------

    def training_state(self) -> tuple[Any, ...]:
        """A cheap signature of codes, codings, decisions and document work.

        Any coding added or removed, any suggestion decided, any status or codebook change
        changes it, so an engine cached under it is refitted exactly when it should be.
        """
        queries = (
            "SELECT count(*), max(created_at), max(deleted_at) FROM codings",
            "SELECT count(*), max(decided_at) FROM suggestions WHERE status != 'pending'",
            "SELECT count(*), max(updated_at) FROM document_status",
            "SELECT count(*), max(created_at), max(deleted_at) FROM codes",
            "SELECT count(*), max(imported_at) FROM documents WHERE deleted_at IS NULL",
            "SELECT count(*), total(length(text)) FROM code_examples",
            "SELECT count(*), total(length(term)) FROM code_keywords",
        )
        return tuple(tuple(self.db.execute(q).fetchone()) for q in queries)

    def finished_documents(self) -> dict[str, set[str]]:
        """Coder name -> documents they marked done."""
        rows = self.db.execute(
            "SELECT p.name, ds.document_id FROM document_status ds "
            "JOIN coders p ON p.id = ds.coder_id WHERE ds.status = 'done'"
        ).fetchall()
        out: dict[str, set[str]] = {}
        for name, doc_id in rows:
            out.setdefault(name, set()).add(doc_id)
        return out

    # -- embedding cache (semantic tier) -----------------------------------------------

    def has_embedding_cache(self) -> bool:
        return EMBEDDINGS in self.db.table_names()

    def embeddings(self, model: str, keys: Sequence[str]) -> dict[str, bytes]:
        """Cached vectors (float16 bytes) by text key; unknown keys are left out."""
        if not self.has_embedding_cache():
            return {}
        out: dict[str, bytes] = {}
        for chunk in _chunks(list(keys), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key, vector FROM {EMBEDDINGS} WHERE model = ? AND key IN ({marks})",
                [model, *chunk],
            ).fetchall()
            out.update(dict(rows))
        return out

    def save_embeddings(self, model: str, vectors: Mapping[str, bytes]) -> None:
        if self.has_embedding_cache() and vectors:
            self.db[EMBEDDINGS].insert_all(
                ({"model": model, "key": k, "vector": v} for k, v in vectors.items()),
                replace=True,
                batch_size=500,
            )


def _chunks(values: list[str], size: int) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)] or [[]]
