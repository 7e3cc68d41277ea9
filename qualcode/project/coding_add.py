"""Adding a coding, and the rule that a coder's own codings of one code never overlap.

A coder who accepted a suggestion on one sentence and then coded the whole answer with the
same code had two codings, one inside the other: "integrering (3)" for two passages, every
count by code and coder one too high, and the same words quoted twice. As NVivo and MAXQDA
do, a new coding that overlaps the coder's own codings of its code takes their place: it
spans all of them, they are removed (soft, their memos copied to it), and one audit entry
names them. A passage already inside one of them is coded already and refused. This is
``code_passage``, what a coder does in the TUI; ``add_coding`` (scripts, the CLI, imports)
writes the span as given, as it always has.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.errors import ValidationError
from qualcode.model import Coder, Coding
from qualcode.project.base import Service
from qualcode.project.coding import whole_offset, whole_span


@dataclass(frozen=True, slots=True)
class Coded:
    """A coding just written and the coder's own codings of its code it took the place of
    (the TUI undoes the three as one step)."""

    coding: Coding
    absorbed: tuple[Coding, ...] = ()


def _overlapping(own: list[Coding], start: int, end: int) -> tuple[int, int, list[Coding]]:
    """The span that covers ``[start, end)`` and every coding of ``own`` overlapping it,
    reached step by step (one absorbed coding may overlap another), and those codings."""
    taken: list[Coding] = []
    grew = True
    while grew:
        grew = False
        for c in own:
            if c not in taken and c.start < end and start < c.end:
                taken.append(c)
                start, end = min(start, c.start), max(end, c.end)
                grew = True
    return start, end, sorted(taken, key=lambda c: c.start)


class CodingAddMixin(Service):
    def add_coding(
        self,
        doc: str,
        start: int,
        end: int,
        code: str,
        coder: str,
        *,
        memo: str | None = None,
        layer: str = "coder",
        origin: str = "manual",
    ) -> Coding:
        """Code the span ``[start, end)`` of a document as given; checks everything before
        writing. ``code_passage`` joins it with the coder's own codings of the code."""
        return self.code_passage(
            doc, start, end, code, coder, memo=memo, layer=layer, origin=origin, join=False
        ).coding

    def code_passage(
        self,
        doc: str,
        start: int,
        end: int,
        code: str,
        coder: str,
        *,
        memo: str | None = None,
        layer: str = "coder",
        origin: str = "manual",
        join: bool = True,
    ) -> Coded:
        """Code a passage by hand: with ``join``, in a coder's layer, the new coding takes
        the place of the coder's own codings of the code it overlaps (returned with it),
        and a passage inside one of them is refused as coded already."""
        self.require_self(coder, "code")
        doc_id = self.store.documents.resolve(doc)
        code_id = self.codable_id(code)
        coder_row = self.store.coders.by_name(coder)
        self._check_layer(layer, origin, coder_row)
        start, end = whole_offset(start, "start"), whole_offset(end, "end")
        start, end = whole_span(self.store.documents.texts([doc_id])[doc_id], start, end, doc)
        if memo:
            from qualcode.oneline import check_free_text

            check_free_text(memo, "memo")
        merging = join and layer == "coder" and origin in ("manual", "search")
        with self.store.transaction():
            # a passage and code is coded once per coder (and layer); checked inside the
            # transaction, backed by the unique index idx_codings_live_once
            own = self.store.codings.list(
                document_ids=[doc_id], coder_ids=[coder_row.id], code_ids=[code_id], layer=layer
            )
            around = next(
                (
                    c
                    for c in own
                    if (c.start, c.end) == (start, end)
                    or (merging and c.start <= start and end <= c.end)
                ),
                None,
            )
            if around is not None:
                inside = (around.start, around.end) != (start, end)
                where = f" (inside {around.start}-{around.end})" if inside else ""
                raise ValidationError(
                    f"{doc}: {start}-{end} is already coded {code} by {coder_row.name}{where}",
                    key="span_coded_already",
                    code=code,
                )
            absorbed: list[Coding] = []
            if merging:
                start, end, absorbed = _overlapping(own, start, end)
            for old in absorbed:
                self.store.codings.soft_delete(old.id)
            coding_id = self.store.codings.insert(
                document_id=doc_id,
                start=start,
                end=end,
                code_id=code_id,
                coder_id=coder_row.id,
                layer=layer,
                origin=origin,
            )
            if memo:
                self.store.memos.add("coding", coding_id, coder_row.name, memo)
            for old in absorbed:  # the notes go with the passage; the old rows keep theirs
                for note in self.store.memos.list("coding", old.id):
                    self.store.memos.add("coding", coding_id, note.author, note.text)
            if layer == "coder":
                status = self.store.coders.statuses(coder_row.id).get(doc_id)
                if status in (None, "todo"):
                    self.store.coders.set_status(doc_id, coder_row.id, "in_progress")
            payload = {
                "coding": coding_id,
                "document": doc_id,
                "code": code,
                "start": start,
                "end": end,
                "layer": layer,
                "origin": origin,
            }
            if absorbed:
                payload["absorbed"] = [c.id for c in absorbed]
            self.store.audit.append(coder_row.name, "coding.add", payload)
        return Coded(self.store.codings.resolve(coding_id), tuple(absorbed))

    def _check_layer(self, layer: str, origin: str, writer: Coder) -> None:
        """The consensus layer is the lead's, written as the lead (reconciling writes it):
        karin, a coder, passed ``layer="consensus"`` to ``add_coding`` and her passage
        stood in the reconciled consensus every summary quotes and agreement compares to.
        A coding says how it was made as it was made: a suggestion's by accepting it, a
        decision's in the consensus (the methods paragraph counts codings by origin)."""
        if layer not in ("coder", "consensus"):
            raise ValidationError(f"unknown layer {layer!r}; use coder or consensus")
        if origin not in ("manual", "import", "decision", "search"):
            why = "accept the suggestion instead" if origin == "suggestion" else "use manual"
            raise ValidationError(f"a coding cannot be added with origin {origin!r}; {why}")
        if layer == "consensus":
            self.require_lead_act("write the consensus (decide the case as the lead)")
            if writer.role != "lead":
                raise ValidationError("the consensus is written as a lead, not as a coder")
            me = self.at_keyboard()  # and as herself: lena wrote it under erik's name
            if me is not None and me.name != writer.name:
                raise ValidationError(
                    f"{me.name} cannot write the consensus as {writer.name}: it is written "
                    "under the lead who writes it"
                )
        elif origin == "decision":
            raise ValidationError("origin 'decision' belongs to the consensus layer")
        if origin == "search" and layer != "coder":  # a coder's act, as coding by hand is
            raise ValidationError("origin 'search' belongs to a coder's layer")
