"""What the theme summary reads of single codings: the lead's pinned quotes and the memos
on codings, from one pass over the codings' rows (not 200k objects per question)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qualcode.project.outputs import OutputBase

if TYPE_CHECKING:
    from qualcode.project.coding_columns import Placed


class SummaryReads(OutputBase):
    def _codings_among(self, ids: set[str]) -> list[Placed]:
        """The live codings of any layer whose ids are in ``ids``, in the order
        ``store.codings.list()`` gives them, where they lie and their code only: one
        pinned quote and one memo on a coding read all 200k codings as objects twice (2.3
        s CPU of a summary on 1,000 documents); while the summary holds every coding read
        once (``coding_columns.reading_once``) they are found among those."""
        from qualcode.project.coding_columns import placed_codings

        return placed_codings(self, ids)

    def _pins(self, pinned: set[str], among: list[Placed]) -> list[tuple[str, str, int, int]]:
        """The lead's pinned exemplars as (document, code, start, end); ``among``: the
        codings ``_codings_among`` read, the pinned ones among them."""
        if not pinned:
            return []
        return [(c.document_id, c.code, c.start, c.end) for c in among if c.id in pinned]

    def _coding_memos(
        self, on: dict[str, list[tuple[str, str]]], among: list[Placed]
    ) -> dict[tuple[str, str], list[tuple[int, int, str, str]]]:
        """Memos on codings of any layer by (document, code), as (start, end, memo id,
        text): a consensus quote shows what the coders wrote on the passages it was made
        from. ``on``: the memos (id, text) by the coding they are on; ``among``: those
        codings (``_codings_among``)."""
        found: dict[tuple[str, str], list[tuple[int, int, str, str]]] = {}
        if on:
            for c in among:
                for memo_id, text in on.get(c.id, []):
                    found.setdefault((c.document_id, c.code), []).append(
                        (c.start, c.end, memo_id, text)
                    )
        return found
