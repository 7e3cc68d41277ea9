"""The one home of SQL: the project file behind repositories that speak the model."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import qualcode.store.lite  # noqa: F401  (first: sqlite_utils without pandas)
from qualcode.store.codes import CodeRepo
from qualcode.store.codings import CodingRepo
from qualcode.store.comments import CommentRepo
from qualcode.store.db import Database
from qualcode.store.decisions import DecisionRepo
from qualcode.store.document_sets import DocumentSetRepo
from qualcode.store.documents import DocumentRepo
from qualcode.store.exchange import ExchangeRepo
from qualcode.store.held import ReadsHeld
from qualcode.store.log import AuditRepo, MemoRepo
from qualcode.store.name_scans import NameScanRepo
from qualcode.store.people import CoderRepo
from qualcode.store.pseudonyms import PseudonymRepo
from qualcode.store.quotes import QuoteRepo
from qualcode.store.schema import SCHEMA_VERSION
from qualcode.store.settings import SettingRepo
from qualcode.store.suggestions import SuggestionRepo
from qualcode.store.upgrades import UpgradeRepo


class Store:
    """A project file and its repositories; ``transaction()`` wraps one user action."""

    def __init__(self, database: Database) -> None:
        self.database = database
        db = database.db
        self.documents = DocumentRepo(db)
        self.document_sets = DocumentSetRepo(db)
        self.codes = CodeRepo(db)
        self.codings = CodingRepo(db)
        self.coders = CoderRepo(db)
        self.audit = AuditRepo(db)
        self.memos = MemoRepo(db)
        self.decisions = DecisionRepo(db)
        self.comments = CommentRepo(db)
        self.exchange = ExchangeRepo(db)
        self.suggestions = SuggestionRepo(db)
        self.pseudonyms = PseudonymRepo(db)
        self.quotes = QuoteRepo(db)
        self.settings = SettingRepo(db)
        self.upgrades = UpgradeRepo(db)
        self.name_scans = NameScanRepo(db)
        self.transaction = database.transaction
        self.require_writable = database.require_writable
        # the documents' summaries and texts and the coders' statuses, kept for a snapshot
        self.held = ReadsHeld(self.change_mark)
        self.documents.held = self.coders.held = self.held

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One export's reads, of one state of the file (``Database.snapshot``), with the
        reads it repeats kept meanwhile (``held.ReadsHeld``)."""
        with self.database.snapshot(), self.held.holding():
            yield

    @classmethod
    def create(cls, path: Path, *, claimed: bool = False) -> Store:
        return cls(Database.create(path, claimed=claimed))

    @classmethod
    def open(cls, path: Path) -> Store:
        return cls(Database.open(path))

    @classmethod
    def memory(cls) -> Store:
        return cls(Database.memory())

    @property
    def path(self) -> Path | None:
        return self.database.path

    @property
    def backup(self) -> Path | None:
        """The copy made before this open upgraded the file's schema, else None."""
        return self.database.backup

    @property
    def readonly(self) -> bool:
        """Whether the file (or its folder) cannot be written: reading works, writes are
        refused in one line (Database.require_writable)."""
        return self.database.readonly

    def change_mark(self) -> tuple[int, int]:
        """What moves whenever the file was changed: ``PRAGMA data_version`` (another
        connection, another process, committed) and this connection's own changes but its
        audit entries. Asking costs no read of any table, so a screen may ask every second.

        An entry alone changes no answer kept on this mark (the log itself is read anew at
        every asking), and every export writes one: each kept reading (the coded spans,
        the open counts, the team's scope, who interviews) was read again after every
        export, 0.4 s CPU on 200k codings. A write of anything else still moves the mark,
        its entry or not. Another process's entry moves ``data_version``: which tables a
        commit touched is not known to this connection."""
        conn = self.database.conn
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        return version, conn.total_changes - self.audit.changes

    def is_empty(self) -> bool:
        """Whether the file holds nothing anyone made: no document, code, coder, memo or
        audit entry (a project created a moment ago)."""
        return not any(
            self.database.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
            for table in ("documents", "codes", "coders", "memos", "audit")
        )

    def close(self) -> None:
        self.database.close()


__all__ = ["SCHEMA_VERSION", "Store"]
