"""The name finder's scans of the documents' texts, kept by each text's hash and the rules
that read it (``export/name_scan.py``): derived data, read back instead of reading every
transcript again, and dropped at any time. A row that does not read back is as if absent."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

import sqlite_utils

from qualcode.store.rows import chunks

TABLE = "name_scans"  # (text_hash, rules, scan): see the schema's migration 14


class NameScanRepo:
    """The kept scans of one project file."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def _here(self) -> bool:
        # a read-only file not yet migrated (schema.READ_AS_IS) has no such table
        return TABLE in self.db.table_names()

    def get(self, hashes: Iterable[str], rules: str) -> dict[str, str]:
        """The kept scans of ``hashes`` read by ``rules``: text hash to the scan's JSON."""
        if not self._here():
            return {}
        found: dict[str, str] = {}
        for part in chunks(sorted(set(hashes)), 500):
            marks = ",".join("?" * len(part))
            rows = self.db.execute(
                f"SELECT text_hash, scan FROM {TABLE} WHERE rules = ? AND text_hash IN ({marks})",
                [rules, *part],
            ).fetchall()
            found.update((str(h), str(s)) for h, s in rows if isinstance(s, str))
        return found

    def keep(self, scans: Mapping[str, str], rules: str, held: Iterable[str]) -> bool:
        """Keep ``scans`` (text hash to JSON) read by ``rules``, and drop every other scan
        but those of ``held`` (the hashes of the texts the project holds) read by ``rules``:
        a removed document's, a changed text's old one, those of rules gone by. In a
        transaction of its own, taken only if no one holds the write lock: a colleague
        importing 200 transcripts held it for minutes, and a lead's export is not to wait
        for a cache, which the next one keeps. Whether they were kept."""
        conn = self.db.conn
        if conn.in_transaction or not self._here():
            return False  # inside a snapshot or an action: its reads are not to be mixed
        (timeout,) = conn.execute("PRAGMA busy_timeout").fetchone()
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return False  # locked by a colleague's command: kept another time
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        try:
            self._put(scans, rules, held)
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:  # never left open: the next action would join it
                conn.execute("ROLLBACK")
            # derived data, nothing is lost without it: a full disk, a scan SQLite cannot
            # encode (UnicodeEncodeError is a ValueError)
            if isinstance(exc, sqlite3.Error | ValueError):
                return False
            raise
        return True

    def _put(self, scans: Mapping[str, str], rules: str, keep: Iterable[str]) -> None:
        wanted = set(keep) | set(scans)
        held = self.db.execute(f"SELECT text_hash, rules FROM {TABLE}").fetchall()
        gone = [(h, r) for h, r in held if r != rules or h not in wanted]
        self.db.conn.executemany(f"DELETE FROM {TABLE} WHERE text_hash = ? AND rules = ?", gone)
        self.db.conn.executemany(
            f"INSERT OR REPLACE INTO {TABLE} (text_hash, rules, scan) VALUES (?, ?, ?)",
            [(h, rules, s) for h, s in scans.items()],
        )
