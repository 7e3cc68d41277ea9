"""Documents imported by an older qualcode, brought up to today's on the first open.

Two things an import before stop 39 left behind, and opening the file with today's code
left them there without a word:

- the path the file was read from ('/home/anna.lind/intervjuer/aby_01.txt'), a login's
  and its folders' names in a project file a lead sends to co-authors and archives; a
  document imported since keeps a hash of it (``source_paths``);
- no turn for the text above an interview's first speaker label (a title, a consent
  note, the minutes before a discussion): no sentence units there, so no suggestion
  reached it, and a coding there counted in no unit's agreement.

Both are upgraded on the first open that may write, in one transaction, after the
backup the schema migration made (``<file>.v12-<time>.bak``), and recorded in the audit
log (``project.upgrade``: how many paths and documents, and the backup's name). The
stored text, every coding, memo, decision and suggestion keep their offsets: only turns
and units are added, before a document's own, whose numbers move up. A document whose
turns today's reading finds otherwise than its import did is left as it was imported.
Agreement counts the new units (a title nobody coded is one more unit all agree on), so
a figure reported before may move in its third decimal; the audit entry says why.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.model import Turn, Unit
from qualcode.project.base import Service
from qualcode.project.source_paths import upgraded
from qualcode.store import Store
from qualcode.store.upgrades import Headed

ACTION = "project.upgrade"


@dataclass(frozen=True, slots=True)
class Upgrade:
    """What the first open with today's code changed in an older project's documents."""

    source_paths: int  # paths replaced by their hash
    documents: int  # documents given turns for the text above their first speaker
    turns: int
    units: int
    backup: str | None  # the name of the copy made before the schema migration

    def line(self) -> str:
        """One line for the person who opened it (the CLI says it on stderr)."""
        done = []
        if self.source_paths:
            done.append(f"the file path of {_n(self.source_paths, 'document')} replaced by a hash")
        if self.documents:
            done.append(
                f"the text above the first speaker in {_n(self.documents, 'document')} made "
                f"{_n(self.turns, 'passage')} ({_n(self.units, 'sentence unit')})"
            )
        kept = f"; the file as it was: {self.backup}" if self.backup else ""
        return f"upgraded from an older qualcode: {'; '.join(done)}{kept}"


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class UpgradeMixin(Service):
    upgraded: Upgrade | None

    def _upgrade_documents(self, store: Store) -> None:
        """Upgrade what migration 13 marked (``store.upgrades``), once: the mark goes in
        the same transaction. A file that may not be written is read as it stands."""
        self.upgraded = None
        if store.readonly or not store.upgrades.pending():
            return
        backup = store.backup.name if store.backup is not None else None
        # read and segmented before the write lock is taken: a colleague's command waits
        # only for the writing, not for spaCy to load and every candidate to be read
        planned: list[tuple[str, tuple[Turn, ...], list[Unit]]] = []
        for doc in store.upgrades.headed():
            if above := text_above(doc):
                from qualcode.nlp.units import segment  # spaCy only for such a document

                planned.append((doc.id, above, segment(doc.text, above, doc.lang)))
        with store.transaction():
            if not store.upgrades.pending():  # another coder's open upgraded it meanwhile
                return
            paths = store.upgrades.kept_paths()
            for doc_id, kept in paths:
                store.upgrades.set_source(doc_id, upgraded(kept))
            for doc_id, above, made in planned:
                store.upgrades.prepend(doc_id, above, made)
            store.upgrades.finish()
            if paths or planned:
                turns = sum(len(above) for _, above, _ in planned)
                units = sum(len(made) for _, _, made in planned)
                self.upgraded = Upgrade(len(paths), len(planned), turns, units, backup)
                payload = {
                    "source_paths": len(paths),
                    "documents": len(planned),
                    "turns": turns,
                    "units": units,
                    "backup": backup,
                }
                store.audit.append("qualcode", ACTION, payload)


def text_above(doc: Headed) -> tuple[Turn, ...]:
    """The turns today's import reads above ``doc``'s first speaker label, numbered from
    0, or none: there is no text above the label's line, or today's reading of the text
    does not begin that speaker's turn where the import did (a reader that changed since
    is not second-guessed)."""
    head = doc.text[: doc.first.start].rstrip()
    line = head.rfind("\n")  # the label's line ('I:', or Teams' 'Speaker 1  0:03')
    if line < 0 or not head[:line].strip():
        return ()
    from qualcode.ingest import find_turns

    today = find_turns(doc.text)
    first = next(
        (
            i
            for i, turn in enumerate(today)
            if turn.start == doc.first.start and turn.speaker == doc.first.speaker
        ),
        None,
    )
    if not first:  # None, or 0: nothing above it today either
        return ()
    above = today[:first]
    if any(t.speaker is not None or t.end > doc.first.start for t in above):
        return ()
    return tuple(
        Turn(i, None, t.start, t.end, t.start_time, t.end_time) for i, t in enumerate(above)
    )
