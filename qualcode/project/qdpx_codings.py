"""A .qdpx export's codings: each moved onto the same words of its pseudonymised text and
its coder printed through the key, the stored ones let go as they are moved. A 200k-coding
project held both lists, each with its own copy of every code, coder and document id, to
the end of the export (perf42b); one copy of each is kept now, and a coder's name goes
through the key once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from qualcode.model import Coding, Layer, Origin


def moved_codings(
    stored: Iterable[Coding],
    moves: Mapping[str, Callable[[int], int]],
    printed_as: Callable[[str], str],
) -> tuple[list[Coding], set[str]]:
    """The codings of the documents in ``moves`` (a document's offset mover), each moved
    and its coder printed as ``printed_as`` says, with the stored coder names they had."""
    coders: set[str] = set()
    shared: dict[str, str] = {}
    printed: dict[str, str] = {}
    layers: dict[Layer, Layer] = {}
    origins: dict[Origin, Origin] = {}
    codings = []
    for c in stored:
        if c.document_id not in moves:
            continue
        coders.add(c.coder)
        if c.coder not in printed:
            printed[c.coder] = printed_as(c.coder)
        move = moves[c.document_id]
        # made whole, every field given: ``dataclasses.replace`` looked each field up
        # again per coding (a fifth of the export's reading of 200k codings)
        codings.append(
            Coding(
                c.id,
                shared.setdefault(c.document_id, c.document_id),
                move(c.start),
                move(c.end),
                shared.setdefault(c.code_id, c.code_id),
                shared.setdefault(c.code, c.code),
                shared.setdefault(c.coder_id, c.coder_id),
                printed[c.coder],
                layers.setdefault(c.layer, c.layer),
                origins.setdefault(c.origin, c.origin),
                c.created_at,
                c.suggestion_id,
                c.deleted_at,
            )
        )
    return codings, coders
