"""Coders and their per-document status (the basis of blind coding)."""

from __future__ import annotations

import unicodedata
from typing import Any

import sqlite_utils

from qualcode.errors import NotFoundError, ValidationError
from qualcode.model import RESERVED_CODER_NAMES, Coder, is_role
from qualcode.oneline import MAX_NAME, reads_as, shown
from qualcode.store.document_sets import composed
from qualcode.store.held import ReadsHeld
from qualcode.store.rows import new_id, now

# meta key under which a login's chosen coder is kept (one row per login and project)
REMEMBER_PREFIX = "tui.coder."
# meta key under which a login's interface language is kept, beside its coder
LANGUAGE_PREFIX = "tui.lang."


class CoderRepo:
    held: ReadsHeld | None = None  # what a snapshot keeps of its reads (``Store.snapshot``)

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, name: str, role: str, coder_id: str | None = None) -> Coder:
        name = composed(name)  # as a keyboard types it: a Mac's "Mo\u0308rk" is Mörk
        # each refusal names the coder who is there and both ways on: someone else needs
        # a name of their own, and whoever meant that coder acts as them; "coder 'karin'
        # already exists" said neither, and the lookalike's list of ways two names can
        # read alike left a coder guessing which one hers was (small37)
        if self._row(name) is not None:
            raise ValidationError(
                f"coder {shown(name)} already exists in this project; to add someone else, "
                f"give them a name of their own; to work as {name}, act as that coder",
                key="coder_name_taken",
                action=("act_as", name),
                name=name,
            )
        if (twin := self.reading_alike(name)) is not None:
            # every door that makes a coder comes here (coder add, the TUI, a package, a
            # .qdpx): "Lena" or "lеna" (a Cyrillic е) beside the lead lena wrote comments,
            # memos and audit lines that read as hers, and counted as a sixth coder
            raise ValidationError(
                f"{alike_message(name, twin)}; to add someone else, give them a name that "
                f"reads differently; to work as {twin}, act as that coder",
                key="coder_name_alike",
                action=("act_as", twin),
                name=spelt(name),
                twin=twin,
            )
        if not is_role(role):
            raise ValidationError(f"unknown role {role!r}; use coder or lead")
        coder = Coder(id=coder_id or new_id(), name=name, role=role)
        self.db.table("coders").insert(
            {"id": coder.id, "name": name, "role": role, "created_at": now()}
        )
        return coder

    def set_role(self, coder_id: str, role: str) -> None:
        if not is_role(role):
            raise ValidationError(f"unknown role {role!r}; use coder or lead")
        self.db.execute("UPDATE coders SET role = ? WHERE id = ?", [role, coder_id])

    def list(self) -> list[Coder]:
        rows = self.db.execute("SELECT id, name, role FROM coders ORDER BY name").fetchall()
        return [Coder(*r) for r in rows]

    def joined(self) -> tuple[Coder, ...]:
        """Every coder in the order they joined: an automatic label's letter is her place
        here, which no later coder can move (the name order moved it)."""
        sql = "SELECT id, name, role FROM coders ORDER BY created_at, rowid"
        return tuple(Coder(*r) for r in self.db.execute(sql).fetchall())

    def find(self, name: str) -> Coder | None:
        """The coder called ``name``, or None."""
        row = self._row(name)
        return Coder(*row) if row else None

    def _row(self, name: str) -> tuple[Any, ...] | None:
        """The coder called ``name`` typed composed or decomposed: kept composed, or as a
        project made before kept it (a decomposed name then is found by either form)."""
        forms = list(dict.fromkeys((composed(name), name, unicodedata.normalize("NFD", name))))
        marks = ",".join("?" * len(forms))
        sql = f"SELECT id, name, role FROM coders WHERE name IN ({marks}) ORDER BY name = ? DESC"
        row = self.db.execute(sql, [*forms, forms[0]]).fetchone()
        return None if row is None else tuple(row)

    def reading_alike(self, name: str) -> str | None:
        """The coder here whose name reads as ``name`` on a screen (``reads_as``), if any."""
        key = reads_as(name)
        names = self.db.execute("SELECT name FROM coders").fetchall()
        return next((n for (n,) in names if reads_as(n) == key), None)

    def by_name(self, name: str) -> Coder:
        row = self._row(name)
        if row is None:
            twin = self.reading_alike(name) if len(name) <= MAX_NAME else None
            if twin is not None:
                raise NotFoundError(
                    f"unknown coder {shown(name)}; did you mean {twin!r}?",
                    key="coder_unknown_twin",
                    name=name,
                    twin=twin,
                )
            # a name qualcode gives was told `coder add consensus`, which is refused
            if reads_as(name) == "consensus":
                raise NotFoundError(
                    f"unknown coder {shown(name)}: the consensus is no coder but the "
                    "reconciled layer, the codings the lead's decisions make",
                    action="list_consensus",
                    key="coder_unknown_consensus",  # said in the TUI's language too
                    name=name,
                )
            if reads_as(name) in RESERVED_CODER_NAMES:
                raise NotFoundError(
                    f"unknown coder {shown(name)}: no coder is named so; it is the name "
                    f"qualcode gives {RESERVED_CODER_NAMES[reads_as(name)]}",
                    key="coder_unknown_reserved",
                    name=name,
                )
            if _addable(name):
                raise NotFoundError(
                    f"unknown coder {shown(name)}; add them to the project's coders first",
                    action=("add_coder", name),
                    key="coder_unknown_addable",
                    name=name,
                )
            raise NotFoundError(f"unknown coder {shown(name)}", key="coder_unknown", name=name)
        return Coder(*row)

    def set_status(self, document_id: str, coder_id: str, status: str) -> None:
        self.db.table("document_status").upsert(
            {
                "document_id": document_id,
                "coder_id": coder_id,
                "status": status,
                "updated_at": now(),
            },
            pk=("document_id", "coder_id"),
        )

    def statuses(self, coder_id: str) -> dict[str, str]:
        """Each live document's status for the coder, by document id."""
        if self.held is not None:
            return dict(self.held.read(("statuses", coder_id), lambda: self._statuses(coder_id)))
        return self._statuses(coder_id)

    def _statuses(self, coder_id: str) -> dict[str, str]:
        rows = self.db.execute(
            "SELECT document_id, status FROM document_status WHERE coder_id = ? "
            "AND document_id IN (SELECT id FROM documents WHERE deleted_at IS NULL)",
            [coder_id],
        ).fetchall()
        return dict(rows)

    def remembered(self, user: str) -> str | None:
        """The coder name this login last chose in this project, if it still exists."""
        row = self.db.execute(
            "SELECT c.name FROM meta m JOIN coders c ON c.name = m.value WHERE m.key = ?",
            [f"{REMEMBER_PREFIX}{user}"],
        ).fetchone()
        return row[0] if row else None

    def remember(self, user: str, name: str) -> None:
        self.db.table("meta").upsert({"key": f"{REMEMBER_PREFIX}{user}", "value": name}, pk="key")

    def language(self, user: str) -> str | None:
        """The interface language this login chose last in this project, if any."""
        row = self.db.execute(
            "SELECT value FROM meta WHERE key = ?", [f"{LANGUAGE_PREFIX}{user}"]
        ).fetchone()
        return str(row[0]) if row else None

    def remember_language(self, user: str, lang: str) -> None:
        self.db.table("meta").upsert({"key": f"{LANGUAGE_PREFIX}{user}", "value": lang}, pk="key")


