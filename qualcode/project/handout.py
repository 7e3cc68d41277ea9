"""A coder's copy of the project, for a coder who joins late or codes on her own laptop.

README's way for a coder who must not read the team's work is a copy of the project that
holds none of it; until now that copy had to be made while the project held only the
documents and the codebook, so a coder joining a project under way could not get one
(short of importing every file again, attributes and all). ``handout`` writes it from the
lead's project at any time: the documents (ids, text, turns, units, attributes), the
codebook, the embeddings of these (``embedding_keys``), the document sets, the coder and
the leads; no one's codings,
memos, statuses, suggestions, proposals, audit entries or pseudonym key. With a document
set (``doc_set``) it holds that set's documents only: a coder handed one round to code.
Her ``export-coder`` package merges back into the lead's project, since ids and offsets
are the same.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from qualcode.errors import OutputError, ValidationError
from qualcode.model import Coder
from qualcode.project.base import Service
from qualcode.project.db_files import remove_database
from qualcode.project.file_sets import undone_on_failure
from qualcode.project.files import check_suffix, put_in_place
from qualcode.project.handed import handed_coder
from qualcode.project.output_targets import check_target
from qualcode.project.partials import claim, sweep
from qualcode.project.source_paths import kept_name
from qualcode.store import Store
from qualcode.store.db import check_database_name, copy_unwritten


@dataclass(frozen=True, slots=True)
class Handout:
    """What a coder's copy holds: the file written, for whom, documents and codes."""

    path: Path
    coder: str
    documents: int
    codes: int


class HandoutMixin(Service):
    _raw: Store  # the file itself (AccessMixin): who a copy is for is no one's work

    def handout(
        self, coder: str, path: str | Path, *, force: bool = False, doc_set: str | None = None
    ) -> Handout:
        """Write a new project file at ``path`` for ``coder`` (a lead's act) holding the
        documents (``doc_set``'s only, if named) and the codebook and nobody's work; written
        beside the target and renamed into place, owner-only, never over a project
        (``check_target``)."""
        self.require_lead_act("make a coder's copy of the project")
        source = self.store.path
        if source is None:
            raise ValidationError("a project in memory has no file to copy")
        person = self.store.coders.by_name(coder)
        if person.role != "coder":
            raise ValidationError(
                f"{person.name} is a lead; a coder's copy is for a coder: add one",
                action=("add_coder", "NAME"),
            )
        in_set = self.set_members(doc_set)  # an unknown set: one line, nothing written
        target = check_target(path, project=source, force=force)
        check_suffix(target, "a coder's copy of the project", None)
        check_database_name(target)  # 'karin.db-wal' was deleted when karin.db was opened
        leads = [c.name for c in self.store.coders.list() if c.role == "lead"]
        actor = self.acting_name()
        # the lead's project is held first, for the whole copy: its audit entry is written
        # with the copy or not at all, and a colleague writing meanwhile makes this wait
        # (then say so, naming the project) before anything is made; the copy itself reads
        # the project without locking it (red team 17: it locked it through ATTACH, and
        # after 30 s named its own hidden partial file as "the project" another held); the
        # entry reaches the disk at the commit, after the copy: one refused there (the
        # project's disk full) took the copy back with it, or the copy stood written under
        # 'nothing written' in no entry of the log (review43), a file it replaced lost
        with undone_on_failure([target], force=force) as placed, self.store.transaction():
            self.store.audit.append(
                actor,
                "project.handout",
                {"coder": person.name, "to": target.name}
                | ({"set": doc_set} if doc_set is not None else {}),
            )
            counts = self._write_copy(
                source, target, [person.name, *leads], (in_set, doc_set), force
            )
            placed(target)
        return Handout(target, person.name, counts["documents"], counts["codes"])

    def handed_to(self) -> str | None:
        """The coder this project file is a copy for (``handout`` writes her name in the
        copy's first entry, beside where it came from), else None. The TUI's first question
        listed the lead first, so a coder opening her copy who pressed ↓ and Enter worked
        as the lead, and her package merged her codings under the lead's name (user49)."""
        return handed_coder(self._raw)

    def coders_offered(self, lead: str | None = None) -> tuple[list[Coder], str | None]:
        """The coders the first question ("who codes?") lists, in their order, and the
        coder this copy was made for (``handed_to``), offered first. ``lead``: a lead at the
        keyboard asking to work as another, whose own order stands and who is told no
        copy's coder. The TUI sorted the list itself; the order is the service's (review49)."""
        coders = self.store.coders.list()
        handed = None if lead else self.handed_to()
        if handed is not None:
            coders.sort(key=lambda c: c.name != handed)  # stable: the others keep theirs
        return coders, handed

    def _write_copy(
        self,
        source: Path,
        target: Path,
        people: list[str],
        documents: tuple[frozenset[str] | None, str | None],
        force: bool,
    ) -> dict[str, int]:
        """Build the copy of ``source`` for ``people`` (the coder, then the leads) in a
        partial beside ``target`` and rename it into place; the rows copied per table.
        ``documents``: the set's documents and its name (None, None: all). A file or a
        project made at ``target`` while the copy was built (minutes, for a large project:
        the lead's other window making the same copy) is not replaced (``put_in_place``)."""
        in_set, doc_set = documents
        from qualcode.store.handout import copy_materials

        # built in a partial held under our lock, as an export is: one left by a killed
        # process (a whole copy of the documents, hidden) is removed by the next export
        # or coder's copy into that folder (partials.py)
        sweep(target.parent)
        try:
            lock, temp = claim(target)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        try:
            made = Store.create(temp, claimed=True)
        except BaseException as exc:
            said = copy_unwritten(exc, target)
            os.close(lock)
            remove_database(temp)
            if said is not None:
                raise said from None
            raise
        try:
            counts = copy_materials(
                made.database,
                source,
                people,
                None if in_set is None else sorted(in_set),
                self._embedding_keys(in_set),
            )
            with made.transaction():
                made.audit.append(
                    self.acting_name(),
                    "project.handout",
                    {"coder": people[0], "from": kept_name(source)}
                    | ({"set": doc_set} if doc_set is not None else {}),
                )
            made.close()
            put_in_place(temp, target, target, force)
        except BaseException as exc:
            said = copy_unwritten(exc, target)
            made.close()
            remove_database(temp)
            if said is not None:
                raise said from None
            raise
        finally:
            os.close(lock)
        return counts

    def _embedding_keys(self, in_set: frozenset[str] | None) -> set[str]:
        """The keys of the kept embeddings a coder's copy may hold: of the sentences of the
        live documents it holds (``in_set``'s, else all), of its codebook (no proposal
        a lead has not taken in) and of the bundled no-code talk, as the copy's engine
        embeds them. Not the others: each is kept under its sentence's hash."""
        from qualcode.nlp.background import BACKGROUND
        from qualcode.nlp.semantic import text_key
        from qualcode.nlp.similarity import codebook_profile

        statuses = self.store.codes.statuses()
        codes = [c for c in self.store.codes.list() if statuses.get(c.id, ("",))[0] != "proposed"]
        texts = [i.text for i in codebook_profile(codes)]
        texts += [t for ts in BACKGROUND.values() for t in ts]
        for doc in self.store.documents.summaries():
            if in_set is None or doc.id in in_set:
                text = self.store.documents.get(doc.id).text
                texts += [text[u.start : u.end] for u in self.store.documents.units(doc.id)]
        return {text_key(t) for t in texts}
