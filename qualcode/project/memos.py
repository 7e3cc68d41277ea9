"""Memos beyond adding one: edit, remove, and one searchable list leading to each passage.

Memos are where analysis happens between coding sessions, so they must be editable and
findable. Only the author (or a lead) changes or removes a memo; the old text goes into the
audit log and removal is soft, so nothing is lost. The list follows blind coding: a coder
sees their own memos (a memo on another coder's coding would reveal it); a lead sees all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from qualcode.errors import NotFoundError, ValidationError
from qualcode.model import Memo
from qualcode.oneline import shown
from qualcode.project.base import Service


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


class MemoMixin(Service):
    def _own_memo(self, memo_id: str, actor: str) -> Memo:
        memo = self.store.memos.get(memo_id)
        if memo is None:
            raise NotFoundError(f"no memo {shown(memo_id)}")
        person = self.person(actor, "change a memo")
        if person.name != memo.author and person.role != "lead":
            raise ValidationError(f"only {memo.author} or a lead may change this memo")
        return memo

    def edit_memo(self, memo_id: str, text: str, actor: str) -> Memo:
        """New text for a memo, by its author or a lead; the old text is kept in the audit."""
        if not text.strip():
            raise ValidationError("a memo needs some text (remove it instead)")
        from qualcode.oneline import check_free_text

        check_free_text(text, "memo")
        memo = self._own_memo(memo_id, actor)
        with self.store.transaction():
            self.store.memos.set_text(memo.id, text.strip())
            self.store.audit.append(
                actor, "memo.edit", {"memo": memo.id, "old": memo.text, "new": text.strip()}
            )
        return replace(memo, text=text.strip())

    def remove_memo(self, memo_id: str, actor: str) -> Memo:
        """Remove a memo (soft), by its author or a lead; audited with its text."""
        memo = self._own_memo(memo_id, actor)
        with self.store.transaction():
            self.store.memos.remove(memo.id)
            self.store.audit.append(actor, "memo.remove", {"memo": memo.id, "text": memo.text})
        return memo

    def memo_list(self, viewer: str, search: str = "") -> list[MemoView]:
        """Every memo ``viewer`` may read whose text (or passage) holds ``search``, newest
        first, each with the document and passage it leads to."""
        person = self.person(viewer, "read memos")
        memos = [
            m for m in self.store.memos.list() if person.role == "lead" or m.author == person.name
        ]
        codings = {
            m.target_id: self.store.codings.resolve(m.target_id)
            for m in memos
            if m.target_kind == "coding"
        }
        docs = {d.id: d.name for d in self.store.documents.summaries()}
        keys = {c.id: c.key for c in self.store.codes.list(include_deleted=True)}
        texts = self.store.documents.texts(
            {codings[m.target_id].document_id for m in memos if m.target_id in codings}
            | {m.target_id for m in memos if m.target_kind == "document" and m.start is not None}
        )
        needle = search.casefold().strip()
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
            hay = "\n".join([memo.text, view.excerpt, view.document or "", view.code or ""])
            if needle and needle not in hay.casefold():
                continue
            views.append(view)
        views.sort(key=lambda v: v.memo.created_at, reverse=True)
        return views
