"""Documents, their attributes, turns and units."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

import sqlite_utils

from qualcode.errors import DuplicateDocumentError, NotFoundError
from qualcode.model import Document, DocumentSummary, Turn, Unit
from qualcode.store.document_lookup import DocumentLookup
from qualcode.store.held import ReadsHeld
from qualcode.store.rows import new_id, now

_DOC_COLUMNS = "id, name, lang, text, sha256, source_path, imported_at"


def insert_turns_units(
    db: sqlite_utils.Database, doc_id: str, turns: Sequence[Turn], units: Sequence[Unit]
) -> None:
    """Write a document's turns and units: at import, and when an older document's upgrade
    (store/upgrades.py) adds those of the text above its first label.

    Plain executemany, not sqlite-utils' insert_all: that builds a dict and checks every
    value for JSON per row, most of an import's writing for a document of many short
    paragraphs (200,000 turns and units); the rows stored are the same."""
    db.conn.executemany(
        "INSERT INTO turns (document_id, idx, speaker, start, [end], start_time, end_time)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((doc_id, t.idx, t.speaker, t.start, t.end, t.start_time, t.end_time) for t in turns),
    )
    db.conn.executemany(
        "INSERT INTO units (document_id, idx, start, [end]) VALUES (?, ?, ?, ?)",
        ((doc_id, u.idx, u.start, u.end) for u in units),
    )


class DocumentRepo(DocumentLookup):
    held: ReadsHeld | None = None  # what a snapshot keeps of its reads (``Store.snapshot``)

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
        insert_turns_units(self.db, doc_id, turns, units)

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

    def attribute_values(self) -> dict[str, dict[str, int]]:
        """Each attribute name the project's documents hold, with its values and how many
        documents hold each (a value only the document being changed holds is no other's)."""
        held: dict[str, dict[str, int]] = {}
        sql = "SELECT key, value, COUNT(*) FROM attributes GROUP BY key, value"
        for key, value, count in self.db.execute(sql):
            held.setdefault(key, {})[value] = count
        return held

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

    def find_by_source(self, name: str, source_paths: Collection[str]) -> bool:
        """Whether a live document of this name was read from one of these paths."""
        paths = sorted(source_paths)
        row = self.db.execute(
            "SELECT 1 FROM documents WHERE name = ? AND deleted_at IS NULL AND source_path IN "
            f"({', '.join('?' for _ in paths)})",
            [name, *paths],
        ).fetchone()
        return row is not None

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
        if self.held is not None:
            return list(self.held.read("summaries", self._summaries))
        return self._summaries()

    def _summaries(self) -> list[DocumentSummary]:
        attrs = self.attributes()
        rows = self.db.execute(
            "SELECT id, name, lang, words, imported_at FROM documents "
            "WHERE deleted_at IS NULL ORDER BY name, imported_at, id"
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

    def gone(self) -> list[str]:
        """The removed documents' names alone: the pseudonym key reads them as files'
        names, as it reads the live ones', for the audit log that still names them."""
        rows = self.db.execute("SELECT name FROM documents WHERE deleted_at IS NOT NULL")
        return [r[0] for r in rows.fetchall()]

    def removed(self) -> list[DocumentSummary]:
        """Every removed document without its text, newest removal first: what
        ``docs list --removed`` shows and ``restore`` can bring back."""
        attrs = self.attributes()
        rows = self.db.execute(
            "SELECT id, name, lang, words, imported_at FROM documents "
            "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, name, id"
        ).fetchall()
        return [DocumentSummary(r[0], r[1], r[2], r[3], r[4], attrs.get(r[0], {})) for r in rows]

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

    def text_length(self, doc_id: str) -> int:
        row = self.db.execute(
            "SELECT length(text) FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id}")
        return int(row[0])

    def text_of(self, doc_id: str) -> str:
        """One document's stored text, read now, never kept (``held``): a .qdpx export
        reads a document at a time, where every text at once was gigabytes of a study."""
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id}")
        return str(row[0])

    def text_head(self, doc_id: str, end: int) -> str:
        """The first ``end`` characters of one document's text (a transcript's head above
        its talk), read without the rest: asked of every interview, the whole texts were
        read once more each time (mem46)."""
        row = self.db.execute(
            "SELECT substr(text, 1, ?) FROM documents WHERE id = ?", [end, doc_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id}")
        return str(row[0])

    def texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The stored texts by id, in the documents' own order (``summaries``': by name):
        what reads them in turn (the names found in them, numbered as first met) must
        meet them in one order. In SQLite's order they came by id, a random uuid, and two
        builds of one study put "Ort B" on different towns."""
        ids = list(doc_ids)
        if not ids:
            return {}
        if self.held is not None and self.held.depth:  # every text once, for each asking
            wanted = set(ids)
            every = self.held.read("texts", self._every_text)
            return {doc_id: text for doc_id, text in every.items() if doc_id in wanted}
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, text FROM documents WHERE id IN ({marks}) ORDER BY name, imported_at, id"
        return dict(self.db.execute(sql, ids).fetchall())

    def each_text(self, doc_ids: Iterable[str]) -> Mapping[str, str]:
        """The stored texts by id, in ``texts``' order, each read when it is asked for
        and never kept (``held`` too): a reader that goes through them in turn holds one
        at a time. The notes on names the key lacks after a lead's export held every text
        of the study at once, 80 MB at 100 MB of text (mem46)."""
        wanted = list(doc_ids)
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        sql = f"SELECT id FROM documents WHERE id IN ({marks}) ORDER BY name, imported_at, id"
        return TextsRead(self, [row[0] for row in self.db.execute(sql, wanted).fetchall()])

    def _every_text(self) -> dict[str, str]:
        """Every document's text, a removed one's too, in ``texts``' order."""
        sql = "SELECT id, text FROM documents ORDER BY name, imported_at, id"
        return dict(self.db.execute(sql).fetchall())

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


def composed(attributes: Mapping[str, str]) -> dict[str, str]:
    """``attributes`` with keys and values in composed form (NFC), as they are stored."""
    return {
        unicodedata.normalize("NFC", k): unicodedata.normalize("NFC", v)
        for k, v in attributes.items()
    }


class TextsRead(Mapping[str, str]):
    """Documents' texts by id, in a given order, each read from the file as it is asked
    for (``DocumentRepo.each_text``)."""

    def __init__(self, repo: DocumentRepo, ids: list[str]) -> None:
        self._repo, self._ids, self._known = repo, ids, set(ids)

    def __getitem__(self, doc_id: str) -> str:
        if doc_id not in self._known:
            raise KeyError(doc_id)
        return self._repo.text_of(doc_id)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)
