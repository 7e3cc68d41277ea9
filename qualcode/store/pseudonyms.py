"""The pseudonym key (real name -> pseudonym); soft-deleted like everything else."""

from __future__ import annotations

import sqlite_utils

from qualcode.errors import NotFoundError
from qualcode.model import Pseudonym
from qualcode.oneline import shown
from qualcode.store.rows import new_id, now


class PseudonymRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def list(self) -> list[Pseudonym]:
        rows = self.db.execute(
            "SELECT real, pseudonym, kind, generated FROM pseudonyms WHERE deleted_at IS NULL "
            "ORDER BY kind, pseudonym, real"
        ).fetchall()
        return [Pseudonym(r[0], r[1], r[2], bool(r[3])) for r in rows]

    def set(
        self, real: str, pseudonym: str, kind: str, by: str, generated: bool = False
    ) -> Pseudonym | None:
        """Put ``real`` on the key as ``pseudonym``; returns the entry it replaced, if any."""
        old = self.get(real)
        if old is not None:
            self.db.execute(
                "UPDATE pseudonyms SET deleted_at = ? WHERE real = ? AND deleted_at IS NULL",
                [now(), real],
            )
        self.db.table("pseudonyms").insert(
            {
                "id": new_id(),
                "real": real,
                "pseudonym": pseudonym,
                "kind": kind,
                "generated": int(generated),
                "created_by": by,
                "created_at": now(),
            }
        )
        return old

    def get(self, real: str) -> Pseudonym | None:
        row = self.db.execute(
            "SELECT real, pseudonym, kind, generated FROM pseudonyms "
            "WHERE real = ? AND deleted_at IS NULL",
            [real],
        ).fetchone()
        return Pseudonym(row[0], row[1], row[2], bool(row[3])) if row else None

    def remove(self, real: str) -> Pseudonym:
        old = self.get(real)
        if old is None:
            raise NotFoundError(f"{shown(real)} is not on the pseudonym key")
        self.db.execute(
            "UPDATE pseudonyms SET deleted_at = ? WHERE real = ? AND deleted_at IS NULL",
            [now(), real],
        )
        return old
