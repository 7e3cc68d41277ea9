"""Document sets in a .qdpx: a REFI-QDA ``Set`` of ``MemberSource`` references (NVivo's
sets, ATLAS.ti's document groups, MAXQDA's document sets) becomes a qualcode document set.

A team that grouped its interviews in another tool ("first round", "the managers") finds
the same groups here, and a set exported by qualcode comes back after a round trip. What a
qualcode set cannot hold is said, not dropped in silence: a set of codes (a code group) is
left out with a line in the import's report, and so are a set's codes and notes.
"""

from __future__ import annotations

from typing import Any

from qualcode.errors import IngestError, ValidationError
from qualcode.oneline import MAX_NAME, check_name, reads_as, shown, without_unseen
from qualcode.store import Store

UNNAMED = "imported set"


def numbered(name: str, n: int) -> str:
    """'name (n)', the name cut to leave room for its number: a set named with all the
    characters a name may have became a name no person could type (or rename back)."""
    suffix = f" ({n})"
    return name[: MAX_NAME - len(suffix)].rstrip() + suffix


def check_sets(refi: Any, file: str) -> None:
    """Refuse, before anything is written, a set name no typed name could be (a line
    break, a control character, pages long): the whole file, in one line, as a source's
    name is refused."""
    for name, _, _ in refi.sets:
        try:
            check_name(name.strip(), "document set name")
        except ValidationError as exc:
            raise IngestError(f"{file}: set {shown(name)}: {exc}; nothing imported") from None


def import_sets(
    store: Store, refi: Any, documents: dict[str, str], actor: str, file: str
) -> tuple[list[str], list[str]]:
    """Make a document set of each of the file's sets of sources, in the open transaction.

    ``documents``: each imported source's GUID and the id its document got. A name
    that reads as a set already there (or as an earlier set of the file) is kept apart as
    'name (2)'; a set without a name is called 'imported set'. Returns the lines for the
    report: names changed, and what was left out."""
    renamed: list[str] = []
    skipped: list[str] = []
    taken = {reads_as(s.name) for s in store.document_sets.live()}
    # the next number to try after each name: counted from 2 every time, 4,000 sets called
    # alike took five minutes to import (each trying every number the ones before it took)
    after: dict[str, int] = {}
    for raw, members, others in refi.sets:
        name = raw.strip()
        if not members and others:
            skipped.append(f"set {shown(name)}: it groups codes or notes, not documents")
            continue
        wanted = without_unseen(name) if reads_as(name) else UNNAMED  # as it reads
        chosen, n = wanted, after.get(reads_as(wanted), 2)
        while reads_as(chosen) in taken:
            chosen, n = numbered(wanted, n), n + 1
        after[reads_as(wanted)] = n
        taken.add(reads_as(chosen))
        if chosen != name:
            renamed.append(f"set {shown(name)} kept as {shown(chosen)}")
        ids = [documents[m] for m in members if m in documents]
        missing = len(members) - len(ids)
        if missing:
            skipped.append(
                f"set {shown(chosen)}: {missing} of its sources not imported (not in the file, "
                "or empty)"
            )
        if others:
            skipped.append(f"set {shown(chosen)}: {others} codes or notes left out of it")
        set_id = store.document_sets.create(chosen, actor, apart=True)  # ``taken`` saw to it
        added = store.document_sets.add(set_id, ids, actor)
        store.audit.append(
            actor,
            "document_set.make",
            {"set": set_id, "name": chosen, "documents": added, "file": file},
        )
    return renamed, skipped
