"""Suggestions as stored: pending until a coder accepts or rejects them.

Also the few reads the suggestion engine needs beyond suggestions themselves: a cheap
signature of everything it learns from (to know when to refit) and which documents each
coder has worked on (their uncoded units are weak negatives). The fitted engines it keeps
and the semantic tier's embedding cache are ``store/engine_cache.py``, mixed in.
"""

from __future__ import annotations

import builtins
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import sqlite_utils

from qualcode.errors import AmbiguousError, NotFoundError
from qualcode.model import Suggestion
from qualcode.oneline import shown
from qualcode.store.code_rows import CODE_ROWS
from qualcode.store.codings import LIVE_DOCUMENT
from qualcode.store.engine_cache import EngineCache
from qualcode.store.rows import chunks, id_prefix, new_id, now

_READ = """s.id, s.document_id, s.start, s."end", s.code_id, k.key, s.score, s.method,
       s.evidence, s.model_version, s.status, s.created_at, p.name, s.decided_at"""
_JOINS = "JOIN codes k ON k.id = s.code_id LEFT JOIN coders p ON p.id = s.decided_by"
_SELECT = f"SELECT {_READ} FROM suggestions s {_JOINS}"
# documents the outer loop, walked by name (idx_documents_name): only each document's
# suggestions are sorted into ``_ORDER``
_LISTED = (
    f"SELECT {_READ} FROM documents d CROSS JOIN suggestions s ON s.document_id = d.id {_JOINS}"
)
# ``list``'s order: the documents' (``DocumentRepo.summaries``: name, import time), then
# the place in the text and the code; the rest only settles ties, so that two listings of
# one project are the same. ``in_order`` sorts by the same key in Python.
_ORDER = 'd.name, d.imported_at, d.id, s.start, k.key, s."end", s.created_at, s.id'
# the columns ``replace_pending`` writes, in the order of ``Suggestion``'s fields after
# the code's key (which the row does not hold)
_COLUMNS = (
    "id",
    "document_id",
    "start",
    "end",
    "code_id",
    "score",
    "method",
    "evidence",
    "model_version",
    "status",
    "created_at",
    "decided_by",
    "decided_at",
)
# a pending suggestion that a removed coding still names (an acceptance undone) is kept
# when pending ones are replaced: the coding's reference must hold, and the suggestion is
# the coder's to decide again
_REFERENCED = "EXISTS (SELECT 1 FROM codings c WHERE c.suggestion_id = {table}.id)"
_UNREFERENCED = "NOT " + _REFERENCED.format(table="suggestions")


def _row(row: Sequence[Any]) -> Suggestion:
    values = list(row)
    values[8] = json.loads(values[8])
    return Suggestion(*values)


