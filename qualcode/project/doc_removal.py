"""Taking a wrongly imported document out of a project, and putting it back.

A team imported an English interview with ``--lang sv`` (eyes13): a document keeps its
language from import, so the only mend is to take it out and import it again. Every
qualitative tool lets a researcher delete a source; here removal is soft, as a coding's is:
the document's row, codings, suggestions and memos stay in the file (the audit can still
name them) but nothing reads them while it is out, and the same file may be imported again
(one live document per content). It is the lead's act: a document's codings count in
everyone's agreement and reports.
"""

from __future__ import annotations

from qualcode.model import AuditEntry, DocumentSummary
from qualcode.project.base import Service


class DocumentRemovalMixin(Service):
    def check_removal(self, restore: bool = False) -> None:
        """Refuse, before anyone is asked why, a person who may not take documents out (or
        put them back): a coder pressing X was asked for a reason and only then told that
        removing is the lead's (eyes17). The same refusal ``remove_document`` and
        ``restore_document`` raise."""
        if restore:
            self.require_lead_act("restore a document", key="lead_restores_documents")
        else:
            self.require_lead_act("remove a document", key="lead_removes_documents")

    def remove_document(self, ref: str, reason: str, actor: str = "qualcode") -> DocumentSummary:
        """Take a live document out (a lead's act), with the reason in the audit log; what
        was removed. Its codings are kept, unread, and come back with ``restore_document``."""
        from qualcode.errors import SETTING, SettingError
        from qualcode.oneline import plain_line

        self.check_removal()
        why = reason.strip()
        if not why or not plain_line(why):
            raise SettingError(
                "reason",
                f"say why the document is removed ({SETTING}), in one line: the audit log keeps it",
            )
        # read under the write lock: the lead's other window may have removed it meanwhile;
        # read before, both removals went through, the second's audit line saying 0 codings
        with self.store.transaction():
            doc_id = self.store.documents.resolve(ref)
            summary = next(d for d in self.store.documents.summaries() if d.id == doc_id)
            codings = len(self.store.codings.rows(document_ids=[doc_id]))
            self.store.documents.set_removed(doc_id, True)
            self.store.audit.append(
                self.acting_name(actor),
                "document.remove",
                {"document": doc_id, "name": summary.name, "reason": why, "codings": codings},
            )
        return summary

    def restore_document(self, ref: str, actor: str = "qualcode") -> DocumentSummary:
        """Bring a removed document back with its codings (a lead's act); refused in one
        line when a live document with the same content was imported since."""
        self.check_removal(restore=True)
        with self.store.transaction():  # read under the lock, as a removal is
            doc_id = self.store.documents.resolve_removed(ref)
            self.store.documents.set_removed(doc_id, False)
            name = self.store.documents.get(doc_id).name
            self.store.audit.append(
                self.acting_name(actor), "document.restore", {"document": doc_id, "name": name}
            )
        return next(d for d in self.store.documents.summaries() if d.id == doc_id)

    def removed_documents(self) -> list[DocumentSummary]:
        """The documents taken out, newest removal first (without texts)."""
        return self.store.documents.removed()

    def removals(self) -> dict[str, AuditEntry]:
        """Removed document id -> the audit entry of its latest removal: when, by whom and
        why, which ``docs list --removed`` shows beside each (a lead deciding whether to
        restore one asked what it was taken out for, and the list did not say)."""
        removed = {d.id for d in self.store.documents.removed()}
        latest: dict[str, AuditEntry] = {}
        for entry in self.store.audit.list("document.remove"):  # oldest first
            doc_id = entry.payload.get("document")
            if isinstance(doc_id, str) and doc_id in removed:
                latest[doc_id] = entry
        return latest
