"""Codings: coded segments per coder and layer. Removal is soft; rows are never deleted.
The writes (insert, remove, restore, a code's codings moved) are ``coding_writes.py``."""

from __future__ import annotations

import builtins
from collections.abc import Collection, Iterator, Sequence
from typing import Any

import sqlite_utils

from qualcode.errors import AmbiguousError, NotFoundError
from qualcode.model import Coding
from qualcode.oneline import shown
from qualcode.store.coding_writes import CodingWrites
from qualcode.store.rows import id_prefix

_COLUMNS = """c.id, c.document_id, c.start, c."end", c.code_id, k.key, c.coder_id, p.name,
       c.layer, c.origin, c.created_at, c.suggestion_id, c.deleted_at"""
_SELECT = f"""
SELECT {_COLUMNS}
FROM codings c JOIN codes k ON k.id = c.code_id JOIN coders p ON p.id = c.coder_id
"""


# each of ``Coding``'s fields as ``_SELECT`` reads it: ``rows(fields=...)`` reads only some
_FIELDS = {
    "id": "c.id",
    "document_id": "c.document_id",
    "start": "c.start",
    "end": 'c."end"',
    "code_id": "c.code_id",
    "code": "k.key",
    "coder_id": "c.coder_id",
    "coder": "p.name",
    "layer": "c.layer",
    "origin": "c.origin",
    "created_at": "c.created_at",
    "suggestion_id": "c.suggestion_id",
    "deleted_at": "c.deleted_at",
}

# Listings follow the documents' own order (``DocumentRepo.summaries``: name, then import
# time), then the position in the text. Ordered by ``document_id`` (a random uuid) "the first
# coding" lay in another document in every project, and a test that took it passed on one
# demo build and failed on the next (stop 40). CROSS JOIN keeps the documents as the outer
# loop, walked by idx_documents_name, so only each document's own codings are sorted (as
# fast as the uuid order was); the coder's name and the layer settle the rest, so equal
# listings of one project always come out the same.
_IN_DOCUMENT_ORDER = """
FROM documents d CROSS JOIN codings c ON c.document_id = d.id
JOIN codes k ON k.id = c.code_id JOIN coders p ON p.id = c.coder_id
"""
_ORDER = 'd.name, d.imported_at, d.id, c.start, c."end", k.key, p.name, c.layer'

# a removed document's codings stay in the file but are read by nobody (docs remove)
# (row number, id or key or name) of each document, code or coder (``sort_keys``)
_Named = builtins.list[tuple[int, str]]

LIVE_DOCUMENT = "c.document_id IN (SELECT id FROM documents WHERE deleted_at IS NULL)"

# how a coding was made ('search': by coding a text search's hits); append only, since
# agreement counts codings by their place here
ORIGINS = ("manual", "suggestion", "import", "decision", "search")
_ORIGIN_NUMBER = (
    "CASE c.origin " + " ".join(f"WHEN '{o}' THEN {i}" for i, o in enumerate(ORIGINS)) + " END"
)
# the row numbers ``rater_spans`` gives, for ``rows(fields=...)``: one reading of the codings
# both names and counts them (``project/coding_columns.py``)
_FIELDS.update(
    document_row="d.rowid",
    code_row="k.rowid",
    coder_row="p.rowid",
    origin_number=_ORIGIN_NUMBER,
    consensus="c.layer = 'consensus'",
)


