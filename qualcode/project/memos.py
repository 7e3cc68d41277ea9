"""Memos: adding one (on a document, a passage, a coding, a code or the project), edit,
remove, and one searchable list leading to each passage.

Memos are where analysis happens between coding sessions, so they must be editable and
findable. Only the author (or a lead) changes or removes a memo; the old text goes into the
audit log and removal is soft, so nothing is lost. The list follows blind coding: a coder
sees their own memos (a memo on another coder's coding would reveal it); a lead sees all.
"""

from __future__ import annotations

import contextlib
import unicodedata
from dataclasses import dataclass, replace

from qualcode.errors import NotFoundError, QualcodeError, RemovedCodingError, ValidationError
from qualcode.graphemes import whole_characters
from qualcode.model import Coding, Memo
from qualcode.oneline import shown
from qualcode.project.base import Service
from qualcode.project.coding import whole_offset
from qualcode.project.export_names import named_apart


@dataclass(frozen=True, slots=True)
class MemoView:
    """A memo with what it is about: the document and passage (or code) it leads to."""

    memo: Memo
    document_id: str | None = None
    document: str | None = None
    start: int | None = None
    end: int | None = None
    code: str | None = None
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class KeptMemo:
    """A memo :meth:`MemoMixin.keep_memo` saved, and where: ``kept_on`` is None when it is on
    what it was written on, else 'passage', 'code' or 'project' ('memo': a new memo on the
    same place, the memo being edited was removed meanwhile); ``gone`` names what was
    removed meanwhile (the coding's code, the document), for the one line that says so."""

    memo: Memo
    kept_on: str | None = None
    gone: str = ""


