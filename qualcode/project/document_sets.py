"""Named document sets: NVivo's sets, ATLAS.ti's document groups, MAXQDA's document sets.

A team groups its interviews in ways no single attribute says ("first round", "the
managers we met twice", "Storfors and Åby"), then wants its search, coding queries, word
counts, agreement and exports over just that group. A set is made from named documents
or from attribute values (a snapshot: documents imported later join only when added),
and anyone may make one; changing or removing a set is for whoever made it and the
leads, since others' reports may rest on it. Every change is one transaction with an
audit entry; removing is soft, like every removal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from qualcode.errors import ValidationError
from qualcode.model import DocumentSet
from qualcode.oneline import check_name, check_seen, shown
from qualcode.project.api_arguments import require_text
from qualcode.project.base import Service
from qualcode.project.retrieval import attribute_filter

T = TypeVar("T")

if TYPE_CHECKING:
    import pandas as pd


def set_name(name: str) -> str:
    """A set's name as making and renaming a set take it, one rule for both (each had its
    own copy of it): one line of at most a name's length, trimmed, composed (a Mac's
    decomposed "A\u030aby" is the set Åby), not blank, every character one that shows."""
    name = check_name(name.strip() if isinstance(name, str) else name, "document set name")
    if isinstance(name, str):
        name = unicodedata.normalize("NFC", name)
    if not name:  # a set called '' was made, reachable only by `--set ""`
        raise ValidationError("document set name: give the set a name", key="set_name_empty")
    return check_seen(name, "document set name")


class DocumentSetsMixin(Service):
    def document_sets(self) -> list[DocumentSet]:
        """Every document set, by name, with its documents' ids."""
        return self.store.document_sets.live()

    def document_set(self, name: str) -> DocumentSet:
        """The set called ``name``; a one-line error naming the sets there are."""
        require_text(name, "the document set's name")
        return self.store.document_sets.get(name)

    def in_document_set(
        self, name: str | None, doc_ids: Sequence[str], values: Sequence[T]
    ) -> list[T]:
        """Of ``values`` given one per document (in ``doc_ids``' order), those of the set
        ``name``'s live documents; every one when ``name`` is None. A report of a set
        shows a column for each value its documents have (no column of a place the set
        holds no interview from); an unknown set is a one-line error."""
        members = self.set_members(name)
        if members is None:
            return list(values)
        return [v for d, v in zip(doc_ids, values, strict=True) if d in members]

    def make_document_set(
        self,
        name: str,
        by: str,
        docs: Sequence[str] = (),
        *,
        attributes: Mapping[str, str | Collection[str]] | None = None,
    ) -> DocumentSet:
        """Make the set ``name`` of ``docs`` (ids, prefixes or names) and of every document
        whose attributes match ``attributes`` (as ``retrieve`` takes them); an empty set is
        allowed, to fill later."""
        name = set_name(name)
        self.require_self(by, "make a document set")
        with self.store.transaction():
            ids = self._chosen(docs, attributes)
            set_id = self.store.document_sets.create(name, by)
            self.store.document_sets.add(set_id, ids, by)
            self.store.audit.append(
                by, "document_set.make", {"set": set_id, "name": name, "documents": ids}
            )
        return self.document_set(name)

    def add_to_document_set(
        self,
        name: str,
        by: str,
        docs: Sequence[str] = (),
        *,
        attributes: Mapping[str, str | Collection[str]] | None = None,
    ) -> list[str]:
        """Add documents (named, or by attributes) to a set; returns the ids added (those
        in it already are left as they are)."""
        with self.store.transaction():
            found = self._changeable(name, by, "add to")
            added = self.store.document_sets.add(found.id, self._chosen(docs, attributes), by)
            self.store.audit.append(
                by, "document_set.add", {"set": found.id, "name": name, "documents": added}
            )
        return added

    def remove_from_document_set(self, name: str, by: str, docs: Sequence[str]) -> list[str]:
        """Take documents out of a set (the documents themselves stay); returns the ids
        taken out. Naming a document that is not in the set is an error."""
        with self.store.transaction():
            found = self._changeable(name, by, "remove from")
            ids = list(dict.fromkeys(self.store.documents.resolve(ref) for ref in docs))
            if not ids:
                raise ValidationError(
                    "name at least one document to take out of the set", key="set_remove_none"
                )
            for doc_id in ids:
                if doc_id not in found.documents:
                    doc = self.store.documents.get(doc_id).name
                    raise ValidationError(
                        f"{shown(doc)} is not in the set {shown(name)}",
                        key="set_not_member",
                        doc=doc,
                        name=name,
                    )
            self.store.document_sets.remove(found.id, ids)
            self.store.audit.append(
                by, "document_set.remove", {"set": found.id, "name": name, "documents": ids}
            )
        return ids

    def rename_document_set(self, name: str, new_name: str, by: str) -> DocumentSet:
        """Call the set ``name`` ``new_name`` (its documents stay), refused like a new
        set's name: blank, more than one line, or reading as another set's. Reports and
        exports made before name it as it was; the audit log keeps both names."""
        new_name = set_name(new_name)
        with self.store.transaction():
            found = self._changeable(name, by, "rename")
            if new_name == found.name:
                raise ValidationError(
                    f"the set {shown(name)} is called that already", key="set_same_name", name=name
                )
            self.store.document_sets.rename(found.id, new_name)
            self.store.audit.append(
                by, "document_set.rename", {"set": found.id, "from": name, "to": new_name}
            )
        return self.document_set(new_name)

    def delete_document_set(self, name: str, by: str) -> None:
        """Remove a set (soft: the audit log and the file keep it); its documents stay."""
        with self.store.transaction():
            found = self._changeable(name, by, "delete")
            self.store.document_sets.delete(found.id)
            self.store.audit.append(
                by,
                "document_set.delete",
                {"set": found.id, "name": name, "documents": list(found.documents)},
            )

    def document_sets_frame(self) -> pd.DataFrame:
        """One row per set and document (set, document, document_id): for a notebook's
        merge with the codings or documents frames."""
        import pandas as pd

        names = {d.id: d.name for d in self.documents()}
        return pd.DataFrame(
            [
                {"set": s.name, "document": names[d], "document_id": d}
                for s in self.document_sets()
                for d in s.documents
                if d in names
            ],
            columns=["set", "document", "document_id"],
        )

    def _changeable(self, name: str, by: str, what: str) -> DocumentSet:
        self.require_self(by, f"{what} a document set")
        found = self.store.document_sets.get(name)
        self.require_lead_or(
            found.created_by, f"{what} the set {shown(name)}", key="lead_or_creator_set", name=name
        )
        return found

    def _chosen(
        self, docs: Sequence[str], attributes: Mapping[str, str | Collection[str]] | None
    ) -> list[str]:
        """The ids ``docs`` and ``attributes`` name, in the documents list's order."""
        if isinstance(docs, str):
            docs = [docs]
        everything = self.documents()
        ids = {self.store.documents.resolve(ref) for ref in docs}
        if attributes:
            keep = attribute_filter(everything, attributes)
            ids |= {d.id for d in everything if keep(d)}
        return [d.id for d in everything if d.id in ids]
