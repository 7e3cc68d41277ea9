"""A document found by what a person types: its id, its name, or a prefix of either.

Names are stored composed (NFC) since ee301ad, but a project imported before holds some
decomposed (a Mac's file names), so every lookup by name asks for both forms. Kept apart
from ``documents.py`` (the rows themselves) because these rules, which reference wins and
when one is refused as ambiguous, are what a reader of a lookup bug needs and nothing else.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlite_utils

from qualcode.errors import AmbiguousError, NotFoundError
from qualcode.oneline import shown

# ID_PREFIX_MIN: the fewest characters of an id a reference is taken as; a shorter one
# ("1", "ab") is a name's, never a printed id (listings print eight)
from qualcode.store.rows import ID_PREFIX_MIN, LONGEST_REF, like_escaped


class DocumentLookup:
    """The lookups of ``DocumentRepo``, which inherits them."""

    db: sqlite_utils.Database

    def resolve_removed(self, ref: str) -> str:
        """A removed document by id, name or unambiguous prefix of either (the newest
        removal of a name removed twice)."""
        if len(ref) > LONGEST_REF:
            raise NotFoundError(
                f"no removed document {shown(ref)}", action="list_removed_documents"
            )
        ref = unicodedata.normalize("NFC", ref)  # as names are imported: composed
        named, values = _names_like(ref, "%")
        rows = [
            (doc_id, _nfc(name))
            for doc_id, name in self.db.execute(
                "SELECT id, name FROM documents WHERE deleted_at IS NOT NULL "
                f"AND (id = ? OR {named} OR id LIKE ? ESCAPE '\\') ORDER BY deleted_at DESC, id",
                [ref, *values, like_escaped(ref) + "%"],
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

    def resolve(self, ref: str) -> str:
        """An id, a document name (with or without suffix), or an unambiguous prefix of either.

        A name that is also the start of another document's id is refused as ambiguous: the
        name won, so ``docs remove fae6f64f``, the id ``docs list`` printed for one
        interview, took out another imported as ``fae6f64f.txt`` (red team 36)."""
        if not ref.strip():
            # the empty prefix of every name: in a project of one document it was that one
            # (`memo list --doc "$DOC"` with an empty variable), else "matches several"
            raise NotFoundError(f"no document {shown(ref)}: name one", action="list_documents")
        if len(ref) > LONGEST_REF:
            raise NotFoundError(f"no document {shown(ref)}", action="list_documents")
        live = "deleted_at IS NULL"
        exact = self.db.execute(f"SELECT id FROM documents WHERE {live} AND id = ?", [ref])
        if row := exact.fetchone():
            return row[0]
        ref = unicodedata.normalize("NFC", ref)  # as names are imported: composed
        prefix: list[tuple[str, str]] = []
        if len(ref) >= ID_PREFIX_MIN:
            prefix = self.db.execute(
                f"SELECT id, name FROM documents WHERE {live} AND id LIKE ? ESCAPE '\\'",
                [like_escaped(ref) + "%"],
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
                [like_escaped(ref) + "%"],
            ).fetchone()
        ):
            return True
        named, values = _names_like(ref, "%", exact=False)
        return len(self._named(f"{gone} AND {named}", values)) == 1

    def _named(self, where: str, values: Sequence[str]) -> list[tuple[str, str]]:
        """(id, name composed) of the documents ``where`` holds."""
        sql = f"SELECT id, name FROM documents WHERE {where}"
        return [(r[0], _nfc(r[1])) for r in self.db.execute(sql, list(values)).fetchall()]


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
    values = [v for f in forms for v in ([f] if exact else []) + [like_escaped(f) + then]]
    return "(" + " OR ".join(clauses) + ")", values


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
