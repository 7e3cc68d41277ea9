"""Codings (listing, removing, restoring, changing a code) and document status.

Adding a coding is in coding_add.py, coders in coders.py, memos in memos.py."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from typing import SupportsIndex

from qualcode.errors import SETTING, NotFoundError, QualcodeError, SettingError, ValidationError
from qualcode.graphemes import whole_characters
from qualcode.model import Coding
from qualcode.oneline import shown
from qualcode.project.base import Service
from qualcode.project.frames import checked_layer
from qualcode.project.suggestion_decisions import reaccept_restored, reopen_undone
from qualcode.store import Store


class CodingMixin(Service):
    def codings(
        self,
        doc: str | None = None,
        coder: str | None = None,
        *,
        code: str | None = None,
        layer: str | None = None,
        include_deleted: bool = False,
        viewer: str | None = None,
        mine: str | None = None,
    ) -> list[Coding]:
        """Codings, filtered; with ``viewer`` those that person may read, with ``mine``
        those that person may change.

        ``viewer``: while the team is blind a coder reads only her own codings (not other
        coders', not the consensus), so that agreement measures independent work; after
        ``team unblind``, and for a lead, everyone's (``reads_only``). ``mine``: a coder's
        own codings, blind or not; a lead's, all (``changes_only``): what the coding
        screen's actions act on. Without either (scripts, the lead's own tools) the view of
        the store decides alone.
        """
        layer = checked_layer(layer)
        me = self.restricted_to()
        if me is not None and coder is not None and coder != me.name:
            raise ValidationError(_not_yours(me.name, coder))
        person = self.reads_only(viewer) if viewer is not None else None
        if mine is not None:
            person = self.changes_only(mine)
        if person is not None:
            if coder is not None and coder != person.name:
                raise ValidationError(_not_yours(person.name, coder))
            if layer == "consensus":  # not hers to read: none, never her own instead
                return []
            coder, layer = person.name, "coder"
        if doc is not None and not doc.replace(",", "").strip():
            # a script's empty variable (`code list --doc "$DOC"`) listed every document's
            # codings as though no document were named (review33, as scope.named_list)
            raise SettingError(
                "doc", f"{SETTING} names nothing ({doc!r}); name a document, or leave it out"
            )
        return self.store.codings.list(  # a name given empty is refused by its resolver
            document_ids=[self.store.documents.resolve(doc)] if doc is not None else None,
            coder_ids=[self.store.coders.by_name(coder).id] if coder is not None else None,
            code_ids=[self.store.codes.id_for_key(code)] if code is not None else None,
            layer=layer,
            include_deleted=include_deleted,
        )

    def coding_texts(self, codings: Iterable[Coding]) -> list[str]:
        """The coded passage of each coding, reading each document's text once."""
        items = list(codings)
        texts = self.store.documents.texts({c.document_id for c in items})
        return [texts[c.document_id][c.start : c.end] for c in items]

    def code_counts(self) -> dict[str, int]:
        """Live codings per code key (all coders and layers)."""
        keys = {c.id: c.key for c in self.store.codes.list(include_deleted=True)}
        return {keys[cid]: n for cid, n in self.store.codings.counts_by_code().items()}

    def document_texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """Stored texts by document id, read in one query."""
        return self.store.documents.texts(doc_ids)

    def coding(self, ref: str) -> Coding:
        """One coding by id or unambiguous id prefix (removed ones too)."""
        return self.store.codings.resolve(ref)

    def _own_coding(self, coding: Coding, actor: str, verb: str) -> None:
        """A coding is changed, removed or restored only by its coder or a lead, blind or
        not: with blind coding off karin saw johan's codings and removed them (`qualcode
        code remove ID`), and the consensus a lead reconciled too. ``actor``, when named,
        is held to who acts as every name given to the API is."""
        if actor != "qualcode":
            self.require_self(actor, f"{verb} a coding")
        self.require_lead_or(
            coding.coder,
            f"{verb} {coding.coder}'s coding {coding.id[:8]}",
            key="lead_or_coder_coding",
            coder=coding.coder,
        )
        if coding.layer == "consensus" and coding.origin == "decision":
            # a decision's consensus changes with the decision: lena recoded one by hand,
            # the new row tied to no decision, so deciding the case again ('reject') left
            # it in the consensus, and restoring a retired one stood beside the new verdict
            raise ValidationError(
                f"coding {coding.id[:8]} is the consensus a reconciliation decision wrote; "
                "decide its case again or reopen it",
                action="decide_or_reopen",
                key="coding_is_decision",
            )

    def remove_coding(self, ref: str, actor: str = "qualcode") -> Coding:
        """Soft-delete a coding: it disappears from lists but stays in the file. A coding
        written by accepting a suggestion makes that suggestion pending again."""
        # looked up under the write lock: karin's other window may have removed or changed
        # it meanwhile; looked up before, both went through (two audit lines, or a coding
        # changed twice into two live ones, or changed after its removal, alive again)
        with self.store.transaction():
            coding = self.store.codings.resolve(ref)
            self._own_coding(coding, actor, "remove")
            if coding.deleted_at:
                raise ValidationError(
                    f"coding {coding.id} was already removed", key="coding_removed_already"
                )
            self.store.codings.soft_delete(coding.id)
            self.store.audit.append(
                actor,
                "coding.remove",
                {
                    "coding": coding.id,
                    "document": coding.document_id,
                    "code": coding.code,
                    "coder": coding.coder,
                    "start": coding.start,
                    "end": coding.end,
                },
            )
            reopen_undone(self.store, coding, actor)
        return coding

    def restore_coding(self, ref: str, actor: str = "qualcode") -> Coding:
        """Bring back a removed coding as it was (same id, so its memos come back too),
        and the acceptance that wrote it, if its suggestion is still pending."""
        with self.store.transaction():  # looked up under the lock, as a removal is
            coding = self.store.codings.resolve(ref)
            self._own_coding(coding, actor, "restore")
            if not coding.deleted_at:
                raise ValidationError(
                    f"coding {coding.id[:8]} was not removed", key="coding_not_removed"
                )
            if coding.code_id not in self.store.codes.taken_ids():
                # deleted while the coding was out (it had no live coding then): back, it
                # would stand on a retired code that no list or report shows
                raise ValidationError(
                    f"coding {coding.id[:8]}: its code {coding.code!r} was deleted from the "
                    "codebook since; code the passage again with another code",
                    key="coding_code_deleted",
                    code=coding.code,
                )
            self.store.codings.restore(coding.id)
            self.store.audit.append(
                actor,
                "coding.restore",
                {"coding": coding.id, "document": coding.document_id, "code": coding.code},
            )
            reaccept_restored(self.store, coding, actor)
        return self.store.codings.resolve(coding.id)

    def remove_codings(self, refs: Sequence[str], actor: str = "qualcode") -> list[Coding]:
        """``remove_coding`` of each of ``refs`` as one action: all of them, or none when
        one is refused. `code remove A B zzzz` removed A and B, then said 'no coding zzzz'
        and exited 1, so a script read a failure that had written (red team 41). A coding
        named twice (its id and a prefix) is removed once."""
        return self._each_coding(refs, lambda ref: self.remove_coding(ref, actor))

    def restore_codings(self, refs: Sequence[str], actor: str = "qualcode") -> list[Coding]:
        """``restore_coding`` of each of ``refs`` as one action, as ``remove_codings``."""
        return self._each_coding(refs, lambda ref: self.restore_coding(ref, actor))

    def _each_coding(self, refs: Sequence[str], act: Callable[[str], Coding]) -> list[Coding]:
        done: dict[str, Coding] = {}
        with self.store.transaction():
            for ref in refs:
                found = self.store.codings.resolve(ref).id
                if found not in done:  # as typed: a refusal quotes it, never a whole id
                    done[found] = act(ref)
        return list(done.values())

    def change_coding(self, ref: str, code: str, actor: str = "qualcode") -> Coding:
        """Give a coding another code: the old row is soft-deleted and a new one written.

        Both happen in one transaction with one audit entry, so the change is visible in
        the file's history and the old coding is never overwritten. Memos on the coding
        are copied to the new row, so a note survives a change of mind about the code.
        """
        with self.store.transaction():  # looked up under the lock, as a removal is
            old = self.store.codings.resolve(ref)
            self._own_coding(old, actor, "change")
            if old.deleted_at:
                raise ValidationError(
                    f"coding {old.id[:8]} was removed; it cannot be changed",
                    key="coding_removed_unchanged",
                )
            code_id = self.codable_id(code)
            if code_id == old.code_id:
                return old
            self.store.codings.soft_delete(old.id)
            new_id = self.store.codings.insert(
                document_id=old.document_id,
                start=old.start,
                end=old.end,
                code_id=code_id,
                coder_id=old.coder_id,
                layer=old.layer,
                origin=old.origin,
                suggestion_id=old.suggestion_id,
            )
            # the coder's notes on the passage go with it; the old row keeps its own copies
            memos = self.store.memos.list("coding", old.id)
            for memo in memos:
                self.store.memos.add("coding", new_id, memo.author, memo.text)
            self.store.audit.append(
                actor,
                "coding.change",
                {
                    "coding": old.id,
                    "new": new_id,
                    "from": old.code,
                    "to": code,
                    "memos_copied": len(memos),
                },
            )
        return self.store.codings.resolve(new_id)

    def set_status(self, doc: str, coder: str, status: str) -> None:
        if status not in ("todo", "in_progress", "done"):
            raise ValidationError(f"unknown status {status!r}; use todo, in_progress or done")
        self.require_self(coder, "set a status")
        person = self.store.coders.by_name(coder)
        # looked up under the write lock: a lead's other process may have taken the
        # document out meanwhile; looked up before, the status went onto a removed one
        with self.store.transaction():
            doc_id = live_document(self.store, doc, "its status was not set")
            self.store.coders.set_status(doc_id, person.id, status)
            self.store.audit.append(
                person.name, "status.set", {"document": doc_id, "status": status}
            )

    def undecided_suggestions(self, doc: str) -> int:
        """How many suggestions on ``doc`` still wait for an accept or a reject.

        Asked before a coder marks the document done (the TUI's ``D``, ``qualcode status
        DOC done``): done with suggestions undecided is usually a slip, and a status of
        done tells the lead the document was gone through. The count is what the coder
        sees on the coding screen: the pending suggestions of that document.
        """
        doc_id = live_document(self.store, doc, "nothing to mark")
        return len(self.suggestions(doc_id))  # as listed: not what she has coded since

    def statuses(self, coder: str) -> dict[str, str]:
        """Status per document id for one coder; documents not started are ``todo``."""
        known = self.store.coders.statuses(self.store.coders.by_name(coder).id)
        return {d.id: known.get(d.id, "todo") for d in self.documents()}

    def coders_done(self) -> dict[str, tuple[int, int]]:
        """Per live document id, how many of the coders (role ``coder``) marked it done, and
        how many coders there are: a lead's documents list says which interviews are ready
        to reconcile, where it said only her own "to do" and "0 codings" (eyes38)."""
        self.require_lead("which documents the coders finished")
        coders = [c for c in self.store.coders.list() if c.role == "coder"]
        marks = [self.store.coders.statuses(c.id) for c in coders]
        return {
            d.id: (sum(m.get(d.id) == "done" for m in marks), len(coders))
            for d in self.store.documents.summaries()
        }