class MemoMixin(Service):
    def add_memo(
        self,
        target_kind: str,
        target: str | None,  # a project memo names none
        author: str,
        text: str,
        span: tuple[int, int] | None = None,
    ) -> Memo:
        """A memo on a document, coding, code or the project, by a known coder.

        ``span`` (start, end) makes a document memo a memo on that passage: what a coder
        notes about talk they have not coded (yet), kept at its place in the document.
        """
        return self._write_memo(target_kind, target, author, text, span)

    def _write_memo(
        self,
        target_kind: str,
        target: str | None,
        author: str,
        text: str,
        span: tuple[int, int] | None = None,
        meant: dict[str, object] | None = None,
    ) -> Memo:
        resolvers = {
            "document": self.store.documents.resolve,
            "coding": self._live_coding,
            "code": self.store.codes.id_for_key,
            "project": lambda ref: "project",
        }
        if target_kind not in resolvers:
            raise ValidationError(f"unknown memo target {target_kind!r}")
        if target is None and target_kind == "project":
            # the project is the one target with no name: a script's add_memo("project",
            # None, ...) ended in an AttributeError (pseudo43)
            target = "project"
        if not isinstance(target, str) or not target.strip():
            # a script's empty variable (`memo add TEXT --doc "$DOC"`) put the memo on the
            # project, where nobody looking at the document would find it (red team 39)
            raise ValidationError(
                f"a memo on a {target_kind} names none: name one, or leave it out for the project",
                key="memo_target_empty",
            )
        if not isinstance(text, str) or not text.strip():
            raise ValidationError("a memo needs some text", key="memo_empty")
        from qualcode.oneline import check_free_text

        check_free_text(text, "memo")  # an ESC in a memo would steer the terminal listing it
        self.require_self(author, "write a memo")
        # the target is found under the write lock: a coding removed from another window
        # meanwhile would take a memo no list shows
        with self.store.transaction():
            target_id = resolvers[target_kind](target)
            if span is not None:
                span = self._memo_span(target_kind, target_id, span)
            writer = self.store.coders.by_name(author)
            memo = self.store.memos.add(target_kind, target_id, writer.name, text.strip(), span)
            payload: dict[str, object] = {
                "memo": memo.id,
                "target_kind": target_kind,
                "target": target_id,
            }
            if span:
                payload["span"] = list(span)
            if meant:
                payload["meant"] = meant  # kept here: what it was on was removed meanwhile
            self.store.audit.append(writer.name, "memo.add", payload)
            return memo

    def _live_coding(self, ref: str) -> str:
        """A coding's id, refused when it was removed, or its document was: its memo would
        be shown nowhere (the reads of a removed document's codings and memos skip them)."""
        coding = self.store.codings.resolve(ref)
        if coding.deleted_at is not None:
            raise RemovedCodingError(
                f"the coding of {coding.code!r} was removed; a memo on it would be shown nowhere",
                key="memo_coding_removed",
                code=coding.code,
            )
        if not self._document_live(coding.document_id):
            raise RemovedCodingError(
                f"the document of the coding of {coding.code!r} was removed; a memo on it "
                "would be shown nowhere",
                key="memo_coding_document_removed",
                code=coding.code,
            )
        return coding.id

    def _document_live(self, doc_id: str) -> bool:
        try:
            return self.store.documents.resolve(doc_id) == doc_id
        except NotFoundError:
            return False

    def keep_memo(
        self,
        target_kind: str,
        target: str,
        author: str,
        text: str,
        span: tuple[int, int] | None = None,
    ) -> KeptMemo:
        """:meth:`add_memo`, for a face where a coder typed the memo at length: when what it
        is on was removed meanwhile (from her other window, or by a lead) her text is kept
        on the nearest place still there, which she can read in her memo list, instead of
        being dropped with the refusal. A coding's memo goes to its passage, then (the
        document removed too) to its code, then to the project; a passage's or document's
        memo (the document removed) to the project. Where it was meant to go is kept in
        the audit entry (``meant``); every other refusal stands."""
        meant: dict[str, object] = {"target_kind": target_kind, "target": target}
        if span:
            meant["span"] = list(span)
        try:
            return KeptMemo(self.add_memo(target_kind, target, author, text, span))
        except RemovedCodingError:
            if target_kind != "coding":
                raise
        except NotFoundError:
            if target_kind != "document" or not self._document_removed(target):
                raise
            memo = self._write_memo("project", "project", author, text, meant=meant)
            return KeptMemo(memo, "project", self._removed_name(target))
        coding = self.store.codings.resolve(target)
        places: list[tuple[str, str, tuple[int, int] | None]] = []
        if self._document_live(coding.document_id):
            places.append(("document", coding.document_id, (coding.start, coding.end)))
        places += [("code", coding.code, None), ("project", "project", None)]
        for kind, place, at in places:
            try:
                memo = self._write_memo(kind, place, author, text, at, meant)
            except NotFoundError:  # the code was retired meanwhile too
                continue
            return KeptMemo(memo, "passage" if at else kind, coding.code)
        raise AssertionError("a memo on the project is always kept")  # pragma: no cover

    def _document_removed(self, ref: str) -> bool:
        try:
            self.store.documents.resolve_removed(ref)
        except QualcodeError:
            return False
        return True

    def _removed_name(self, ref: str) -> str:
        doc_id = self.store.documents.resolve_removed(ref)
        return next((d.name for d in self.store.documents.removed() if d.id == doc_id), ref)

    def _memo_span(self, kind: str, doc_id: str, span: tuple[int, int]) -> tuple[int, int]:
        """A passage memo's span: whole offsets inside the document, start before end."""
        if kind != "document":
            raise ValidationError("only a memo on a document can be about a passage")
        try:  # (1, 10, 20) was taken as 1-10, its third offset passed over (hostile46)
            first, last = span
        except (TypeError, ValueError):
            raise ValidationError(
                f"a memo's passage is two offsets, (start, end); got {repr(span)[:80]}"
            ) from None
        start, end = whole_offset(first, "start"), whole_offset(last, "end")
        text = self.store.documents.texts({doc_id})[doc_id]
        if not 0 <= start < end <= len(text):
            raise ValidationError(
                f"a memo's passage {start}-{end} is not inside the document (0-{len(text)})",
                key="memo_passage_outside",
            )
        return whole_characters(text, start, end)  # as a coding's (coding.whole_span)

    def memos(self, target_kind: str | None = None, target_id: str | None = None) -> list[Memo]:
        return self.store.memos.list(target_kind, target_id)

    def _own_memo(self, memo_id: str, actor: str) -> Memo:
        memo = self.store.memos.get(memo_id)
        if memo is None:
            raise NotFoundError(f"no memo {shown(memo_id)}")
        person = self.person(actor, "change a memo")
        if person.name != memo.author and person.role != "lead":
            raise ValidationError(
                f"only {memo.author} or a lead may change this memo",
                key="memo_not_yours",
                author=memo.author,
            )
        return memo

    def edit_memo(self, memo_id: str, text: str, actor: str) -> Memo:
        """New text for a memo, by its author or a lead; the old text is kept in the audit."""
        if not text.strip():
            raise ValidationError("a memo needs some text (remove it instead)", key="memo_empty")
        from qualcode.oneline import check_free_text

        check_free_text(text, "memo")
        # read under the lock: the other window may remove or change it meanwhile; read
        # before, the new text went onto a removed memo and the audit's 'old' was stale
        with self.store.transaction():
            memo = self._own_memo(memo_id, actor)
            self.store.memos.set_text(memo.id, text.strip())
            self.store.audit.append(
                actor, "memo.edit", {"memo": memo.id, "old": memo.text, "new": text.strip()}
            )
        return replace(memo, text=text.strip())

    def keep_memo_edit(self, memo: Memo, text: str, actor: str) -> KeptMemo:
        """:meth:`edit_memo`, for a face where the memo was open in an editor: when it was
        removed meanwhile (her other window, a lead), the new text is kept as a new memo on
        what the old one was about (:meth:`keep_memo`: or the nearest place still there)
        instead of being dropped with 'no memo ...'; ``kept_on`` 'memo' says so."""
        try:
            return KeptMemo(self.edit_memo(memo.id, text, actor))
        except NotFoundError:
            if self.store.memos.get(memo.id) is not None:
                raise  # not the memo: something else was not found
        span = (memo.start, memo.end) if memo.start is not None and memo.end is not None else None
        kept = self.keep_memo(memo.target_kind, memo.target_id, actor, text, span)
        return replace(kept, kept_on=kept.kept_on or "memo")

    def remove_memo(self, memo_id: str, actor: str) -> Memo:
        """Remove a memo (soft), by its author or a lead; audited with its text."""
        with self.store.transaction():  # read under the lock, as an edit is
            memo = self._own_memo(memo_id, actor)
            self.store.memos.remove(memo.id)
            self.store.audit.append(actor, "memo.remove", {"memo": memo.id, "text": memo.text})
        return memo

    def _memo_codings(self, memos: list[Memo]) -> dict[str, Coding]:
        """The codings ``memos`` are about, among those the viewer may read. A coder's memo
        on a colleague's coding, written while the team was unblinded, is about a coding
        hidden again once a lead runs ``team blind``: looked up as one of hers, it failed the
        whole list ('no coding ... among karin's'), so the CLI's --grep refused and the
        TUI's N closed the app. Such a memo is listed with its text, without the passage."""
        found: dict[str, Coding] = {}
        for memo in memos:
            if memo.target_kind == "coding" and memo.target_id not in found:
                with contextlib.suppress(NotFoundError):
                    found[memo.target_id] = self.store.codings.resolve(memo.target_id)
        return found

    def memo_list(self, viewer: str, search: str = "", *, doc: str | None = None) -> list[MemoView]:
        """Every memo ``viewer`` may read whose text (or passage, document name or code)
        holds ``search`` (case aside), newest first, each with the document and passage it
        leads to; ``doc`` (id, prefix or name) keeps the memos leading into that document."""
        reader = self.reads_only(
            viewer, "read memos"
        )  # blind: her own; unblinded or a lead: everyone's
        only = self.store.documents.resolve(doc) if doc is not None else None
        memos = [m for m in self.store.memos.list() if reader is None or m.author == reader.name]
        # composed on both sides: a word pasted decomposed ('förvaltningen' with a
        # combining diaeresis) found no memo that held it (red team 36)
        needle = unicodedata.normalize("NFC", search.casefold().strip())
        views: list[MemoView] = []
        for view in self.memo_views(memos):
            memo = view.memo
            hay = "\n".join([memo.text, view.excerpt, view.document or "", view.code or ""])
            if needle and needle not in unicodedata.normalize("NFC", hay.casefold()):
                continue
            if only is not None and view.document_id != only:
                continue
            views.append(view)
        views.sort(key=lambda v: v.memo.created_at, reverse=True)
        return views

    def memo_views(self, memos: list[Memo]) -> list[MemoView]:
        """Each of ``memos`` (in their order) with what it is about: the document, passage
        and code of a coding, a passage's document and words, a document's or a code's
        name. A list of memos that said only 'code' or 'coding' left a researcher to guess
        which; a coding hidden from the viewer (blind again) leaves the memo bare."""
        codings = self._memo_codings(memos)
        docs = named_apart((d.id, d.name) for d in self.store.documents.summaries())
        keys = {c.id: c.key for c in self.store.codes.list(include_deleted=True)}
        texts = self.store.documents.texts(
            {codings[m.target_id].document_id for m in memos if m.target_id in codings}
            | {m.target_id for m in memos if m.target_kind == "document" and m.start is not None}
        )
        views: list[MemoView] = []
        for memo in memos:
            view = MemoView(memo)
            if memo.target_kind == "coding" and memo.target_id in codings:
                c = codings[memo.target_id]
                view = MemoView(
                    memo,
                    c.document_id,
                    docs.get(c.document_id),
                    c.start,
                    c.end,
                    c.code,
                    texts[c.document_id][c.start : c.end],
                )
            elif memo.target_kind == "document" and memo.start is not None:
                view = MemoView(  # a passage memo leads to its passage
                    memo,
                    memo.target_id,
                    docs.get(memo.target_id),
                    memo.start,
                    memo.end,
                    None,
                    texts.get(memo.target_id, "")[memo.start : memo.end],
                )
            elif memo.target_kind == "document":
                view = MemoView(memo, memo.target_id, docs.get(memo.target_id))
            elif memo.target_kind == "code":
                view = MemoView(memo, code=keys.get(memo.target_id, memo.target_id))
            views.append(view)
        return views