class CodingRepo(CodingWrites):
    """The codings read: listed in reading order, as columns, as spans, resolved by id;
    written through ``CodingWrites``."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def list(
        self,
        *,
        document_ids: Sequence[str] | None = None,
        coder_ids: Sequence[str] | None = None,
        code_ids: Sequence[str] | None = None,
        layer: str | None = None,
        include_deleted: bool = False,
    ) -> list[Coding]:
        """Codings, filtered, in the order a researcher reads them: the documents as
        ``docs list`` lists them, then each one's passages from its start."""
        rows = self.rows(
            document_ids=document_ids,
            coder_ids=coder_ids,
            code_ids=code_ids,
            layer=layer,
            include_deleted=include_deleted,
        )
        return [Coding(*row) for row in rows]

    def rows(
        self,
        *,
        document_ids: Sequence[str] | None = None,
        coder_ids: Sequence[str] | None = None,
        code_ids: Sequence[str] | None = None,
        layer: str | None = None,
        include_deleted: bool = False,
        fields: Sequence[str] | None = None,
        ordered: bool = True,
    ) -> builtins.list[tuple[Any, ...]]:
        """The same as :meth:`list` as plain tuples in ``Coding``'s field order: analysis
        frames of 200k codings are built column by column and need no objects. With
        ``fields`` (``Coding``'s field names) each tuple holds only those, in that order:
        every column read is a Python object made per row, and the frames leave four of
        the thirteen unread (0.05 s CPU of 200k codings). ``ordered`` False: in no
        particular order, for a caller that sorts the rows itself by ``sort_keys``
        (SQLite's sort of 200k rows is a quarter of the reading's CPU, a numpy sort of
        integer columns a tenth of that)."""
        clauses: list[str] = []
        params: list[Any] = []
        for column, values in (
            ("d.id", document_ids),
            # the unary + keeps SQLite from walking the coder's (the code's) index once
            # per document: 10 s instead of 0.2 s at 1,000 documents
            ("+c.coder_id", coder_ids),
            ("+c.code_id", code_ids),
        ):
            if values is not None:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)
        if layer is not None:
            clauses.append("c.layer = ?")
            params.append(layer)
        if not include_deleted:
            clauses.extend(("c.deleted_at IS NULL", "d.deleted_at IS NULL"))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        columns = _COLUMNS if fields is None else ", ".join(_FIELDS[f] for f in fields)
        order = f"ORDER BY {_ORDER}" if ordered else ""
        sql = f"SELECT {columns} {_IN_DOCUMENT_ORDER} {where} {order}"
        return self.db.execute(sql, params).fetchall()

    def each(self) -> Iterator[Coding]:
        """Every live coding of live documents, as ``list()`` gives them, made one at a
        time as the cursor reads its rows: a .qdpx export moves each onto its
        pseudonymised text and keeps only the copy, where all 200k rows, their ``Coding``
        objects and the copies stood in memory at once (the export's peak after its XML
        was written a source at a time)."""
        live = "WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL"
        sql = f"SELECT {_COLUMNS} {_IN_DOCUMENT_ORDER} {live} ORDER BY {_ORDER}"
        for row in self.db.execute(sql):
            yield Coding(*row)

    def joined(self, fields: Sequence[str], separator: str) -> tuple[int, builtins.list[str]]:
        """How many live codings of live documents there are, and each of ``fields``
        (``rows``' names) of all of them as one text, the values joined by ``separator``,
        every field's in one and the same order (one scan, one aggregate per field), no
        order in particular: ``rows`` makes a tuple and a Python object per value, most
        of the time a reading of 200k codings takes, where a caller turning them into
        numpy columns needs none. A NULL is left out of its text (it is then shorter)."""
        if not fields:
            return 0, []
        if "'" in separator:
            raise ValueError(f"no quote in a separator: {separator!r}")
        # written into the statement: bound as a parameter, SQLite took half as long
        # again over the 200k values (0.27 s CPU against 0.18)
        columns = ", ".join(f"group_concat({_FIELDS[f]}, '{separator}')" for f in fields)
        live = "WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL"
        sql = f"SELECT count(*), {columns} {_IN_DOCUMENT_ORDER} {live}"
        row = self.db.execute(sql).fetchone()
        return int(row[0]), [str(text) if text is not None else "" for text in row[1:]]

    def sort_keys(self) -> tuple[_Named, _Named, _Named]:
        """What ``rows`` orders by besides a coding's own columns, in SQLite's own order
        (no Python collation to keep alike): every document's (row number, id) by name,
        import time and id; every code's (row number, key) and every coder's (row number,
        name) by key and name. A caller that read ``rows(ordered=False)`` with the row
        numbers sorts them as ``rows`` would: document, start, end, key, name, layer."""
        documents = self.db.execute(
            "SELECT rowid, id FROM documents ORDER BY name, imported_at, id"
        ).fetchall()
        codes = self.db.execute("SELECT rowid, key FROM codes ORDER BY key").fetchall()
        coders = self.db.execute("SELECT rowid, name FROM coders ORDER BY name").fetchall()
        return documents, codes, coders

    def rater_spans(
        self, document_ids: Sequence[str], code_ids: Sequence[str] | None
    ) -> builtins.list[tuple[int, int, int, int, int, int]]:
        """(document, code, rater, start, end, origin) of live codings as plain integers:
        the row numbers of the document, the code and the coder (0 for the consensus layer;
        see ``row_numbers``) and the origin's place in ``ORIGINS``. All agreement needs,
        in one query, not 200k ``Coding``s. ``code_ids`` None: every code's (agreement and
        the open cases' counts share one reading)."""
        if not document_ids or (code_ids is not None and not code_ids):
            return []
        codes = "" if code_ids is None else f"AND +c.code_id IN ({','.join('?' * len(code_ids))})"
        # walk the documents' index (the codes index would visit most rows in random
        # order: the few codes each hold a large share of the codings)
        sql = (
            "SELECT d.rowid, k.rowid, CASE WHEN c.layer = 'consensus' THEN 0 ELSE p.rowid END, "
            f'c.start, c."end", {_ORIGIN_NUMBER} FROM codings c '
            "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id "
            "JOIN coders p ON p.id = c.coder_id "
            "WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL "
            f"AND c.document_id IN ({','.join('?' * len(document_ids))}) {codes}"
        )
        return self.db.execute(sql, [*document_ids, *(code_ids or ())]).fetchall()

    def row_numbers(self, table: str, keys: Sequence[str]) -> builtins.list[int]:
        """The row numbers ``rater_spans`` gives: of documents and codes by id, of coders
        by name."""
        column = {"documents": "id", "codes": "id", "coders": "name"}[table]
        found = dict(self.db.execute(f"SELECT {column}, rowid FROM {table}").fetchall())
        return [found[k] for k in keys]

    def coded_documents(
        self, among: Collection[str] | None = None, coder_ids: Collection[str] | None = None
    ) -> int:
        """How many documents (of the ids ``among``, if given) hold a live coding of a
        coder (not the consensus; of one of ``coder_ids``, if given)."""
        who = f" AND c.coder_id IN ({', '.join('?' * len(coder_ids))})" if coder_ids else ""
        rows = self.db.execute(
            "SELECT d.id FROM documents d WHERE d.deleted_at IS NULL AND EXISTS (SELECT 1 "
            "FROM codings c "
            f"WHERE c.document_id = d.id AND c.deleted_at IS NULL AND c.layer = 'coder'{who})",
            tuple(coder_ids or ()),
        ).fetchall()
        return sum(1 for (doc_id,) in rows if among is None or doc_id in among)

    def resolve(self, ref: str, coder_id: str | None = None) -> Coding:
        """A coding by id or unambiguous id prefix; with ``coder_id``, among that coder's
        own (coder layer) only, so a prefix is neither ambiguous nor found by anyone
        else's codings."""
        if (pattern := id_prefix(ref)) is None:  # "", "_": no id's start (nor a long text)
            raise NotFoundError(f"no coding {shown(ref)}", action="list_codings")
        own = " AND c.coder_id = ? AND c.layer = 'coder'" if coder_id else ""
        rows = self.db.execute(
            f"{_SELECT} WHERE c.id LIKE ? ESCAPE '\\'{own}",
            [pattern, *([coder_id] if coder_id else [])],
        ).fetchall()
        exact = [r for r in rows if r[0] == ref]
        if exact:
            return Coding(*exact[0])
        if len(rows) == 1:
            return Coding(*rows[0])
        if len(rows) > 1:
            raise AmbiguousError(f"coding id prefix {shown(ref)} matches {len(rows)} codings")
        raise NotFoundError(f"no coding {shown(ref)}", action="list_codings")

    def on_removed_documents(self, code_id: str) -> int:
        """Live codings of a code on documents a lead took out (they come back with them)."""
        row = self.db.execute(
            "SELECT count(*) FROM codings c WHERE c.code_id = ? AND c.deleted_at IS NULL "
            f"AND NOT {LIVE_DOCUMENT}",
            [code_id],
        ).fetchone()
        return int(row[0])

    def layer_has_codings(self, layer: str, document_ids: Sequence[str] | None = None) -> bool:
        """Does ``layer`` hold a live coding (of these documents)? One indexed probe, so a
        screen may ask it on opening a project of 200k codings."""
        where = ["c.layer = ?", "c.deleted_at IS NULL", LIVE_DOCUMENT]
        params: list[Any] = [layer]
        if document_ids is not None:
            if not document_ids:
                return False
            where.append(f"c.document_id IN ({','.join('?' * len(document_ids))})")
            params.extend(document_ids)
        sql = f"SELECT 1 FROM codings c WHERE {' AND '.join(where)} LIMIT 1"
        return self.db.execute(sql, params).fetchone() is not None

    def counts_by_code(self) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT code_id, count(*) FROM codings c WHERE c.deleted_at IS NULL "
            f"AND {LIVE_DOCUMENT} GROUP BY code_id"
        ).fetchall()
        return dict(rows)
