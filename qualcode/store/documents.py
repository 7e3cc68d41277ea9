"""Documents, their attributes, turns and units."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import sqlite_utils

from qualcode.errors import AmbiguousError, DuplicateDocumentError, NotFoundError
from qualcode.model import Document, DocumentSummary, Turn, Unit
from qualcode.oneline import shown
from qualcode.store.rows import new_id, now

_DOC_COLUMNS = "id, name, lang, text, sha256, source_path, imported_at"
# the fewest characters of an id a reference is taken as: a shorter one ("1", "ab") is a
# name's, never a printed id (listings print eight)
ID_PREFIX_MIN = 4


class DocumentRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def insert(
        self,
        *,
        name: str,
        lang: str,
        text: str,
        sha256: str,
        source_path: str | None,
        attributes: Mapping[str, str],
        turns: Sequence[Turn],
        units: Sequence[Unit],
        doc_id: str | None = None,
    ) -> str:
        """Write a document and everything derived from it; call inside a transaction."""
        doc_id = doc_id or new_id()
        name = unicodedata.normalize("NFC", name)  # as a keyboard types it (ee301ad), any door
        try:
            self._insert_row(doc_id, name, lang, text, sha256, source_path)
        except sqlite3.IntegrityError as exc:
            if "sha256" not in str(exc):
                raise
            raise DuplicateDocumentError(
                f"{name}: same content as a document already in the project"
            ) from None
        self._insert_rest(doc_id, attributes, turns, units)
        return doc_id

    def _insert_row(
        self, doc_id: str, name: str, lang: str, text: str, sha256: str, source_path: str | None
    ) -> None:
        self.db.table("documents").insert(
            {
                "id": doc_id,
                "name": name,
                "lang": lang,
                "text": text,
                "words": len(text.split()),
                "sha256": sha256,
                "source_path": source_path,
                "imported_at": now(),
            }
        )

    def _insert_rest(
        self,
        doc_id: str,
        attributes: Mapping[str, str],
        turns: Sequence[Turn],
        units: Sequence[Unit],
    ) -> None:
        self.set_attributes(doc_id, attributes)
        self.db.table("turns").insert_all(
            {
                "document_id": doc_id,
                "idx": t.idx,
                "speaker": t.speaker,
                "start": t.start,
                "end": t.end,
                "start_time": t.start_time,
                "end_time": t.end_time,
            }
            for t in turns
        )
        self.db.table("units").insert_all(
            {"document_id": doc_id, "idx": u.idx, "start": u.start, "end": u.end} for u in units
        )

    def set_attributes(self, doc_id: str, attributes: Mapping[str, str]) -> None:
        """Kept composed (NFC), as the text is: a value typed or pasted decomposed ('Åby'
        as A and a combining ring, as macOS writes file names) read as the same place but
        split every report by it into two groups of one look (red team 36)."""
        self.db.table("attributes").upsert_all(
            (
                {"document_id": doc_id, "key": k, "value": v}
                for k, v in composed(attributes).items()
            ),
            pk=("document_id", "key"),
        )

    def attributes(self, doc_ids: Iterable[str] | None = None) -> dict[str, dict[str, str]]:
        """Attributes per document id, for all documents or the given ones."""
        result: dict[str, dict[str, str]] = {}
        sql = "SELECT document_id, key, value FROM attributes ORDER BY document_id, key"
        for doc_id, key, value in self.db.execute(sql).fetchall():
            result.setdefault(doc_id, {})[key] = value
        if doc_ids is not None:
            wanted = set(doc_ids)
            result = {k: v for k, v in result.items() if k in wanted}
        return result

    def find_by_sha256(self, sha256: str) -> str | None:
        row = self.db.execute(
            "SELECT name FROM documents WHERE sha256 = ? AND deleted_at IS NULL", [sha256]
        ).fetchone()
        return row[0] if row else None

    def stamp(self) -> tuple[int, int, int]:
        """How many documents are live, the newest one's row, and a checksum of which rows
        are live: it moves when one is imported, removed or restored, and is read from
        indexes, never the texts. The checksum is there for one document removed and
        another restored between two askings, which leave the count and the newest row as
        they were; each row counts as its number scattered by a multiplicative hash, so
        no plain exchange of rows sums alike."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM documents WHERE deleted_at IS NULL), "
            "coalesce(max(rowid), 0), "
            "(SELECT coalesce(sum((rowid * 2654435761) % 4294967291), 0) "
            "FROM documents WHERE deleted_at IS NULL) FROM documents"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def with_speakers(self) -> set[str]:
        """Documents with at least one speaker label (interviews, not plans or reports),
        read from the turns' key alone."""
        rows = self.db.execute(
            "SELECT DISTINCT document_id FROM turns WHERE speaker IS NOT NULL"
        ).fetchall()
        return {r[0] for r in rows}

    def speakers_in_order(self) -> dict[str, list[str]]:
        """Each document's speaker labels in the order they first speak, in one query."""
        rows = self.db.execute(
            "SELECT document_id, speaker FROM turns WHERE speaker IS NOT NULL "
            "GROUP BY document_id, speaker ORDER BY document_id, min(idx)"
        ).fetchall()
        found: dict[str, list[str]] = {}
        for doc_id, speaker in rows:
            found.setdefault(doc_id, []).append(speaker)
        return found

    def languages(self) -> dict[str, int]:
        """How many live documents there are in each language, most first."""
        rows = self.db.execute(
            "SELECT lang, COUNT(*) FROM documents WHERE deleted_at IS NULL "
            "GROUP BY lang ORDER BY COUNT(*) DESC, lang"
        ).fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    def summaries(self) -> list[DocumentSummary]:
        """Every live document without its text: lists never load transcripts."""
        attrs = self.attributes()
        rows = self.db.execute(
            "SELECT id, name, lang, words, imported_at FROM documents "
            "WHERE deleted_at IS NULL ORDER BY name, imported_at"
        ).fetchall()
        return [
            DocumentSummary(
                id=r[0],
                name=r[1],
                lang=r[2],
                words=r[3],
                imported_at=r[4],
                attributes=attrs.get(r[0], {}),
            )
            for r in rows
        ]

    def removed(self) -> list[DocumentSummary]:
        """Every removed document without its text, newest removal first: what
        ``docs list --removed`` shows and ``restore`` can bring back."""
        attrs = self.attributes()
        rows = self.db.execute(
            "SELECT id, name, lang, words, imported_at FROM documents "
            "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, name"
        ).fetchall()
        return [DocumentSummary(r[0], r[1], r[2], r[3], r[4], attrs.get(r[0], {})) for r in rows]

    def resolve_removed(self, ref: str) -> str:
        """A removed document by id, name or unambiguous prefix of either (the newest
        removal of a name removed twice)."""
        ref = unicodedata.normalize("NFC", ref)  # as names are imported: composed
        named, values = _names_like(ref, "%")
        rows = [
            (doc_id, _nfc(name))
            for doc_id, name in self.db.execute(
                "SELECT id, name FROM documents WHERE deleted_at IS NOT NULL "
                f"AND (id = ? OR {named} OR id LIKE ? ESCAPE '\\') ORDER BY deleted_at DESC",
                [ref, *values, _like_escape(ref) + "%"],
            ).fetchall()
        ]
        exact = [r for r in rows if ref in (r[0], r[1]) or r[1].rsplit(".", 1)[0] == ref]
        # named, not by its whole id (a short name, "1" of 1.txt, is no id's start)
        if len(exact) == 1 and exact[0][0] != ref and len(ref) >= ID_PREFIX_MIN:
            ids = [r for r in rows if r[0].casefold().startswith(ref.casefold())]
            _named_not_an_id(ref, exact[0], ids)
        picked = exact or rows
        if len({name for _, name in picked}) > 1:
            raise AmbiguousError(
                f"removed document {shown(ref)} matches several: {_listed(picked)}"
            )
        if not picked:
            raise NotFoundError(
                f"no removed document {shown(ref)}", action="list_removed_documents"
            )
        return str(picked[0][0])

    def set_removed(self, doc_id: str, removed: bool) -> None:
        """Take a document out (its codings, suggestions and memos stay, unread while it is
        out) or bring it back; bringing back is refused in one line when a live document
        with the same content was imported since (the unique index on live content)."""
        try:
            self.db.execute(
                "UPDATE documents SET deleted_at = ? WHERE id = ?",
                [now() if removed else None, doc_id],
            )
        except sqlite3.IntegrityError as exc:
            if "sha256" not in str(exc) and "UNIQUE" not in str(exc):
                raise
            other = self.find_by_sha256(self.get(doc_id).sha256)
            raise DuplicateDocumentError(
                f"{self.get(doc_id).name}: {other!r} holds the same content and was imported "
                "since; remove it first to bring this one back"
            ) from None

    def get(self, doc_id: str) -> Document:
        row = self.db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id}")
        attrs = self.attributes([doc_id]).get(doc_id, {})
        doc_id_, name, lang, text, sha256, source_path, imported_at = row
        return Document(doc_id_, name, lang, text, sha256, source_path, imported_at, attrs)

    def resolve(self, ref: str) -> str:
        """An id, a document name (with or without suffix), or an unambiguous prefix of either.

        A name that is also the start of another document's id is refused as ambiguous: the
        name won, so ``docs remove fae6f64f``, the id ``docs list`` printed for one
        interview, took out another imported as ``fae6f64f.txt`` (red team 36)."""
        live = "deleted_at IS NULL"
        exact = self.db.execute(f"SELECT id FROM documents WHERE {live} AND id = ?", [ref])
        if row := exact.fetchone():
            return row[0]
        ref = unicodedata.normalize("NFC", ref)  # as names are imported: composed
        prefix: list[tuple[str, str]] = []
        if len(ref) >= ID_PREFIX_MIN:
            prefix = self.db.execute(
                f"SELECT id, name FROM documents WHERE {live} AND id LIKE ? ESCAPE '\\'",
                [_like_escape(ref) + "%"],
            ).fetchall()
        named, values = _names_like(ref, ".%")
        by_name = self._named(f"{live} AND {named}", values)
        exact_names = [r for r in by_name if r[1] == ref]
        if len(exact_names) == 1:
            return _named_not_an_id(ref, exact_names[0], prefix)
        if len(by_name) == 1:
            return _named_not_an_id(ref, by_name[0], prefix)
        if len(by_name) > 1:
            raise AmbiguousError(
                f"document {shown(ref)} matches several documents: {_listed(by_name)}"
            )
        named, values = _names_like(ref, "%", exact=False)
        by_prefix = self._named(f"{live} AND {named}", values)
        if len(by_prefix) == 1:
            return _named_not_an_id(ref, by_prefix[0], prefix)
        if len(prefix) == 1:
            return prefix[0][0]
        if len(prefix) > 1:
            raise AmbiguousError(
                f"document id prefix {ref!r} matches {len(prefix)} documents; give more of it"
            )
        if by_prefix:
            raise AmbiguousError(
                f"document {shown(ref)} matches several documents: {_listed(by_prefix)}"
            )
        # a document taken out is no document to work on, but "no document 'aby_03'" sent
        # whoever named it (`--docs aby_03`, a script written before) to look for a typing
        # mistake in a name that is right (safety33)
        if self._removed_one(ref):
            raise NotFoundError(
                f"document {shown(ref)} was removed from the project",
                action="list_removed_documents",
            )
        raise NotFoundError(f"no document {shown(ref)}", action="list_documents")

    def _removed_one(self, ref: str) -> bool:
        """Whether ``ref`` names a removed document as it would name a live one: its id or
        the 8-character id every listing and `docs remove` print (a prefix of 4 or more),
        its name with or without suffix, or a name prefix only one removed document has.
        The full id alone left `docs show 78cdcd72`, as `docs remove` had printed it,
        saying "no document" (review33)."""
        if not ref.strip():
            return False
        gone = "deleted_at IS NOT NULL"
        ref = unicodedata.normalize("NFC", ref)
        if self._named(f"{gone} AND id = ?", [ref]):
            return True
        named, values = _names_like(ref, ".%")
        if self._named(f"{gone} AND {named}", values):
            return True
        if (
            len(ref) >= ID_PREFIX_MIN
            and self.db.execute(
                f"SELECT 1 FROM documents WHERE {gone} AND id LIKE ? ESCAPE '\\' LIMIT 1",
                [_like_escape(ref) + "%"],
            ).fetchone()
        ):
            return True
        named, values = _names_like(ref, "%", exact=False)
        return len(self._named(f"{gone} AND {named}", values)) == 1

    def _named(self, where: str, values: Sequence[str]) -> list[tuple[str, str]]:
        """(id, name composed) of the documents ``where`` holds."""
        sql = f"SELECT id, name FROM documents WHERE {where}"
        return [(r[0], _nfc(r[1])) for r in self.db.execute(sql, list(values)).fetchall()]

    def text_length(self, doc_id: str) -> int:
        row = self.db.execute(
            "SELECT length(text) FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id}")
        return int(row[0])

    def texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        ids = list(doc_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, text FROM documents WHERE id IN ({marks})"
        return dict(self.db.execute(sql, ids).fetchall())

    def turns(self, doc_id: str) -> list[Turn]:
        rows = self.db.execute(
            'SELECT idx, speaker, start, "end", start_time, end_time FROM turns '
            "WHERE document_id = ? ORDER BY idx",
            [doc_id],
        ).fetchall()
        return [Turn(*r) for r in rows]

    def units(self, doc_id: str) -> list[Unit]:
        rows = self.db.execute(
            'SELECT idx, start, "end" FROM units WHERE document_id = ? ORDER BY idx', [doc_id]
        ).fetchall()
        return [Unit(*r) for r in rows]

    def unit_bounds(self, doc_ids: Sequence[str]) -> list[tuple[int, int, int]]:
        """(document row number, start, end) of every unit of those documents, by row
        number and then in order: one query for a corpus instead of one per document."""
        if not doc_ids:
            return []
        sql = (
            'SELECT d.rowid, u.start, u."end" FROM units u JOIN documents d '
            f"ON d.id = u.document_id WHERE u.document_id IN ({','.join('?' * len(doc_ids))}) "
            "ORDER BY d.rowid, u.idx"
        )
        return self.db.execute(sql, list(doc_ids)).fetchall()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _names_like(ref: str, then: str, *, exact: bool = True) -> tuple[str, list[str]]:
    """A WHERE clause and its values: a document's name is ``ref`` (``exact``) or starts
    with it and then ``then`` (a LIKE pattern: ".%" a suffix, "%" anything), ``ref`` written
    composed or decomposed. Names are stored composed since ee301ad, but a project imported
    before (a Mac's file names, ``import_text``) holds them decomposed, and composing the
    reference alone left such a document no name that found it, its own pasted included."""
    forms = list(dict.fromkeys((_nfc(ref), unicodedata.normalize("NFD", ref))))
    clauses = [
        c for _ in forms for c in (["name = ?"] if exact else []) + ["name LIKE ? ESCAPE '\\'"]
    ]
    values = [v for f in forms for v in ([f] if exact else []) + [_like_escape(f) + then]]
    return "(" + " OR ".join(clauses) + ")", values


def composed(attributes: Mapping[str, str]) -> dict[str, str]:
    """``attributes`` with keys and values in composed form (NFC), as they are stored."""
    return {
        unicodedata.normalize("NFC", k): unicodedata.normalize("NFC", v)
        for k, v in attributes.items()
    }


def _named_not_an_id(ref: str, named: tuple[str, str], prefix: list[tuple[str, str]]) -> str:
    """The id of the document ``ref`` names (``named``: id, name), unless ``ref`` also
    starts the id of another document (``prefix``), which listings print as its id."""
    others = [row for row in prefix if row[0] != named[0]]
    if others:
        raise AmbiguousError(
            f"document {shown(ref)} is the name of {named[1]} and the start of the id of "
            f"{_listed(others)} (id {others[0][0][:8]}); give the whole name with its suffix, "
            "or more of the id"
        )
    return named[0]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _listed(rows: list[tuple[str, str]]) -> str:
    """The first few of the documents a reference matched, by name; a name two documents
    share (intervju_1.docx from two municipalities' folders) with each one's id prefix,
    which tells them apart where the name cannot: 'ip1.txt, ip1.txt' left the user with
    nothing to type (red team 8)."""
    rows = sorted(rows, key=lambda r: (r[1], r[0]))
    names = [name for _, name in rows]
    shown_rows = [
        f"{name} (id {doc_id[:8]})" if names.count(name) > 1 else name for doc_id, name in rows[:5]
    ]
    more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
    return ", ".join(shown_rows) + more
