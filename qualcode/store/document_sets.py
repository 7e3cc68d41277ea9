"""Named document sets and their members (SQL); removing either is soft."""

from __future__ import annotations

import unicodedata

import sqlite_utils

from qualcode.errors import NotFoundError, ValidationError
from qualcode.model import DocumentSet
from qualcode.oneline import reads_as, shown
from qualcode.store.rows import new_id, now

NAMED = 10  # sets an unknown set's refusal names


class DocumentSetRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def live(self) -> list[DocumentSet]:
        """Every live set by name, with its live members (a document taken out of the
        project leaves its sets while it is out, and is back in them when restored)."""
        sets = self.db.execute(
            "SELECT id, name, created_by, created_at FROM document_sets "
            "WHERE deleted_at IS NULL ORDER BY name"
        ).fetchall()
        members: dict[str, list[str]] = {}
        for set_id, doc_id in self.db.execute(
            "SELECT m.set_id, m.document_id FROM document_set_members m "
            "JOIN documents d ON d.id = m.document_id AND d.deleted_at IS NULL "
            "JOIN document_sets s ON s.id = m.set_id AND s.deleted_at IS NULL "
            "WHERE m.removed_at IS NULL ORDER BY d.name, d.imported_at, d.id"
        ).fetchall():
            members.setdefault(set_id, []).append(doc_id)
        return [DocumentSet(r[0], r[1], tuple(members.get(r[0], ())), r[2], r[3]) for r in sets]

    def get(self, name: str) -> DocumentSet:
        """The live set called ``name`` (exactly, composed or decomposed), or a one-line
        error naming the sets."""
        everything = self.live()
        for found in everything:
            if composed(found.name) == composed(name):
                return found
        twin = _alike(name, everything)
        if twin is not None:
            raise NotFoundError(f"no document set {shown(name)}; did you mean {twin!r}?")
        # the first few only: a project of 20,000 sets (another tool's, imported) answered a
        # typo with every name, four megabytes on one line (red team 17)
        known = ", ".join(s.name for s in everything[:NAMED]) or "none yet"
        if len(everything) > NAMED:
            known += f" and {len(everything) - NAMED} more"
        raise NotFoundError(f"no document set {shown(name)} (sets: {known})")

    def create(self, name: str, by: str, *, apart: bool = False) -> str:
        """A new set; ``apart``: the caller has checked the name reads as no live set's
        (an import of thousands of sets, which read every set again for each one)."""
        name = composed(name)
        if not apart:
            _check_apart(name, self.live())
        set_id = new_id()
        self.db.table("document_sets").insert(
            {"id": set_id, "name": name, "created_by": by, "created_at": now()}
        )
        return set_id

    def add(self, set_id: str, doc_ids: list[str], by: str) -> list[str]:
        """Add the documents not in the set yet; returns those added."""
        have = {
            r[0]
            for r in self.db.execute(
                "SELECT document_id FROM document_set_members "
                "WHERE set_id = ? AND removed_at IS NULL",
                [set_id],
            ).fetchall()
        }
        added = [d for d in dict.fromkeys(doc_ids) if d not in have]
        at = now()
        self.db.table("document_set_members").insert_all(
            {"set_id": set_id, "document_id": d, "added_by": by, "added_at": at} for d in added
        )
        return added

    def remove(self, set_id: str, doc_ids: list[str]) -> None:
        at = now()
        for doc_id in doc_ids:
            self.db.execute(
                "UPDATE document_set_members SET removed_at = ? "
                "WHERE set_id = ? AND document_id = ? AND removed_at IS NULL",
                [at, set_id, doc_id],
            )

    def delete(self, set_id: str) -> None:
        """Retire a set (soft): its name is free again; its members' rows stay."""
        self.db.execute(
            "UPDATE document_sets SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
            [now(), set_id],
        )

    def rename(self, set_id: str, name: str) -> None:
        name = composed(name)
        _check_apart(name, [s for s in self.live() if s.id != set_id])
        self.db.execute("UPDATE document_sets SET name = ? WHERE id = ?", [name, set_id])


def composed(name: str) -> str:
    """A name as a keyboard types it (NFC): 'Åby' pasted from a Mac's file list comes
    decomposed, 'A' and a ring above, and was refused beside the set 'Åby' with a "did
    you mean 'Åby'" nobody could tell from what they typed (small37). Set and coder names
    are kept composed, as document names and attributes are, and found either way."""
    return unicodedata.normalize("NFC", name)


def _alike(name: str, sets: list[DocumentSet]) -> str | None:
    """The set whose name reads as ``name`` on a screen (``oneline.reads_as``), if any."""
    reading = reads_as(name)
    return next((s.name for s in sets if reads_as(s.name) == reading), None)


def _check_apart(name: str, sets: list[DocumentSet]) -> None:
    """Refuse a set name that reads as another live set's: 'Åby' typed with a decomposed
    accent, 'ÅBY' or 'Åby' with a zero-width space made a second set that every list
    printed as the first, and ``--set Åby`` then searched and counted whichever of them
    the keyboard happened to spell."""
    twin = _alike(name, sets)
    if twin is not None and composed(twin) == name:
        raise ValidationError(
            f"a document set {shown(name)} exists already", key="set_name_taken", name=name
        )
    if twin is not None:
        quoted = shown(name) if name.isascii() else ascii(name)[:60]
        raise ValidationError(
            f"a document set {quoted} reads as {twin!r}, which exists already (the same "
            "letters but for case, the form of an accent or a character that shows as "
            "nothing); add to that set, or choose a name that reads differently",
            key="set_name_alike",
            name=quoted,
            twin=twin,
        )
