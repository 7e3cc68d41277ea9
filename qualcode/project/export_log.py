"""Every export in the audit log: who wrote which file, when, of which layer and whose
work, with the pseudonym key or real names, and how much it held.

A file with real names that leaves the project is the event an ethics board asks about,
and a lead citing the log in a methods section must be able to say who exported what
from which layer. Each export writes one ``export.<kind>`` entry (``export.codings``,
``export.summary``, ``export.qdpx`` ...) together with its files, after the export's
reads (``snapshot.after_snapshot``): the files are written as one set
(``file_sets.file_set``) and the entry committed inside it, so a file that cannot be
written leaves no entry, and an entry the disk refuses takes the files back, the ones
replaced with --force put back as they were; the write lock is held only for the time
of writing the entry (a colleague coding meanwhile waits that long).

The entry keeps the file's name without its folders: a folder names a login
('/home/anna.lind/...') or, for a file put beside the transcripts, a participant
('/projekt/intervjuer/Karin Berg/'), and the log is append-only, so what it keeps can
never be taken back; the name alone says which file it was, as ``codebook.load`` keeps
its source.

A project file nobody may write (a copy on read-only media, a colleague's file shared
read-only) can hold no entry; its exports are written unrecorded, as before: refusing
them would take a working export away, and the file itself is no one's working log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from qualcode.project.file_sets import file_set
from qualcode.project.snapshot import after_snapshot

FAMILY = "export"  # the action family: export.codings, export.summary, ...
PSEUDONYMS, REAL_NAMES = "pseudonyms", "real names"


def names_said(real_names: bool) -> str:
    """How the export named people: through the pseudonym key, or by their real names."""
    return REAL_NAMES if real_names else PSEUDONYMS


def write_recorded(
    service: Any,
    kind: str,
    files: Mapping[Path, bytes | str | IO[bytes]],
    details: Mapping[str, object],
    *,
    force: bool,
    inputs: Iterable[Path] = (),
) -> None:
    """Write ``files`` (the one a user named last) as one set (``file_sets.file_set``)
    with the audit entry ``export.<kind>``: the file's name, then ``details`` (layer,
    coders, names, counts; a None value left out), named for the person at the keyboard.
    The entry is committed inside the set, so a commit refused takes the files back."""
    store = service.store
    sources = tuple(inputs)
    named = list(files)[-1]
    payload = {"file": Path(named).name, **{k: v for k, v in details.items() if v is not None}}

    def write() -> None:
        # the entry reaches the disk only at the commit, after the files: a project on a
        # full disk (or under a file-size limit) refused it there, and the export stood
        # written beside the line 'cannot write ...; nothing written' (red team 42), or
        # last week's export stood replaced by one no entry accounts for (review42); the
        # set takes back what it made and puts back what it replaced, as it does when a
        # file of it fails, read-only project or not
        with file_set(files, project=store.path, inputs=sources, force=force):
            if store.readonly:  # no entry can be kept in it (see above)
                return
            with store.transaction():
                store.audit.append(service.acting_name(), f"{FAMILY}.{kind}", payload)

    after_snapshot(service, write)
