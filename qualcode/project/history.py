"""Undo and redo of this session's coding edits, each step written through ``Project``.

An edit is a pair of states of one passage: ``before`` and ``after``, either a coding or
nothing (added: nothing -> coding; removed: coding -> nothing; changed: coding -> coding of
another code). Undo turns the live state back into ``before`` and redo turns it into
``after`` again, by soft-removing the live row and restoring the earlier one, so rows keep
their ids (and memos), nothing is destroyed and the audit log records every step.
A step is a batch of edits: accepting all suggestions above a threshold is one key, so one
`u` takes it all back (and one redo brings it all again). Rejecting a suggestion is a step
too (an edit naming the suggestion, no coding): `u` after `r` makes it pending again, where
it would otherwise have taken back whatever was done before the rejection. Writing a memo
is a step as well (an edit naming the memo): `u` right after saving one removed the coding
the memo was on, and the memo with it, where she meant to take back the memo (eyes37);
now it removes the memo (soft, audited), and redo writes it again.

A step is written as one transaction, all of it or none: undoing accept-all's 500 codings
committed 500 transactions (seconds of fsyncs), and a refusal or a killed process half-way
left half the batch undone with the step gone from the stack. A step that cannot be
written is refused whole, in one line, and dropped (as a single edit's always was); the
steps before it stay as they were. A step the file could not take just now (busy, full)
stays to be tried again, and a coding already as the step wants it (removed or restored
meanwhile from another window) is no reason to refuse the rest.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from qualcode.errors import ProjectError, ValidationError
from qualcode.model import Coding, Memo

if TYPE_CHECKING:
    from qualcode.project import Project


@dataclass(frozen=True, slots=True)
class Edit:
    """``before`` is a template (what to restore); ``after`` is what is live now.
    ``rejected`` names a suggestion this edit rejected, ``memo`` a memo it wrote (then
    both codings are None)."""

    before: Coding | None
    after: Coding | None
    rejected: str | None = None
    memo: Memo | None = None


@dataclass(slots=True)
class History:
    project: Project
    coder: str
    doc_id: str
    undos: list[list[Edit]] = field(default_factory=list)
    redos: list[list[Edit]] = field(default_factory=list)

    def record(self, before: Coding | None, after: Coding | None) -> None:
        """A new edit; anything undone before it can no longer be redone."""
        self.record_batch([(before, after)])

    def record_batch(self, pairs: list[tuple[Coding | None, Coding | None]]) -> None:
        """Several edits made by one key, undone and redone as one step."""
        if not pairs:
            return
        self.redos.clear()
        for before, after in pairs:
            self._follow(before, after)
        self.undos.append([Edit(before, after) for before, after in pairs])

    def record_rejection(self, suggestion_id: str) -> None:
        """A suggestion rejected by one key: one step, so `u` takes that rejection back."""
        self.redos.clear()
        self.undos.append([Edit(None, None, rejected=suggestion_id)])

    def record_memo(self, memo: Memo) -> None:
        """A memo written by one key: one step, so `u` takes that memo back."""
        self.redos.clear()
        self.undos.append([Edit(None, None, memo=memo)])

    def size(self, redo: bool = False) -> int:
        """How many edits the next undo (or redo) step holds: a large one is written in a
        worker (``screens/busy.py``)."""
        stack = self.redos if redo else self.undos
        return len(stack[-1]) if stack else 0

    def undo(self, via: Project | None = None) -> list[Edit] | None:
        """Undo the last step, written through ``via`` (a worker's own connection) or the
        screen's project."""
        if not self.undos:
            return None
        project = via or self.project
        step = self.undos.pop()
        with self._whole(project, self.undos, step):
            done: list[Edit] = []
            for edit in reversed(step):
                if edit.rejected is not None:
                    project.reopen_suggestions([edit.rejected], self.coder)
                    done.append(edit)
                    continue
                if edit.memo is not None:
                    project.remove_memo(edit.memo.id, self.coder)
                    done.append(edit)
                    continue
                live = self._turn(edit.after, edit.before, project)
                self._follow(edit.after or edit.before, live)
                done.append(Edit(before=live, after=edit.after))
        self.redos.append(done[::-1])
        return step

    def redo(self, via: Project | None = None) -> list[Edit] | None:
        if not self.redos:
            return None
        project = via or self.project
        step = self.redos.pop()
        with self._whole(project, self.redos, step):
            done: list[Edit] = []
            for edit in step:
                if edit.rejected is not None:
                    project.reject_suggestions([edit.rejected], self.coder)
                    done.append(edit)
                    continue
                if edit.memo is not None:
                    done.append(Edit(None, None, memo=_write_again(edit.memo, project)))
                    continue
                live = self._turn(edit.before, edit.after, project)
                self._follow(edit.before or edit.after, live)
                done.append(Edit(before=edit.before, after=live))
        self.undos.append(done)
        return step

    @contextlib.contextmanager
    def _whole(self, project: Project, stack: list[list[Edit]], step: list[Edit]) -> Iterator[None]:
        """Write ``step`` (popped from ``stack``) in one transaction; if any of it fails, the
        file keeps none of it and the stacks are as they were before it (``_follow``
        re-pointed older steps at rows the rollback took back). A step refused is dropped;
        one the file could not take now (another program held it, a full disk: 'nothing
        written, try again') goes back on its stack, so the u that tries again undoes it
        and not the step before it."""
        kept = [list(s) for s in self.undos], [list(s) for s in self.redos]
        try:
            with project.store.transaction():
                yield
        except BaseException as exc:
            self.undos[:], self.redos[:] = kept
            if isinstance(exc, ProjectError):
                stack.append(step)
            raise

    def _follow(self, old: Coding | None, new: Coding | None) -> None:
        """A passage's coding got a new row: older steps must now point at the new one.

        A change, or adding back what was removed, writes a new row with a new id; the
        steps recorded earlier still name the old row and would act on a dead coding.
        """
        if old is None or new is None or old.id == new.id:
            return
        for stack in (self.undos, self.redos):
            stack[:] = [
                [
                    Edit(
                        new if e.before is not None and e.before.id == old.id else e.before,
                        new if e.after is not None and e.after.id == old.id else e.after,
                        e.rejected,  # a rejection's step keeps its suggestion
                        _moved(e.memo, old, new),  # a memo on the old row went with it
                    )
                    for e in step
                ]
                for step in stack
            ]

    def _turn(self, live: Coding | None, target: Coding | None, project: Project) -> Coding | None:
        """Make the passage look like ``target`` starting from ``live``; return the new live.

        The target is a row this session removed (soft), so it is restored as it was, with
        its id and memos; only if that is impossible is a new row written.
        """
        if live is not None and target is not None and live.id == target.id:
            return live
        # karin's other window (or the CLI) removed or restored a coding of the step
        # meanwhile: it is already as the step wants it. Refused, one coding removed by
        # hand made accept-all's other 499 impossible to take back with u
        store = project.store
        if live is not None and store.codings.resolve(live.id).deleted_at is None:
            project.remove_coding(live.id, actor=self.coder)
        if target is None:
            return None
        if (now := store.codings.resolve(target.id)).deleted_at is None:
            return now
        try:
            return project.restore_coding(target.id, actor=self.coder)
        except ValidationError:
            return project.add_coding(
                self.doc_id, target.start, target.end, target.code, self.coder
            )


def _write_again(memo: Memo, project: Project) -> Memo:
    """A memo taken back by undo, written again by redo: its text on its target (a new row;
    the removed one stays in the file and the audit log)."""
    span = (memo.start, memo.end) if memo.start is not None and memo.end is not None else None
    return project.add_memo(memo.target_kind, memo.target_id, memo.author, memo.text, span)


def _moved(memo: Memo | None, old: Coding, new: Coding) -> Memo | None:
    """``memo`` as the step should write it again once its coding ``old`` got the new row
    ``new`` (a change of code, or a coding added back)."""
    if memo is None or memo.target_kind != "coding" or memo.target_id != old.id:
        return memo
    return replace(memo, target_id=new.id)