def whole_offset(value: object, which: str) -> int:
    """An offset as a Python int; numpy's integers (from frames) count, 5.0 or "5" do not."""
    if isinstance(value, bool) or not isinstance(value, SupportsIndex):
        raise ValidationError(f"the {which} offset must be a whole number, got {value!r}")
    try:
        return operator.index(value)
    except TypeError:
        raise ValidationError(f"the {which} offset must be a whole number, got {value!r}") from None


def check_span(text: str, start: int, end: int, doc: str) -> None:
    """Reject spans a coding cannot have: out of range, empty, or only whitespace."""
    if start < 0 or end > len(text):
        why = "a start cannot be negative" if start < 0 else f"{end} is past its end"
        raise ValidationError(
            f"offsets {start}-{end} are outside document {doc!r} "
            f"(its text is 0-{len(text)}; {why})",
            key="span_outside",
            start=start,
            end=end,
            length=len(text),
        )
    if end <= start:
        raise ValidationError(
            f"empty span {start}-{end}: the end must be after the start", key="span_empty"
        )
    if not text[start:end].strip():
        raise ValidationError(
            f"span {start}-{end} of {doc!r} holds only whitespace", key="span_blank"
        )


def whole_span(text: str, start: int, end: int, doc: str) -> tuple[int, int]:
    """``[start, end)`` as a coding of ``text`` keeps it: refused as ``check_span`` refuses,
    else widened to the whole characters it touches, so that no coding splits an emoji
    from its skin tone or a letter from its mark (``graphemes``: why widened, not refused).
    Every door a span comes in by asks this: a coding added (the CLI's offsets and quotes,
    the TUI's selection), a verdict's span, a package's codings, a .qdpx's selections, an
    accepted suggestion, a passage memo."""
    check_span(text, start, end, doc)
    return whole_characters(text, start, end)


def live_document(store: Store, ref: str, outcome: str) -> str:
    """The id of the live document ``ref`` names; one that was taken out of the project
    (another window or a lead's command removed it while a coder had it open) is named as
    removed, with ``outcome`` saying what did not happen, instead of "no document" and its
    id, which told the coder nothing about the document on her screen."""
    try:
        return store.documents.resolve(ref)
    except NotFoundError as missing:
        try:
            removed = store.documents.get(store.documents.resolve_removed(ref))
        except QualcodeError:
            raise missing from None
        raise NotFoundError(
            f"{shown(removed.name)} was removed from the project; {outcome}",
            key="document_removed_meanwhile",
            name=removed.name,
        ) from None


def _not_yours(reader: str, coder: str) -> str:
    """Why a blind coder is refused a colleague's codings, in one line."""
    return (
        f"blind coding: {reader} sees only their own codings, not {coder}'s until a lead "
        "turns blind coding off (a lead sees everyone's)"
    )