def alike_message(name: str, twin: str) -> str:
    """Why ``name`` may not join a project holding ``twin``; the name is quoted with its
    code points spelt out when they are not ASCII, since on screen it reads as the other,
    and the one way the two differ is named (not every way two names can)."""
    how = _how(name, twin)
    return f"coder {spelt(name)} reads as {twin!r}, a coder here already ({how})"


def _how(name: str, twin: str) -> str:
    """How two names that read alike differ: in case, in the form of their letters (a
    full-width letter, a decomposed accent), or in letters that only look the same."""

    def form(text: str) -> str:
        return unicodedata.normalize("NFKC", text).casefold()

    if (
        unicodedata.normalize("NFC", name).casefold()
        == unicodedata.normalize("NFC", twin).casefold()
    ):
        return "only the case differs"
    if form(name) == form(twin):
        return "only the encoding of its letters differs"
    return "only letters that look alike, or show as nothing, differ"


def spelt(name: str) -> str:
    """``name`` quoted, with its code points spelt out when it is not ASCII: on screen
    "lеna" (a Cyrillic е) reads as the lena it is refused beside."""
    return shown(name) if name.isascii() else ascii(name)[:60]


def _addable(name: str) -> bool:
    """Whether ``qualcode coder add NAME`` could add this name: a refusal suggests it only
    then (never to add a page of text, or a line break, as a coder)."""
    return 0 < len(name) <= MAX_NAME and name.isprintable()