class SuggestionRepo(EngineCache):
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def replace_pending(
        self,
        document_ids: Sequence[str],
        code_ids: Sequence[str],
        rows: list[dict[str, Any]],
        learned_from: str | None = None,
    ) -> list[str]:
        """Drop the pending suggestions these documents and codes had; store the new ones.

        Pending suggestions are machine output that a new run supersedes; accepted and
        rejected ones are decisions and stay.
        """
        return [r[0] for r in self._replace(document_ids, code_ids, rows, learned_from)]

    def replace_pending_read(
        self,
        document_ids: Sequence[str],
        code_ids: Sequence[str],
        rows: list[dict[str, Any]],
        keys: Mapping[str, str],
        learned_from: str | None = None,
    ) -> list[Suggestion]:
        """``replace_pending``, returning the stored suggestions as ``list(ids=...)`` reads
        them back (``keys``: code id -> key), built from what was written instead of read
        again: a run over a large project stores tens of thousands."""
        made = [
            Suggestion(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                keys[r[4]],
                r[5],
                r[6],
                rows[n]["evidence"],
                r[8],
                r[9],
                r[10],
            )
            for n, r in enumerate(self._replace(document_ids, code_ids, rows, learned_from))
        ]
        return self.in_order(made)

    def in_order(self, found: Iterable[Suggestion]) -> builtins.list[Suggestion]:
        """``found`` in ``list``'s order (``_ORDER``): what a run returns lists as its
        suggestions read back do. The documents' order is read once (1,000 ids, a
        millisecond), and only when they are of more than one document."""
        found = builtins.list(found)
        rank = {s.document_id: 0 for s in found}
        if len(rank) > 1:
            documents = self.db.execute(
                "SELECT d.id FROM documents d ORDER BY d.name, d.imported_at, d.id"
            )
            rank = {doc_id: n for n, (doc_id,) in enumerate(documents)}
        return sorted(
            found, key=lambda s: (rank[s.document_id], s.start, s.code, s.end, s.created_at, s.id)
        )

    def _replace(
        self,
        document_ids: Sequence[str],
        code_ids: Sequence[str],
        rows: list[dict[str, Any]],
        learned_from: str | None = None,
    ) -> list[tuple[Any, ...]]:
        """The delete and insert of ``replace_pending``; the stored rows' values, in the
        order of ``_COLUMNS``. Only the pending rows of the same engine are replaced
        (``learned_from``: the coder whose own engine made them, None: the team's), so two
        coders suggesting on one document keep each their own.

        A suggestion made again (the same passage and code) keeps its id: a coder who ran
        ``suggest DOC`` a second time, to read the list again or save it as CSV, then
        accepted an id from the first listing, was told there was no such suggestion."""
        earlier: dict[tuple[str, int, int, str], str] = {}
        for chunk in chunks(list(document_ids), 500):
            if chunk and code_ids:
                d = ",".join("?" * len(chunk))
                c = ",".join("?" * len(code_ids))
                where = (
                    f"status = 'pending' AND document_id IN ({d}) AND code_id IN ({c}) "
                    f"AND json_extract(evidence, '$.learned_from') IS ? AND {_UNREFERENCED}"
                )
                params = [*chunk, *code_ids, learned_from]
                for found in self.db.execute(
                    f'SELECT id, document_id, start, "end", code_id FROM suggestions WHERE {where}',
                    params,
                ).fetchall():
                    earlier[(found[1], found[2], found[3], found[4])] = found[0]
                self.db.execute(f"DELETE FROM suggestions WHERE {where}", params)
        stamp = now()
        records = [
            (
                earlier.pop((row["document_id"], row["start"], row["end"], row["code_id"]), "")
                or new_id(),
                row["document_id"],
                row["start"],
                row["end"],
                row["code_id"],
                row["score"],
                row["method"],
                json.dumps(row["evidence"], ensure_ascii=False),
                row["model_version"],
                "pending",
                stamp,
                None,
                None,
            )
            for row in rows
        ]
        columns = ", ".join(f'"{c}"' for c in _COLUMNS)
        self.db.conn.executemany(
            f"INSERT INTO suggestions ({columns}) VALUES ({', '.join('?' * len(_COLUMNS))})",
            records,
        )
        return records

    def list(
        self,
        document_ids: Sequence[str] | None = None,
        status: str | None = None,
        ids: Sequence[str] | None = None,
    ) -> list[Suggestion]:
        """Suggestions, filtered, in the documents' own order (``docs list``'s: by name),
        then by position and code, as codings are listed; never by document id, a random
        uuid that put another document first in every project."""
        if ids is not None:
            return self._by_ids(ids)
        clauses: list[str] = []
        params: list[Any] = []
        if document_ids is not None:
            clauses.append(f"d.id IN ({','.join('?' * len(document_ids))})")
            params.extend(document_ids)
        else:  # a removed document's are unread
            clauses.append("d.deleted_at IS NULL")
        if status:
            clauses.append("s.status = ?")
            params.append(status)
        rows = self.db.execute(
            f"{_LISTED} WHERE {' AND '.join(clauses)} ORDER BY {_ORDER}", params
        ).fetchall()
        return [_row(r) for r in rows]

    def _by_ids(self, ids: Sequence[str]) -> builtins.list[Suggestion]:
        """The suggestions of these ids, in ``list``'s order; SQLite caps bound
        parameters, so long id lists are looked up in chunks."""
        found: list[Suggestion] = []
        for chunk in chunks(list(ids), 500):
            rows = self.db.execute(
                f"{_SELECT} WHERE s.id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            found.extend(_row(r) for r in rows)
        return self.in_order(found)

    def kept_pending(self, document_ids: Sequence[str]) -> builtins.list[Suggestion]:
        """Pending suggestions of these documents that a removed coding names (acceptances
        undone): a new run keeps them instead of replacing them."""
        found: list[Suggestion] = []
        for chunk in chunks(list(document_ids), 500):
            rows = self.db.execute(
                f"{_SELECT} WHERE s.status = 'pending' AND s.document_id IN "
                f"({','.join('?' * len(chunk))}) AND {_REFERENCED.format(table='s')}",
                chunk,
            ).fetchall()
            found.extend(_row(r) for r in rows)
        return found

    def resolve(self, ref: str, keep: Callable[[Suggestion], bool] | None = None) -> Suggestion:
        """A suggestion by id or unambiguous id prefix; with ``keep``, among the
        suggestions it keeps only (a blind coder's own), so no other makes a prefix
        ambiguous."""
        if (pattern := id_prefix(ref)) is None:  # "" (an empty variable) took the only one
            raise NotFoundError(f"no suggestion {shown(ref)}", action="suggest")
        found = self.db.execute(f"{_SELECT} WHERE s.id LIKE ? ESCAPE '\\'", [pattern]).fetchall()
        rows = [r for r in found if keep is None or keep(_row(r))]
        exact = [r for r in rows if r[0] == ref]
        if exact or len(rows) == 1:
            return _row((exact or rows)[0])
        if rows:
            raise AmbiguousError(
                f"suggestion id prefix {shown(ref)} matches {len(rows)} suggestions"
            )
        raise NotFoundError(f"no suggestion {shown(ref)}", action="suggest")

    def drop_pending_for_code(self, code_id: str) -> int:
        """Drop a retired code's pending suggestions: machine output no one may accept now.

        Decided ones stay, as decisions do; a new run proposes the surviving code instead.
        """
        cursor = self.db.execute(
            f"DELETE FROM suggestions WHERE status = 'pending' AND code_id = ? AND {_UNREFERENCED}",
            [code_id],
        )
        return cursor.rowcount

    def decide(self, suggestion_id: str, status: str, coder_id: str) -> None:
        self.db.table("suggestions").update(
            suggestion_id, {"status": status, "decided_by": coder_id, "decided_at": now()}
        )

    def reopen(self, suggestion_id: str) -> None:
        """Undecided again (a rejection taken back): pending, decided by no one."""
        self.db.table("suggestions").update(
            suggestion_id, {"status": "pending", "decided_by": None, "decided_at": None}
        )

    # -- what the engine learns from ---------------------------------------------------

    def training_state(
        self, coder_id: str | None = None, code_ids: builtins.set[str] | None = None
    ) -> str:
        """A fingerprint of everything the engine learns from: the codebook (every field,
        keyword, example, further example and part's stem), live codings, decided
        suggestions, document statuses and the documents' languages (the talk itself is not
        learned from, so a new document in a known language keeps the engine).

        Read from the rows' content, not from counts and timestamps, so an edited
        definition, a restored coding or a merged code changes it as surely as a new coding:
        a kept engine is reused exactly while it would be fitted the same.

        ``coder_id``: a coder's own engine (blind coding), which learns from her codings,
        decisions and statuses alone, so only they count: a colleague's coding must not
        make her engine fit again, which took seconds she could time to learn that he
        coded. ``code_ids``: the codes she sees (a colleague's proposal is hidden).
        """
        own = coder_id is not None
        mine: tuple[str, ...] = (coder_id,) if coder_id is not None else ()
        queries: tuple[tuple[str, tuple[str, ...]], ...] = (
            (
                "SELECT id, parent_id, key, name_sv, name_en, definition_sv, definition_en, "
                "inclusion_sv, inclusion_en, exclusion_sv, exclusion_en, deleted_at, "
                "merged_into FROM codes ORDER BY id",
                (),
            ),
            # a code's examples, further examples, keywords and parts' stems (each table
            # ordered by code_rows.py; one a read-only file may lack reads as empty)
            *((rows.ordered_in(self.db), ()) for rows in CODE_ROWS),
            (
                'SELECT id, document_id, start, "end", code_id, coder_id, layer FROM codings c '
                f"WHERE deleted_at IS NULL AND {LIVE_DOCUMENT}"
                + (" AND layer = 'coder' AND coder_id = ?" if own else "")
                + " ORDER BY id",
                mine,
            ),
            (
                "SELECT id, status, decided_by FROM suggestions WHERE status != 'pending'"
                + (" AND decided_by = ?" if own else "")
                + " ORDER BY id",
                mine,
            ),
            (
                "SELECT document_id, coder_id, status FROM document_status"
                + (" WHERE coder_id = ?" if own else "")
                + " ORDER BY document_id, coder_id",
                mine,
            ),
            # the languages decide which lemma tables the keywords are matched with
            ("SELECT DISTINCT lang FROM documents WHERE deleted_at IS NULL ORDER BY lang", ()),
        )
        digest = hashlib.sha256()
        for n, (query, params) in enumerate(queries):
            for row in self.db.execute(query, params):
                # the codebook's rows start with their code's id
                if code_ids is not None and n < 5 and row[0] not in code_ids:
                    continue
                digest.update(repr(tuple(row)).encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()

    def finished_documents(self) -> dict[str, set[str]]:
        """Coder name -> live documents they marked done (a removed one is no example of
        anything: it would teach the engine its text holds no code)."""
        rows = self.db.execute(
            "SELECT p.name, ds.document_id FROM document_status ds "
            "JOIN coders p ON p.id = ds.coder_id WHERE ds.status = 'done' "
            f"AND {LIVE_DOCUMENT.replace('c.', 'ds.', 1)}"
        ).fetchall()
        out: dict[str, set[str]] = {}
        for name, doc_id in rows:
            out.setdefault(name, set()).add(doc_id)
        return out
